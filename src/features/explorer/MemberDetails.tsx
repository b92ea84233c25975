import type { Member } from '../../domain/types';
import type { MessageKey } from '../../i18n/i18n';
import { ActivityBadge, activityReason } from '../../components/activityState';
import { ScoreBreakdown, workloadText } from '../../components/candidateScore';
import { explainScore, skillsOfMember } from '../../domain/analysis';
import { memberRef, skillRef } from '../../domain/entities';
import { uniqueHolder } from '../../domain/unique';
import { useActivity } from '../../store/activity';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT, useUi } from '../../store/ui';
import { LeavingToggle } from './LeavingToggle';
import { CohortToggles } from './CohortToggles';
import { MergeControl } from './MergeControl';
import { RenameControl } from './RenameControl';

export function MemberDetails({ member }: { member: Member }) {
  const t = useT();
  const analysis = useAnalysis();
  const select = useUi((s) => s.select);
  const focus = useUi((s) => s.focus);
  const fmt = useNumberFormat();
  const lang = useUi((s) => s.lang);
  // an ambassador's activity state, with its reason (others are not judged); the panel says "leaving" itself
  const activity = useActivity().byKey.get(member.key);
  const levels = skillsOfMember(analysis, member.key);
  const score = explainScore(analysis, member.key);
  const unique = levels.filter((x) => uniqueHolder(x.entry)?.member.key === member.key);
  const index = analysis.memberIndex.get(member.key);
  const leaving = index !== undefined && analysis.leaver[index] === 1;
  const dash = t('panel.unknown');
  return (
    <div className="details">
      <h2 tabIndex={-1}>{member.name}</h2>
      <p>
        <span className={`badge member-${member.status}`}>
          {t(`memberStatus.${member.status}` as MessageKey)}
        </span>
      </p>
      <dl className="facts">
        <dt>{t('panel.department')}</dt>
        <dd>{member.department || dash}</dd>
        <dt>{t('panel.location')}</dt>
        <dd>{member.location || dash}</dd>
        <dt>{t('panel.title')}</dt>
        <dd>{member.title || dash}</dd>
        <dt>{t('panel.workload')}</dt>
        <dd>{workloadText(member.workload, score, t, fmt, dash)}</dd>
        {activity && (
          <>
            <dt>{t('panel.activity')}</dt>
            <dd className="activity-fact">
              <ActivityBadge state={activity.state} t={t} /> {activityReason(activity, lang, false)}
            </dd>
          </>
        )}
        {member.roles.length > 0 && (
          <>
            <dt>{t('panel.roles')}</dt>
            <dd>{member.roles.join(', ')}</dd>
          </>
        )}
      </dl>
      <LeavingToggle member={member} />
      <CohortToggles member={member} />
      {leaving && <p className="notice">{t('panel.leaving')}</p>}
      {unique.map((x) => (
        <p key={x.entry.skill.key} className="notice">
          ★ {t('panel.uniqueHolder', { skill: x.entry.skill.name })}
        </p>
      ))}
      <button type="button" className="button small" onClick={() => focus(memberRef(member.key))}>
        {t('panel.focus')}
      </button>
      <RenameControl key={`r${member.key}`} kind="member" entityKey={member.key} name={member.name} />
      <MergeControl key={`m${member.key}`} kind="member" entityKey={member.key} name={member.name} />
      <h3>{t('panel.skills')}</h3>
      {levels.length === 0 ? (
        <p className="muted">{t('panel.noSkills')}</p>
      ) : (
        <ul className="skill-levels">
          {levels.map(({ entry, level }) => (
            <li key={entry.skill.key}>
              <span className={`dot dot-${entry.status}`} aria-hidden="true" />
              <button type="button" className="link" onClick={() => select(skillRef(entry.skill.key))}>
                {entry.skill.name}
              </button>{' '}
              <span className={level >= entry.skill.requiredLevel ? 'level holds' : 'level'}>
                {t('panel.level', { level })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {score && (
        <>
          <h3>
            {t('panel.candidateScore')}: {fmt.fixed(score.score, 2)}
          </h3>
          <ScoreBreakdown
            score={score}
            skillName={(key) => analysis.bySkill.get(key)?.skill.name ?? ''}
            t={t}
            fmt={fmt}
          />
        </>
      )}
    </div>
  );
}
