// The best-cohort integer program on the hand-made club (tests/helpers/workspaces.ts): open gaps Kubernetes 1
// (weight 1, Vera qualifies) and Mentoring 2 (weight 1.5, Vera, Gleb and Dina qualify). Solved in
// src/workers/solverHandler.test.ts; here the problem in numbers, the LP text written from it, the start and the
// reading back.
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { cohortOptions, planCohort } from './cohort';
import { cohortLp } from './cohortLp';
import { cohortProblem, readSolution, startOf, weightedGapClosedBy } from './cohortOptimum';
import { club, dina, gleb, vera } from '../../tests/helpers/workspaces';
import { emptyPlan } from './types';

const analysis = analyse(club, { locale: 'en' });
const index = (key: string) => analysis.memberIndex.get(key)!;

describe('cohortProblem and cohortLp', () => {
  test('one binary per useful candidate, one bounded column per gap skill, rows named by position', () => {
    const problem = cohortProblem(analysis, cohortOptions(analysis, { size: 2 }));
    const model = cohortLp(problem);
    expect(problem.trivial).toBe(false);
    expect(Array.from(problem.candidates, (m) => analysis.workspace.members[m].name)).toEqual([
      'Vera',
      'Gleb',
      'Dina',
    ]);
    expect(model.columns).toEqual(['x0', 'x1', 'x2', 'c0', 'c1']);
    expect(model.lp).toBe(
      [
        'Maximize',
        ' obj: 1 c0 + 1.5 c1',
        'Subject To',
        ' g0: c0 - x0 <= 0',
        ' g1: c1 - x0 - x1 - x2 <= 0',
        ' size: + x0 + x1 + x2 <= 2',
        'Bounds',
        ' 0 <= c0 <= 1',
        ' 0 <= c1 <= 2',
        ' 0 <= x0 <= 1',
        ' 0 <= x1 <= 1',
        ' 0 <= x2 <= 1',
        'Generals',
        ' x0 x1 x2',
        'End',
        '',
      ].join('\n'),
    );
    expect(model.relaxedLp).toBe(model.lp.replace('Generals\n x0 x1 x2\n', ''));
  });

  test('no user text enters the model', () => {
    const model = cohortLp(
      cohortProblem(analysis, cohortOptions(analysis, { size: 2, maxPerDepartment: 0 })),
    );
    for (const name of ['Vera', 'Mentoring', 'Kubernetes', vera.key]) expect(model.lp).not.toContain(name);
  });

  test('a pin is a constant: it fills its gaps, the size and its group', () => {
    const pinned = {
      ...club,
      plan: { ...emptyPlan(), leaving: [], pinned: [gleb.key], excluded: [dina.key] },
    };
    const withPin = analyse(pinned, { locale: 'en' });
    const problem = cohortProblem(withPin, cohortOptions(withPin, { size: 2 }));
    const model = cohortLp(problem);
    expect(problem.pins).toEqual([withPin.memberIndex.get(gleb.key)]);
    expect(Array.from(problem.candidates, (m) => withPin.workspace.members[m].name)).toEqual(['Vera']);
    expect(model.lp).toContain(' g1: c1 - x0 <= 1');
    expect(model.lp).toContain(' size: + x0 <= 1');
  });

  test('nothing to choose is trivial: no place left, or nobody closes anything', () => {
    expect(cohortProblem(analysis, cohortOptions(analysis, { size: 0 })).trivial).toBe(true);
    const nobody = cohortProblem(analysis, cohortOptions(analysis, { size: 3, eligibleStatuses: [] }));
    expect(nobody).toMatchObject({ trivial: true });
    expect(nobody.candidates).toHaveLength(0);
    expect(cohortLp(nobody)).toEqual({ lp: '', relaxedLp: '', columns: [] });
  });
});

describe('reading a cohort', () => {
  test('what a cohort closes: weight × min(gap, qualifying) per open gap', () => {
    expect(weightedGapClosedBy(analysis, [index(vera.key)])).toBe(2.5);
    expect(weightedGapClosedBy(analysis, [index(vera.key), index(gleb.key), index(dina.key)])).toBe(4);
    expect(weightedGapClosedBy(analysis, [])).toBe(0);
  });

  test('the greedy plan as a start, and a solution read back as member keys and its own total', () => {
    const plan = planCohort(analysis, { size: 2 });
    const model = cohortProblem(analysis, plan.options);
    const start = startOf(
      analysis,
      model,
      plan.picks.map((p) => p.member.key),
    );
    expect(plan.picks.map((p) => p.member.name)).toEqual(['Vera', 'Gleb']);
    expect(start).toEqual([1, 1, 0, 1, 2]);
    // A solver's values are floats near 0 or 1; the total comes from the data, not the solver's objective.
    expect(readSolution(analysis, model, [0.9999999, 1e-9, 1, 1, 2])).toEqual({
      memberKeys: [vera.key, dina.key],
      weightedGapClosed: 4,
    });
  });
});
