import { downloadText } from '../../components/download';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { COHORT_COLUMNS, cohortTable, type CohortCsvWords } from '../../io/cohortCsv';
import { toCsv } from '../../io/csv';
import { useCohortPlan } from '../../store/cohort';
import { csvOptionsFor, useT, useUi } from '../../store/ui';

export function cohortWords(t: Translate): CohortCsvWords {
  return {
    headers: Object.fromEntries(
      COHORT_COLUMNS.map((c) => [c, t(`csv.cohort.${c}` as MessageKey)]),
    ) as CohortCsvWords['headers'],
    status: {
      ambassador: t('csv.memberStatus.ambassador'),
      employee: t('csv.memberStatus.employee'),
      alumni: t('csv.memberStatus.alumni'),
    },
  };
}

/** Downloads the current cohort plan as docs/contract.md#cohort-csv defines it, in the UI language. */
export function ExportCohortButton() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const csv = useUi((s) => s.csv);
  const plan = useCohortPlan();
  const exportCohort = () => {
    const table = cohortTable(plan, cohortWords(t));
    downloadText(t('csv.cohortFileName'), toCsv(table.header, table.rows, csvOptionsFor(lang, csv)));
  };
  return (
    <button type="button" className="button" onClick={exportCohort} disabled={plan.picks.length === 0}>
      {t('cohort.export')}
    </button>
  );
}
