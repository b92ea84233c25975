import { COHORT_CSV_WORDS, cohortTable } from '../../io/cohortCsv';
import { useCohortPlanWhenMade } from '../../store/cohort';
import { useT } from '../../store/ui';
import { CsvExportButton } from './csvDownload';

/**
 * Downloads the current cohort plan as docs/contract.md#cohort-csv defines it, in the CSV settings' header
 * language (the UI language unless chosen), delimiter and encoding. The header does not wait for the plan: the
 * button is enabled until the plan, made after the page has painted, turns out to pick no one. A click before that
 * makes the plan; when it picks no one, no file is written (a header row alone) and the button turns disabled.
 */
export function ExportCohortButton() {
  const t = useT();
  const { plan, make } = useCohortPlanWhenMade();
  return (
    <CsvExportButton
      label={t('cohort.export')}
      fileName={t('csv.cohortFileName')}
      disabled={plan !== undefined && plan.picks.length === 0}
      table={(lang) => {
        const made = plan ?? make();
        return made.picks.length === 0 ? null : cohortTable(made, COHORT_CSV_WORDS[lang]);
      }}
    />
  );
}
