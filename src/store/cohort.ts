// The current cohort plan, shared by the cohort view and its export: the analysis and the workspace plan's
// settings (size, caps, ceiling, statuses), pins and exclusions.
import { useMemo } from 'react';
import { planCohort } from '../domain/cohort';
import type { CohortPlan } from '../domain/cohortTypes';
import { useAnalysis } from './analysis';

export function useCohortPlan(): CohortPlan {
  const analysis = useAnalysis();
  return useMemo(() => planCohort(analysis), [analysis]);
}
