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
