// The current cohort plan, shared by the cohort view and its export: the analysis and the workspace plan's
// settings (size, caps, ceiling, statuses), pins and exclusions.
import type { Analysis } from '../domain/analysis';
import { planCohort } from '../domain/cohort';
import type { CohortPlan } from '../domain/cohortTypes';
import type { WorkspacePlan } from '../domain/types';
import { useAnalysedWorkspace, useAnalysis } from './analysis';

// Per analysis and workspace plan, outside React: the view and the export ask for the same plan, and a render
// React interrupts and starts again does not plan again.
const plans = new WeakMap<Analysis, WeakMap<WorkspacePlan, CohortPlan>>();

export function cohortPlanOf(analysis: Analysis, workspacePlan: WorkspacePlan): CohortPlan {
  let byPlan = plans.get(analysis);
  if (!byPlan) plans.set(analysis, (byPlan = new WeakMap()));
  const cached = byPlan.get(workspacePlan);
  if (cached) return cached;
  const start = performance.now();
  const plan = planCohort(analysis, {}, workspacePlan);
  // User Timing entry read by `npm run bench`: the planner alone, in the page.
  performance.measure?.('expertise-map:plan', { start, end: performance.now() });
  byPlan.set(workspacePlan, plan);
  return plan;
}

export function useCohortPlan(): CohortPlan {
  // The plan from the workspace shown, not from `analysis.workspace`: a plan edit reuses the analysis.
  return cohortPlanOf(useAnalysis(), useAnalysedWorkspace().plan);
}
