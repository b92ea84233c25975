// The candidate score formula (docs/contract.md "Analysis"): written once, used by the analysis that ranks
// candidates and by the explanation shown beside each score.
import { MAX_LEVEL } from './types';

/** The highest workload the importer accepts, in percent: 300 % is three full loads, anything above a typo. */
export const MAX_WORKLOAD = 300;

/** How much workload lowers a score: 1 at 0 %, ½ at 100 %, never 0 so nobody is hidden. */
export function workloadFactor(workload: number | null): number {
  const w = Math.min(100, Math.max(0, workload ?? 0));
  return 1 - w / 200;
}

/** What one open-gap skill a candidate qualifies for adds to their score: weight × level / 5 × workload factor. */
export function scorePoints(weight: number, level: number, factor: number): number {
  return ((weight * level) / MAX_LEVEL) * factor;
}

/**
 * A sum of points as the ranking compares it. Scores equal on paper can differ in the last bit
 * (2 × 4/5 × 0.75 = 1.2000000000000002 vs 2 × 3/5 = 1.2); rounding lets such ties fall to workload and name.
 */
export function roundScore(sum: number): number {
  return sum === 0 ? 0 : Math.round(sum * 1e9) / 1e9;
}
