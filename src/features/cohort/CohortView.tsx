import { useState } from 'react';
import { useCohortPlan } from '../../store/cohort';
import { useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import { CohortTable } from './CohortTable';
import { LazyBestCohortPanel } from './LazyBestCohortPanel';
import { OpenGapsTable } from './OpenGapsTable';
import { LeaversSection } from './LeaversSection';
import { KeyPersonRiskTable } from './KeyPersonRiskTable';
import { CoverageBeforeAfter } from './CoverageBeforeAfter';

/** The next cohort: a size, the planner's picks in order, what they close and the gaps left open. */
export function CohortView() {
  const t = useT();
  const fmt = useNumberFormat();
  const size = useWorkspace((s) => s.workspace.plan.settings.size);
  const apply = useWorkspace((s) => s.apply);
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
              const value = e.target.valueAsNumber;
              if (Number.isInteger(value) && value >= 1)
                apply({ kind: 'setPlanSettings', settings: { size: value } });
            }}
            onBlur={() => setDraft(String(useWorkspace.getState().workspace.plan.settings.size))}
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
      <LeaversSection />
      <KeyPersonRiskTable />
      <CoverageBeforeAfter plan={plan} />
    </section>
  );
}
