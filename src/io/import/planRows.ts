// The plan's rows (docs/contract.md#workspace-files): a members file's plan cell, and a settings file's rows.
// Only members and settings files carry the plan, so expertise rows never pay for it.
import { parsePlanMarks, parsePlanSetting, parseRoleTarget, parseThreshold, planRowFor } from '../planCsv';
import type { WorkspaceBuilder } from './builder';
import { cell, header, type RowContext } from './context';

/** A members row's plan cell; a part that is no mark is a warning and the rest of the row stands. */
export function memberPlanCell(b: WorkspaceBuilder, ctx: RowContext, member: number) {
  const raw = cell(ctx, 'cohort_plan');
  if (raw.trim() === '') return;
  const marks = parsePlanMarks(raw);
  for (const value of marks.unknown)
    b.issue(
      {
        severity: 'warning',
        code: 'cell_bad_plan_mark',
        file: ctx.file,
        row: ctx.row,
        column: header(ctx, 'cohort_plan'),
        value,
      },
      ctx,
    );
  b.planReader.mark(member, marks);
}

/**
 * A settings row: a planner setting, an activity threshold or a role's target, with a value it can use, or the row
 * is rejected saying which.
 */
export function settingRow(b: WorkspaceBuilder, ctx: RowContext) {
  const name = cell(ctx, 'plan_setting');
  const row = planRowFor(name);
  if (!row) return rejectSetting(b, ctx, 'row_unknown_setting', 'plan_setting', name);
  const raw = cell(ctx, 'plan_value');
  if (row.kind === 'setting') {
    const value = parsePlanSetting(row.name, raw);
    if (!value) return rejectSetting(b, ctx, 'row_bad_setting', 'plan_value', raw);
    b.planReader.setting(value);
  } else if (row.kind === 'threshold') {
    const value = parseThreshold(row.name, raw);
    if (value === null) return rejectSetting(b, ctx, 'row_bad_setting', 'plan_value', raw);
    b.planReader.threshold(row.name, value);
  } else {
    const value = parseRoleTarget(row.role, raw);
    if (!value) return rejectSetting(b, ctx, 'row_bad_setting', 'plan_value', raw);
    b.planReader.roleTarget(value);
  }
  // On Merge a setting replaces the stored one: the row is merged, as a member row meeting a stored member.
  b.count(ctx.report, b.baseHadPlan);
}

function rejectSetting(
  b: WorkspaceBuilder,
  ctx: RowContext,
  code: 'row_unknown_setting' | 'row_bad_setting',
  field: 'plan_setting' | 'plan_value',
  value: string,
) {
  b.issue({ severity: 'error', code, file: ctx.file, row: ctx.row, column: header(ctx, field), value }, ctx);
  b.reject(ctx, code, false, value);
}
