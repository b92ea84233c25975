// Community roles (docs/contract.md#community-roles): a member's role tags read as role keys — six known roles by
// their English and Russian words, any other tag a role of its own — and per role its target, coverage, gap,
// status, holders and candidates, from the same ambassador and candidate-pool flags the skill analysis uses.
import type { Analysis } from './analysis';
import { gapOf, statusOf } from './analysis';
import { roleTargetOf } from './clubValues';
import { cleanText, nameComparator, normaliseIdentity } from './normalise';
import { isAmbassador, leavingKeys } from './membership';
import type { Member, RoleTarget, SkillStatus, Workspace } from './types';

/** The known roles, in the order every roles view and the roles report list them. */
export const KNOWN_ROLES = ['architect', 'empath', 'ideologist', 'voice', 'ambassador', 'moderator'] as const;
export type KnownRole = (typeof KNOWN_ROLES)[number];

/** The words that name each known role; the first of each language is the one the app writes. */
export const KNOWN_ROLE_WORDS: Record<KnownRole, { en: readonly string[]; ru: readonly string[] }> = {
  architect: { en: ['architect'], ru: ['архитектор'] },
  empath: { en: ['empath'], ru: ['эмпат'] },
  ideologist: { en: ['ideologist'], ru: ['идеолог'] },
  voice: { en: ['voice', 'language'], ru: ['голос', 'язык'] },
  ambassador: { en: ['ambassador'], ru: ['амбассадор'] },
  moderator: { en: ['moderator', 'coordinator'], ru: ['модератор', 'координатор'] },
};

// Normalised word → known role. Words from user files go into a Map (never an object's keys).
const ROLE_BY_WORD: ReadonlyMap<string, KnownRole> = new Map(
  KNOWN_ROLES.flatMap((role) =>
    [...KNOWN_ROLE_WORDS[role].en, ...KNOWN_ROLE_WORDS[role].ru].map((w) => [normaliseIdentity(w), role]),
  ),
);

/** A known role by one of its words (case, surrounding and inner white space, ё/е ignored); null for any other. */
export function knownRoleOf(tag: string): KnownRole | null {
  return ROLE_BY_WORD.get(normaliseIdentity(tag)) ?? null;
}

/**
 * A tag's role key: a known role's id, or a free tag's normalised text. No free key can equal a known id: each
 * known id is one of its role's own words, so that text is read as the known role.
 */
export function roleKeyOf(tag: string): string {
  return knownRoleOf(tag) ?? normaliseIdentity(tag);
}

/** A member's role keys, each once, in the order the member's tags give them; empty tags are no role. */
export function memberRoleKeys(member: Member): string[] {
  const keys = new Set<string>();
  for (const tag of member.roles) {
    const key = roleKeyOf(tag);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

export interface RoleCoverage {
  key: string;
  /** The known role, or null for a free tag. */
  known: KnownRole | null;
  /** A free tag's first spelling met (members in workspace order); null for a known role (its word is per language). */
  label: string | null;
  target: number;
  /** The ambassadors holding the role (leavers count as no ambassadors, as for skills). */
  coverage: number;
  gap: number;
  status: SkillStatus;
  /** Those ambassadors, by name. */
  holders: Member[];
  /** Members of the candidate pool carrying the tag, by name (leavers are neither holders nor candidates). */
  candidates: Member[];
}

/**
 * Every role: the six known ones (held or not) in their order, then the free tags met, by name in the UI
 * language's collation. Targets are the plan's `roleTargets` (1 where none was set), given apart from the
 * analysis as the cohort planner's plan is: a cached analysis may hold an earlier plan.
 */
export function rolesModel(
  analysis: Analysis,
  roleTargets: readonly RoleTarget[],
  locale: string,
): RoleCoverage[] {
  const { workspace, ambassador, candidate, compareNames } = analysis;
  const roles = new Map<string, RoleCoverage>();
  const entry = (key: string, known: KnownRole | null, label: string | null): RoleCoverage => ({
    key,
    known,
    label,
    target: roleTargetOf(roleTargets, key),
    coverage: 0,
    gap: 0,
    status: 'gap',
    holders: [],
    candidates: [],
  });
  for (const role of KNOWN_ROLES) roles.set(role, entry(role, role, null));
  const free: RoleCoverage[] = [];
  workspace.members.forEach((member, m) => {
    const seen = new Set<string>();
    for (const tag of member.roles) {
      const key = roleKeyOf(tag);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      let role = roles.get(key);
      if (!role) {
        roles.set(key, (role = entry(key, null, cleanText(tag))));
        free.push(role);
      }
      if (ambassador[m]) role.holders.push(member);
      else if (candidate[m]) role.candidates.push(member);
    }
  });
  const byLabel = nameComparator(locale);
  free.sort((a, b) => byLabel(a.label!, b.label!) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const list = [...KNOWN_ROLES.map((role) => roles.get(role)!), ...free];
  for (const role of list) {
    role.holders.sort(compareNames);
    role.candidates.sort(compareNames);
    role.coverage = role.holders.length;
    role.gap = gapOf(role.coverage, role.target);
    role.status = statusOf(role.coverage, role.target);
  }
  return list;
}

/**
 * Role key → the names of the ambassadors holding it (leavers are no holders), by name; roles nobody holds are
 * absent. What compareSnapshots needs of a workspace it was not given an analysis for.
 */
export function roleHoldersOf(workspace: Workspace, locale: string): Map<string, string[]> {
  const leaving = leavingKeys(workspace);
  const byName = nameComparator(locale);
  const holders = new Map<string, string[]>();
  for (const member of workspace.members) {
    if (!isAmbassador(member, leaving)) continue;
    for (const key of memberRoleKeys(member)) {
      const names = holders.get(key);
      if (names) names.push(member.name);
      else holders.set(key, [member.name]);
    }
  }
  for (const names of holders.values()) names.sort(byName);
  return holders;
}

/** A free tag's key → its first spelling met in the workspaces given (members in order); known roles are absent. */
export function freeRoleLabels(workspaces: readonly Workspace[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const ws of workspaces)
    for (const member of ws.members)
      for (const tag of member.roles) {
        const key = roleKeyOf(tag);
        if (key !== '' && !knownRoleOf(tag) && !labels.has(key)) labels.set(key, cleanText(tag));
      }
  return labels;
}
