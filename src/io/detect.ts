// Which kind of file this is and what each column means, from its headers (docs/contract.md, "Import").
import { fieldForHeader, headerKey, looseFieldForHeader, type Field } from './headers';
import type { FileKind, IssueCode } from './codes';
import { parseLevel, parseNumber, parseStatus, parseYesNo } from './values';
import { SAMPLE_ROWS } from './parse';

export type ColumnRole =
  { type: 'field'; field: Field } | { type: 'skill' } | { type: 'ignored'; why: IssueCode };

export interface ColumnPlan {
  kind: FileKind | null;
  roles: ColumnRole[];
  /** Set when the file cannot be imported as it is. */
  problem: IssueCode | null;
  /** A person should confirm the columns: a needed one is missing, or a header could mean two things. */
  needsMapping: boolean;
}

/** What a person can assign to a column in the mapping step. */
export type ColumnChoice = Field | 'skill_column' | 'ignore';

/** A key for "files with the same headers": the normalised headers in order. */
export function headerSignature(headers: string[]): string {
  return headers.map(headerKey).join('\u0001');
}

/** The plan for columns a person assigned: the kind follows from what they chose. */
export function planFromChoices(choices: ColumnChoice[]): ColumnPlan {
  const seen = new Set<Field>();
  const roles: ColumnRole[] = choices.map((choice) => {
    if (choice === 'skill_column') return { type: 'skill' };
    if (choice === 'ignore' || seen.has(choice))
      return { type: 'ignored', why: choice === 'ignore' ? 'column_ignored' : 'column_duplicate' };
    seen.add(choice);
    return { type: 'field', field: choice };
  });
  const hasMember = seen.has('name') || seen.has('member_id');
  const hasSkill = seen.has('skill') || seen.has('skill_id');
  const hasSkillColumns = roles.some((r) => r.type === 'skill');
  if (hasMember && hasSkill)
    return {
      kind: 'expertise',
      roles,
      problem: seen.has('level') ? null : 'file_no_level_column',
      needsMapping: false,
    };
  if (hasSkill) return { kind: 'skills', roles, problem: null, needsMapping: false };
  if (!hasMember && isPlanFile(seen)) return { kind: 'plan', roles, problem: null, needsMapping: false };
  if (!hasMember) return { kind: null, roles, problem: 'file_unrecognised', needsMapping: false };
  return { kind: hasSkillColumns ? 'matrix' : 'members', roles, problem: null, needsMapping: false };
}

/** The choices that reproduce a plan (to prefill the mapping step). */
export function choicesOf(plan: ColumnPlan): ColumnChoice[] {
  return plan.roles.map((r) =>
    r.type === 'field' ? r.field : r.type === 'skill' ? 'skill_column' : 'ignore',
  );
}

/** The workspace export's settings file: a setting column and a value column, and no member or skill column. */
function isPlanFile(seen: ReadonlySet<Field>): boolean {
  return seen.has('plan_setting') && seen.has('plan_value');
}

/** Share of a column's non-empty cells that must read as levels for it to be a matrix skill column. */
const LEVEL_SHARE = 0.6;

