// The current cohort plan, shared by the cohort view and its export: the analysis and the chosen size.
import { useMemo } from 'react';
import { planCohort } from '../domain/cohort';
import type { CohortPlan } from '../domain/cohortTypes';
import { useAnalysis } from './analysis';
import { useUi } from './ui';

export function useCohortPlan(): CohortPlan {
  const analysis = useAnalysis();
  const size = useUi((s) => s.cohortSize);
  return useMemo(() => planCohort(analysis, { size }), [analysis, size]);
}
