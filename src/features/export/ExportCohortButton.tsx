import { downloadText } from '../../components/download';
import { COHORT_CSV_WORDS, cohortTable } from '../../io/cohortCsv';
import { toCsv } from '../../io/csv';
import { useCohortPlan } from '../../store/cohort';
import { csvOptionsFor, useT, useUi } from '../../store/ui';

/** Downloads the current cohort plan as docs/contract.md#cohort-csv defines it, in the UI language. */
export function ExportCohortButton() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const csv = useUi((s) => s.csv);
  const plan = useCohortPlan();
  const exportCohort = () => {
    const table = cohortTable(plan, COHORT_CSV_WORDS[lang]);
    downloadText(t('csv.cohortFileName'), toCsv(table.header, table.rows, csvOptionsFor(lang, csv)));
  };
  return (
    <button type="button" className="button" onClick={exportCohort} disabled={plan.picks.length === 0}>
      {t('cohort.export')}
    </button>
  );
}
