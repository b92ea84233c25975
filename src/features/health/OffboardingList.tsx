// "Before an offboarding conversation": the overloaded and quiet ambassadors (src/domain/activity.ts decides the
// order), each with the reason for their state and what only they hold, so the cost of losing them is in view.
import type { OffboardingEntry } from '../../domain/activity';
import { ActivityBadge, activityReason } from '../../components/activityState';
import { useT, useUi } from '../../store/ui';

export function OffboardingList({
  entries,
  onOpenMember,
}: {
  entries: readonly OffboardingEntry[];
  onOpenMember: (key: string) => void;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  return (
    <section className="activity-offboarding" aria-labelledby="activity-offboarding-title">
      <h3 id="activity-offboarding-title">{t('activity.offboarding.title')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('activity.offboarding.none')}</p>
      ) : (
        <>
          <p className="muted">{t('activity.offboarding.caption')}</p>
          <ol className="activity-offboarding-list">
            {entries.map(({ row, uniqueSkills }) => (
              <li key={row.member.key}>
                <button type="button" className="link" onClick={() => onOpenMember(row.member.key)}>
                  {row.member.name}
                </button>{' '}
                <ActivityBadge state={row.state} t={t} />{' '}
                <span className="activity-reason">{activityReason(row, lang)}</span>
                <br />
                {uniqueSkills.length === 0 ? (
                  <span className="muted">{t('activity.offboarding.nothingAlone')}</span>
                ) : (
                  <strong>
                    {t('activity.offboarding.alone', {
                      skills: uniqueSkills.map((e) => e.skill.name).join('; '),
                    })}
                  </strong>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
