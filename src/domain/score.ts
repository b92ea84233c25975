// The candidate score formula (docs/contract.md "Analysis"): written once, used by the analysis that ranks
// candidates and by the explanation shown beside each score.
import { MAX_LEVEL } from './types';

/** The highest workload the importer accepts, in percent: 300 % is three full loads, anything above a typo. */
export const MAX_WORKLOAD = 300;

/** The workload an unknown workload counts as in a score: a full load, so missing data never earns a bonus. */
export const NEUTRAL_WORKLOAD = 100;

/**
 * How much workload lowers a score: 1 at 0 %, ½ at 100 %, then 50 / w: ⅓ at 150 %, ⅙ at 300 % (clamped there).
 * Up to 100 % it is the line it always was, so no score of a known load within 0–100 % moves; beyond, 50 / w
 * meets that line at 100 % with the same slope (−1/200) and keeps falling without ever reaching 0, so more
 * workload always means a lower score and nobody is hidden. Unknown counts as NEUTRAL_WORKLOAD (½).
 */
export function workloadFactor(workload: number | null): number {
  const w = Math.min(MAX_WORKLOAD, Math.max(0, workload ?? NEUTRAL_WORKLOAD));
  return w <= 100 ? 1 - w / 200 : 50 / w;
}

/**
 * The candidate tie-break on workload: lower first, and an unknown workload after every known one, so that a
 * missing value never puts someone ahead of a person whose load is known.
 */
export function compareWorkload(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
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
