// The shapes of an expertise map (docs/contract.md#data-model). Pure data: no React, no storage.

export type MemberStatus = 'ambassador' | 'employee' | 'alumni';
export type SkillStatus = 'gap' | 'single_holder' | 'covered';

/** Each field's kind, default, CSV column and storage: MEMBER_FIELDS in fields.ts (kept in step at compile time). */
export interface Member {
  /** Internal identity key (`i:<normalised id>` or `n:<normalised name>`); never shown or exported. */
  key: string;
  /** The id a file gave, or '' when none did. */
  memberId: string;
  name: string;
  department: string;
  location: string;
  title: string;
  email: string;
  status: MemberStatus;
  /** 0–MAX_WORKLOAD (300) %, over 100 meaning overloaded; null when unknown. */
  workload: number | null;
  activity: number | null;
  roles: string[];
}

/** Each field's kind, default, CSV column: SKILL_FIELDS in fields.ts (kept in step at compile time). */
export interface Skill {
  key: string;
  skillId: string;
  name: string;
  /** '' means uncategorised; the UI shows its localised name. */
  category: string;
  target: number;
  requiredLevel: number;
  weight: number;
}

/**
 * The links (member–skill pairs with level ≥ 1) and the interest-only records (level 0 with interest: a member
 * who wants to develop a skill they have no level in) as parallel columns: `member[i]` and `skill[i]` are
 * indexes into `Workspace.members` and `Workspace.skills`. Typed arrays cross the worker boundary and IndexedDB
 * at memory speed, where a million small objects would block the page. An interest-only record is no link
 * (docs/contract.md#data-model): the link index leaves it out, and `linkCount` does not count it.
 */
export interface LinkTable {
  member: Uint32Array;
  skill: Uint32Array;
  /** 1–5 for a link; 0 for an interest-only record (then interest is 1) */
  level: Uint8Array;
  /** 1 when the member wants to develop the skill */
  interest: Uint8Array;
}

/**
 * How the next cohort is planned (docs/contract.md "Cohort planner"): its size, caps per department and per
 * location (null: none), a workload ceiling in % (null: none) and the statuses the planner may pick.
 */
export interface PlanSettings {
  size: number;
  maxPerDepartment: number | null;
  maxPerLocation: number | null;
  workloadCeiling: number | null;
  /** Never 'ambassador': ambassadors are in the club already. */
  eligibleStatuses: MemberStatus[];
}

export const DEFAULT_PLAN_SETTINGS: Readonly<PlanSettings> = Object.freeze({
  size: 10,
  maxPerDepartment: null,
  maxPerLocation: null,
  workloadCeiling: null,
  eligibleStatuses: ['employee', 'alumni'] as MemberStatus[],
});

/**
 * Where the activity states change (docs/contract.md "Activity against workload"): an ambassador whose workload is
 * at least `overloadedFrom` % is overloaded; otherwise their activity is compared with what the club's median rate
 * would expect for their free capacity: below `quietBelow` % of it is quiet, from `thrivingFrom` % thriving.
 */
export interface ActivityThresholds {
  overloadedFrom: number;
  quietBelow: number;
  thrivingFrom: number;
}

export const DEFAULT_ACTIVITY_THRESHOLDS: Readonly<ActivityThresholds> = Object.freeze({
  overloadedFrom: 100,
  quietBelow: 50,
  thrivingFrom: 150,
});

/** A community role's target where none was set (docs/contract.md "Community roles"). */
export const DEFAULT_ROLE_TARGET = 1;

/** A community role's target, by the role's key (a known role's id, or a free tag's normalised text). */
export interface RoleTarget {
  role: string;
  target: number;
}

/** A skill's target, required level and weight. */
export type SkillValues = Pick<Skill, 'target' | 'requiredLevel' | 'weight'>;

/** What an edited skill had before its first edit (the file's values or the defaults): what a reset restores. */
export interface SkillBaseline extends SkillValues {
  skillKey: string;
}

/**
 * A name remembered after a rename or merge: an import that meets a skill or member whose identity key is
 * `alias` lands on the one whose key is `key` instead of making a new one.
 */
export interface Alias {
  kind: 'skill' | 'member';
  alias: string;
  key: string;
}

/**
 * Decisions a person makes on top of the imported data, kept with the workspace (and so in its history and in
 * every save): member keys marked as leaving the club, pinned to or excluded from the next cohort; the
 * planner's settings; the values edited skills had before their first edit; names remembered by renames; the
 * community roles' targets that differ from the default 1; where the activity states change.
 */
export interface WorkspacePlan {
  leaving: string[];
  pinned: string[];
  excluded: string[];
  settings: PlanSettings;
  baseline: SkillBaseline[];
  aliases: Alias[];
  /** Only targets other than 1 (`DEFAULT_ROLE_TARGET`), one entry per role key, in the order first set. */
  roleTargets: RoleTarget[];
  activityThresholds: ActivityThresholds;
}

