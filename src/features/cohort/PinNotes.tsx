import type { CohortPlan } from '../../domain/cohortTypes';
import type { MessageKey } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/**
 * The pins the planner could not honour, each with its reason, and the people excluded from the cohort with a
 * button to let each back in. Nothing at all while there are neither.
 */
export function PinNotes({ plan }: { plan: CohortPlan }) {
  const t = useT();
  const analysis = useAnalysis();
  const excludedKeys = useWorkspace((s) => s.workspace.plan.excluded);
  const apply = useWorkspace((s) => s.apply);
  const excluded = excludedKeys.flatMap((key) => analysis.memberByKey.get(key) ?? []);
  const nameOf = (key: string) => analysis.memberByKey.get(key)?.name ?? key;
  // A pin outranks the limits: say so where one holds someone in whom the limits alone would have kept out.
  const { workloadCeiling, eligibleStatuses } = plan.options;
  const pastLimits = plan.picks.flatMap(({ member, pinned, workload }) => {
    if (!pinned) return [];
    if (workloadCeiling !== null && workload !== null && workload > workloadCeiling)
      return [t('cohort.pinnedPast.ceiling', { name: member.name, workload, ceiling: workloadCeiling })];
    if (!eligibleStatuses.includes(member.status))
      return [
        t('cohort.pinnedPast.status', {
          name: member.name,
          status: t(`memberStatus.${member.status}` as MessageKey),
        }),
      ];
    return [];
  });
  return (
    <>
      {pastLimits.length > 0 && (
        <div className="notice pin-notice" role="status" aria-labelledby="cohort-pinned-past-title">
          <p id="cohort-pinned-past-title">{t('cohort.pinnedPast.title')}</p>
          <ul>
            {pastLimits.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.ignoredPins.length > 0 && (
        <div className="notice pin-notice" role="status" aria-labelledby="cohort-ignored-title">
          <p id="cohort-ignored-title">{t('cohort.ignored.title', { count: plan.ignoredPins.length })}</p>
          <ul>
            {plan.ignoredPins.map(({ key, reason }) => (
              <li key={key}>
                {t(`cohort.ignored.${reason}` as MessageKey, { name: nameOf(key) })}
                {reason !== 'unknown_member' && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link"
                      aria-label={t('cohort.unpinName', { name: nameOf(key) })}
                      onClick={() => apply({ kind: 'unpin', memberKey: key })}
                    >
                      {t('cohort.unpin')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {excluded.length > 0 && (
        <section className="excluded" aria-labelledby="cohort-excluded-title">
          <h3 id="cohort-excluded-title">{t('cohort.excluded.title')}</h3>
          <ul className="excluded-list">
            {excluded.map((member) => (
              <li key={member.key}>
                {member.name}
                {member.department && <span className="muted"> · {member.department}</span>}{' '}
                <button
                  type="button"
                  className="button small"
                  aria-label={t('cohort.includeName', { name: member.name })}
                  onClick={() => apply({ kind: 'include', memberKey: member.key })}
                >
                  {t('cohort.include')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
