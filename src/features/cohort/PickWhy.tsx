import { ScoreBreakdown, workloadText } from '../../components/candidateScore';
import { explainScore } from '../../domain/analysis';
import type { PickCoverage } from '../../domain/cohortExplain';
import type { CohortPick } from '../../domain/cohortTypes';
import type { MessageKey } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT } from '../../store/ui';

/** Why one pick is in: what it closes at its turn and adds to coverage, its score skill by skill, its workload. */
export function PickWhy({ id, pick, coverage }: { id: string; pick: CohortPick; coverage: PickCoverage }) {
  const t = useT();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const score = explainScore(analysis, pick.member.key);
  return (
    <div
      id={id}
      className="cohort-why"
      role="group"
      aria-label={t('cohort.why.toggle', { name: pick.member.name })}
    >
      <section>
        <h4>{t('cohort.why.closes')}</h4>
        {coverage.steps.length === 0 ? (
          <p>{t('cohort.why.closesNothing')}</p>
        ) : (
          <ul className="score-explain">
            {coverage.steps.map((step) => (
              <li key={step.skill.key}>
                {t('cohort.why.closeStep', {
                  skill: step.skill.name,
                  weight: fmt.num(step.skill.weight),
                  before: step.before,
                  after: step.after,
                  target: step.target,
                })}{' '}
                <span className={`badge badge-${step.status}`}>
                  {t(`status.${step.status}` as MessageKey)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>{t('cohort.why.closedTotal', { weight: fmt.num(pick.weightedGap) })}</p>
        <p>
          {t('cohort.why.coverage', {
            before: coverage.targetsMetBefore,
            after: coverage.targetsMetAfter,
            total: analysis.totals.skills,
          })}
        </p>
      </section>
      <section>
        <h4>{t('cohort.why.score', { score: fmt.fixed(pick.score, 2) })}</h4>
        {score && (
          <ScoreBreakdown
            score={score}
            skillName={(key) => analysis.bySkill.get(key)?.skill.name ?? ''}
            t={t}
            fmt={fmt}
          />
        )}
        <p>
          {t('cohort.why.workload', {
            workload: workloadText(pick.workload, score, t, fmt, t('panel.unknown')),
          })}
        </p>
      </section>
    </div>
  );
}
