// Seeded randomness for the sample: one generator, so every run draws the same numbers in the same order.
import { mulberry32 } from '../prng.mjs';

const SEED = 0x5eed2024;

let next = mulberry32(SEED);
/** Starts the sequence again from the seed: each generation draws the same numbers. */
export function restartRandom() {
  next = mulberry32(SEED);
}

export const rand = () => next();
export const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
export const chance = (p: number) => rand() < p;
export const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

function weightedIndex(weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

export const weightedPick = <T>(items: readonly T[], weightOf: (item: T) => number): T =>
  items[weightedIndex(items.map(weightOf))];

/** Picks a value from a { value: weight } table (keys are integers). */
export function fromTable(table: Record<number, number>): number {
  const keys = Object.keys(table);
  return Number(keys[weightedIndex(keys.map((k) => table[Number(k)]))]);
}

export function shuffle<T>(items: readonly T[]): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
