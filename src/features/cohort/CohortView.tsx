import { useState } from 'react';
import { useCohortPlan } from '../../store/cohort';
import { useNumberFormat, useT, useUi } from '../../store/ui';
import { CohortTable } from './CohortTable';
import { LazyBestCohortPanel } from './LazyBestCohortPanel';
import { OpenGapsTable } from './OpenGapsTable';

/** The next cohort: a size, the planner's picks in order, what they close and the gaps left open. */
export function CohortView() {
  const t = useT();
  const fmt = useNumberFormat();
  const size = useUi((s) => s.cohortSize);
  const setSize = useUi((s) => s.setCohortSize);
  const plan = useCohortPlan();
  // The field's own text, so that it can be cleared and retyped; every whole size ≥ 1 replans at once.
  const [draft, setDraft] = useState(String(size));
  const { weightedGapBefore, weightedGapClosed } = plan.totals;
  return (
    <section className="cohort-view" aria-labelledby="cohort-title">
      <div className="view-toolbar">
        <h2 id="cohort-title">{t('cohort.title')}</h2>
        <label>
          {t('cohort.size')}{' '}
          <input
            type="number"
            min={1}
            step={1}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setSize(e.target.valueAsNumber);
            }}
            onBlur={() => setDraft(String(useUi.getState().cohortSize))}
          />
        </label>
      </div>
      <p className="muted">{t('cohort.caption')}</p>
      {plan.picks.length === 0 ? <p>{t('cohort.empty')}</p> : <CohortTable picks={plan.picks} />}
      <p className="cohort-totals">
        {t('cohort.totals', {
          count: weightedGapBefore,
          closed: fmt.num(weightedGapClosed),
          total: fmt.num(weightedGapBefore),
        })}
      </p>
      <LazyBestCohortPanel plan={plan} />
      <OpenGapsTable openGaps={plan.openGaps} />
    </section>
  );
}
