// Named intake snapshots and what changed between two of them (docs/contract.md#intakes-over-time): coverage per
// skill and per category then and now, ambassadors who joined or left, gaps closed or opened, roles filled or lost.
// Every number comes from `analyse` and `coverageByCategory`: there is no second coverage formula here.
import { analyse, type Analysis, type SkillCoverage } from './analysis';
import { coverageByCategory, type CategoryState } from './categoryCoverage';
import { planCohort } from './cohort';
import { normaliseIdentity, cleanText } from './normalise';
import type { Member, MemberStatus, Skill, SkillStatus, Workspace } from './types';

/** A workspace (members, skills, links, plan) kept under a name, e.g. "Intake 2026". */
export interface IntakeSnapshot {
  id: string;
  name: string;
  /** ISO time it was saved. */
  savedAt: string;
  workspace: Workspace;
}

/** A snapshot before it has an id in storage (as a workspace zip brings it). */
export type IntakeSnapshotData = Omit<IntakeSnapshot, 'id'>;

// ---- names ----

export type IntakeNameResult =
  { ok: true; name: string } | { ok: false; reason: 'empty_name' | 'name_taken' };

/** The name cleaned (trimmed, white space folded); refused when empty or when another snapshot has it. */
export function checkIntakeName(name: string, taken: readonly string[]): IntakeNameResult {
  const cleaned = cleanText(name);
  if (cleaned === '') return { ok: false, reason: 'empty_name' };
  const key = normaliseIdentity(cleaned);
  // Compared like other names (case, spacing, ё/е ignored): "intake 2026" and "Intake 2026" are one name.
  if (taken.some((t) => normaliseIdentity(t) === key)) return { ok: false, reason: 'name_taken' };
  return { ok: true, name: cleaned };
}

/** The name, or the first of "name (2)", "name (3)", … that no snapshot has: an import never overwrites one. */
export function freeIntakeName(name: string, taken: readonly string[]): string {
  const cleaned = cleanText(name) || 'Intake';
  const keys = new Set(taken.map(normaliseIdentity));
  if (!keys.has(normaliseIdentity(cleaned))) return cleaned;
  for (let n = 2; ; n++) {
    const candidate = `${cleaned} (${n})`;
    if (!keys.has(normaliseIdentity(candidate))) return candidate;
  }
}

// ---- comparison ----

/** One skill's coverage, gap and status in one workspace. */
export interface SkillState {
  skill: Skill;
  coverage: number;
  gap: number;
  status: SkillStatus;
}

export interface SkillChange {
  /** The skill as it is now (as it was, for a removed one). */
  key: string;
  name: string;
  category: string;
  /** Null when the skill was not there then (`added`). */
  then: SkillState | null;
  /** Null when the skill is gone now (`removed`). */
  now: SkillState | null;
  change: 'added' | 'removed' | 'both';
}

export interface CategoryChange {
  /** '' for the uncategorised skills. */
  category: string;
  /** Null when no skill had that category then (or has it now). */
  then: CategoryState | null;
  now: CategoryState | null;
}

/** Why someone counts as an ambassador now and did not then, or the other way round. */
export type AmbassadorWas = 'absent' | 'leaving' | Exclude<MemberStatus, 'ambassador'>;

export interface AmbassadorJoined {
  member: Member;
  /** What they were then: not in the workspace, marked as leaving, or an employee or alumnus. */
  was: AmbassadorWas;
}

export interface AmbassadorLeft {
  /** As they were then. */
  member: Member;
  /** What they are now: gone from the workspace, marked as leaving, or their status changed to this. */
  now: AmbassadorWas;
}

export interface StatusChange {
  key: string;
  name: string;
  from: SkillStatus;
  to: SkillStatus;
}

export interface RoleChange {
  role: string;
  then: string[];
  now: string[];
}

export interface IntakeComparison {
  /** Now's skills in its order, then the removed ones in then's order. */
  skills: SkillChange[];
  /** The categories of either side, now's order first; the uncategorised last. */
  categories: CategoryChange[];
  total: { then: CategoryState; now: CategoryState };
  joined: AmbassadorJoined[];
  left: AmbassadorLeft[];
  /** Skills in both whose status was gap and is not now. */
  gapsClosed: StatusChange[];
  /** Skills in both whose status is gap now and was not then. */
  gapsOpened: StatusChange[];
  /** Skills in both that have a single holder now and did not then. */
  becameSingleHolder: StatusChange[];
  /** Skills in both that had a single holder then and do not now. */
  noLongerSingleHolder: StatusChange[];
  /** Every role held on either side, with its holders then and now. */
  roles: RoleChange[];
  /** Roles nobody held then and somebody holds now. */
  rolesFilled: RoleChange[];
  /** Roles somebody held then and nobody holds now. */
  rolesLost: RoleChange[];
}

export interface CompareOptions {
  locale: string;
  /** Role key → the names of the ambassadors holding it (the roles module; passed in to keep this one apart). */
  roleHoldersOf: (ws: Workspace) => Map<string, string[]>;
}

function stateOf(entry: SkillCoverage): SkillState {
  return { skill: entry.skill, coverage: entry.coverage, gap: entry.gap, status: entry.status };
}

