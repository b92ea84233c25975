// Leavers (docs/contract.md#leavers): an ambassador marked as leaving, by the analysis option or by the
// workspace plan, counts neither towards coverage nor as a candidate.
import { describe, expect, test } from 'vitest';
import { analyse, candidatesOf, explainScore, rankedCandidates, scoreOf } from './analysis';
import { emptyPlan, type Workspace } from './types';
import {
  anna,
  boris,
  club,
  entryOf,
  kubernetes,
  names,
  python,
  sql,
  vera,
} from '../../tests/helpers/workspaces';

describe('an ambassador marked as leaving', () => {
  const a = analyse(club, { locale: 'en', leaving: new Set([anna.key]) });

  test('no longer counts towards coverage', () => {
    // Python: only Boris (3) remains → coverage 1 < 2 → gap 1. SQL: nobody remains → gap 1.
    expect([entryOf(a, python).coverage, entryOf(a, python).gap, entryOf(a, python).status]).toEqual([
      1,
      1,
      'gap',
    ]);
    expect([entryOf(a, sql).coverage, entryOf(a, sql).gap]).toEqual([0, 1]);
    expect(a.totals.openGap).toBe(1 + 1 + 1 + 0 + 2); // Python, SQL, Kubernetes, UX, Mentoring
  });

  test('is never a candidate, even for the gaps their leaving opens', () => {
    // Anna holds Python (5) and SQL (4), both gaps now; a leaver is no candidate, so no score and no explanation.
    expect(scoreOf(a, anna.key)).toBe(0);
    expect(explainScore(a, anna.key)).toBeNull();
    // Python candidates: Vera alone — Python 3 × 4/5 × 0.8 = 1.92 + Kubernetes 0.64 + Mentoring 0.72 = 3.28.
    expect(names(rankedCandidates(a, entryOf(a, python)))).toEqual(['Vera']);
    expect(entryOf(a, python).candidateCount).toBe(1);
    expect(scoreOf(a, vera.key)).toBeCloseTo(3.28, 10);
    // SQL: Gleb (alumni, 3) remains its only candidate.
    expect(names(candidatesOf(a, entryOf(a, sql)))).toEqual(['Gleb']);
  });

  test('counts neither as an ambassador nor as a candidate in the per-member flags', () => {
    const i = a.memberIndex.get(anna.key)!;
    expect([a.ambassador[i], a.leaver[i], a.candidate[i]]).toEqual([0, 1, 0]);
    const b = a.memberIndex.get(boris.key)!;
    expect([a.ambassador[b], a.leaver[b], a.candidate[b]]).toEqual([1, 0, 0]);
    const v = a.memberIndex.get(vera.key)!;
    expect([a.ambassador[v], a.leaver[v], a.candidate[v]]).toEqual([0, 0, 1]);
  });
});

describe('leavers from the workspace plan', () => {
  const planned: Workspace = {
    ...club,
    plan: { ...emptyPlan(), leaving: [anna.key], pinned: [], excluded: [] },
  };

  test('the plan marks leavers as the leaving option does', () => {
    const fromPlan = analyse(planned, { locale: 'en' });
    const fromOption = analyse(club, { locale: 'en', leaving: new Set([anna.key]) });
    expect(fromPlan.skills.map((e) => [e.coverage, e.gap, e.status, e.candidateCount])).toEqual(
      fromOption.skills.map((e) => [e.coverage, e.gap, e.status, e.candidateCount]),
    );
    expect([...fromPlan.score]).toEqual([...fromOption.score]);
    expect(names(entryOf(fromPlan, python).holders)).toEqual(['Boris']);
    expect(explainScore(fromPlan, anna.key)).toBeNull();
  });

  test('the leaving option adds to the plan', () => {
    // Anna from the plan, Boris from the option: Python has no holder left → coverage 0, gap 2.
    const a = analyse(planned, { locale: 'en', leaving: new Set([boris.key]) });
    expect([entryOf(a, python).coverage, entryOf(a, python).gap]).toEqual([0, 2]);
    expect(scoreOf(a, boris.key)).toBe(0);
  });

  test('a leaving mark on someone outside the club changes nothing', () => {
    // Vera is an employee: the mark neither removes her from the candidates nor makes her a holder.
    const a = analyse(
      { ...club, plan: { ...emptyPlan(), leaving: [vera.key], pinned: [], excluded: [] } },
      { locale: 'en' },
    );
    const plain = analyse(club, { locale: 'en' });
    expect([...a.score]).toEqual([...plain.score]);
    expect(names(rankedCandidates(a, entryOf(a, kubernetes)))).toEqual(['Vera']);
  });
});
