// analyse on the hand-made club (tests/helpers/workspaces.ts): coverage, gap and status of each skill, who
// holds it and who is a candidate, the candidate score and its explanation.
import { describe, expect, test } from 'vitest';
import { analyse, candidatesOf, explainScore, rankedCandidates, scoreOf } from './analysis';
import { roundScore, workloadFactor } from './score';
import {
  anna,
  boris,
  club,
  dina,
  entryOf,
  gleb,
  kubernetes,
  mentoring,
  names,
  python,
  sql,
  ux,
  vera,
  withLevels,
} from '../../tests/helpers/workspaces';

describe('coverage, gap and status', () => {
  const a = analyse(club, { locale: 'en' });

  test('gap is zero when coverage meets the target', () => {
    // Python: ambassadors Anna (5) and Boris (3) reach level 3 → coverage 2 = target 2 → gap 0, covered.
    const e = entryOf(a, python);
    expect([e.coverage, e.gap, e.status]).toEqual([2, 0, 'covered']);
  });

  test('one holder meeting a target of one is a single holder', () => {
    // SQL: Anna (4) is the only ambassador at ≥ 3 → coverage 1 ≥ target 1 → single_holder, gap 0.
    const e = entryOf(a, sql);
    expect([e.coverage, e.gap, e.status]).toEqual([1, 0, 'single_holder']);
  });

  test('a level below the required level does not count as holding the skill', () => {
    // Kubernetes needs 4: Anna has 3 → coverage 0, gap 1 − 0 = 1.
    const e = entryOf(a, kubernetes);
    expect([e.coverage, e.gap, e.status]).toEqual([0, 1, 'gap']);
    expect(e.holders).toEqual([]);
    // Mentoring needs 3: Boris has 2 → coverage 0, gap 2 − 0 = 2.
    const m = entryOf(a, mentoring);
    expect([m.coverage, m.gap, m.status]).toEqual([0, 2, 'gap']);
  });

  test('a skill with target 0 is covered even when nobody holds it', () => {
    // UX Research: no ambassador, target 0 → gap max(0, 0 − 0) = 0 → covered.
    const e = entryOf(a, ux);
    expect([e.coverage, e.gap, e.status]).toEqual([0, 0, 'covered']);
  });

  test('totals count skills by status and add up the open gap', () => {
    // gap: Kubernetes, Mentoring; single holder: SQL; covered: Python, UX Research; open gap 1 + 2 = 3.
    expect(a.totals).toEqual({
      skills: 5,
      gapSkills: 2,
      singleHolderSkills: 1,
      coveredSkills: 2,
      openGap: 3,
    });
  });

  test('holders are ambassadors by level, highest first', () => {
    expect(withLevels(entryOf(a, python).holders)).toEqual(['Anna 5', 'Boris 3']);
  });

  test('alumni and employees are candidates, ambassadors never', () => {
    // Python candidates: Vera (employee, 4); Anna and Boris are ambassadors → holders, not candidates.
    expect(withLevels(rankedCandidates(a, entryOf(a, python)))).toEqual(['Vera 4']);
    // SQL: Gleb (alumni, 3).
    expect(withLevels(rankedCandidates(a, entryOf(a, sql)))).toEqual(['Gleb 3']);
    // Ambassadors get no candidate score at all.
    expect(explainScore(a, anna.key) !== null).toBe(false);
    expect(explainScore(a, boris.key) !== null).toBe(false);
  });

  test('a non-ambassador below the required level is no candidate', () => {
    // Kubernetes needs 4: Vera (4) qualifies; Anna (3) is an ambassador anyway; nobody else has it.
    expect(names(candidatesOf(a, entryOf(a, kubernetes)))).toEqual(['Vera']);
  });
});

describe('candidate score', () => {
  const a = analyse(club, { locale: 'en' });

  test('workload factor is 1 at 0 %, ½ at 100 %, and null counts as 100 % (neutral, no bonus)', () => {
    expect(workloadFactor(0)).toBe(1);
    expect(workloadFactor(100)).toBe(0.5);
    expect(workloadFactor(40)).toBeCloseTo(0.8, 12); // 1 − 40/200
    // Until issue 13 an unknown workload counted as 0 % (factor 1) and ranked people with no data first.
    expect(workloadFactor(null)).toBe(0.5);
  });

  test('score sums weight × level / 5 × workload factor over open-gap skills only', () => {
    // Open gaps: Kubernetes (w 1), Mentoring (w 1.5). Python and SQL are not gaps, UX Research has gap 0.
    // Vera, workload 40 → factor 0.8: Kubernetes 1 × 4/5 × 0.8 = 0.64, Mentoring 1.5 × 3/5 × 0.8 = 0.72,
    //   Python (4) is no gap → nothing. Total 1.36.
    expect(scoreOf(a, vera.key)).toBeCloseTo(1.36, 10);
    const veraParts = explainScore(a, vera.key)!.contributions.map((c) => [
      c.skillKey,
      Number(c.points.toFixed(4)),
    ]);
    expect(veraParts).toEqual([
      [kubernetes.key, 0.64],
      [mentoring.key, 0.72],
    ]);
    // Gleb, workload null → counted as 100 %, factor 0.5: Mentoring 1.5 × 5/5 × 0.5 = 0.75; SQL is no gap.
    expect(scoreOf(a, gleb.key)).toBeCloseTo(0.75, 10);
    // Dina, workload 100 → factor 0.5: Mentoring 1.5 × 3/5 × 0.5 = 0.45; UX Research (gap 0) adds nothing.
    expect(scoreOf(a, dina.key)).toBeCloseTo(0.45, 10);
  });

  test('candidates are ranked by score, highest first', () => {
    // Mentoring: Vera 1.36 > Gleb 0.75 (unknown workload, neutral) > Dina 0.45.
    expect(names(rankedCandidates(a, entryOf(a, mentoring)))).toEqual(['Vera', 'Gleb', 'Dina']);
  });
});

describe('the score explained', () => {
  test('its contributions add up to the score the ranking uses', () => {
    const a = analyse(club, { locale: 'en' });
    for (const m of club.members) {
      const explained = explainScore(a, m.key);
      if (!explained) continue;
      const sum = explained.contributions.reduce((total, c) => total + c.points, 0);
      expect(roundScore(sum)).toBe(explained.score);
      expect(explained.score).toBe(scoreOf(a, m.key));
    }
  });
});
