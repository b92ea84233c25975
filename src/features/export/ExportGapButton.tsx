import { translator, type MessageKey, type Translate } from '../../i18n/i18n';
import { GAP_REPORT_COLUMNS, gapReportTable, type GapReportWords } from '../../io/gapReport';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useT } from '../../store/ui';
import { CsvExportButton } from './csvDownload';

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
  return (
    <CsvExportButton
      label={t('gaps.export')}
      fileName={t('csv.gapFileName')}
      disabled={analysis.skills.length === 0}
      table={(lang) => gapReportTable(analysis, locale, gapReportWords(translator(lang)))}
    />
  );
}
