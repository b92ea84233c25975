// A change a person makes to the workspace, as a value: the store applies any edit the same way (undo, save,
// other tabs), and a new kind of change is a new edit type here. Pure: no React, zustand or storage.
import { validActivityThresholds, validRoleTarget, withRoleTarget } from './clubValues';
import { mergeEntities, renameEntity, type IdentityRefusal } from './identityEdits';
import { roleKeyOf } from './roles';
import { MAX_WORKLOAD } from './score';
import { givenSkillValues, SKILL_VALUE_FIELDS, skillValuesRefusal, validSkillValue } from './skillValues';
import {
  SKILL_DEFAULTS,
  type ActivityThresholds,
  type MemberStatus,
  type PlanSettings,
  type Skill,
  type SkillBaseline,
  type SkillValues,
  type Workspace,
  type WorkspacePlan,
} from './types';

export type WorkspaceEdit =
  | { kind: 'setTarget'; skillKey: string; target: number }
  | { kind: 'setRequiredLevel'; skillKey: string; requiredLevel: number }
  | { kind: 'setWeight'; skillKey: string; weight: number }
  /** Some of target, required level and weight for several skills at once: one undo step. */
  | { kind: 'setSkillValues'; skillKeys: string[]; values: Partial<SkillValues> }
  /**
   * `file`: each skill gets back the values it had before its first edit (a skill never edited is unchanged)
   * and loses that baseline; `defaults`: target 1, level 3, weight 1, the baseline kept for a later `file`.
   */
  | { kind: 'resetSkills'; skillKeys: string[]; to: 'file' | 'defaults' }
  | { kind: 'renameSkill'; skillKey: string; name: string }
  | { kind: 'renameMember'; memberKey: string; name: string }
  | { kind: 'markLeaving'; memberKey: string }
  | { kind: 'unmarkLeaving'; memberKey: string }
  | { kind: 'pin'; memberKey: string }
  | { kind: 'unpin'; memberKey: string }
  | { kind: 'exclude'; memberKey: string }
  | { kind: 'include'; memberKey: string }
  | { kind: 'setPlanSettings'; settings: Partial<PlanSettings> }
  /** The pins become exactly these members, in this order (a whole cohort adopted at once, one undo step). */
  | { kind: 'pinCohort'; memberKeys: string[] }
  | { kind: 'mergeSkills'; from: string; into: string }
  | { kind: 'mergeMembers'; from: string; into: string }
  /** A community role's target (`role`: its key or any of its words); 1 is the default and drops the entry. */
  | { kind: 'setRoleTarget'; role: string; target: number }
  /** Some of the activity thresholds; the whole set must still fit together. */
  | { kind: 'setActivityThresholds'; thresholds: Partial<ActivityThresholds> };

/** Why an edit was refused; the UI translates each code (`edit.refused.<code>`). */
export type EditRefusal =
  | 'unknown_skill'
  | 'unknown_member'
  | 'invalid_target'
  | 'invalid_required_level'
  | 'invalid_weight'
  | 'empty_name'
  | 'not_an_ambassador'
  | 'ambassador_pinned'
  | 'invalid_settings'
  | 'invalid_role_target'
  | 'invalid_thresholds'
  | IdentityRefusal;

export type EditResult = { ok: true; workspace: Workspace } | { ok: false; reason: EditRefusal };

/**
 * The workspace with the edit applied. Never mutates `workspace`; what the edit does not touch is shared (a
 * skill edit keeps the same `members` and `links`, a plan edit the same `members`, `skills` and `links`), since
 * derived data is cached by identity. An edit that changes nothing returns the same workspace.
 */
export function applyEdit(workspace: Workspace, edit: WorkspaceEdit): EditResult {
  switch (edit.kind) {
    case 'setTarget':
      return editSkillValues(workspace, [edit.skillKey], { target: edit.target });
    case 'setRequiredLevel':
      return editSkillValues(workspace, [edit.skillKey], { requiredLevel: edit.requiredLevel });
    case 'setWeight':
      return editSkillValues(workspace, [edit.skillKey], { weight: edit.weight });
    case 'setSkillValues':
      return editSkillValues(workspace, edit.skillKeys, edit.values);
    case 'resetSkills':
      return edit.to === 'defaults'
        ? editSkillValues(workspace, edit.skillKeys, SKILL_DEFAULTS)
        : resetToFile(workspace, edit.skillKeys);
    // Renames and merges remember the names they replace as aliases (identityEdits.ts).
    case 'renameSkill':
      return renameEntity(workspace, 'skill', edit.skillKey, edit.name);
    case 'renameMember':
      return renameEntity(workspace, 'member', edit.memberKey, edit.name);
    case 'mergeSkills':
      return mergeEntities(workspace, 'skill', edit.from, edit.into);
    case 'mergeMembers':
      return mergeEntities(workspace, 'member', edit.from, edit.into);
    case 'setPlanSettings': {
      const settings = validPlanSettings(edit.settings);
      if (Object.keys(settings).length !== Object.keys(edit.settings).length)
        return refused('invalid_settings');
      return withPlan(workspace, { settings: { ...workspace.plan.settings, ...settings } }, 'settings');
    }
    case 'pinCohort':
      return pinCohort(workspace, edit.memberKeys);
    case 'setRoleTarget': {
      const role = roleKeyOf(edit.role);
      if (role === '') return refused('empty_name');
      if (!validRoleTarget(edit.target)) return refused('invalid_role_target');
      return withPlan(workspace, {
        roleTargets: withRoleTarget(workspace.plan.roleTargets, role, edit.target),
      });
    }
    case 'setActivityThresholds': {
      const before = workspace.plan.activityThresholds;
      const after = { ...before, ...edit.thresholds };
      if (!validActivityThresholds(after)) return refused('invalid_thresholds');
      const same = (Object.keys(after) as (keyof ActivityThresholds)[]).every((k) => after[k] === before[k]);
      return same ? { ok: true, workspace } : withPlan(workspace, { activityThresholds: after });
    }
    default:
      return editPlan(workspace, edit);
  }
}

