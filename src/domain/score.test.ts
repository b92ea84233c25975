import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  compareWorkload,
  MAX_WORKLOAD,
  NEUTRAL_WORKLOAD,
  roundScore,
  scorePoints,
  workloadFactor,
} from './score';

describe('candidate score formula', () => {
  test('points are weight × level / 5 × workload factor', () => {
    // weight 1.5, level 3, workload 40 % → factor 0.8: 1.5 × 3/5 × 0.8 = 0.72
    expect(scorePoints(1.5, 3, workloadFactor(40))).toBeCloseTo(0.72, 12);
    // weight 3, level 5, workload 0 % → 3
    expect(scorePoints(3, 5, workloadFactor(0))).toBe(3);
    // weight 3, level 5, no workload → counted as 100 %, factor ½ → 1.5
    expect(scorePoints(3, 5, workloadFactor(null))).toBe(1.5);
  });

  test('the workload factor by hand: 1 − w/200 up to 100 %, then 50 / w, unknown as 100 %', () => {
    expect(workloadFactor(0)).toBe(1);
    expect(workloadFactor(50)).toBe(0.75); // 1 − 50/200
    expect(workloadFactor(100)).toBe(0.5); // 1 − 100/200 = 50/100
    expect(workloadFactor(120)).toBeCloseTo(5 / 12, 12); // 50/120 = 0.41667
    expect(workloadFactor(200)).toBe(0.25); // 50/200
    expect(workloadFactor(300)).toBeCloseTo(1 / 6, 12); // 50/300 = 0.16667
    expect(workloadFactor(null)).toBe(0.5);
    expect(NEUTRAL_WORKLOAD).toBe(100);
  });

  test('a full score at each workload, by hand: weight 2, level 5 → 2 × factor', () => {
    const score = (w: number | null) => roundScore(scorePoints(2, 5, workloadFactor(w)));
    expect([0, 50, 100, 120, 300, null].map(score)).toEqual([2, 1.5, 1, 0.833333333, 0.333333333, 1]);
  });

  test('outside 0–300 the factor is clamped: below 0 as 0 %, above 300 as 300 %', () => {
    expect(workloadFactor(-10)).toBe(1);
    expect(workloadFactor(MAX_WORKLOAD + 100)).toBe(workloadFactor(MAX_WORKLOAD));
  });

  test('more workload never raises the factor, and no workload brings it to 0', () => {
    const workload = fc.double({ min: 0, max: MAX_WORKLOAD, noNaN: true });
    fc.assert(
      fc.property(workload, workload, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(workloadFactor(high)).toBeLessThanOrEqual(workloadFactor(low));
        expect(workloadFactor(high)).toBeGreaterThan(0);
      }),
    );
  });

  test('where the two pieces meet, at 100 %, the factor is continuous and keeps its slope', () => {
    const slope = (w: number) => (workloadFactor(w + 1e-6) - workloadFactor(w - 1e-6)) / 2e-6;
    expect(workloadFactor(100 - 1e-9)).toBeCloseTo(workloadFactor(100 + 1e-9), 9);
    expect(slope(100 - 1e-4)).toBeCloseTo(-1 / 200, 5);
    expect(slope(100 + 1e-4)).toBeCloseTo(-1 / 200, 5);
  });

  test('the workload tie-break: lower first, unknown after every known workload', () => {
    expect(compareWorkload(0, 40)).toBeLessThan(0);
    expect(compareWorkload(120, 40)).toBeGreaterThan(0);
    expect(compareWorkload(300, null)).toBeLessThan(0);
    expect(compareWorkload(null, 0)).toBeGreaterThan(0);
    expect(compareWorkload(null, null)).toBe(0);
    expect(compareWorkload(55, 55)).toBe(0);
  });

  test('rounding makes sums equal on paper equal in floating point', () => {
    // 2 × 4/5 × 0.75 and 2 × 3/5 × 1 are both 1.2 on paper
    expect(roundScore(scorePoints(2, 4, 0.75))).toBe(roundScore(scorePoints(2, 3, 1)));
    expect(roundScore(0)).toBe(0);
  });
});
