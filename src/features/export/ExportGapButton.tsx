import { downloadText } from '../../components/download';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { toCsv } from '../../io/csv';
import { GAP_REPORT_COLUMNS, gapReportTable, type GapReportWords } from '../../io/gapReport';
import { useAnalysis } from '../../store/analysis';
import { useLocale, csvOptionsFor, useT, useUi } from '../../store/ui';

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

/** Downloads the gap report as docs/contract.md#gap-report defines it, in the UI language. */
export function ExportGapButton() {
  const t = useT();
  const locale = useLocale();
  const lang = useUi((s) => s.lang);
  const csv = useUi((s) => s.csv);
  const analysis = useAnalysis();
  const exportReport = () => {
    const table = gapReportTable(analysis, locale, gapReportWords(t));
    downloadText(t('csv.gapFileName'), toCsv(table.header, table.rows, csvOptionsFor(lang, csv)));
  };
  return (
    <button type="button" className="button" onClick={exportReport} disabled={analysis.skills.length === 0}>
      {t('gaps.export')}
    </button>
  );
}