/** The edits that change the plan: leavers, pins, exclusions (member keys). */
type PlanEdit = Exclude<Extract<WorkspaceEdit, { memberKey: string }>, { kind: 'renameMember' }>;

const PICKABLE: readonly MemberStatus[] = ['employee', 'alumni'];
const wholeAtLeast = (n: unknown, min: number): n is number => Number.isInteger(n) && (n as number) >= min;

/**
 * The settings among `settings` the planner accepts: a size of at least 1, caps of at least 1 or none, a
 * ceiling within 0–MAX_WORKLOAD % or none, statuses among employee and alumni (ambassadors are in already).
 * A setting with any other value is left out, so a caller can tell which ones were refused.
 */
export function validPlanSettings(
  settings: Partial<Record<keyof PlanSettings, unknown>>,
): Partial<PlanSettings> {
  const valid: Partial<PlanSettings> = {};
  const { size, maxPerDepartment, maxPerLocation, workloadCeiling, eligibleStatuses } = settings;
  if (wholeAtLeast(size, 1)) valid.size = size;
  if (maxPerDepartment === null || wholeAtLeast(maxPerDepartment, 1))
    valid.maxPerDepartment = maxPerDepartment;
  if (maxPerLocation === null || wholeAtLeast(maxPerLocation, 1)) valid.maxPerLocation = maxPerLocation;
  if (
    workloadCeiling === null ||
    (typeof workloadCeiling === 'number' && workloadCeiling >= 0 && workloadCeiling <= MAX_WORKLOAD)
  )
    valid.workloadCeiling = workloadCeiling;
  if (
    Array.isArray(eligibleStatuses) &&
    eligibleStatuses.every((s) => PICKABLE.includes(s as MemberStatus)) &&
    new Set(eligibleStatuses).size === eligibleStatuses.length
  )
    valid.eligibleStatuses = eligibleStatuses as MemberStatus[];
  return valid;
}

/** Whether a target, required level and weight are ones a skill can have (the skill edits' own checks). */
export function validSkillValues(values: Partial<Record<keyof SkillValues, unknown>>): boolean {
  return SKILL_VALUE_FIELDS.every((field) => validSkillValue(field, values[field]));
}

function editPlan(workspace: Workspace, edit: PlanEdit): EditResult {
  const member = workspace.members.find((m) => m.key === edit.memberKey);
  if (!member) return refused('unknown_member');
  const { plan } = workspace;
  const key = member.key;
  switch (edit.kind) {
    case 'markLeaving':
      // Only a member of the club can leave it.
      if (member.status !== 'ambassador') return refused('not_an_ambassador');
      return withPlan(workspace, { leaving: added(plan.leaving, key) });
    case 'unmarkLeaving':
      return withPlan(workspace, { leaving: removed(plan.leaving, key) });
    case 'pin':
      // Pins force a candidate into the cohort; ambassadors, leaving or not, are never candidates.
      if (member.status === 'ambassador') return refused('ambassador_pinned');
      return withPlan(workspace, { pinned: added(plan.pinned, key), excluded: removed(plan.excluded, key) });
    case 'unpin':
      return withPlan(workspace, { pinned: removed(plan.pinned, key) });
    case 'exclude':
      return withPlan(workspace, { excluded: added(plan.excluded, key), pinned: removed(plan.pinned, key) });
    case 'include':
      return withPlan(workspace, { excluded: removed(plan.excluded, key) });
  }
}

