// Who the cohort can be made of (docs/contract.md "Cohort planner"): the candidates who qualify for each open gap,
// the department and location groups the caps count, who is eligible and which pins are taken. Shared by the
// greedy plan (cohort.ts) and the exact optimum (cohortOptimum.ts), so both answer the same question.
import type { Analysis } from './analysis';
import type { CohortOptions, IgnoredPinReason } from './cohortTypes';
import { normaliseIdentity } from './normalise';
import type { Member } from './types';

/**
 * The candidates who qualify for each open gap, as compressed rows both ways: by member (the skills a candidate
 * could close) and by skill (who could close it). Built once per analysis; every replan reuses them.
 */
export interface GapLists {
  memberStart: Uint32Array;
  skillsOf: Uint32Array;
  skillStart: Uint32Array;
  membersOf: Uint32Array;
}

const gapListCache = new WeakMap<Analysis, GapLists>();

export function gapListsOf(analysis: Analysis): GapLists {
  const cached = gapListCache.get(analysis);
  if (cached) return cached;
  const { links, workspace, candidate, skills: entries } = analysis;
  const { skill: linkSkill, member: linkMember, level } = workspace.links;
  const members = workspace.members.length;
  // The required level of each skill with an open gap, 0 for the others: one typed read per link.
  const openAt = new Uint8Array(entries.length);
  for (const e of entries) if (e.gap > 0) openAt[e.index] = e.skill.requiredLevel;
  const memberStart = new Uint32Array(members + 1);
  const skillsOf = new Uint32Array(level.length);
  let n = 0;
  for (let m = 0; m < members; m++) {
    memberStart[m] = n;
    if (!candidate[m]) continue;
    for (let k = links.memberStart[m]; k < links.memberStart[m + 1]; k++) {
      const link = links.byMember[k];
      const s = linkSkill[link];
      if (openAt[s] !== 0 && level[link] >= openAt[s]) skillsOf[n++] = s;
    }
  }
  memberStart[members] = n;
  const skillStart = new Uint32Array(entries.length + 1);
  const membersOf = new Uint32Array(n);
  let q = 0;
  for (const entry of entries) {
    skillStart[entry.index] = q;
    if (entry.gap === 0) continue;
    for (let k = links.skillStart[entry.index]; k < links.skillStart[entry.index + 1]; k++) {
      const link = links.bySkill[k];
      if (candidate[linkMember[link]] && level[link] >= entry.skill.requiredLevel)
        membersOf[q++] = linkMember[link];
    }
  }
  skillStart[entries.length] = q;
  const lists = { memberStart, skillsOf: skillsOf.slice(0, n), skillStart, membersOf };
  gapListCache.set(analysis, lists);
  return lists;
}

/** Per member, an id for the department and one for the location (-1: none), built once per members list. */
export interface Groups {
  department: Int32Array;
  location: Int32Array;
}

const groupCache = new WeakMap<readonly Member[], Groups>();

export function groupsOf(members: readonly Member[]): Groups {
  const cached = groupCache.get(members);
  if (cached) return cached;
  // Grouped by identity, so "Sales" and "sales " share a cap; members without one are in no group.
  const ids = (field: (m: Member) => string) => {
    const seen = new Map<string, number>();
    const out = new Int32Array(members.length);
    members.forEach((m, i) => {
      const name = normaliseIdentity(field(m));
      let id = seen.get(name);
      if (id === undefined) seen.set(name, (id = seen.size));
      out[i] = name === '' ? -1 : id;
    });
    return out;
  };
  const groups = { department: ids((m) => m.department), location: ids((m) => m.location) };
  groupCache.set(members, groups);
  return groups;
}

/** The pool one set of options leaves: who is held back by what, and the pins that are taken. */
export interface CohortPool {
  lists: GapLists;
  groups: Groups;
  /** 1 for a member the options exclude. */
  excluded: Uint8Array;
  statusEligible: (m: number) => boolean;
  overCeiling: (m: number) => boolean;
  /** A candidate the planner may pick: in the pool, not excluded, an eligible status, under the ceiling. */
  eligible: (m: number) => boolean;
  /** The member indexes of the pins taken, in pin order: they count toward the size and the caps. */
  pins: number[];
  ignoredPins: { key: string; reason: IgnoredPinReason }[];
}

export function cohortPool(analysis: Analysis, options: CohortOptions): CohortPool {
  const { members } = analysis.workspace;
  const { candidate } = analysis;
  const excluded = new Uint8Array(members.length);
  for (const key of options.excluded) {
    const m = analysis.memberIndex.get(key);
    if (m !== undefined) excluded[m] = 1;
  }
  const statuses = new Set(options.eligibleStatuses);
  const ceiling = options.workloadCeiling;
  const statusEligible = (m: number) => statuses.has(members[m].status);
  const overCeiling = (m: number) => {
    const workload = members[m].workload;
    return ceiling !== null && workload !== null && workload > ceiling;
  };
  // Pins skip the status and ceiling checks (a person chose them) but not the pool, an exclusion or the size.
  const pins: number[] = [];
  const taken = new Set<number>();
  const ignoredPins: CohortPool['ignoredPins'] = [];
  for (const key of options.pinned) {
    const m = analysis.memberIndex.get(key);
    let reason: IgnoredPinReason | null = null;
    if (m === undefined) reason = 'unknown_member';
    else if (taken.has(m)) continue;
    else if (!candidate[m]) reason = 'not_a_candidate';
    else if (excluded[m]) reason = 'excluded';
    else if (pins.length >= options.size) reason = 'beyond_size';
    if (reason) ignoredPins.push({ key, reason });
    else {
      pins.push(m!);
      taken.add(m!);
    }
  }
  return {
    lists: gapListsOf(analysis),
    groups: groupsOf(members),
    excluded,
    statusEligible,
    overCeiling,
    eligible: (m) => candidate[m] === 1 && !excluded[m] && statusEligible(m) && !overCeiling(m),
    pins,
    ignoredPins,
  };
}
