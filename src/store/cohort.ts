// The current cohort plan, shared by the cohort view and its export: the analysis and the workspace plan's
// settings (size, caps, ceiling, statuses), pins and exclusions.
import { useMemo } from 'react';
import { planCohort } from '../domain/cohort';
import type { CohortPlan } from '../domain/cohortTypes';
import { useAnalysedWorkspace, useAnalysis } from './analysis';

export function useCohortPlan(): CohortPlan {
  const analysis = useAnalysis();
  // The plan from the workspace shown, not from `analysis.workspace`: a plan edit reuses the analysis.
  const { plan: workspacePlan } = useAnalysedWorkspace();
  return useMemo(() => {
    const start = performance.now();
    const plan = planCohort(analysis, {}, workspacePlan);
    // User Timing entry read by `npm run bench`: the planner alone, in the page.
    performance.measure?.('expertise-map:plan', { start, end: performance.now() });
    return plan;
  }, [analysis, workspacePlan]);
}
