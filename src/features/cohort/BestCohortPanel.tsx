import { useState } from 'react';
import type { CohortPlan } from '../../domain/cohortTypes';
import { useAnalysis } from '../../store/analysis';
import { SOLVER_TIME_LIMIT, useBestCohort, type BestCohort, type StartSolver } from '../../store/bestCohort';
import { useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/**
 * How good the greedy plan is: the most any cohort of the same size and constraints could close, the plan's
 * share of it, and the best cohort the solver found, offered as an alternative (the plan and its export stay).
 */
export function BestCohortPanel({ plan, start }: { plan: CohortPlan; start?: StartSolver }) {
  const t = useT();
  const fmt = useNumberFormat();
  const best = useBestCohort(plan, start);
  const closed = best.greedy.weightedGapClosed;
  return (
    <section className="best-cohort" aria-labelledby="best-cohort-title">
      <h3 id="best-cohort-title">{t('bestCohort.title')}</h3>
      {best.upperBound !== null &&
        (best.upperBound > 0 ? (
          <p>
            {t('bestCohort.share', {
              count: plan.options.size,
              closed: fmt.num(closed),
              bound: fmt.num(best.upperBound),
              // Rounded down: "at least" must stay true.
              share: Math.floor((100 * closed) / best.upperBound + 1e-9),
            })}
          </p>
        ) : (
          <p>{t('bestCohort.nothingToClose')}</p>
        ))}
      <p role="status">{statusText(best, t, fmt.num)}</p>
      {best.status === 'done' || best.status === 'failed' ? <Alternative best={best} /> : null}
    </section>
  );
}

function statusText(best: BestCohort, t: ReturnType<typeof useT>, num: (n: number) => string): string {
  const found = num(best.best.weightedGapClosed);
  if (best.status === 'failed')
    return t(best.failedAt === 'load' ? 'bestCohort.failedLoad' : 'bestCohort.failedSolve');
  if (best.proven) return t('bestCohort.proven', { best: found });
  if (best.status === 'bounding') return t('bestCohort.bounding');
  if (best.status === 'solving') {
    const searching = t('bestCohort.solving', { seconds: SOLVER_TIME_LIMIT });
    const soFar = Math.max(best.bestSoFar ?? 0, best.best.weightedGapClosed);
    return `${searching} ${t('bestCohort.soFar', { best: num(soFar) })}`;
  }
  return t('bestCohort.timeLimit', { best: found });
}

/** The best cohort found, when it differs from the plan: shown on request, next to the plan, never instead. */
function Alternative({ best }: { best: BestCohort }) {
  const t = useT();
  const analysis = useAnalysis();
  const apply = useWorkspace((s) => s.apply);
  const [shown, setShown] = useState(false);
  const greedy = new Set(best.greedy.memberKeys);
  const same =
    best.best.memberKeys.length === greedy.size && best.best.memberKeys.every((key) => greedy.has(key));
  if (same) return best.status === 'done' ? <p>{t('bestCohort.planIsBest')}</p> : null;
  const members = best.best.memberKeys.flatMap((key) => {
    const m = analysis.memberIndex.get(key);
    return m === undefined ? [] : [analysis.workspace.members[m]];
  });
  return (
    <>
      <button type="button" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        {t('bestCohort.use')}
      </button>
      {shown && (
        <>
          <p className="muted">{t('bestCohort.alternativeNote')}</p>
          <ol aria-label={t('bestCohort.alternative')}>
            {members.map((m) => (
              <li key={m.key}>
                {m.name}
                {m.department ? ` · ${m.department}` : ''}
                {greedy.has(m.key) ? '' : ` · ${t('bestCohort.notInPlan')}`}
              </li>
            ))}
          </ol>
          {best.status === 'done' && (
            <button
              type="button"
              onClick={() => apply({ kind: 'pinCohort', memberKeys: best.best.memberKeys })}
            >
              {t('bestCohort.pin')}
            </button>
          )}
        </>
      )}
    </>
  );
}
