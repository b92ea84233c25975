// The current cohort plan, shared by the cohort view and its export: the analysis and the workspace plan's
// settings (size, caps, ceiling, statuses), pins and exclusions.
import type { Analysis } from '../domain/analysis';
import { planCohort } from '../domain/cohort';
import { gapListsOf, groupsOf } from '../domain/cohortPool';
import type { CohortPlan } from '../domain/cohortTypes';
import type { WorkspacePlan } from '../domain/types';
import { startTransition, useEffect, useState } from 'react';
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
  // told after the render or task that made it: a listener re-rendering inside another component's render is refused
  queueMicrotask(() => planMade.forEach((listener) => listener()));
  return plan;
}

const planMade = new Set<() => void>();
const onPlanMade = (listener: () => void) => {
  planMade.add(listener);
  return () => void planMade.delete(listener);
};

/**
 * The current cohort plan if it has been made, without making it; when it has not, it is made after this render, in
 * a task of its own, and the component renders again. For what only glances at the plan (the header's export):
 * at organisation scale planning is a good part of a frame, and inside the views' render it made one long task.
 * `make` makes it at once (for a click that cannot wait).
 */
export function useCohortPlanWhenMade(): { plan: CohortPlan | undefined; make: () => CohortPlan } {
  const analysis = useAnalysis();
  const workspacePlan = useAnalysedWorkspace().plan;
  // Told of a plan made, it renders again in a transition: an urgent update (as a store subscription's is) would throw
  // away a view's sliced render under way, such as the Cohort tab's that made the plan.
  const [, planSeen] = useState(0);
  useEffect(() => onPlanMade(() => startTransition(() => planSeen((n) => n + 1))), []);
  const plan = plans.get(analysis)?.get(workspacePlan);
  useEffect(() => {
    if (plan) return;
    // in steps, a task each: the candidates' gap lists, their departments and locations, then the plan
    const steps = [
      () => gapListsOf(analysis),
      () => groupsOf(analysis.workspace.members),
      () => cohortPlanOf(analysis, workspacePlan),
    ];
    let later = 0;
    const next = () => {
      steps.shift()?.();
      if (steps.length > 0) later = window.setTimeout(next);
    };
    later = window.setTimeout(next);
    return () => clearTimeout(later);
  }, [plan, analysis, workspacePlan]);
  return { plan, make: () => cohortPlanOf(analysis, workspacePlan) };
}

export function useCohortPlan(): CohortPlan {
  // The plan from the workspace shown, not from `analysis.workspace`: a plan edit reuses the analysis.
  return cohortPlanOf(useAnalysis(), useAnalysedWorkspace().plan);
}
