// A prepared file's rows read into the workspace, by the file's kind (docs/contract.md, "Import"): a members
// or skills file defines who and what exists, an expertise list gives one level per row, a matrix one level per
// skill column. Every row ends as imported, merged or rejected; every unreadable cell is reported.
import { CANDIDATES as DELIMITERS, type Delimiter } from '../delimiter';
import type { IssueCode } from '../codes';
import type { Field } from '../headers';
import { parseLevel, parseYesNo, unescapeCell } from '../values';
import type { WorkspaceBuilder } from './builder';
import { badCellIssue, cell, hasReference, header, rowContext, type RowContext } from './context';
import { reportCreated } from './identity';
import { memberPlanCell, settingRow } from './planRows';
import type { PreparedFile } from './prepare';
import { BLANK, recallReference, type Recall } from './recall';

// The whole cell is the word ("Итого", "Total:"), so that "Sum Li" or "Total Quality Jones" stay people.
const TOTAL_ROW = /^(итого|итог|всего|сумма|total|totals|grand total|sum)\s*[:.]?$/iu;

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': ',', ';': ';', '\t': 'Tab', '|': '|' };

export function importRows(b: WorkspaceBuilder, file: PreparedFile, progress: (fraction: number) => void) {
  const { source, plan, report } = file;
  if (!source) return;
  const ctx = rowContext(source, plan, report, b.contexts.length);
  b.contexts.push(ctx);
  const usable = plan && !plan.problem && plan.kind;
  // Said once for the column, with its first fraction as the example ("0.5 → 50 %"): a guess the user checks.
  if (ctx.workloadScale !== 1) {
    b.issue({
      severity: 'warning',
      code: 'workload_fraction',
      file: ctx.file,
      row: source.headerRow,
      column: header(ctx, 'workload'),
      value: ctx.workloadExample,
      detail: { percent: Math.round(Number(ctx.workloadExample) * 10000) / 100 },
    });
  }
  const skillColumns = ctx.skillColumns;
  const matrixSkills =
    usable && plan.kind === 'matrix' ? skillColumns.map((c) => b.identities.matrixSkill(ctx, c)) : [];
  const width = source.headers.length;
  const visit = source.each((cells, row, ids) => {
    report.rowsRead++;
    ctx.cells = cells;
    ctx.row = row;
    ctx.ids = ids && cells.length >= width ? ids : undefined;
    if (!usable) return b.reject(ctx, report.fatal ?? 'file_unrecognised', false);
    if (cells.length > width && hasExtraCells(cells, width)) return b.reject(ctx, 'row_extra_cells');
    // One filled cell that splits on another delimiter into about as many cells as the header has: a row
    // saved with another delimiter. Read as it is, it would become a person named "Иванов,Python,3".
    const other = width > 1 && report.delimiter ? otherDelimiterIn(cells, report.delimiter, width) : null;
    if (other) {
      b.issue(
        {
          severity: 'error',
          code: 'row_other_delimiter',
          file: ctx.file,
          row,
          detail: { found: DELIMITER_NAMES[other], expected: DELIMITER_NAMES[report.delimiter!] },
        },
        ctx,
      );
      return b.reject(ctx, 'row_other_delimiter', false);
    }
    if (plan.kind === 'members') memberRow(b, ctx);
    else if (plan.kind === 'skills') skillRow(b, ctx);
    else if (plan.kind === 'expertise') {
      if (!recalledExpertiseRow(b, ctx)) expertiseRow(b, ctx);
    } else if (plan.kind === 'plan') settingRow(b, ctx);
    else matrixRow(b, ctx, skillColumns, matrixSkills);
  }, progress);
  report.blankLines = visit.blankLines;
  if (visit.encoding) report.encoding = visit.encoding;
  for (const row of visit.badBytes ?? [])
    b.issue({ severity: 'warning', code: 'row_bad_bytes', file: ctx.file, row }, ctx);
  for (const row of visit.quoteErrors)
    b.issue({ severity: 'warning', code: 'row_quotes', file: ctx.file, row }, ctx);
  reportCreated(
    ctx,
    {
      members: b.importHasMembersFile || b.baseHadMembers,
      skills: b.importHasSkillsFile || b.baseHadSkills,
    },
    (issue, at) => b.issue(issue, at),
  );
}

