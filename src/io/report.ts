// The import report: what happened to every file, row and cell. Codes are translated by the UI.
import type { Delimiter } from './delimiter';
import type { TextEncodingName } from './encoding';
import type { ColumnChoice } from './detect';
import type { FileKind, IssueCode } from './codes';

export type Severity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  severity: Severity;
  code: IssueCode;
  file: string;
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  row?: number;
  column?: string;
  value?: string;
  /** Extra words for the message: an entity name, the winning value, a count… */
  detail?: Record<string, string | number>;
}

export interface RejectedRow {
  file: string;
  row: number;
  reason: IssueCode;
  /** The unreadable value, when a cell's value is the reason. */
  value?: string;
  headers: string[];
  cells: string[];
}

export interface ColumnReport {
  header: string;
  /** A field name, 'skill' for a matrix skill column, or 'ignored'. */
  role: string;
}

export interface FileReport {
  fileName: string;
  kind: FileKind | null;
  /** 'xlsx' or 'ods' for a workbook sheet (then encoding and delimiter are null). */
  format: 'text' | 'xlsx' | 'ods';
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  columns: ColumnReport[];
  rowsRead: number;
  imported: number;
  merged: number;
  rejected: number;
  blankLines: number;
  /** Set when the whole file could not be used. */
  fatal: IssueCode | null;
  /** How the columns were assigned: detected from the headers, chosen in the mapping step, or remembered. */
  mapping: 'detected' | 'chosen' | 'remembered';
  /** The detection wants a person to confirm the columns (see `preview` and `choices`). */
  needsMapping: boolean;
  /** The headers and first rows, kept for the mapping step. */
  preview: { headers: string[]; rows: string[][] } | null;
  /** The assignment the import used (or proposes), one per column. */
  choices: ColumnChoice[] | null;
  /** The header signature, under which a chosen mapping is remembered. */
  signature: string;
}

export interface ImportTotals {
  members: number;
  skills: number;
  links: number;
}

export interface ImportReport {
  mode: 'replace' | 'merge';
  totals: ImportTotals;
  /** Interest-only records in the workspace (a wish to develop a skill, no level): not links, so not in totals. */
  interestsWithoutLevel: number;
  files: FileReport[];
  issues: ImportIssue[];
  rejectedRows: RejectedRow[];
}

/**
 * Characters of a header or cell the report carries (the page shows 80 of them and at most 500 in a hover
 * title): a 100 MB cell must not travel to the page, nor stay alive in the report, whole.
 */
export const REPORT_TEXT_MAX = 500;

/** The first REPORT_TEXT_MAX characters and "…" when the text is longer; a surrogate pair is never split. */
export function cutReportText(text: string): string {
  if (text.length <= REPORT_TEXT_MAX) return text;
  const code = text.charCodeAt(REPORT_TEXT_MAX - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? REPORT_TEXT_MAX - 1 : REPORT_TEXT_MAX;
  return `${text.slice(0, end)}…`;
}

/** An issue with its column, value and detail words cut for the report. */
export function cutIssue(issue: ImportIssue): ImportIssue {
  const long = (text: string | undefined) => text !== undefined && text.length > REPORT_TEXT_MAX;
  const detailLong =
    issue.detail && Object.values(issue.detail).some((v) => typeof v === 'string' && long(v));
  if (!long(issue.column) && !long(issue.value) && !detailLong) return issue;
  const detail: Record<string, string | number> | undefined = issue.detail && { ...issue.detail };
  if (detail)
    for (const [k, v] of Object.entries(detail)) if (typeof v === 'string') detail[k] = cutReportText(v);
  return {
    ...issue,
    ...(issue.column !== undefined && { column: cutReportText(issue.column) }),
    ...(issue.value !== undefined && { value: cutReportText(issue.value) }),
    ...(detail && { detail }),
  };
}

export function emptyFileReport(fileName: string): FileReport {
  return {
    fileName,
    kind: null,
    format: 'text',
    encoding: null,
    delimiter: null,
    columns: [],
    rowsRead: 0,
    imported: 0,
    merged: 0,
    rejected: 0,
    blankLines: 0,
    fatal: null,
    mapping: 'detected',
    needsMapping: false,
    preview: null,
    choices: null,
    signature: '',
  };
}
