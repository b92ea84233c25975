// The best possible cohort as an integer program (docs/contract.md "Cohort planner"), written for a solver (HiGHS
// in a worker) as CPLEX LP text. Choose x_i ∈ {0, 1} for each eligible candidate who could close an open gap,
// at most the size (pins count, as constants), under the department and location caps; for each gap skill s,
// closed_s ≤ gap_s and closed_s ≤ pins qualifying + Σ x_i qualifying; maximise Σ weight_s · closed_s. That is the
// weighted gap the greedy plan closes, whatever the order of picks: a cohort closes min(gap, qualifying) of each.
// Variables and rows are named by position only (x0, c0, g0, d0, …): no user text ever enters the model.
import { candidateIndexComparator, type Analysis } from './analysis';
import type { CohortOptions } from './cohortTypes';
import { cohortPool, gapListsOf } from './cohortPool';
import { roundScore } from './score';

export interface CohortModel {
  /** Nothing left to choose (no free place, or no eligible candidate closes an open gap): the pins are the best. */
  trivial: boolean;
  /** The integer program, CPLEX LP text (empty when trivial). */
  lp: string;
  /** The same without integrality: its optimum bounds every cohort from above. */
  relaxedLp: string;
  /** Every column: the candidates `x0…`, then the gap skills `c0…`. */
  columns: string[];
  /** The member index behind each `x` column. */
  candidates: number[];
  /** The skill index behind each `c` column. */
  gapSkills: number[];
  /** The pins taken, by member index: in every cohort. */
  pins: number[];
}

/** What a cohort closes: Σ weight × min(gap, members qualifying) over the open gaps. */
export function weightedGapClosedBy(analysis: Analysis, memberIndexes: Iterable<number>): number {
  const lists = gapListsOf(analysis);
  const count = new Int32Array(analysis.skills.length);
  for (const m of memberIndexes)
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++) count[lists.skillsOf[k]]++;
  let sum = 0;
  for (const e of analysis.skills)
    if (count[e.index] > 0) sum += e.skill.weight * Math.min(e.gap, count[e.index]);
  return roundScore(sum);
}

export function cohortModel(analysis: Analysis, options: CohortOptions): CohortModel {
  const pool = cohortPool(analysis, options);
  const { lists, groups, pins } = pool;
  const { skills: entries } = analysis;
  const members = analysis.workspace.members.length;
  const pinned = new Uint8Array(members);
  for (const m of pins) pinned[m] = 1;
  const pinCount = new Int32Array(entries.length);
  for (const m of pins)
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++) pinCount[lists.skillsOf[k]]++;
  const stillOpen = (s: number) => pinCount[s] < entries[s].gap;

  // Only candidates who could close something the pins leave open matter: the others never raise the total.
  const candidates: number[] = [];
  const columnOf = new Int32Array(members).fill(-1);
  for (let m = 0; m < members; m++) {
    if (pinned[m] || !pool.eligible(m)) continue;
    let useful = false;
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1] && !useful; k++)
      useful = stillOpen(lists.skillsOf[k]);
    if (useful) columnOf[m] = candidates.push(m) - 1;
  }
  const slots = options.size - pins.length;
  const empty = { lp: '', relaxedLp: '', columns: [], candidates: [], gapSkills: [], pins };
  if (slots <= 0 || candidates.length === 0) return { trivial: true, ...empty };

  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const gapSkills: number[] = [];
  for (const e of entries) {
    const s = e.index;
    if (e.gap === 0) continue;
    const free: number[] = [];
    for (let k = lists.skillStart[s]; k < lists.skillStart[s + 1]; k++) {
      const column = columnOf[lists.membersOf[k]];
      if (column >= 0) free.push(column);
    }
    const upper = Math.min(e.gap, pinCount[s] + free.length);
    if (upper === 0) continue;
    const j = gapSkills.push(s) - 1;
    objective.push(`${number(e.skill.weight)} c${j}`);
    bounds.push(`0 <= c${j} <= ${upper}`);
    if (stillOpen(s) && free.length > 0)
      rows.push(row(`g${j}`, [`c${j}`, ...free.map((i) => `- x${i}`)], pinCount[s]));
  }
  rows.push(
    row(
      'size',
      candidates.map((_, i) => `+ x${i}`),
      slots,
    ),
  );
  rows.push(...capRows('d', groups.department, options.maxPerDepartment, pins, candidates));
  rows.push(...capRows('l', groups.location, options.maxPerLocation, pins, candidates));
  for (let i = 0; i < candidates.length; i++) bounds.push(`0 <= x${i} <= 1`);

  const xs = candidates.map((_, i) => `x${i}`);
  const head = [
    'Maximize',
    wrap(
      ' obj:',
      objective.map((t, i) => (i === 0 ? t : `+ ${t}`)),
    ),
    'Subject To',
    ...rows,
  ];
  const tail = ['Bounds', ...bounds.map((b) => ` ${b}`)];
  return {
    trivial: false,
    lp: [...head, ...tail, 'Generals', wrap('', xs), 'End', ''].join('\n'),
    relaxedLp: [...head, ...tail, 'End', ''].join('\n'),
    columns: [...xs, ...gapSkills.map((_, j) => `c${j}`)],
    candidates,
    gapSkills,
    pins,
  };
}

