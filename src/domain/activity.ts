// Activity against workload (docs/contract.md "Activity against workload"): each ambassador's activity is set
// against what the club's median rate would expect from their free capacity, and named with the numbers that
// decided it. Reads the analysis' per-member flags (ambassador, leaver) and unique expertise; nothing twice.
import type { Analysis, SkillCoverage } from './analysis';
import type { ActivityThresholds, Member } from './types';
import { uniqueSkillsOf } from './unique';

export const ACTIVITY_STATES = ['overloaded', 'quiet', 'steady', 'thriving'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

/** Below this free capacity (%) the rate divides by the floor instead, so a tiny capacity cannot blow it up. */
export const FREE_CAPACITY_FLOOR = 10;

/**
 * Why an ambassador has their state, as numbers (the UI and the CSV word them). `activity` and `freeCapacity` are
 * the values the formula used: 0 and 100 where the file gave none (the flags say so).
 */
export interface ActivityReason {
  /** The rule that fired: the state. */
  rule: ActivityState;
  workload: number | null;
  freeCapacity: number;
  activity: number;
  /** The club norm N: contributions per full free capacity. */
  norm: number;
  expected: number;
  /** `quietBelow` % of `expected`: activity below it is quiet. */
  quietBound: number;
  /** `thrivingFrom` % of `expected`: activity above 0 and at least this is thriving. */
  thrivingBound: number;
  thresholds: ActivityThresholds;
  workloadUnknown: boolean;
  activityUnknown: boolean;
}

export interface ActivityRow {
  /** Position in `workspace.members`. */
  index: number;
  member: Member;
  /** Marked as leaving: still judged and listed, but not part of the club norm. */
  leaving: boolean;
  workload: number | null;
  freeCapacity: number;
  /** As imported: null (unknown) stays apart from 0. */
  activity: number | null;
  rate: number;
  expected: number;
  state: ActivityState;
  reason: ActivityReason;
}

export interface ActivityModel {
  /** Ambassadors (leavers included) in workspace order. */
  rows: ActivityRow[];
  byKey: Map<string, ActivityRow>;
  /** N: the median rate of the current ambassadors who are not overloaded; 0 when there are none. */
  norm: number;
  /** How many rates N is the median of. */
  normBasis: number;
  counts: Record<ActivityState, number>;
  thresholds: ActivityThresholds;
}

export function freeCapacityOf(workload: number | null): number {
  return workload === null ? 100 : Math.min(100, Math.max(0, 100 - workload));
}

/** Contributions per full free capacity: a / max(f, 10) × 100. */
export function rateOf(activity: number, freeCapacity: number): number {
  return (activity / Math.max(freeCapacity, FREE_CAPACITY_FLOOR)) * 100;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function isOverloaded(workload: number | null, thresholds: ActivityThresholds): boolean {
  return workload !== null && workload >= thresholds.overloadedFrom;
}

/** The state the reason's numbers give: overloaded first, then quiet, then thriving, else steady. */
export function stateOfReason(reason: Omit<ActivityReason, 'rule'>): ActivityState {
  if (!reason.workloadUnknown && isOverloaded(reason.workload, reason.thresholds)) return 'overloaded';
  if (reason.activity < reason.quietBound) return 'quiet';
  if (reason.activity > 0 && reason.activity >= reason.thrivingBound) return 'thriving';
  return 'steady';
}

/**
 * Every ambassador's state against the club norm. Leavers are judged too (a conversation with them is still
 * due) but the norm is the club that stays: the current ambassadors only, as in every other formula.
 */
export function activityModel(analysis: Analysis, thresholds: ActivityThresholds): ActivityModel {
  const { members } = analysis.workspace;
  const judged: number[] = [];
  for (let i = 0; i < members.length; i++) if (analysis.ambassador[i] || analysis.leaver[i]) judged.push(i);

  const normRates: number[] = [];
  for (const i of judged) {
    const m = members[i];
    if (analysis.ambassador[i] && !isOverloaded(m.workload, thresholds))
      normRates.push(rateOf(m.activity ?? 0, freeCapacityOf(m.workload)));
  }
  const norm = median(normRates);

  const counts: Record<ActivityState, number> = { overloaded: 0, quiet: 0, steady: 0, thriving: 0 };
  const rows = judged.map((i): ActivityRow => {
    const member = members[i];
    const freeCapacity = freeCapacityOf(member.workload);
    const activity = member.activity ?? 0;
    const expected = (norm * freeCapacity) / 100;
    const numbers = {
      workload: member.workload,
      freeCapacity,
      activity,
      norm,
      expected,
      quietBound: (expected * thresholds.quietBelow) / 100,
      thrivingBound: (expected * thresholds.thrivingFrom) / 100,
      thresholds,
      workloadUnknown: member.workload === null,
      activityUnknown: member.activity === null,
    };
    const state = stateOfReason(numbers);
    counts[state]++;
    return {
      index: i,
      member,
      leaving: analysis.leaver[i] === 1,
      workload: member.workload,
      freeCapacity,
      activity: member.activity,
      rate: rateOf(activity, freeCapacity),
      expected,
      state,
      reason: { rule: state, ...numbers },
    };
  });
  return {
    rows,
    byKey: new Map(rows.map((r) => [r.member.key, r])),
    norm,
    normBasis: normRates.length,
    counts,
    thresholds,
  };
}

const STATE_ORDER: Record<ActivityState, number> = { overloaded: 0, quiet: 1, steady: 2, thriving: 3 };

/** Report order: by state (overloaded, quiet, steady, thriving), then name. */
export function activityRowOrder(analysis: Analysis): (a: ActivityRow, b: ActivityRow) => number {
  return (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || analysis.compareNames(a.member, b.member);
}

export interface OffboardingEntry {
  row: ActivityRow;
  /** The skills they alone hold (unique expertise), in workspace order. */
  uniqueSkills: readonly SkillCoverage[];
}

/**
 * The input to offboarding conversations: overloaded and quiet ambassadors with what they alone hold. Overloaded
 * first (they may leave on their own), then quiet; within each, more unique skills first (the costlier loss),
 * then name. Leavers are left out: their cost is already the gaps the leavers open (src/domain/risk.ts).
 */
export function offboardingList(analysis: Analysis, model: ActivityModel): OffboardingEntry[] {
  return model.rows
    .filter((row) => !row.leaving && (row.state === 'overloaded' || row.state === 'quiet'))
    .map((row) => ({ row, uniqueSkills: uniqueSkillsOf(analysis, row.member.key) }))
    .sort(
      (a, b) =>
        STATE_ORDER[a.row.state] - STATE_ORDER[b.row.state] ||
        b.uniqueSkills.length - a.uniqueSkills.length ||
        analysis.compareNames(a.row.member, b.row.member),
    );
}
