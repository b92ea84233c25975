import { useRef } from 'react';
import { translator, type MessageKey, type Translate } from '../../i18n/i18n';
import { GAP_REPORT_COLUMNS, gapReportTable, type GapReportWords } from '../../io/gapReport';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useT } from '../../store/ui';
import { ReplacedNotice, useCsvDownload } from './csvDownload';

export function gapReportWords(t: Translate): GapReportWords {
  return {
    headers: Object.fromEntries(
      GAP_REPORT_COLUMNS.map((c) => [c, t(`csv.gap.${c}` as MessageKey)]),
    ) as GapReportWords['headers'],
    status: {
      gap: t('csv.status.gap'),
      single_holder: t('csv.status.single_holder'),
      covered: t('csv.status.covered'),
    },
    uncategorised: t('category.uncategorised'),
  };
}

/**
 * Downloads the gap report as docs/contract.md#gap-report defines it, in the CSV settings' header language
 * (the UI language unless chosen), delimiter and encoding; rows in the UI language's name order, as on screen.
 */
export function ExportGapButton() {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const csv = useCsvDownload();
  const button = useRef<HTMLButtonElement>(null);
  const exportReport = () => {
    const table = gapReportTable(analysis, locale, gapReportWords(translator(csv.lang)));
    csv.save(t('csv.gapFileName'), table);
  };
  return (
    <span className="export-action">
      <button
        ref={button}
        type="button"
        className="button"
        onClick={exportReport}
        disabled={analysis.skills.length === 0}
      >
        {t('gaps.export')}
      </button>
      <ReplacedNotice replaced={csv.replaced} onDismiss={csv.dismiss} exportButton={button} />
    </span>
  );
}
