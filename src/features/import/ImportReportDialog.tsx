import { Dialog } from '../../components/ui/Dialog';
import { downloadText } from '../../components/download';
import type { MessageKey } from '../../i18n/i18n';
import { toCsv } from '../../io/csv';
import { rejectedRowsTable } from '../../io/rejected';
import type { ImportReport } from '../../io/report';
import { csvOptionsFor, useT, useUi } from '../../store/ui';
import { useImportFlow } from '../../store/importFlow';
import { FileSummary } from './FileSummary';
import { issueMessage } from './issueText';
import { IssueList } from './IssueList';

/** After each import: the workspace totals first, then each file, then every problem. */
export function ImportReportDialog() {
  const t = useT();
  const report = useImportFlow((s) => s.report);
  const close = useImportFlow((s) => s.closeReport);
  const unchanged = useImportFlow((s) => s.reportUnchanged);
  const undoId = useImportFlow((s) => s.undoId);
  const undoImport = useImportFlow((s) => s.undoImport);
  const reviseColumns = useImportFlow((s) => s.reviseColumns);
  if (!report) return null;
  const canUndo = !unchanged && undoId !== null;
  return (
    <Dialog
      title={t('report.title')}
      onClose={close}
      wide
      footer={
        <>
          {report.rejectedRows.length > 0 && <DownloadRejected report={report} />}
          {canUndo && (
            <button type="button" className="button" onClick={() => void undoImport()}>
              {t('report.undo')}
            </button>
          )}
          <button type="button" className="button primary" onClick={close}>
            {t('report.close')}
          </button>
        </>
      }
    >
      <p className="report-totals">
        <strong>{t('totals.members', { count: report.totals.members })}</strong>
        {', '}
        <strong>{t('totals.skills', { count: report.totals.skills })}</strong>
        {', '}
        <strong>{t('totals.links', { count: report.totals.links })}</strong>
        {report.interestsWithoutLevel > 0 && (
          <>
            {', '}
            <strong>{t('totals.interestsWithoutLevel', { count: report.interestsWithoutLevel })}</strong>
          </>
        )}
      </p>
      <p className={unchanged ? 'notice' : 'muted'}>
        {unchanged ? t('report.unchanged') : t(`report.mode.${report.mode}` as MessageKey)}
      </p>
      {report.files.map((file, i) => (
        <FileSummary
          key={i}
          file={file}
          issues={report.issues.filter((x) => x.file === file.fileName)}
          onReviseColumns={unchanged ? undefined : () => reviseColumns(i)}
        />
      ))}
      {report.issues.length === 0 && <p>{t('report.noIssues')}</p>}
      {report.files.length === 0 && <IssueList issues={report.issues} />}
    </Dialog>
  );
}

function DownloadRejected({ report }: { report: ImportReport }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const csv = useUi((s) => s.csv);
  const download = () => {
    const table = rejectedRowsTable(
      report.rejectedRows,
      (r) =>
        issueMessage(t, {
          severity: 'error',
          code: r.reason,
          file: r.file,
          row: r.row,
          value: r.value ?? '',
        }),
      { file: t('csv.rejected.file'), row: t('csv.rejected.row'), reason: t('csv.rejected.reason') },
    );
    downloadText(t('csv.rejectedFileName'), toCsv(table.header, table.rows, csvOptionsFor(lang, csv)));
  };
  return (
    <button type="button" className="button" onClick={download}>
      {t('report.downloadRejected')} ({report.rejectedRows.length})
    </button>
  );
}
