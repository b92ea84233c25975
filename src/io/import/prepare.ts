// A file → its table source and column plan, before any row is read: the encoding and delimiter, the header,
// the kind of file and what each column means (detected, chosen in the mapping step, or remembered), and the
// report's preview for the mapping step. A file that cannot be read is reported here and read no further.
import { decodeBytes } from '../encoding';
import { detectDelimiter } from '../delimiter';
import { SAMPLE_ROWS, recordsTable, textTable, type TableSource } from '../parse';
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
import { cutReportText, emptyFileReport, type FileReport, type ImportIssue } from '../report';
import { MAX_INFLATED_BYTES } from './containers';
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

/**
 * Longest header or cell the import reads, in characters: about 30 pages of text, far beyond any name, skill or
 * note, while a 30 MB cell means the file is no table (or a broken one). Checked on the header and the rows
 * read ahead for detection; a file with a longer one is refused before any row is imported.
 */
export const MAX_CELL_CHARS = 100_000;
/**
 * Longest line the import looks at among the first ones, in bytes: a longer one is refused before it is
 * decoded, since a cell of hundreds of megabytes cannot even become a string in a browser.
 */
export const MAX_ROW_BYTES = 32 * 2 ** 20;
/** Widest file the import reads: Excel's own limit (column XFD), so no spreadsheet a club saves is refused. */
export const MAX_COLUMNS = 16_384;

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
  const unreadable = (
    severity: 'error' | 'warning',
    code: IssueCode,
    at: { row?: number; detail?: ImportIssue['detail'] } = {},
  ): PreparedFile => {
    report.fatal = code;
    issue({
      severity,
      code,
      file: file.name,
      ...(at.row !== undefined && { row: at.row }),
      ...(at.detail && { detail: at.detail }),
    });
    return { index, report, source: null, plan: null, weight };
  };
  const prepared = (source: TableSource) => prepareSource(source, report, file.columns, options, issue);
  if (file.format) report.format = file.format;
  if (file.refused) return unreadable('error', file.refused.code, { row: file.refused.row });
  if (file.rows) {
    report.format = file.format ?? 'xlsx';
    return { index, report, weight, ...prepared(recordsTable(file.rows)) };
  }
  if (file.skipped) return unreadable('warning', 'file_not_table');
  if (file.tooLarge !== undefined)
    return unreadable('error', 'file_too_large', {
      detail: { size: Math.ceil(file.tooLarge / 2 ** 20), limit: Math.floor(MAX_INFLATED_BYTES / 2 ** 20) },
    });
  const longRow = firstLongRow(file.bytes);
  if (longRow)
    return unreadable('error', 'file_row_too_long', {
      detail: { row: longRow.row, size: Math.ceil(longRow.bytes / 2 ** 20), limit: MAX_ROW_BYTES / 2 ** 20 },
    });
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
  const refused = refusal(source);
  if (refused) {
    report.fatal = refused.code;
    issue({ severity: 'error', file, ...refused });
    return { source: null, plan: null };
  }
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
  // The report carries cut text only: it travels to the page and stays there while the report is open.
  report.preview = {
    headers: source.headers.map(cutReportText),
    rows: source.sample.slice(0, PREVIEW_ROWS).map((row) => row.map(cutReportText)),
  };
  report.kind = plan.kind;
  report.columns = source.headers.map((header, i) => {
    const role = plan.roles[i];
    return {
      header: cutReportText(header),
      role: role.type === 'field' ? role.field : role.type === 'skill' ? 'skill' : 'ignored',
    };
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

/** Why a table is too wide or has a cell too long to read, with the words for the message; null when neither. */
function refusal(source: TableSource): Pick<ImportIssue, 'code' | 'row' | 'detail'> | null {
  if (source.headers.length > MAX_COLUMNS)
    return { code: 'file_too_wide', detail: { count: source.headers.length, limit: MAX_COLUMNS } };
  const rows = [source.headers, ...source.sample];
  for (let r = 0; r < rows.length; r++) {
    for (const cell of rows[r]) {
      if (cell.length > MAX_CELL_CHARS) {
        // the sample skips blank lines, so its rows carry their own numbers
        const row = r === 0 ? source.headerRow : source.sampleRows[r - 1];
        return {
          code: 'file_cell_too_long',
          row,
          detail: { row, length: cell.length, limit: MAX_CELL_CHARS },
        };
      }
    }
  }
  return null;
}

/** The first of the lines read ahead for detection that is longer than MAX_ROW_BYTES (1-based), if any. */
function firstLongRow(bytes: Uint8Array): { row: number; bytes: number } | null {
  let start = 0;
  for (let row = 1; row <= SAMPLE_ROWS + 50 && start < bytes.length; row++) {
    // a line ends at LF, CR LF or a lone CR (CSV files saved by Excel for Mac)
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    if (end - start > MAX_ROW_BYTES) {
      // the row's full size, for the message: to its end or the file's
      const lf = bytes.indexOf(0x0a, end);
      return { row, bytes: (lf < 0 ? bytes.length : lf) - start };
    }
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  return null;
}

/** Excel 97–2003 (.xls) and other OLE2 compound files start with D0 CF 11 E0. */
function isLegacyExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
