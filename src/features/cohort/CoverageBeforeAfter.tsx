import { useMemo } from 'react';
import { coverageByCategory, type CategoryCoverage, type CategoryState } from '../../domain/categoryCoverage';
import type { CohortPlan } from '../../domain/cohortTypes';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useT } from '../../store/ui';
import { CoverageChart, useShareText } from './CoverageChart';

const STATES = ['now', 'withoutLeavers', 'afterCohort'] as const;

/** Coverage per category now, with the leavers gone and after the planned cohort joins: a chart and a table. */
export function CoverageBeforeAfter({ plan }: { plan: CohortPlan }) {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const { categories, total } = useMemo(
    () => coverageByCategory(analysis, plan, locale),
    [analysis, plan, locale],
  );
  const name = (c: CategoryCoverage) => c.category || t('category.uncategorised');
  return (
    <section className="risk-section" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t('risk.coverage.title')}</h3>
      <p className="muted">{t('risk.coverage.intro')}</p>
      <CoverageChart categories={categories} name={name} />
      <div className="table-scroll">
        <table className="gap-table coverage-table">
          <caption>{t('risk.coverage.caption')}</caption>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                {t('risk.coverage.col.category')}
              </th>
              <th rowSpan={2} scope="col">
                {t('risk.coverage.col.target')}
              </th>
              {STATES.map((state) => (
                <th key={state} colSpan={3} scope="colgroup">
                  {t(`risk.coverage.state.${state}`)}
                </th>
              ))}
            </tr>
            <tr>
              {STATES.map((state) => (
                <StateHeaders key={state} />
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <CategoryRow key={c.category} label={name(c)} row={c} />
            ))}
          </tbody>
          <tfoot>
            <CategoryRow label={t('risk.coverage.total')} row={total} />
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function StateHeaders() {
  const t = useT();
  return (
    <>
      <th scope="col">{t('risk.coverage.col.coverage')}</th>
      <th scope="col">{t('risk.coverage.col.gap')}</th>
      <th scope="col">{t('risk.coverage.col.met')}</th>
    </>
  );
}

function CategoryRow({ label, row }: { label: string; row: CategoryCoverage }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{row.target}</td>
      {STATES.map((state) => (
        <StateCells key={state} state={row[state]} skills={row.skillsWithTarget} />
      ))}
    </tr>
  );
}

function StateCells({ state, skills }: { state: CategoryState; skills: number }) {
  const t = useT();
  const share = useShareText();
  return (
    <>
      <td className="num">{state.coverage}</td>
      <td className="num">{state.gap}</td>
      <td className="num">
        {state.shareMet === null
          ? share(null)
          : t('risk.coverage.metCell', { met: state.targetsMet, skills, percent: share(state.shareMet) })}
      </td>
    </>
  );
}
