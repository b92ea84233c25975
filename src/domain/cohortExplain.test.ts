// Hand-computed explanations for the club of cohort.test.ts (its comment works out the plan).
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { planCohort } from './cohort';
import { coverageByPick, heldBackCounts } from './cohortExplain';
import { workspaceOf } from './types';
import { link, member, skill } from '../../tests/helpers/workspaces';

// skills (target, required level, weight): A 3,3,3 (Amb holds it: coverage 1); B 1,3,2; C 1,3,1; D 1,4,1.
// The plan: Kim closes A and B, then Max closes A and C; nobody reaches level 4 in D.
const A = skill('A', { target: 3, requiredLevel: 3, weight: 3 });
const B = skill('B', { target: 1, requiredLevel: 3, weight: 2 });
const C = skill('C', { target: 1, requiredLevel: 3, weight: 1 });
const D = skill('D', { target: 1, requiredLevel: 4, weight: 1 });
const amb = member('Amb', 'ambassador', 0);
const kim = member('Kim', 'employee', 0);
const lea = member('Lea', 'employee', 0);
const max = member('Max', 'employee', 50);
const club = workspaceOf(
  [amb, kim, lea, max],
  [A, B, C, D],
  [
    link(amb, A, 4),
    link(kim, A, 3),
    link(kim, B, 3),
    link(kim, D, 3),
    link(lea, A, 5),
    link(max, A, 5),
    link(max, C, 5),
  ],
);
const analysis = analyse(club, { locale: 'en' });

describe('coverageByPick', () => {
  test('each pick moves the holders of what it closes by one, after the picks before it', () => {
    const plan = planCohort(analysis, { size: 10 });
    expect(plan.picks.map((p) => p.member.name)).toEqual(['Kim', 'Max']);

    const steps = coverageByPick(analysis, plan.picks).map((c) =>
      c.steps.map((s) => `${s.skill.name} ${s.before}→${s.after}/${s.target} ${s.status}`),
    );
    expect(steps).toEqual([
      ['A 1→2/3 gap', 'B 0→1/1 single_holder'],
      ['A 2→3/3 covered', 'C 0→1/1 single_holder'],
    ]);
  });

  test('skills at target: none of 4 before, B after Kim, A and C after Max', () => {
    const plan = planCohort(analysis, { size: 10 });
    const met = coverageByPick(analysis, plan.picks).map((c) => [c.targetsMetBefore, c.targetsMetAfter]);
    expect(met).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });

  test('a pick that closes nothing adds nothing', () => {
    // Lea pinned second: after Kim (A 2 of 3) she closes A; Max then closes only C.
    const plan = planCohort(analysis, { pinned: [kim.key, lea.key, max.key] });
    const coverage = coverageByPick(analysis, plan.picks);
    expect(coverage.map((c) => c.steps.map((s) => s.skill.name))).toEqual([['A', 'B'], ['A'], ['C']]);
    expect(coverage.map((c) => c.targetsMetAfter)).toEqual([1, 2, 3]);
  });
});

describe('heldBackCounts', () => {
  test('those who qualify, by obstacle, mildest first, without zeros', () => {
    // Size 1: Kim alone; A is still open by 1. Lea (excluded) and Max (50 % over a 40 % ceiling) qualify for it.
    const plan = planCohort(analysis, { size: 1, excluded: [lea.key], workloadCeiling: 40 });
    const a = plan.openGaps.find((g) => g.entry.skill.name === 'A')!;
    expect(heldBackCounts(a.heldBack)).toEqual({
      qualify: 2,
      counts: [
        { obstacle: 'overCeiling', count: 1 },
        { obstacle: 'excluded', count: 1 },
      ],
    });
    const d = plan.openGaps.find((g) => g.entry.skill.name === 'D')!;
    expect(heldBackCounts(d.heldBack)).toEqual({ qualify: 0, counts: [] });
  });
});