export function planColumns(headers: string[], rows: string[][]): ColumnPlan {
  const roles: ColumnRole[] = [];
  const seen = new Set<Field>();
  const fields: (Field | null)[] = headers.map((h, i) => fieldForHeader(h) ?? looseField(h, rows, i));

  const hasName = fields.includes('name');
  const hasSkillColumn = fields.includes('skill') || fields.includes('skill_id');
  // A bare "id" in a skills file (no member name column) is the skill's id.
  if (!hasName && hasSkillColumn) {
    headers.forEach((h, i) => {
      if (fields[i] === 'member_id' && headerKey(h) === 'id' && !fields.includes('skill_id'))
        fields[i] = 'skill_id';
    });
  }

  const unknown: number[] = [];
  headers.forEach((header, i) => {
    const field = fields[i];
    if (header === '') {
      roles.push({ type: 'ignored', why: 'column_unnamed' });
    } else if (field && seen.has(field)) {
      roles.push({ type: 'ignored', why: 'column_duplicate' });
    } else if (field) {
      seen.add(field);
      roles.push({ type: 'field', field });
    } else {
      unknown.push(i);
      roles.push({ type: 'ignored', why: 'column_ignored' });
    }
  });

  const hasMember = seen.has('name') || seen.has('member_id');
  const hasSkill = seen.has('skill') || seen.has('skill_id');

  // Two columns for one field (two "name" columns, or "ФИО" and "Сотрудник"): which one is meant?
  const ambiguous = roles.some((r) => r.type === 'ignored' && r.why === 'column_duplicate');
  if (hasMember && hasSkill) {
    const problem = seen.has('level') ? null : 'file_no_level_column';
    return { kind: 'expertise', roles, problem, needsMapping: problem !== null || ambiguous };
  }
  if (hasSkill) return { kind: 'skills', roles, problem: null, needsMapping: ambiguous };
  if (!hasMember && isPlanFile(seen)) return { kind: 'plan', roles, problem: null, needsMapping: ambiguous };
  if (!hasMember) return { kind: null, roles, problem: 'file_unrecognised', needsMapping: true };

  const verdicts = unknown.map((i) => [i, levelColumnVerdict(rows, i)] as const);
  if (!verdicts.some(([, v]) => v === 'levels'))
    return { kind: 'members', roles, problem: null, needsMapping: ambiguous };
  // Once the file is a matrix, an empty column is a skill that nobody holds yet.
  for (const [i, v] of verdicts) if (v !== 'text') roles[i] = { type: 'skill' };
  return { kind: 'matrix', roles, problem: null, needsMapping: ambiguous };
}

// Fields whose cells are words, never levels: a decorated header that reads as one of them but holds levels is
// a matrix skill ("Team leadership" is a skill, not the department).
const WORD_FIELDS: ReadonlySet<Field> = new Set([
  'name',
  'department',
  'location',
  'title',
  'email',
  'roles',
  'category',
  'skill',
  'status',
]);

// A decorated header is trusted only when its cells read as that field's values.
const VALUE_CHECKS: Partial<Record<Field, (cell: string) => boolean>> = {
  interest: (c) => parseYesNo(c).ok,
  ambassador: (c) => parseYesNo(c).ok,
  status: (c) => parseStatus(c).ok,
  level: (c) => parseLevel(c).ok,
  required_level: (c) => parseLevel(c).ok,
  workload: (c) => parseNumber(c).ok,
  activity: (c) => parseNumber(c).ok,
  target: (c) => parseNumber(c).ok,
  weight: (c) => parseNumber(c).ok,
};

function looseField(header: string, rows: string[][], column: number): Field | null {
  const field = looseFieldForHeader(header);
  if (!field) return null;
  if (WORD_FIELDS.has(field)) return levelColumnVerdict(rows, column) === 'levels' ? null : field;
  const check = VALUE_CHECKS[field];
  if (!check) return field;
  const { filled, fits } = cellsFitting(rows, column, check);
  return filled > 0 && fits / filled >= LEVEL_SHARE ? field : null;
}

function levelColumnVerdict(rows: string[][], column: number): 'levels' | 'empty' | 'text' {
  const { filled, fits } = cellsFitting(rows, column, (cell) => parseLevel(cell).ok);
  if (filled === 0) return 'empty';
  return fits / filled >= LEVEL_SHARE ? 'levels' : 'text';
}

/** How many of a column's sampled cells are filled, and how many of those pass `check`. */
function cellsFitting(
  rows: string[][],
  column: number,
  check: (cell: string) => boolean,
): { filled: number; fits: number } {
  let filled = 0;
  let fits = 0;
  for (let r = 0; r < Math.min(rows.length, SAMPLE_ROWS); r++) {
    const cell = rows[r][column];
    if (cell === undefined || cell.trim() === '') continue;
    filled++;
    if (check(cell)) fits++;
  }
  return { filled, fits };
}
