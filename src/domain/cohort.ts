// The cohort planner (docs/contract.md "Cohort planner"): greedy, each turn the eligible candidate who closes the
// most remaining weighted gap. Built for 20,000 members in milliseconds: each candidate's open-gap skills are
// listed once per analysis, and the per-turn best comes from a lazy priority queue instead of a rescan.
import { candidateIndexComparator, type Analysis } from './analysis';
import {
  DEFAULT_COHORT_SIZE,
  DEFAULT_ELIGIBLE_STATUSES,
  type ClosedGap,
  type CohortOptions,
  type CohortPick,
  type CohortPlan,
  type HeldBack,
  type OpenGap,
  type OpenGapReason,
} from './cohortTypes';
import { cohortPool, type GapLists } from './cohortPool';
import { roundScore } from './score';
import type { WorkspacePlan } from './types';

/**
 * The options with what is not given taken from the workspace plan (its settings, pins and exclusions), numbers
 * made whole. The plan is the analysed workspace's unless given (a store may reuse an analysis across plan edits).
 */
export function cohortOptions(
  analysis: Analysis,
  options: Partial<CohortOptions> = {},
  plan: WorkspacePlan = analysis.workspace.plan,
): CohortOptions {
  const settings = plan.settings;
  const whole = (n: number | null | undefined): number | null =>
    n === null || n === undefined || !Number.isFinite(n) ? null : Math.max(0, Math.floor(n));
  const given = <K extends keyof CohortOptions>(key: K): CohortOptions[K] | undefined => options[key];
  const ceiling = given('workloadCeiling') === undefined ? settings.workloadCeiling : options.workloadCeiling;
  return {
    size: whole(given('size') ?? settings.size) ?? DEFAULT_COHORT_SIZE,
    maxPerDepartment: whole(
      given('maxPerDepartment') === undefined ? settings.maxPerDepartment : options.maxPerDepartment,
    ),
    maxPerLocation: whole(
      given('maxPerLocation') === undefined ? settings.maxPerLocation : options.maxPerLocation,
    ),
    workloadCeiling: ceiling === null || ceiling === undefined || !Number.isFinite(ceiling) ? null : ceiling,
    eligibleStatuses: options.eligibleStatuses ?? settings.eligibleStatuses ?? DEFAULT_ELIGIBLE_STATUSES,
    pinned: options.pinned ?? plan.pinned,
    excluded: options.excluded ?? plan.excluded,
  };
}

/** How many of the cohort are in each group, against a maximum (null: no cap). */
class Cap {
  private readonly counts: Int32Array;
  constructor(
    private readonly group: Int32Array,
    private readonly max: number | null,
  ) {
    this.counts = new Int32Array(max === null ? 0 : group.length);
  }
  full(m: number): boolean {
    const g = this.group[m];
    return this.max !== null && g >= 0 && this.counts[g] >= this.max;
  }
  add(m: number): void {
    const g = this.group[m];
    if (this.max !== null && g >= 0) this.counts[g]++;
  }
}

