// Coverage per category now, with the leavers gone and after the cohort, worked out by hand on the club of
// tests/helpers/workspaces.ts with Anna leaving.
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { coverageByCategory, type CategoryCoverage } from './categoryCoverage';
import { planCohort } from './cohort';
import type { Workspace } from './types';
import { anna, club } from '../../tests/helpers/workspaces';

// Python (target 2), SQL (1), Kubernetes (1) are Tech; Mentoring (2) Soft; UX Research (0) has no category.
const CATEGORY = new Map([
  ['Python', 'Tech'],
  ['SQL', 'Tech'],
  ['Kubernetes', 'Tech'],
  ['Mentoring', 'Soft'],
]);
const categorised: Workspace = {
  ...club,
  skills: club.skills.map((s) => ({ ...s, category: CATEGORY.get(s.name) ?? '' })),
};

const row = (c: CategoryCoverage) => [
  c.category,
  c.target,
  c.skillsWithTarget,
  ...[c.now, c.withoutLeavers, c.afterCohort].map((s) => [s.coverage, s.gap, s.targetsMet, s.shareMet]),
];

describe('coverage by category', () => {
  test('now, with Anna gone, and after the planned cohort joins', () => {
    const analysis = analyse(
      { ...categorised, plan: { ...club.plan, leaving: [anna.key] } },
      { locale: 'en' },
    );
    const plan = planCohort(analysis);
    // Anna gone: Python 2 → 1 holder (Boris), SQL 1 → 0. The plan: Vera closes Python, Kubernetes and Mentoring
    // (5.5), then Gleb SQL and Mentoring (3.5); Dina would close nothing more.
    expect(plan.picks.map((p) => [p.member.name, p.closes.map((c) => c.skill.name).sort()])).toEqual([
      ['Vera', ['Kubernetes', 'Mentoring', 'Python']],
      ['Gleb', ['Mentoring', 'SQL']],
    ]);
    const { categories, total } = coverageByCategory(analysis, plan, 'en');
    // Soft, Tech, then the uncategorised last. [coverage, gap, targets met, share met] per state.
    expect(categories.map(row)).toEqual([
      ['Soft', 2, 1, [0, 2, 0, 0], [0, 2, 0, 0], [2, 0, 1, 1]],
      // now: Python min(2, 2) + SQL 1 + Kubernetes 0 = 3; gone: 1 + 0 + 0; after: 2 + 1 + 1.
      ['Tech', 4, 3, [3, 1, 2, 2 / 3], [1, 3, 0, 0], [4, 0, 3, 1]],
      ['', 0, 0, [0, 0, 0, null], [0, 0, 0, null], [0, 0, 0, null]],
    ]);
    expect(row(total)).toEqual(['', 6, 4, [3, 3, 2, 0.5], [1, 5, 0, 0], [6, 0, 4, 1]]);
  });

  test('without leavers "now" and "with the leavers gone" agree; holders beyond a target add nothing', () => {
    const analysis = analyse(categorised, { locale: 'en' });
    const { categories } = coverageByCategory(analysis, planCohort(analysis, { size: 0 }), 'en');
    // Python has Anna and Boris (target 2), SQL Anna (target 1): Tech 3 of 4; nobody joins with a size of 0.
    const tech = categories.find((c) => c.category === 'Tech')!;
    expect([tech.now, tech.withoutLeavers, tech.afterCohort]).toEqual([
      { coverage: 3, gap: 1, targetsMet: 2, shareMet: 2 / 3 },
      { coverage: 3, gap: 1, targetsMet: 2, shareMet: 2 / 3 },
      { coverage: 3, gap: 1, targetsMet: 2, shareMet: 2 / 3 },
    ]);
  });
});
