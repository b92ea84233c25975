// The planner at organisation scale (20,000 members, 500 skills, 200,000 links): prints its time, asserts only
// what it picked (CI machines vary too much for a time limit; the budget is ≤ 20 ms, docs/contract.md "Scale").
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { planCohort } from './cohort';
import { organisation } from '../../tests/helpers/organisation';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('planner speed', () => {
  test('20,000 members, 500 skills, 200,000 links', () => {
    const workspace = organisation(20_000, 500, 200_000);
    // Warm up on one analysis, then time a fresh one (as after a target edit): its first plan builds the gap lists.
    const warmUp = analyse(workspace, { locale: 'en' });
    for (let i = 0; i < 5; i++) planCohort(warmUp, { size: 10 + i });
    const analysis = analyse(workspace, { locale: 'en' });
    let t = performance.now();
    const first = planCohort(analysis);
    const cold = performance.now() - t;
    const warm: number[] = [];
    const capped: number[] = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      planCohort(analysis, { size: 10 + i });
      warm.push(performance.now() - t);
      t = performance.now();
      planCohort(analysis, { size: 50, maxPerDepartment: 1, maxPerLocation: 5, workloadCeiling: 60 });
      capped.push(performance.now() - t);
    }
    console.log(
      `planCohort at 20k/500/200k: ${cold.toFixed(1)} ms on a fresh analysis (gap lists built), then median ` +
        `${median(warm).toFixed(1)} ms (size 10–24), ${median(capped).toFixed(1)} ms (size 50, caps, ceiling)`,
    );
    expect(first.picks).toHaveLength(10);
    expect(first.openGaps.length).toBeGreaterThan(100);
  });
});
