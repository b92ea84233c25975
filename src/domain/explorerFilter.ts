// What the explorer shows (docs/contract.md#explorer-filters): the same filter narrows the map, the matrix and
// the skill–skill view, so that each is the other's alternative. Pure masks over the workspace and its analysis.
import type { Analysis } from './analysis';
import type { MemberStatus, Workspace } from './types';

export const MEMBER_STATUSES: readonly MemberStatus[] = ['ambassador', 'employee', 'alumni'];

export interface ExplorerFilter {
  /** Department names to show; empty = every department. */
  departments: readonly string[];
  locations: readonly string[];
  /** Skill categories to show ('' = uncategorised); empty = every category. */
  categories: readonly string[];
  /** Member statuses to show; empty = every status. */
  statuses: readonly MemberStatus[];
  /** Links below this level (1–5) are neither drawn nor listed; 1 = every link. */
  minLevel: number;
  /** Only skills with a gap; with `onlySingleHolders` too, skills with either. */
  onlyGaps: boolean;
  /** Only skills that one person alone holds. */
  onlySingleHolders: boolean;
}

export const NO_FILTER: Readonly<ExplorerFilter> = Object.freeze({
  departments: [],
  locations: [],
  categories: [],
  statuses: [],
  minLevel: 1,
  onlyGaps: false,
  onlySingleHolders: false,
});

/** Whether anything is narrowed at all. */
export function isFiltering(filter: ExplorerFilter): boolean {
  return (
    filter.departments.length > 0 ||
    filter.locations.length > 0 ||
    filter.categories.length > 0 ||
    filter.statuses.length > 0 ||
    filter.minLevel > 1 ||
    filter.onlyGaps ||
    filter.onlySingleHolders
  );
}

/** How many conditions narrow the view (for a "Filters (3)" button). */
export function filterCount(filter: ExplorerFilter): number {
  return (
    Number(filter.departments.length > 0) +
    Number(filter.locations.length > 0) +
    Number(filter.categories.length > 0) +
    Number(filter.statuses.length > 0) +
    Number(filter.minLevel > 1) +
    Number(filter.onlyGaps) +
    Number(filter.onlySingleHolders)
  );
}

/** 1 for each skill (by workspace index) the filter shows: its category, and its status when only risks are asked. */
export function skillMask(analysis: Analysis, filter: ExplorerFilter): Uint8Array {
  const mask = new Uint8Array(analysis.workspace.skills.length);
  const categories = filter.categories.length > 0 ? new Set(filter.categories) : null;
  const risksOnly = filter.onlyGaps || filter.onlySingleHolders;
  for (const entry of analysis.skills) {
    if (categories && !categories.has(entry.skill.category)) continue;
    if (
      risksOnly &&
      !(filter.onlyGaps && entry.status === 'gap') &&
      !(filter.onlySingleHolders && entry.status === 'single_holder')
    )
      continue;
    mask[entry.index] = 1;
  }
  return mask;
}

/** 1 for each member (by workspace index) in the chosen departments, locations and statuses. */
export function memberMask(workspace: Workspace, filter: ExplorerFilter): Uint8Array {
  const { members } = workspace;
  const mask = new Uint8Array(members.length);
  const departments = filter.departments.length > 0 ? new Set(filter.departments) : null;
  const locations = filter.locations.length > 0 ? new Set(filter.locations) : null;
  const statuses = filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  for (let m = 0; m < members.length; m++) {
    const member = members[m];
    if (departments && !departments.has(member.department)) continue;
    if (locations && !locations.has(member.location)) continue;
    if (statuses && !statuses.has(member.status)) continue;
    mask[m] = 1;
  }
  return mask;
}

/** The distinct values of a member field, in the given order: what a department or location filter offers. */
export function distinctValues(
  workspace: Workspace,
  field: 'department' | 'location',
  compare: (a: string, b: string) => number,
): string[] {
  const seen = new Set<string>();
  for (const member of workspace.members) seen.add(member[field]);
  return [...seen].sort(compare);
}

/** The filter with a value added to or removed from one of its lists. */
export function toggleIn<K extends 'departments' | 'locations' | 'categories' | 'statuses'>(
  filter: ExplorerFilter,
  key: K,
  value: ExplorerFilter[K][number],
): ExplorerFilter {
  const list = filter[key] as readonly string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...filter, [key]: next };
}

/** A value of a member field and how many members have it. */
export interface CountedValue {
  value: string;
  count: number;
}

/** The distinct values of a member field with how many members have each, in the given order. */
export function countedValues(
  workspace: Workspace,
  field: 'department' | 'location',
  compare: (a: string, b: string) => number,
): CountedValue[] {
  const counts = new Map<string, number>();
  for (const member of workspace.members) counts.set(member[field], (counts.get(member[field]) ?? 0) + 1);
  return [...counts.keys()].sort(compare).map((value) => ({ value, count: counts.get(value)! }));
}

/**
 * The filter carried over to another copy of the same club whose names differ (the sample in the other language):
 * a category, department or location is found again through the skills and people that had it, matched by
 * identity key. A name that no shared skill or person leads to is dropped.
 */
export function carryFilter(filter: ExplorerFilter, from: Workspace, to: Workspace): ExplorerFilter {
  const carry = <T extends { key: string }>(
    names: readonly string[],
    before: readonly T[],
    after: readonly T[],
    nameOf: (entity: T) => string,
  ): string[] => {
    if (names.length === 0) return [];
    const afterByKey = new Map(after.map((e) => [e.key, e]));
    const found = new Set<string>();
    for (const name of names)
      for (const entity of before) {
        const other = nameOf(entity) === name ? afterByKey.get(entity.key) : undefined;
        if (other) {
          found.add(nameOf(other));
          break;
        }
      }
    return [...found];
  };
  return {
    ...filter,
    departments: carry(filter.departments, from.members, to.members, (m) => m.department),
    locations: carry(filter.locations, from.members, to.members, (m) => m.location),
    categories: carry(filter.categories, from.skills, to.skills, (s) => s.category),
  };
}