/** A cap as rows: per group, the candidates in it take at most what its pins leave (none when they fill it). */
function capRows(
  prefix: string,
  group: Int32Array,
  max: number | null,
  pins: readonly number[],
  candidates: readonly number[],
): string[] {
  if (max === null) return [];
  const pinsIn = new Map<number, number>();
  for (const m of pins) if (group[m] >= 0) pinsIn.set(group[m], (pinsIn.get(group[m]) ?? 0) + 1);
  const columnsIn = new Map<number, number[]>();
  candidates.forEach((m, i) => {
    const g = group[m];
    if (g < 0) return;
    const list = columnsIn.get(g);
    if (list) list.push(i);
    else columnsIn.set(g, [i]);
  });
  const rows: string[] = [];
  for (const [g, columns] of columnsIn) {
    const room = Math.max(0, max - (pinsIn.get(g) ?? 0));
    if (columns.length > room)
      rows.push(
        row(
          `${prefix}${rows.length}`,
          columns.map((i) => `+ x${i}`),
          room,
        ),
      );
  }
  return rows;
}

function row(name: string, terms: string[], rhs: number): string {
  return `${wrap(` ${name}:`, terms)} <= ${rhs}`;
}

/** Terms a few to a line: LP readers may limit the line length. */
function wrap(start: string, terms: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 16) lines.push(terms.slice(i, i + 16).join(' '));
  return `${start} ${lines.join('\n  ')}`;
}

function number(n: number): string {
  // Weights are positive and finite (docs/contract.md); plain notation reads in every LP reader.
  const text = String(n);
  return text.includes('e') ? n.toFixed(12) : text;
}

/** The columns' values for a cohort given by member keys (the greedy plan as the solver's starting point). */
export function startOf(analysis: Analysis, model: CohortModel, memberKeys: readonly string[]): number[] {
  const lists = gapListsOf(analysis);
  const inCohort = new Set<number>();
  for (const key of memberKeys) {
    const m = analysis.memberIndex.get(key);
    if (m !== undefined) inCohort.add(m);
  }
  const count = new Int32Array(analysis.skills.length);
  for (const m of inCohort)
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++) count[lists.skillsOf[k]]++;
  return [
    ...model.candidates.map((m) => (inCohort.has(m) ? 1 : 0)),
    ...model.gapSkills.map((s) => Math.min(analysis.skills[s].gap, count[s])),
  ];
}

export interface CohortOptimum {
  /** The pins, then the chosen candidates in the candidate order. */
  memberKeys: string[];
  weightedGapClosed: number;
}

/** The cohort a solution picks (values in `model.columns` order), its total worked out again from the data. */
export function readSolution(
  analysis: Analysis,
  model: CohortModel,
  values: ArrayLike<number>,
): CohortOptimum {
  const chosen = model.candidates.filter((_, i) => values[i] > 0.5);
  chosen.sort(candidateIndexComparator(analysis));
  const cohort = [...model.pins, ...chosen];
  const { members } = analysis.workspace;
  return {
    memberKeys: cohort.map((m) => members[m].key),
    weightedGapClosed: weightedGapClosedBy(analysis, cohort),
  };
}
