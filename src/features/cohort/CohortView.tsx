import { useDeferredValue } from 'react';
import type { CohortPlan } from '../../domain/cohortTypes';
import type { MessageKey } from '../../i18n/i18n';
import { useCohortPlan } from '../../store/cohort';
import { useNumberFormat, useT } from '../../store/ui';
import { CohortTable } from './CohortTable';
import { LazyBestCohortPanel } from './LazyBestCohortPanel';
import { PlanControls } from './PlanControls';
import { AddPersonBox } from './AddPersonBox';
import { PinNotes } from './PinNotes';
import { OpenGapsTable } from './OpenGapsTable';
import { LeaversSection } from './LeaversSection';
import { KeyPersonRiskTable } from './KeyPersonRiskTable';
import { CoverageBeforeAfter } from './CoverageBeforeAfter';

/**
 * The next cohort: the planner's settings, pins and exclusions, the picks in order, what they close and the gaps
 * left open.
 */
export function CohortView() {
  const t = useT();
  const fmt = useNumberFormat();
  const plan = useCohortPlan();
  // The picks show first; the best-cohort problem and the before/after figures follow in a later render React
  // may interrupt, so a change of size or pins paints its plan without waiting for them.
  const later = useDeferredValue(plan);
  const { weightedGapBefore, weightedGapClosed } = plan.totals;
  return (
    <section className="cohort-view" aria-labelledby="cohort-title">
      <div className="view-toolbar">
        <h2 id="cohort-title">{t('cohort.title')}</h2>
        <PlanControls />
      </div>
      <p className="muted">{t('cohort.caption')}</p>
      <AddPersonBox />
      <PinNotes plan={plan} />
      {plan.picks.length === 0 ? <p>{t(emptyReason(plan))}</p> : <CohortTable picks={plan.picks} />}
      <p className="cohort-totals">
        {t('cohort.totals', {
          count: weightedGapBefore,
          closed: fmt.num(weightedGapClosed),
          total: fmt.num(weightedGapBefore),
        })}
      </p>
      <LazyBestCohortPanel plan={later} />
      <OpenGapsTable openGaps={plan.openGaps} />
      <LeaversSection />
      <KeyPersonRiskTable />
      <CoverageBeforeAfter plan={later} />
    </section>
  );
}

/** Why a plan has nobody: nothing is open, nobody qualifies, or the limits hold back everyone who does. */
function emptyReason(plan: CohortPlan): MessageKey {
  if (plan.openGaps.length === 0) return 'cohort.empty.noGap';
  if (plan.openGaps.every((gap) => gap.reason === 'no_one_qualifies')) return 'cohort.empty';
  return 'cohort.empty.heldBack';
}