export function planCohort(
  analysis: Analysis,
  partial: Partial<CohortOptions> = {},
  plan: WorkspacePlan = analysis.workspace.plan,
): CohortPlan {
  const options = cohortOptions(analysis, partial, plan);
  const { workspace, skills: entries } = analysis;
  const { members } = workspace;
  const pool = cohortPool(analysis, options);
  const { lists, groups, excluded } = pool;
  const remaining = new Int32Array(entries.length);
  for (const e of entries) remaining[e.index] = e.gap;
  const departments = new Cap(groups.department, options.maxPerDepartment);
  const locations = new Cap(groups.location, options.maxPerLocation);
  const capped = (m: number) => departments.full(m) || locations.full(m);

  const inCohort = new Uint8Array(members.length);
  const picks: CohortPick[] = [];

  const gainOf = (m: number): number => {
    let sum = 0;
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++) {
      const s = lists.skillsOf[k];
      if (remaining[s] > 0) sum += entries[s].skill.weight;
    }
    return roundScore(sum);
  };
  const take = (m: number, pinned: boolean) => {
    const closed: number[] = [];
    for (let k = lists.memberStart[m]; k < lists.memberStart[m + 1]; k++) {
      const s = lists.skillsOf[k];
      if (remaining[s] > 0) {
        remaining[s]--;
        closed.push(s);
      }
    }
    const weightOf = (s: number) => entries[s].skill.weight;
    const closes: ClosedGap[] = closed
      .sort((a, b) => weightOf(b) - weightOf(a) || a - b)
      .map((s) => ({ skill: entries[s].skill, weight: weightOf(s) }));
    const member = members[m];
    inCohort[m] = 1;
    departments.add(m);
    locations.add(m);
    picks.push({
      member,
      pinned,
      closes,
      weightedGap: roundScore(closes.reduce((sum, c) => sum + c.weight, 0)),
      score: analysis.score[m],
      workload: member.workload,
    });
  };

  // Pins first, in pin order: they count toward the size and the caps, and close what they close at their turn.
  for (const m of pool.pins) take(m, true);

  // The rest by the lazy queue: a stored gain is an upper bound (gains only drop as gaps close), so the top is
  // the turn's best once its gain is recomputed and still on top.
  const queue = new GainQueue(candidateIndexComparator(analysis));
  for (let m = 0; m < members.length; m++) {
    if (inCohort[m] || !pool.eligible(m)) continue;
    const gain = gainOf(m);
    if (gain > 0) queue.add(m, gain);
  }
  queue.heapify();
  while (picks.length < options.size && queue.size > 0) {
    const [m, stored] = queue.peek();
    if (capped(m)) {
      queue.pop(); // caps only fill up: never eligible again
      continue;
    }
    const gain = gainOf(m);
    if (gain === stored) {
      queue.pop();
      take(m, false);
    } else if (gain > 0) queue.replaceTop(gain);
    else queue.pop();
  }

  // What holds back each member outside the cohort, worked out once per member (the first obstacle that applies).
  const obstacles = new Uint8Array(members.length);
  const obstacleOf = (m: number): number => {
    if (obstacles[m] === 0) {
      if (excluded[m]) obstacles[m] = OBSTACLE.excluded;
      else if (!pool.statusEligible(m)) obstacles[m] = OBSTACLE.statusNotEligible;
      else if (pool.overCeiling(m)) obstacles[m] = OBSTACLE.overCeiling;
      else if (capped(m)) obstacles[m] = OBSTACLE.overCap;
      else obstacles[m] = OBSTACLE.available;
    }
    return obstacles[m];
  };
  const openGaps: OpenGap[] = [];
  for (const entry of entries) {
    const gap = remaining[entry.index];
    if (gap === 0) continue;
    const heldBack = heldBackFor(lists, entry.index, inCohort, obstacleOf);
    openGaps.push({
      entry,
      gap,
      weightedGap: roundScore(gap * entry.skill.weight),
      reason: reasonOf(heldBack),
      heldBack,
    });
  }
  openGaps.sort((a, b) => b.weightedGap - a.weightedGap || a.entry.index - b.entry.index);

  const sum = (values: number[]) => roundScore(values.reduce((s, v) => s + v, 0));
  return {
    options,
    picks,
    openGaps,
    ignoredPins: pool.ignoredPins,
    totals: {
      weightedGapBefore: sum(entries.map((e) => e.gap * e.skill.weight)),
      weightedGapClosed: sum(picks.map((p) => p.weightedGap)),
      weightedGapLeft: sum(openGaps.map((g) => g.weightedGap)),
    },
  };
}

const OBSTACLE = { excluded: 1, statusNotEligible: 2, overCeiling: 3, overCap: 4, available: 5 } as const;

/** Members of the candidate pool who qualify for the skill and are outside the cohort, counted by obstacle. */
function heldBackFor(
  lists: GapLists,
  s: number,
  inCohort: Uint8Array,
  obstacleOf: (m: number) => number,
): HeldBack {
  const counts = [0, 0, 0, 0, 0, 0];
  for (let k = lists.skillStart[s]; k < lists.skillStart[s + 1]; k++) {
    const m = lists.membersOf[k];
    if (!inCohort[m]) counts[obstacleOf(m)]++;
  }
  return {
    excluded: counts[OBSTACLE.excluded],
    statusNotEligible: counts[OBSTACLE.statusNotEligible],
    overCeiling: counts[OBSTACLE.overCeiling],
    overCap: counts[OBSTACLE.overCap],
    available: counts[OBSTACLE.available],
  };
}

/** The mildest obstacle met (see `OpenGapReason`). */
function reasonOf(h: HeldBack): OpenGapReason {
  if (h.available > 0) return 'cohort_full';
  if (h.overCap > 0) return 'over_cap';
  if (h.overCeiling > 0) return 'over_ceiling';
  if (h.statusNotEligible > 0) return 'status_not_eligible';
  if (h.excluded > 0) return 'all_excluded';
  return 'no_one_qualifies';
}

/** A binary max-heap of (member index, stored gain): larger gain first, then the candidate order. */
class GainQueue {
  private readonly member: number[] = [];
  private readonly gain: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}
  get size(): number {
    return this.member.length;
  }
  add(m: number, gain: number): void {
    this.member.push(m);
    this.gain.push(gain);
  }
  heapify(): void {
    for (let i = (this.member.length >> 1) - 1; i >= 0; i--) this.down(i);
  }
  peek(): [number, number] {
    return [this.member[0], this.gain[0]];
  }
  pop(): void {
    const last = this.member.length - 1;
    this.member[0] = this.member[last];
    this.gain[0] = this.gain[last];
    this.member.pop();
    this.gain.pop();
    if (this.member.length > 0) this.down(0);
  }
  /** The top's gain dropped: store the new one and let it sink. */
  replaceTop(gain: number): void {
    this.gain[0] = gain;
    this.down(0);
  }
  private before(i: number, j: number): boolean {
    const d = this.gain[i] - this.gain[j];
    if (d !== 0) return d > 0;
    return this.compare(this.member[i], this.member[j]) < 0;
  }
  private down(i: number): void {
    const n = this.member.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const best = r < n && this.before(r, l) ? r : l;
      if (!this.before(best, i)) return;
      [this.member[i], this.member[best]] = [this.member[best], this.member[i]];
      [this.gain[i], this.gain[best]] = [this.gain[best], this.gain[i]];
      i = best;
    }
  }
}
