// The shapes of a cohort plan (docs/contract.md "Cohort planner"): what the planner is asked and what it answers.
import type { SkillCoverage } from './analysis';
import { DEFAULT_PLAN_SETTINGS, type Member, type MemberStatus, type Skill } from './types';

export const DEFAULT_COHORT_SIZE = DEFAULT_PLAN_SETTINGS.size;
export const DEFAULT_ELIGIBLE_STATUSES: readonly MemberStatus[] = DEFAULT_PLAN_SETTINGS.eligibleStatuses;

export interface CohortOptions {
  /** How many people the cohort holds at most, pins included. */
  size: number;
  /** At most this many per department (members without a department are not capped); null: no cap. */
  maxPerDepartment: number | null;
  /** At most this many per location (members without a location are not capped); null: no cap. */
  maxPerLocation: number | null;
  /** Nobody with a workload above this (in %) is picked; an unknown workload is under every ceiling. */
  workloadCeiling: number | null;
  /** Statuses the planner may pick; ambassadors and leavers never are, whatever this says. */
  eligibleStatuses: readonly MemberStatus[];
  /** Member keys always in, first, in this order (from `workspace.plan.pinned` by default). */
  pinned: readonly string[];
  /** Member keys never in (from `workspace.plan.excluded` by default); an exclusion beats a pin. */
  excluded: readonly string[];
}

/** One gap skill a pick closes one unit of, at its turn. */
export interface ClosedGap {
  skill: Skill;
  weight: number;
}

export interface CohortPick {
  member: Member;
  /** Pinned by a person rather than chosen by the planner. */
  pinned: boolean;
  /** The gap skills this pick closes at its turn: largest weight first, then workspace order. */
  closes: ClosedGap[];
  /** The sum of `closes` weights: what this pick won its turn by. */
  weightedGap: number;
  /** Its candidate score (the first tie-breaker) and workload (the second). */
  score: number;
  workload: number | null;
}

/**
 * Why nobody in the cohort closes what is left of a gap. Each member who qualifies for the skill and is not in the
 * cohort is held back by the first of: excluded, status not eligible, over the workload ceiling, over a cap —
 * or by nothing, when the cohort filled up before their turn. The gap's reason is the mildest obstacle any of
 * them meets, in the order `cohort_full`, `over_cap`, `over_ceiling`, `status_not_eligible`, `all_excluded`:
 * the one a person would lift first to close it. `no_one_qualifies` when nobody outside the cohort qualifies.
 */
export type OpenGapReason =
  'no_one_qualifies' | 'all_excluded' | 'status_not_eligible' | 'over_ceiling' | 'over_cap' | 'cohort_full';

/** How many members who qualify for an open gap, outside the cohort, are held back by each obstacle. */
export interface HeldBack {
  excluded: number;
  statusNotEligible: number;
  overCeiling: number;
  overCap: number;
  /** Eligible and under every cap: only the cohort size kept them out. */
  available: number;
}

export interface OpenGap {
  entry: SkillCoverage;
  /** Units of gap still open after the last pick. */
  gap: number;
  /** `gap` × the skill's weight. */
  weightedGap: number;
  reason: OpenGapReason;
  heldBack: HeldBack;
}

/** Why a pinned key is not in the cohort. */
export type IgnoredPinReason = 'unknown_member' | 'not_a_candidate' | 'excluded' | 'beyond_size';

export interface CohortPlan {
  /** The options the plan was made with, defaults filled in. */
  options: CohortOptions;
  /** In pick order: the pins first, in pin order, then the planner's picks. */
  picks: CohortPick[];
  /** The gaps left open: largest weighted gap first, then workspace order. */
  openGaps: OpenGap[];
  ignoredPins: { key: string; reason: IgnoredPinReason }[];
  totals: {
    /** Σ gap × weight over all skills before the cohort joins. */
    weightedGapBefore: number;
    /** Σ of the picks' `weightedGap`. */
    weightedGapClosed: number;
    /** Σ of the open gaps' `weightedGap`. */
    weightedGapLeft: number;
  };
}
