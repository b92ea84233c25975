// The best possible cohort (docs/contract.md "Cohort planner"): the integer program described in numbers on the
// page (`cohortProblem`), its LP text written off the page (`cohortLp` in cohortLp.ts, called by the solver
// worker), the greedy plan as the solver's start, and a solution read back as a cohort.
import { candidateIndexComparator, type Analysis } from './analysis';
import type { CohortOptions } from './cohortTypes';
import { cohortPool, gapListsOf, type GapLists } from './cohortPool';
import type { CohortProblem } from './cohortLp';
import { roundScore } from './score';

export type { CohortProblem } from './cohortLp';

/** What a cohort closes: Σ weight × min(gap, members qualifying) over the open gaps. */
export function weightedGapClosedBy(analysis: Analysis, memberIndexes: Iterable<number>): number {
  const count = countBySkill(gapListsOf(analysis), analysis.skills.length, memberIndexes);
  let sum = 0;
  for (const e of analysis.skills)
    if (count[e.index] > 0) sum += e.skill.weight * Math.min(e.gap, count[e.index]);
  return roundScore(sum);
}

/**
 * The integer program in numbers (see cohortLp.ts): a pass over the candidates' open-gap lists, cheap enough for
 * the page's thread at 20,000 members.
 */
export function cohortProblem(analysis: Analysis, options: CohortOptions): CohortProblem {
  const pool = cohortPool(analysis, options);
  const { lists, groups, pins } = pool;
  const { skills: entries } = analysis;
  const members = analysis.workspace.members.length;
  const pinned = new Uint8Array(members);
  for (const m of pins) pinned[m] = 1;
  const pinCount = countBySkill(lists, entries.length, pins);
  const stillOpen = (s: number) => pinCount[s] < entries[s].gap;

  // Only candidates who could close something the pins leave open matter: the others never raise the total.
  const candidates: number[] = [];
  for (let m = 0; m < members; m++) {
    if (pinned[m] || !pool.eligible(m)) continue;
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++)
      if (stillOpen(lists.skillsOf[k])) {
        candidates.push(m);
        break;
      }
  }
  const slots = options.size - pins.length;
  if (slots <= 0 || candidates.length === 0) return trivialProblem(pins);

  const free = countBySkill(lists, entries.length, candidates);
  const columnOfSkill = new Int32Array(entries.length).fill(-1);
  const gapSkills: number[] = [];
  const weight: number[] = [];
  const upper: number[] = [];
  const pinnedUnits: number[] = [];
  for (const e of entries) {
    const s = e.index;
    const most = Math.min(e.gap, pinCount[s] + free[s]);
    if (e.gap === 0 || most === 0) continue;
    columnOfSkill[s] = gapSkills.push(s) - 1;
    weight.push(e.skill.weight);
    upper.push(most);
    pinnedUnits.push(pinCount[s]);
  }
  const gapStart = new Int32Array(candidates.length + 1);
  const gapsOf: number[] = [];
  candidates.forEach((m, i) => {
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++)
      gapsOf.push(columnOfSkill[lists.skillsOf[k]]);
    gapStart[i + 1] = gapsOf.length;
  });
  const capped = (group: Int32Array, max: number | null) => {
    const of = Int32Array.from(candidates, (m) => group[m]);
    if (max === null) return { of, room: null };
    let groupsSeen = 0;
    for (const g of of) groupsSeen = Math.max(groupsSeen, g + 1);
    for (const m of pins) groupsSeen = Math.max(groupsSeen, group[m] + 1);
    const room = new Int32Array(groupsSeen).fill(max);
    for (const m of pins) if (group[m] >= 0) room[group[m]] = Math.max(0, room[group[m]] - 1);
    return { of, room };
  };
  const department = capped(groups.department, options.maxPerDepartment);
  const location = capped(groups.location, options.maxPerLocation);
  return {
    trivial: false,
    slots,
    candidates: Int32Array.from(candidates),
    gapSkills: Int32Array.from(gapSkills),
    weight: Float64Array.from(weight),
    upper: Int32Array.from(upper),
    pinned: Int32Array.from(pinnedUnits),
    gapStart,
    gapsOf: Int32Array.from(gapsOf),
    department: department.of,
    location: location.of,
    departmentRoom: department.room,
    locationRoom: location.room,
    pins,
  };
}

function trivialProblem(pins: number[]): CohortProblem {
  const none = new Int32Array(0);
  return {
    trivial: true,
    slots: 0,
    candidates: none,
    gapSkills: none,
    weight: new Float64Array(0),
    upper: none,
    pinned: none,
    gapStart: new Int32Array(1),
    gapsOf: none,
    department: none,
    location: none,
    departmentRoom: null,
    locationRoom: null,
    pins,
  };
}

/** Per skill, how many of the given members qualify for its open gap. */
function countBySkill(lists: GapLists, skills: number, members: Iterable<number>): Int32Array {
  const count = new Int32Array(skills);
  for (const m of members)
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++) count[lists.skillsOf[k]]++;
  return count;
}

/** The columns' values for a cohort given by member keys (the greedy plan as the solver's starting point). */
export function startOf(analysis: Analysis, problem: CohortProblem, memberKeys: readonly string[]): number[] {
  const inCohort = new Set<number>();
  for (const key of memberKeys) {
    const m = analysis.memberIndex.get(key);
    if (m !== undefined) inCohort.add(m);
  }
  const count = countBySkill(gapListsOf(analysis), analysis.skills.length, inCohort);
  return [
    ...Array.from(problem.candidates, (m) => (inCohort.has(m) ? 1 : 0)),
    ...Array.from(problem.gapSkills, (s) => Math.min(analysis.skills[s].gap, count[s])),
  ];
}

export interface CohortOptimum {
  /** The pins, then the chosen candidates in the candidate order. */
  memberKeys: string[];
  weightedGapClosed: number;
}

/** The cohort a solution picks (values in column order: the `x`, then the `c`), its total worked out again from the data. */
export function readSolution(
  analysis: Analysis,
  problem: CohortProblem,
  values: ArrayLike<number>,
): CohortOptimum {
  const chosen = Array.from(problem.candidates).filter((_, i) => values[i] > 0.5);
  chosen.sort(candidateIndexComparator(analysis));
  const cohort = [...problem.pins, ...chosen];
  const { members } = analysis.workspace;
  return {
    memberKeys: cohort.map((m) => members[m].key),
    weightedGapClosed: weightedGapClosedBy(analysis, cohort),
  };
}
