// A file → its table source and column plan, before any row is read: the encoding and delimiter, the header,
// the kind of file and what each column means (detected, chosen in the mapping step, or remembered), and the
// report's preview for the mapping step. A file that cannot be read is reported here and read no further.
import { decodeBytes } from '../encoding';
import { detectDelimiter } from '../delimiter';
import { recordsTable, textTable, type TableSource } from '../parse';
import { byteTable } from '../byteTable';
import {
  choicesOf,
  headerSignature,
  planColumns,
  planFromChoices,
  type ColumnChoice,
  type ColumnPlan,
} from '../detect';
import type { IssueCode } from '../codes';
import { emptyFileReport, type FileReport, type ImportIssue } from '../report';
import type { ImportFile, ImportOptions } from './types';

export interface PreparedFile {
  /** Position in the list of files picked (after containers were expanded). */
  index: number;
  report: FileReport;
  source: TableSource | null;
  plan: ColumnPlan | null;
  /** Share of the whole import's bytes, for progress. */
  weight: number;
}

/** Rows of a sheet are counted as this many bytes each, to weigh them against text files for progress. */
export const SHEET_ROW_BYTES = 50;

const PREVIEW_ROWS = 8;

export function fileSize(file: ImportFile): number {
  return file.rows ? file.rows.length * SHEET_ROW_BYTES : file.bytes.length;
}

export function prepareFile(
  file: ImportFile,
  index: number,
  totalBytes: number,
  options: ImportOptions,
  issue: (issue: ImportIssue) => void,
): PreparedFile {
  const report = emptyFileReport(file.name);
  const weight = fileSize(file) / totalBytes;
  const unreadable = (severity: 'error' | 'warning', code: IssueCode, row?: number): PreparedFile => {
    report.fatal = code;
    issue({ severity, code, file: file.name, ...(row !== undefined && { row }) });
    return { index, report, source: null, plan: null, weight };
  };
  const prepared = (source: TableSource) => prepareSource(source, report, file.columns, options, issue);
  if (file.format) report.format = file.format;
  if (file.refused) return unreadable('error', file.refused.code, file.refused.row);
  if (file.rows) {
    report.format = file.format ?? 'xlsx';
    return { index, report, weight, ...prepared(recordsTable(file.rows)) };
  }
  if (file.skipped) return unreadable('warning', 'file_not_table');
  // Most files are read straight from their bytes; UTF-16 and irregular quotes go the text way below.
  const fast = byteTable(file.bytes);
  if (fast) {
    report.encoding = fast.encoding;
    report.delimiter = fast.delimiter;
    return { index, report, weight, ...prepared(fast.source) };
  }
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    const code: IssueCode =
      decoded.reason === 'empty'
        ? 'file_empty'
        : decoded.reason === 'xlsx'
          ? 'file_xlsx'
          : isLegacyExcel(file.bytes)
            ? 'file_xls'
            : 'file_binary';
    return unreadable('error', code);
  }
  report.encoding = decoded.encoding;
  if (decoded.oddByte) issue({ severity: 'warning', code: 'file_odd_byte', file: file.name });
  const delimiter = detectDelimiter(decoded.text);
  report.delimiter = delimiter;
  let source: TableSource;
  try {
    source = textTable(decoded.text, delimiter);
  } catch {
    return unreadable('error', 'file_parse_failed');
  }
  return { index, report, weight, ...prepared(source) };
}

/** The header, the column plan and what the report says of them; source null when the table has no header. */
function prepareSource(
  source: TableSource,
  report: FileReport,
  columns: ColumnChoice[] | undefined,
  options: ImportOptions,
  issue: (issue: ImportIssue) => void,
): Pick<PreparedFile, 'source' | 'plan'> {
  const file = report.fileName;
  if (source.headers.length === 0) {
    report.fatal = 'file_empty';
    issue({ severity: 'error', code: 'file_empty', file });
    return { source: null, plan: null };
  }
  if (source.sample.length === 0) {
    report.fatal = 'file_header_only';
    issue({ severity: 'error', code: 'file_header_only', file });
  }
  for (const row of source.repairedQuotes)
    issue({ severity: 'warning', code: 'row_quote_unclosed', file, row });
  const skippedAbove = source.headerRow - 1;
  if (skippedAbove > 0)
    issue({
      severity: 'info',
      code: 'rows_above_header',
      file,
      row: source.headerRow,
      detail: { count: skippedAbove },
    });
  report.signature = headerSignature(source.headers);
  const remembered = options.remembered?.get(report.signature);
  const chosen = columns ?? remembered;
  const plan =
    chosen && chosen.length === source.headers.length
      ? planFromChoices(chosen)
      : planColumns(source.headers, source.sample);
  if (chosen && chosen.length === source.headers.length) report.mapping = columns ? 'chosen' : 'remembered';
  // A file without data rows has nothing to map: its report says so instead.
  report.needsMapping = plan.needsMapping && source.sample.length > 0;
  report.choices = choicesOf(plan);
  // Kept for every file, so that the columns can be changed from the report as well.
  report.preview = { headers: source.headers, rows: source.sample.slice(0, PREVIEW_ROWS) };
  report.kind = plan.kind;
  report.columns = source.headers.map((header, i) => {
    const role = plan.roles[i];
    return { header, role: role.type === 'field' ? role.field : role.type === 'skill' ? 'skill' : 'ignored' };
  });
  plan.roles.forEach((role, i) => {
    // Columns a person chose to ignore need no warning.
    if (report.mapping !== 'detected') return;
    if (
      role.type === 'ignored' &&
      (role.why !== 'column_unnamed' || source.sample.some((r) => (r[i] ?? '').trim() !== ''))
    ) {
      issue({
        severity: 'warning',
        code: role.why,
        file,
        row: source.headerRow,
        column: source.headers[i] || `#${i + 1}`,
      });
    }
  });
  if (plan.problem) {
    report.fatal = plan.problem;
    issue({ severity: 'error', code: plan.problem, file });
  }
  return { source, plan };
}

/** Excel 97–2003 (.xls) and other OLE2 compound files start with D0 CF 11 E0. */
function isLegacyExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