export interface Workspace {
  members: Member[];
  skills: Skill[];
  links: LinkTable;
  plan: WorkspacePlan;
}

/** One link (or interest-only record, level 0) with keys instead of indexes: for tests, small exports and readable code paths. */
export interface Expertise {
  memberKey: string;
  skillKey: string;
  level: number;
  interest: boolean;
}

export const SKILL_DEFAULTS = { target: 1, requiredLevel: 3, weight: 1 } as const;

/** A member with the defaults for everything a file did not give (status employee, no attributes). */
export function newMember(fields: Partial<Member> & Pick<Member, 'key' | 'name'>): Member {
  return {
    memberId: '',
    department: '',
    location: '',
    title: '',
    email: '',
    status: 'employee',
    workload: null,
    activity: null,
    roles: [],
    ...fields,
  };
}

/** A skill with docs/contract.md#defaults: target 1, required level 3, weight 1, no category. */
export function newSkill(fields: Partial<Skill> & Pick<Skill, 'key' | 'name'>): Skill {
  return { skillId: '', category: '', ...SKILL_DEFAULTS, ...fields };
}
export const MAX_LEVEL = 5;

export function emptyLinks(length = 0): LinkTable {
  return {
    member: new Uint32Array(length),
    skill: new Uint32Array(length),
    level: new Uint8Array(length),
    interest: new Uint8Array(length),
  };
}

export function emptyPlan(): WorkspacePlan {
  return {
    leaving: [],
    pinned: [],
    excluded: [],
    settings: { ...DEFAULT_PLAN_SETTINGS, eligibleStatuses: [...DEFAULT_PLAN_SETTINGS.eligibleStatuses] },
    baseline: [],
    aliases: [],
    roleTargets: [],
    activityThresholds: { ...DEFAULT_ACTIVITY_THRESHOLDS },
  };
}

/**
 * The plan without the member keys of members that are not in `members` (after a Replace or a removal); the
 * settings, skill baselines, aliases, role targets and thresholds stay (a baseline of a skill that is gone is
 * never looked up; a role's target holds whether or not anyone has the role).
 */
export function planFor(plan: WorkspacePlan, members: readonly Member[]): WorkspacePlan {
  const keys = new Set(members.map((m) => m.key));
  const keep = (list: string[]) => list.filter((key) => keys.has(key));
  return {
    ...plan,
    leaving: keep(plan.leaving),
    pinned: keep(plan.pinned),
    excluded: keep(plan.excluded),
  };
}

export function emptyWorkspace(): Workspace {
  return { members: [], skills: [], links: emptyLinks(), plan: emptyPlan() };
}

/** Whether entry `i` of the table is a link (level ≥ 1), not an interest-only record. */
export function isLink(links: LinkTable, i: number): boolean {
  return links.level[i] > 0;
}

/** The links (level ≥ 1); interest-only records are not counted. */
export function linkCount(workspace: Workspace): number {
  const { level } = workspace.links;
  let n = 0;
  for (let i = 0; i < level.length; i++) if (level[i] > 0) n++;
  return n;
}

/** The interest-only records: members who want to develop a skill they have no level in. */
export function interestOnlyCount(workspace: Workspace): number {
  return workspace.links.level.length - linkCount(workspace);
}

export function linkKey(memberKey: string, skillKey: string): string {
  return `${memberKey}\u0000${skillKey}`;
}

/**
 * Packs keyed links into a workspace; links naming an unknown key, and level 0 without interest (no expertise,
 * no wish), are left out. Level 0 with interest is kept as an interest-only record.
 */
export function workspaceOf(members: Member[], skills: Skill[], expertise: readonly Expertise[]): Workspace {
  const memberIndex = new Map(members.map((m, i) => [m.key, i]));
  const skillIndex = new Map(skills.map((s, i) => [s.key, i]));
  const kept = expertise.filter(
    (e) =>
      memberIndex.has(e.memberKey) &&
      skillIndex.has(e.skillKey) &&
      (e.level >= 1 || (e.level === 0 && e.interest)),
  );
  const links = emptyLinks(kept.length);
  kept.forEach((e, i) => {
    links.member[i] = memberIndex.get(e.memberKey)!;
    links.skill[i] = skillIndex.get(e.skillKey)!;
    links.level[i] = e.level;
    links.interest[i] = e.interest ? 1 : 0;
  });
  return { members, skills, links, plan: emptyPlan() };
}

/** The links and interest-only records (level 0) with keys, in table order. */
export function expertiseList(workspace: Workspace): Expertise[] {
  const { links, members, skills } = workspace;
  const list: Expertise[] = new Array(links.level.length);
  for (let i = 0; i < links.level.length; i++) {
    list[i] = {
      memberKey: members[links.member[i]].key,
      skillKey: skills[links.skill[i]].key,
      level: links.level[i],
      interest: links.interest[i] === 1,
    };
  }
  return list;
}
