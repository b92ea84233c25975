import { COHORT_CSV_WORDS, cohortTable } from '../../io/cohortCsv';
import { useCohortPlan } from '../../store/cohort';
import { useT } from '../../store/ui';
import { CsvExportButton } from './csvDownload';

/**
 * Downloads the current cohort plan as docs/contract.md#cohort-csv defines it, in the CSV settings' header
 * language (the UI language unless chosen), delimiter and encoding.
 */
export function ExportCohortButton() {
  const t = useT();
  const plan = useCohortPlan();
  return (
    <CsvExportButton
      label={t('cohort.export')}
      fileName={t('csv.cohortFileName')}
      disabled={plan.picks.length === 0}
      table={(lang) => cohortTable(plan, COHORT_CSV_WORDS[lang])}
    />
  );
}
