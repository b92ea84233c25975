import { lazy, Suspense } from 'react';
import type { CohortPlan } from '../../domain/cohortTypes';
import { useT } from '../../store/ui';

// Loaded when the Cohort view first shows it: the panel and its solver client stay out of the first load.
const BestCohortPanel = lazy(() => import('./BestCohortPanel').then((m) => ({ default: m.BestCohortPanel })));

export function LazyBestCohortPanel({ plan }: { plan: CohortPlan }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="muted">{t('bestCohort.bounding')}</p>}>
      <BestCohortPanel plan={plan} />
    </Suspense>
  );
}
