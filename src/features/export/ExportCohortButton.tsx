import { useRef } from 'react';
import { COHORT_CSV_WORDS, cohortTable } from '../../io/cohortCsv';
import { useCohortPlan } from '../../store/cohort';
import { useT } from '../../store/ui';
import { ReplacedNotice, useCsvDownload } from './csvDownload';

/**
 * Downloads the current cohort plan as docs/contract.md#cohort-csv defines it, in the CSV settings' header
 * language (the UI language unless chosen), delimiter and encoding.
 */
export function ExportCohortButton() {
  const t = useT();
  const plan = useCohortPlan();
  const csv = useCsvDownload();
  const button = useRef<HTMLButtonElement>(null);
  const exportCohort = () => csv.save(t('csv.cohortFileName'), cohortTable(plan, COHORT_CSV_WORDS[csv.lang]));
  return (
    <span className="export-action">
      <button
        ref={button}
        type="button"
        className="button"
        onClick={exportCohort}
        disabled={plan.picks.length === 0}
      >
        {t('cohort.export')}
      </button>
      <ReplacedNotice replaced={csv.replaced} onDismiss={csv.dismiss} exportButton={button} />
    </span>
  );
}
