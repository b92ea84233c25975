import { describe, expect, test } from 'vitest';
import { roundScore, scorePoints, workloadFactor } from './score';

describe('candidate score formula', () => {
  test('points are weight × level / 5 × workload factor', () => {
    // weight 1.5, level 3, workload 40 % → factor 0.8: 1.5 × 3/5 × 0.8 = 0.72
    expect(scorePoints(1.5, 3, workloadFactor(40))).toBeCloseTo(0.72, 12);
    // weight 3, level 5, no workload → 3
    expect(scorePoints(3, 5, workloadFactor(null))).toBe(3);
  });

  test('workload lowers points to half at most, and beyond 100 % no further', () => {
    expect(workloadFactor(100)).toBe(0.5);
    expect(workloadFactor(150)).toBe(0.5);
    expect(workloadFactor(-10)).toBe(1);
  });

  test('rounding makes sums equal on paper equal in floating point', () => {
    // 2 × 4/5 × 0.75 and 2 × 3/5 × 1 are both 1.2 on paper
    expect(roundScore(scorePoints(2, 4, 0.75))).toBe(roundScore(scorePoints(2, 3, 1)));
    expect(roundScore(0)).toBe(0);
  });
});
