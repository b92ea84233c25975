import { cutForDisplay, cutTitle } from '../../components/cut';
import type { MessageKey } from '../../i18n/i18n';
import type { FileReport, ImportIssue } from '../../io/report';
import { useT } from '../../store/ui';
import { IssueList } from './IssueList';

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'windows-1252': 'Windows-1252',
};

const WORKBOOK_NAMES = { xlsx: 'Excel (.xlsx)', ods: 'OpenDocument (.ods)' } as const;

/** Columns named one by one; a wider file's rest is a count, so 10,000 headers do not make one huge line. */
const COLUMNS_LISTED = 50;

export function FileSummary({
  file,
  issues,
  onReviseColumns,
}: {
  file: FileReport;
  issues: ImportIssue[];
  onReviseColumns?: () => void;
}) {
  const t = useT();
  const roleName = (role: string) =>
    role === 'ignored'
      ? t('role.ignored')
      : role === 'skill'
        ? t('role.skill')
        : t(`mapping.choice.${role}` as MessageKey);
  const skillColumns = file.columns.filter((c) => c.role === 'skill');
  // A wide matrix lists its skill columns as a count, not one by one.
  const listed = skillColumns.length > 12 ? file.columns.filter((c) => c.role !== 'skill') : file.columns;
  const columns = [
    ...listed
      .slice(0, COLUMNS_LISTED)
      .map((c) => `${c.header ? cutForDisplay(c.header) : '∅'} → ${roleName(c.role)}`),
    ...(listed.length > COLUMNS_LISTED
      ? [t('report.moreColumns', { count: listed.length - COLUMNS_LISTED })]
      : []),
    ...(listed.length < file.columns.length
      ? [
          t('report.skillColumns', {
            count: skillColumns.length,
            first: skillColumns
              .slice(0, 3)
              .map((c) => cutForDisplay(c.header))
              .join(', '),
          }),
        ]
      : []),
  ].join('; ');
  const fileName = cutForDisplay(file.fileName);
  return (
    <section className="file-summary" aria-label={fileName}>
      <h3 title={cutTitle(file.fileName)}>{fileName}</h3>
      <dl className="facts">
        <dt>{t('report.kind')}</dt>
        <dd>{t(file.kind ? (`kind.${file.kind}` as MessageKey) : 'kind.unknown')}</dd>
        {file.format === 'text' ? (
          <>
            <dt>{t('report.encoding')}</dt>
            <dd>{file.encoding ? ENCODING_NAMES[file.encoding] : '—'}</dd>
            <dt>{t('report.delimiter')}</dt>
            <dd>{file.delimiter ? t(`delimiter.${file.delimiter}` as MessageKey) : '—'}</dd>
          </>
        ) : (
          // A workbook sheet has neither an encoding nor a delimiter: its format says how it was read.
          <>
            <dt>{t('report.format')}</dt>
            <dd>{WORKBOOK_NAMES[file.format]}</dd>
          </>
        )}
        <dt>{t('report.rowsRead')}</dt>
        <dd>{file.rowsRead}</dd>
        <dt>{t('report.imported')}</dt>
        <dd>{file.imported}</dd>
        <dt>{t('report.merged')}</dt>
        <dd>{file.merged}</dd>
        <dt>{t('report.rejected')}</dt>
        <dd>{file.rejected}</dd>
        {file.blankLines > 0 && (
          <>
            <dt>{t('report.blankLines')}</dt>
            <dd>{file.blankLines}</dd>
          </>
        )}
      </dl>
      {file.mapping !== 'detected' && (
        <p className="muted">{t(`report.mapping.${file.mapping}` as MessageKey)}</p>
      )}
      {columns && (
        <p className="columns muted">
          {t('report.columns')}: {columns}{' '}
          {onReviseColumns && file.preview && (
            <button type="button" className="button small" onClick={onReviseColumns}>
              {t('report.reviseColumns')}
            </button>
          )}
        </p>
      )}
      <IssueList issues={issues} />
    </section>
  );
}
