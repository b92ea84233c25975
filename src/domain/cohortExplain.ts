// Why each pick (docs/contract.md "Cohort planner"): what a pick adds to coverage at its turn, and how many of
// those who qualify for an open gap each obstacle holds back. Derived from a plan; nothing here replans.
import { statusOf, type Analysis } from './analysis';
import type { CohortPick, HeldBack } from './cohortTypes';
import type { Skill, SkillStatus } from './types';

/** One gap skill a pick closes: its holders at the required level before and after the pick joins. */
export interface CoverageStep {
  skill: Skill;
  before: number;
  after: number;
  target: number;
  /** The skill's status once the pick joins, by the analysis' rule. */
  status: SkillStatus;
}

export interface PickCoverage {
  /** In the order of the pick's `closes`. */
  steps: CoverageStep[];
  /** How many skills meet their target (gap 0) before this pick joins, and after. */
  targetsMetBefore: number;
  targetsMetAfter: number;
}

/**
 * What each pick adds to coverage, in pick order: the picks before it have joined as ambassadors, so a skill's
 * holders are the analysis' coverage plus the earlier picks that closed it. O(Σ closes).
 */
export function coverageByPick(analysis: Analysis, picks: readonly CohortPick[]): PickCoverage[] {
  const holders = new Map<string, number>();
  let targetsMet = analysis.totals.skills - analysis.skills.filter((e) => e.gap > 0).length;
  return picks.map((pick) => {
    const targetsMetBefore = targetsMet;
    const steps = pick.closes.map(({ skill }): CoverageStep => {
      const before = holders.get(skill.key) ?? analysis.bySkill.get(skill.key)?.coverage ?? 0;
      const after = before + 1;
      holders.set(skill.key, after);
      if (before < skill.target && after >= skill.target) targetsMet++;
      return { skill, before, after, target: skill.target, status: statusOf(after, skill.target) };
    });
    return { steps, targetsMetBefore, targetsMetAfter: targetsMet };
  });
}

export type Obstacle = keyof HeldBack;

/** The obstacles in `OpenGapReason` order, mildest first: the first one listed is the gap's reason. */
export const OBSTACLES_MILDEST_FIRST: readonly Obstacle[] = [
  'available',
  'overCap',
  'overCeiling',
  'statusNotEligible',
  'excluded',
];

/** Those who qualify for an open gap outside the cohort, by obstacle (mildest first, none with 0 listed). */
export function heldBackCounts(heldBack: HeldBack): {
  qualify: number;
  counts: { obstacle: Obstacle; count: number }[];
} {
  const counts = OBSTACLES_MILDEST_FIRST.map((obstacle) => ({ obstacle, count: heldBack[obstacle] })).filter(
    (c) => c.count > 0,
  );
  return { qualify: counts.reduce((sum, c) => sum + c.count, 0), counts };
}