/** A spreadsheet's total line ("Итого", "Total") names no person: it is rejected, not imported as one. */
function isTotalRow(b: WorkspaceBuilder, ctx: RowContext): boolean {
  if (cell(ctx, 'member_id').trim() !== '') return false;
  const name = cell(ctx, 'name');
  if (!TOTAL_ROW.test(name.trim())) return false;
  b.issue({ severity: 'error', code: 'row_total', file: ctx.file, row: ctx.row, value: name.trim() }, ctx);
  b.reject(ctx, 'row_total', false, name.trim());
  return true;
}

function memberRow(b: WorkspaceBuilder, ctx: RowContext) {
  if (isTotalRow(b, ctx)) return;
  const found = b.identities.resolveMember(ctx, 'define');
  if (found < 0) return b.reject(ctx, 'row_no_member');
  b.count(ctx.report, !ctx.lastCreated);
  b.attributes.applyMember(ctx, found, true);
  if (ctx.columns.cohort_plan !== undefined) memberPlanCell(b, ctx, found);
}

function skillRow(b: WorkspaceBuilder, ctx: RowContext) {
  const found = b.identities.resolveSkill(ctx, 'define');
  if (found < 0) return b.reject(ctx, 'row_no_skill');
  b.count(ctx.report, !ctx.lastCreated);
  b.attributes.applySkill(ctx, found, true);
}

function expertiseRow(b: WorkspaceBuilder, ctx: RowContext) {
  if (isTotalRow(b, ctx)) return;
  if (!hasReference(ctx, 'member_id', 'name')) return b.reject(ctx, 'row_no_member');
  if (!hasReference(ctx, 'skill_id', 'skill')) {
    b.identities.resolveMember(ctx, 'reference'); // the member the row names is kept
    return b.reject(ctx, 'row_no_skill');
  }
  const levelCell = cell(ctx, 'level');
  const level = parseLevel(levelCell);
  // A blank level with interest marked is a wish to develop the skill: kept as an interest-only record (level 0).
  const wishOnly = level.ok && level.value === null && interestMarked(ctx);
  if (!wishOnly && (!level.ok || level.value === null)) {
    const code: IssueCode = levelCell.trim() === '' ? 'row_no_level' : 'row_bad_level';
    b.issue(
      {
        severity: 'error',
        code,
        file: ctx.file,
        row: ctx.row,
        column: header(ctx, 'level'),
        value: levelCell,
      },
      ctx,
    );
    // The link cannot be kept, but the member and skill the row names are (such a row never drops them).
    b.identities.resolveMember(ctx, 'reference');
    b.identities.resolveSkill(ctx, 'reference');
    return b.reject(ctx, code, false, levelCell);
  }
  const m = b.identities.resolveMember(ctx, 'reference');
  const s = b.identities.resolveSkill(ctx, 'reference');
  if (ctx.hasMemberAttributes) b.attributes.applyMember(ctx, m, false);
  if (ctx.hasSkillAttributes) b.attributes.applySkill(ctx, s, false);
  // null: the file says nothing about interest, and a stored flag stays as it was.
  let interest: boolean | null = null;
  if (ctx.columns.interest !== undefined) {
    const raw = cell(ctx, 'interest');
    const yes = parseYesNo(raw);
    if (yes.ok) interest = yes.value;
    else b.issue(badCellIssue(ctx, 'interest', raw), ctx);
  }
  const value = level.ok && level.value !== null ? level.value : 0;
  b.link(ctx, m, s, value, interest, true);
  // A blank level cell is not remembered as 0: beside an interest that is not marked it rejects the row.
  if (ctx.ids && !wishOnly) rememberExpertiseRow(ctx, ctx.ids, m, s, value, interest);
}

function interestMarked(ctx: RowContext): boolean {
  if (ctx.columns.interest === undefined) return false;
  const yes = parseYesNo(cell(ctx, 'interest'));
  return yes.ok && yes.value;
}