/** Pins exactly `memberKeys`, in order, lifting their exclusions; all refused if one is unknown or an ambassador. */
function pinCohort(workspace: Workspace, memberKeys: readonly string[]): EditResult {
  const byKey = new Map(workspace.members.map((m) => [m.key, m]));
  for (const key of memberKeys) {
    const member = byKey.get(key);
    if (!member) return refused('unknown_member');
    if (member.status === 'ambassador') return refused('ambassador_pinned');
  }
  const pinned = [...new Set(memberKeys)];
  const chosen = new Set(pinned);
  const { plan } = workspace;
  const same = pinned.length === plan.pinned.length && pinned.every((key, i) => key === plan.pinned[i]);
  const excluded = plan.excluded.some((key) => chosen.has(key))
    ? plan.excluded.filter((key) => !chosen.has(key))
    : plan.excluded;
  return withPlan(workspace, { pinned: same ? plan.pinned : pinned, excluded });
}

function refused(reason: EditRefusal): EditResult {
  return { ok: false, reason };
}

/** The positions of the skills named, or null when one is not in the workspace. */
function skillIndexes(workspace: Workspace, skillKeys: readonly string[]): number[] | null {
  const position = new Map(workspace.skills.map((s, i) => [s.key, i]));
  const indexes: number[] = [];
  for (const key of skillKeys) {
    const index = position.get(key);
    if (index === undefined) return null;
    indexes.push(index);
  }
  return indexes;
}

/**
 * Sets the values on every skill named, all or nothing. The first change to a skill's values keeps what it had
 * before (the file's values, or the defaults a file left): what a reset to file values restores.
 */
function editSkillValues(
  workspace: Workspace,
  skillKeys: readonly string[],
  values: Partial<SkillValues>,
): EditResult {
  const refusal = skillValuesRefusal(values);
  if (refusal) return refused(refusal);
  const indexes = skillIndexes(workspace, skillKeys);
  if (!indexes) return refused('unknown_skill');
  const change = givenSkillValues(values);
  const { plan } = workspace;
  const kept = new Set(plan.baseline.map((b) => b.skillKey));
  const added: SkillBaseline[] = [];
  let skills: Skill[] | null = null;
  for (const index of indexes) {
    const skill = (skills ?? workspace.skills)[index];
    if (unchanged(skill, change)) continue;
    skills ??= workspace.skills.slice();
    skills[index] = { ...skill, ...change };
    if (kept.has(skill.key)) continue;
    kept.add(skill.key);
    const { target, requiredLevel, weight } = skill;
    added.push({ skillKey: skill.key, target, requiredLevel, weight });
  }
  if (!skills) return { ok: true, workspace };
  if (added.length === 0) return { ok: true, workspace: { ...workspace, skills } };
  const baseline = [...plan.baseline, ...added];
  return { ok: true, workspace: { ...workspace, skills, plan: { ...plan, baseline } } };
}

/** The skills named get their baseline values back, and the baseline forgets them. */
function resetToFile(workspace: Workspace, skillKeys: readonly string[]): EditResult {
  const indexes = skillIndexes(workspace, skillKeys);
  if (!indexes) return refused('unknown_skill');
  const { plan } = workspace;
  const reset = new Set(skillKeys);
  const baseline = plan.baseline.filter((b) => !reset.has(b.skillKey));
  if (baseline.length === plan.baseline.length) return { ok: true, workspace };
  const before = new Map(plan.baseline.map((b) => [b.skillKey, b]));
  let skills: Skill[] | null = null;
  for (const index of indexes) {
    const skill = workspace.skills[index];
    const entry = before.get(skill.key);
    if (!entry) continue;
    const { target, requiredLevel, weight } = entry;
    if (unchanged(skill, { target, requiredLevel, weight })) continue;
    skills ??= workspace.skills.slice();
    skills[index] = { ...skill, target, requiredLevel, weight };
  }
  return {
    ok: true,
    workspace: { ...workspace, skills: skills ?? workspace.skills, plan: { ...plan, baseline } },
  };
}

/**
 * The workspace with some plan parts replaced; the same workspace when every part is the one it had (for
 * `deep`, when its fields are the same).
 */
function withPlan(workspace: Workspace, change: Partial<WorkspacePlan>, deep?: 'settings'): EditResult {
  const same =
    deep === 'settings'
      ? sameSettings(workspace.plan.settings, change.settings!)
      : unchanged(workspace.plan, change);
  if (same) return { ok: true, workspace };
  return { ok: true, workspace: { ...workspace, plan: { ...workspace.plan, ...change } } };
}

function unchanged<T extends object>(before: T, change: Partial<T>): boolean {
  return (Object.keys(change) as (keyof T)[]).every((field) => Object.is(before[field], change[field]));
}

/** The list with the key at its end; the same list when the key is in it already. */
function added(list: string[], key: string): string[] {
  return list.includes(key) ? list : [...list, key];
}

/** The list without the key; the same list when the key was not in it. */
function removed(list: string[], key: string): string[] {
  return list.includes(key) ? list.filter((k) => k !== key) : list;
}

function sameSettings(a: PlanSettings, b: PlanSettings): boolean {
  const { eligibleStatuses: sa, ...ra } = a;
  const { eligibleStatuses: sb, ...rb } = b;
  return unchanged(ra, rb) && sa.length === sb.length && sa.every((s, i) => s === sb[i]);
}