function skillChanges(then: Analysis, now: Analysis): SkillChange[] {
  const out: SkillChange[] = now.skills.map((entry) => {
    const before = then.bySkill.get(entry.skill.key);
    const { key, name, category } = entry.skill;
    return {
      key,
      name,
      category,
      then: before ? stateOf(before) : null,
      now: stateOf(entry),
      change: before ? 'both' : 'added',
    };
  });
  for (const entry of then.skills) {
    if (now.bySkill.has(entry.skill.key)) continue;
    const { key, name, category } = entry.skill;
    out.push({ key, name, category, then: stateOf(entry), now: null, change: 'removed' });
  }
  return out;
}

function statusChanges(skills: SkillChange[], test: (from: SkillStatus, to: SkillStatus) => boolean) {
  const out: StatusChange[] = [];
  for (const s of skills)
    if (s.then && s.now && test(s.then.status, s.now.status))
      out.push({ key: s.key, name: s.name, from: s.then.status, to: s.now.status });
  return out;
}

/** Coverage per category as the analysis has it (the leavers gone): the "with the leavers gone" state. */
function categoryStates(analysis: Analysis, locale: string) {
  const { categories, total } = coverageByCategory(analysis, planCohort(analysis, { size: 0 }), locale);
  return {
    order: categories.map((c) => c.category),
    byName: new Map(categories.map((c) => [c.category, c.withoutLeavers])),
    total: total.withoutLeavers,
  };
}

function categoryChanges(then: Analysis, now: Analysis, locale: string) {
  const a = categoryStates(then, locale);
  const b = categoryStates(now, locale);
  const names = [...b.order.filter((c) => c !== ''), ...a.order.filter((c) => c !== '' && !b.byName.has(c))];
  if (a.byName.has('') || b.byName.has('')) names.push('');
  return {
    categories: names.map((category) => ({
      category,
      then: a.byName.get(category) ?? null,
      now: b.byName.get(category) ?? null,
    })),
    total: { then: a.total, now: b.total },
  };
}

/** Where a member stands apart from counting as an ambassador: absent, leaving, or their status. */
function standing(analysis: Analysis, key: string): AmbassadorWas | 'ambassador' {
  const i = analysis.memberIndex.get(key);
  if (i === undefined) return 'absent';
  if (analysis.ambassador[i]) return 'ambassador';
  if (analysis.leaver[i]) return 'leaving';
  return analysis.workspace.members[i].status as Exclude<MemberStatus, 'ambassador'>;
}

function ambassadorChanges(then: Analysis, now: Analysis) {
  const joined: AmbassadorJoined[] = [];
  const left: AmbassadorLeft[] = [];
  now.workspace.members.forEach((member, i) => {
    if (!now.ambassador[i]) return;
    const was = standing(then, member.key);
    if (was !== 'ambassador') joined.push({ member, was });
  });
  then.workspace.members.forEach((member, i) => {
    if (!then.ambassador[i]) return;
    const is = standing(now, member.key);
    if (is !== 'ambassador') left.push({ member, now: is });
  });
  joined.sort((a, b) => now.compareNames(a.member, b.member));
  left.sort((a, b) => then.compareNames(a.member, b.member));
  return { joined, left };
}

function roleChanges(then: Workspace, now: Workspace, roleHoldersOf: CompareOptions['roleHoldersOf']) {
  const before = roleHoldersOf(then);
  const after = roleHoldersOf(now);
  const roles: RoleChange[] = [...new Set([...after.keys(), ...before.keys()])]
    .map((role) => ({ role, then: before.get(role) ?? [], now: after.get(role) ?? [] }))
    .filter((r) => r.then.length + r.now.length > 0);
  return {
    roles,
    rolesFilled: roles.filter((r) => r.then.length === 0 && r.now.length > 0),
    rolesLost: roles.filter((r) => r.then.length > 0 && r.now.length === 0),
  };
}

/**
 * What changed from `then` to `now`. Skills and members are matched by their identity keys; a skill on one side
 * only is `added` or `removed` and counts in no closed or opened gap. Leavers count as the analysis counts them:
 * an ambassador marked as leaving has left.
 */
export function compareSnapshots(then: Workspace, now: Workspace, options: CompareOptions): IntakeComparison {
  const a = analyse(then, { locale: options.locale });
  const b = analyse(now, { locale: options.locale });
  const skills = skillChanges(a, b);
  const isGap = (s: SkillStatus) => s === 'gap';
  const isSingle = (s: SkillStatus) => s === 'single_holder';
  return {
    skills,
    ...categoryChanges(a, b, options.locale),
    ...ambassadorChanges(a, b),
    gapsClosed: statusChanges(skills, (from, to) => isGap(from) && !isGap(to)),
    gapsOpened: statusChanges(skills, (from, to) => !isGap(from) && isGap(to)),
    becameSingleHolder: statusChanges(skills, (from, to) => !isSingle(from) && isSingle(to)),
    noLongerSingleHolder: statusChanges(skills, (from, to) => isSingle(from) && !isSingle(to)),
    ...roleChanges(then, now, options.roleHoldersOf),
  };
}
