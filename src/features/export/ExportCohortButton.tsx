import { COHORT_CSV_WORDS, cohortTable } from '../../io/cohortCsv';
import { useCohortPlanWhenMade } from '../../store/cohort';
import { useT } from '../../store/ui';
import { CsvExportButton } from './csvDownload';

/**
 * Downloads the current cohort plan as docs/contract.md#cohort-csv defines it, in the CSV settings' header
 * language (the UI language unless chosen), delimiter and encoding. The header does not wait for the plan (made
 * after the page has painted): a click before it makes it. A plan that picks no one writes no file (a header row
 * alone) and says so beside the button, which stays enabled so that a click can tell why there is no file.
 */
export function ExportCohortButton() {
  const t = useT();
  const { plan, make } = useCohortPlanWhenMade();
  return (
    <CsvExportButton
      label={t('cohort.export')}
      fileName={t('csv.cohortFileName')}
      disabled={false}
      table={(lang) => {
        const made = plan ?? make();
        return made.picks.length === 0 ? null : cohortTable(made, COHORT_CSV_WORDS[lang]);
      }}
      emptyNote={t('cohort.export.empty')}
    />
  );
}
