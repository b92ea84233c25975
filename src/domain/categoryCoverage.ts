// Coverage per skill category before and after (docs/contract.md "Coverage by category"): as imported, with the
// leavers gone, and after the planned cohort joins. Read from one analysis and its plan; nothing re-analysed.
import { gapOf, type Analysis } from './analysis';
import type { CohortPlan } from './cohortTypes';
import { normaliseIdentity } from './normalise';
import { leaverHolders } from './risk';

/**
 * One category in one state.
 * - `coverage`: Σ min(holders, target) over its skills — holders beyond a target add nothing.
 * - `gap`: Σ gap units, so `coverage + gap` is the category's total target.
 * - `targetsMet`: its skills with a target above 0 and no gap.
 * - `shareMet`: `targetsMet` / the skills with a target above 0 (0…1); null when no skill of it has a target,
 *   since nothing is asked of the category then. A skill with target 0 counts in neither.
 */
export interface CategoryState {
  coverage: number;
  gap: number;
  targetsMet: number;
  shareMet: number | null;
}

export interface CategoryCoverage {
  /** '' for the skills without a category (the UI shows its localised name). */
  category: string;
  skills: number;
  /** Σ target over its skills. */
  target: number;
  /** Its skills with a target above 0. */
  skillsWithTarget: number;
  /** As imported: the leavers still counted as holders. */
  now: CategoryState;
  /** The leavers gone: the analysis as it stands. */
  withoutLeavers: CategoryState;
  /** The leavers gone and the plan's picks counted as holders of the gap skills they close. */
  afterCohort: CategoryState;
}

export interface CoverageByCategory {
  /** By category name in the UI language's order; the uncategorised skills last. */
  categories: CategoryCoverage[];
  /** Every skill together. */
  total: CategoryCoverage;
}

interface Tally {
  coverage: number;
  gap: number;
  met: number;
}

function tally(): Tally {
  return { coverage: 0, gap: 0, met: 0 };
}

function add(t: Tally, coverage: number, target: number): void {
  const gap = gapOf(coverage, target);
  t.coverage += Math.min(coverage, target);
  t.gap += gap;
  if (target > 0 && gap === 0) t.met++;
}

function stateOf(t: Tally, skillsWithTarget: number): CategoryState {
  return {
    coverage: t.coverage,
    gap: t.gap,
    targetsMet: t.met,
    shareMet: skillsWithTarget === 0 ? null : t.met / skillsWithTarget,
  };
}

interface Bucket {
  skills: number;
  target: number;
  withTarget: number;
  now: Tally;
  without: Tally;
  after: Tally;
}

function bucket(): Bucket {
  return { skills: 0, target: 0, withTarget: 0, now: tally(), without: tally(), after: tally() };
}

function finish(category: string, b: Bucket): CategoryCoverage {
  return {
    category,
    skills: b.skills,
    target: b.target,
    skillsWithTarget: b.withTarget,
    now: stateOf(b.now, b.withTarget),
    withoutLeavers: stateOf(b.without, b.withTarget),
    afterCohort: stateOf(b.after, b.withTarget),
  };
}

/**
 * Coverage per category in the three states. The plan must be made on this analysis (`planCohort(analysis)`):
 * each pick closes one unit of gap on each skill of its `closes`, so the picks count as holders exactly there.
 */
export function coverageByCategory(analysis: Analysis, plan: CohortPlan, locale: string): CoverageByCategory {
  const leavers = leaverHolders(analysis);
  const joining = new Map<string, number>();
  for (const pick of plan.picks)
    for (const { skill } of pick.closes) joining.set(skill.key, (joining.get(skill.key) ?? 0) + 1);

  const buckets = new Map<string, Bucket>();
  const total = bucket();
  for (const entry of analysis.skills) {
    const { category, target, key } = entry.skill;
    let b = buckets.get(category);
    if (!b) buckets.set(category, (b = bucket()));
    for (const into of [b, total]) {
      into.skills++;
      into.target += target;
      if (target > 0) into.withTarget++;
      add(into.now, entry.coverage + leavers[entry.index].length, target);
      add(into.without, entry.coverage, target);
      add(into.after, entry.coverage + (joining.get(key) ?? 0), target);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const categories = [...buckets]
    .sort(
      ([a], [b]) =>
        Number(a === '') - Number(b === '') || collator.compare(normaliseIdentity(a), normaliseIdentity(b)),
    )
    .map(([category, b]) => finish(category, b));
  return { categories, total: finish('', total) };
}