/**
 * A row whose member, skill, level and interest cells were all met before in rows that imported: the same
 * checks would pass and the same lookups give the same answers, so they are recalled. False: read it fully.
 */
function recalledExpertiseRow(b: WorkspaceBuilder, ctx: RowContext): boolean {
  const { ids, recall: r, columns: c } = ctx;
  if (!ids) return false;
  const m = recallReference(r.memberById, r.memberByName, ids, c.member_id, c.name);
  if (m < 0) return false;
  const s = recallReference(r.skillById, r.skillByName, ids, c.skill_id, c.skill);
  if (s < 0) return false;
  const level = c.level === undefined ? -1 : r.level.get(ids[c.level]);
  if (level < 0) return false;
  let interest: boolean | null = null;
  if (c.interest !== undefined) {
    const flag = r.interest.get(ids[c.interest]);
    if (flag < 0) return false;
    interest = flag === 1;
  }
  if (ctx.hasMemberAttributes) b.attributes.applyMember(ctx, m, false);
  if (ctx.hasSkillAttributes) b.attributes.applySkill(ctx, s, false);
  b.link(ctx, m, s, level, interest, true);
  return true;
}

function rememberExpertiseRow(
  ctx: RowContext,
  ids: Int32Array,
  m: number,
  s: number,
  level: number,
  interest: boolean | null,
) {
  const { recall: r, columns: c } = ctx;
  rememberReference(ctx, r.memberById, r.memberByName, ids, 'member_id', 'name', m);
  rememberReference(ctx, r.skillById, r.skillByName, ids, 'skill_id', 'skill', s);
  if (c.level !== undefined) r.level.set(ids[c.level], level);
  if (c.interest !== undefined && interest !== null) r.interest.set(ids[c.interest], interest ? 1 : 0);
}

/** Remembers whom a row's reference cells named (mirroring `resolve`: a non-blank id decides alone). */
function rememberReference(
  ctx: RowContext,
  byId: Recall,
  byName: Recall,
  ids: Int32Array,
  idField: Field,
  nameField: Field,
  found: number,
) {
  const idColumn = ctx.columns[idField];
  const nameColumn = ctx.columns[nameField];
  if (idColumn !== undefined && cell(ctx, idField).trim() !== '') return byId.set(ids[idColumn], found);
  if (idColumn !== undefined) byId.set(ids[idColumn], BLANK);
  if (nameColumn !== undefined) byName.set(ids[nameColumn], found);
}

function matrixRow(b: WorkspaceBuilder, ctx: RowContext, skillColumns: number[], skills: number[]) {
  if (isTotalRow(b, ctx)) return;
  const found = b.identities.resolveMember(ctx, 'define');
  if (found < 0) return b.reject(ctx, 'row_no_member');
  b.count(ctx.report, !ctx.lastCreated);
  if (ctx.hasMemberAttributes) b.attributes.applyMember(ctx, found, false);
  for (let k = 0; k < skillColumns.length; k++) {
    const column = skillColumns[k];
    const raw = unescapeCell(ctx.cells[column] ?? '');
    const level = parseLevel(raw);
    if (!level.ok) {
      b.issue(
        {
          severity: 'error',
          code: 'cell_bad_value',
          file: ctx.file,
          row: ctx.row,
          column: ctx.headers[column],
          value: raw,
        },
        ctx,
      );
      continue;
    }
    if (level.value !== null) b.link(ctx, found, skills[k], level.value, null, false);
  }
}

/** The delimiter a row seems saved with instead of the file's, when only its first cell is filled. */
function otherDelimiterIn(cells: string[], delimiter: Delimiter, width: number): Delimiter | null {
  const first = cells[0];
  for (let i = 1; i < cells.length; i++) if (cells[i].trim() !== '') return null;
  for (const other of DELIMITERS) {
    if (other === delimiter || !first.includes(other)) continue;
    const parts = first.split(other).filter((part) => part.trim() !== '').length;
    if (parts >= Math.min(width, 3) && parts <= width + 2) return other;
  }
  return null;
}

function hasExtraCells(cells: string[], width: number): boolean {
  for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') return true;
  return false;
}
