// One file's state while its rows are read: which column holds which field, the current row, what earlier
// rows named (so a repeated reference needs no lookup), and how many issues of each code were met.
import {
  MEMBER_ATTRIBUTE_COLUMNS,
  MEMBER_TEXT_ATTRIBUTES,
  SKILL_ATTRIBUTE_COLUMNS,
} from '../../domain/fields';
import { MAX_WORKLOAD } from '../../domain/score';
import type { FileKind, IssueCode } from '../codes';
import type { ColumnPlan } from '../detect';
import type { Field } from '../headers';
import type { TableSource } from '../parse';
import type { FileReport, ImportIssue } from '../report';
import { unescapeCell } from '../values';
import { Recall } from './recall';

export type Columns = Partial<Record<Field, number>>;

// The attribute columns come from the field table (src/domain/fields.ts); `ambassador` (yes/no) is an import-only
// way of writing the status.
export const MEMBER_TEXT_FIELDS = MEMBER_TEXT_ATTRIBUTES;
const MEMBER_ATTRIBUTES: readonly Field[] = [...MEMBER_ATTRIBUTE_COLUMNS, 'ambassador'];
const SKILL_ATTRIBUTES: readonly Field[] = SKILL_ATTRIBUTE_COLUMNS;

export interface Created {
  name: string;
  row: number;
}

export interface RowContext {
  file: string;
  headers: string[];
  columns: Columns;
  /** Matrix skill columns, in header order. */
  skillColumns: number[];
  report: FileReport;
  kind: FileKind;
  hasMemberAttributes: boolean;
  hasSkillAttributes: boolean;
  created: { members: Created[]; skills: Created[] };
  /** Raw id + name → resolved index, for rows that name the same member or skill again. */
  memberRefs: Map<string, number>;
  skillRefs: Map<string, number>;
  /** Issues met per code, and how many of them are kept (errors and warnings have different caps). */
  issueCounts: Map<IssueCode, { met: number; kept: number }>;
  /** This file's position in the import order (its log entries' `file`). */
  fileIndex: number;
  cells: string[];
  row: number;
  /** The row's cells as entry numbers (byteTable), when the source gives them. */
  ids: Int32Array | undefined;
  /** The header's width: rows at least this wide use `recall`. */
  width: number;
  /** References, levels and interest flags of rows read before, by entry number. */
  recall: {
    memberById: Recall;
    memberByName: Recall;
    skillById: Recall;
    skillByName: Recall;
    level: Recall;
    interest: Recall;
  };
  /** Whether the last resolve created its member or skill. */
  lastCreated: boolean;
  /** 100 when a workbook's workload column holds fractions (Excel's percent format: 0.75 shows as 75%). */
  workloadScale: number;
  /** With workloadScale 100: the column's first fraction as written (`0.5`), to show the reading by example. */
  workloadExample: string;
  /** Whether the workload column's first rows write percentages with `%` (then a bare 0,5 is a share of one). */
  workloadPercent: boolean;
  /** The raw reference of the previous row's member, and who it was. */
  lastMemberId: string;
  lastMemberName: string;
  lastMember: number;
}

export function rowContext(
  source: TableSource,
  plan: ColumnPlan | null,
  report: FileReport,
  fileIndex: number,
): RowContext {
  const columns: Columns = {};
  const skillColumns: number[] = [];
  plan?.roles.forEach((role, i) => {
    if (role.type === 'field') columns[role.field] = i;
    else if (role.type === 'skill') skillColumns.push(i);
  });
  return {
    file: report.fileName,
    headers: source.headers,
    columns,
    skillColumns,
    report,
    kind: plan?.kind ?? 'members',
    hasMemberAttributes: MEMBER_ATTRIBUTES.some((f) => columns[f] !== undefined),
    hasSkillAttributes: SKILL_ATTRIBUTES.some((f) => columns[f] !== undefined),
    ...workloadFractions(report, source, columns.workload),
    workloadPercent:
      columns.workload !== undefined &&
      source.sample.some((r) => (r[columns.workload!] ?? '').trim().endsWith('%')),
    created: { members: [], skills: [] },
    memberRefs: new Map(),
    skillRefs: new Map(),
    issueCounts: new Map(),
    fileIndex,
    cells: [],
    row: 0,
    ids: undefined,
    width: source.headers.length,
    recall: {
      memberById: new Recall(),
      memberByName: new Recall(),
      skillById: new Recall(),
      skillByName: new Recall(),
      level: new Recall(),
      interest: new Recall(),
    },
    lastCreated: false,
    lastMemberId: '',
    lastMemberName: '',
    lastMember: -1,
  };
}

// The largest share of one a percent-formatted workload column holds: 3 is 300 %, the most a workload can be.
const MAX_WORKLOAD_SHARE = MAX_WORKLOAD / 100;

/**
 * A workbook cell formatted as a percentage stores a fraction (75% is 0.75, 120% is 1.2), and the sheet readers
 * (read-excel-file, an .ods cell's office:value) give the number without its format. A workload column whose numbers all lie in 0–3, not all
 * whole, is such a column; text cells in it are left to the workload parser, and one written with `%` says the
 * column is in percents already.
 */
function workloadFractions(
  report: FileReport,
  source: TableSource,
  column: number | undefined,
): { workloadScale: number; workloadExample: string } {
  const percents = { workloadScale: 1, workloadExample: '' };
  if (report.format === 'text' || column === undefined) return percents;
  let example = '';
  for (const row of source.sample) {
    const raw = (row[column] ?? '').trim();
    if (raw === '') continue;
    if (raw.endsWith('%')) return percents;
    const n = Number(raw);
    if (!Number.isFinite(n)) continue;
    if (n < 0 || n > MAX_WORKLOAD_SHARE) return percents;
    if (example === '' && !Number.isInteger(n)) example = raw;
  }
  return example === '' ? percents : { workloadScale: 100, workloadExample: example };
}

/** The current row's cell for a field ('' without such a column), with a safe-cell quote removed. */
export function cell(ctx: RowContext, field: Field): string {
  const column = ctx.columns[field];
  if (column === undefined) return '';
  return unescapeCell(ctx.cells[column] ?? '');
}

export function header(ctx: RowContext, field: Field): string | undefined {
  const column = ctx.columns[field];
  return column === undefined ? undefined : ctx.headers[column];
}

/** Whether the row names the member (or skill) at all; trim() drops the same spaces cleanText folds. */
export function hasReference(ctx: RowContext, idField: Field, nameField: Field): boolean {
  return cell(ctx, idField).trim() !== '' || cell(ctx, nameField).trim() !== '';
}

/** A cell whose value cannot be read, at the current row. */
export function badCellIssue(ctx: RowContext, field: Field, raw: string): ImportIssue {
  return {
    severity: 'error',
    code: 'cell_bad_value',
    file: ctx.file,
    row: ctx.row,
    column: header(ctx, field),
    value: raw,
  };
}
