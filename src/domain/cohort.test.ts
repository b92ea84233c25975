// Hand-computed cohorts: each expectation can be checked with pencil and paper from the club below.
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { planCohort } from './cohort';
import type { CohortOptions, CohortPlan } from './cohortTypes';
import { emptyPlan, newMember, workspaceOf, type Workspace } from './types';
import { link, member, skill } from '../../tests/helpers/workspaces';

// skills (target, required level, weight):
//   A  3, 3, 3     Amb holds it (level 4): coverage 1, gap 2
//   B  1, 3, 2     gap 1
//   C  1, 3, 1     gap 1
//   D  1, 4, 1     gap 1; Kim's level 3 is below 4, so nobody qualifies
// weighted gap before: 2×3 + 2 + 1 + 1 = 10
// candidates (status, workload, department) — open-gap skills they qualify for → weighted gap at the first turn:
//   Kim  employee  0 Eng  A 3, B 3, D 3  → 3 + 2 = 5   score 3×3/5 + 2×3/5     = 3
//   Lea  employee  0 Eng  A 5            → 3           score 3×5/5             = 3
//   Max  employee 50 Ops  A 5, C 5       → 3 + 1 = 4   score (3 + 1) × 0.75    = 3
//   Ned  alumni    0 Ops  B 5            → 2           score 2
//   Oda  employee 80 Ops  C 3            → 1           score 1×3/5 × 0.6       = 0.36
const A = skill('A', { target: 3, requiredLevel: 3, weight: 3 });
const B = skill('B', { target: 1, requiredLevel: 3, weight: 2 });
const C = skill('C', { target: 1, requiredLevel: 3, weight: 1 });
const D = skill('D', { target: 1, requiredLevel: 4, weight: 1 });
const withDept = (name: string, status: 'employee' | 'alumni', workload: number, department: string) =>
  newMember({ ...member(name, status, workload), department, memberId: name === 'Kim' ? 'K1' : '' });
const amb = member('Amb', 'ambassador', 0);
const kim = withDept('Kim', 'employee', 0, 'Eng');
const lea = withDept('Lea', 'employee', 0, 'Eng');
const max = withDept('Max', 'employee', 50, 'Ops');
const ned = withDept('Ned', 'alumni', 0, 'Ops');
const oda = withDept('Oda', 'employee', 80, 'Ops');
const club: Workspace = workspaceOf(
  [amb, kim, lea, max, ned, oda],
  [A, B, C, D],
  [
    link(amb, A, 4),
    link(kim, A, 3),
    link(kim, B, 3),
    link(kim, D, 3),
    link(lea, A, 5),
    link(max, A, 5),
    link(max, C, 5),
    link(ned, B, 5),
    link(oda, C, 3),
  ],
);

function plan(options: Partial<CohortOptions> = {}, workspace: Workspace = club): CohortPlan {
  return planCohort(analyse(workspace, { locale: 'en' }), options);
}
const picked = (p: CohortPlan) =>
  p.picks.map((x) => `${x.member.name}: ${x.closes.map((c) => c.skill.name)}`);
const open = (p: CohortPlan) => p.openGaps.map((g) => `${g.entry.skill.name} ${g.gap} ${g.reason}`);

describe('planCohort on the hand-made club', () => {
  test('each turn takes the largest weighted gap, and stops when no pick closes anything', () => {
    // Turn 1: Kim 5 > Max 4 > Lea 3 > Ned 2 > Oda 1. Left: A 1, C 1, D 1.
    // Turn 2: Max A + C = 4 > Lea A = 3 > Oda C = 1 (Ned's B is closed). Left: D 1, which nobody can close.
    const p = plan();
    expect(picked(p)).toEqual(['Kim: A,B', 'Max: A,C']);
    expect(p.picks.map((x) => [x.weightedGap, x.score, x.workload, x.pinned])).toEqual([
      [5, 3, 0, false],
      [4, 3, 50, false],
    ]);
    expect(p.picks[0].closes).toEqual([
      { skill: A, weight: 3 },
      { skill: B, weight: 2 },
    ]);
    expect(open(p)).toEqual(['D 1 no_one_qualifies']);
    expect(p.totals).toEqual({ weightedGapBefore: 10, weightedGapClosed: 9, weightedGapLeft: 1 });
    expect(p.options).toMatchObject({ size: 10, maxPerDepartment: null, workloadCeiling: null });
  });

  test('the cohort size stops the plan; what is left open names the full cohort', () => {
    const p = plan({ size: 1 });
    expect(picked(p)).toEqual(['Kim: A,B']);
    // A: Lea and Max still qualify; C: Max and Oda; D: nobody.
    expect(open(p)).toEqual(['A 1 cohort_full', 'C 1 cohort_full', 'D 1 no_one_qualifies']);
    expect(p.openGaps[0].heldBack).toEqual({
      excluded: 0,
      statusNotEligible: 0,
      overCeiling: 0,
      overCap: 0,
      available: 2,
    });
    expect(p.totals).toEqual({ weightedGapBefore: 10, weightedGapClosed: 5, weightedGapLeft: 5 });
  });

  test('an excluded person is never picked', () => {
    // Without Kim: Max 4 (A, C); then Lea A 3 > Ned B 2; then Ned B 2.
    expect(picked(plan({ excluded: [kim.key] }))).toEqual(['Max: A,C', 'Lea: A', 'Ned: B']);
  });

  test('the exclusions of the workspace plan are the default', () => {
    const ws = { ...club, plan: { ...emptyPlan(), leaving: [], pinned: [], excluded: [kim.key] } };
    expect(picked(plan({}, ws))).toEqual(['Max: A,C', 'Lea: A', 'Ned: B']);
  });

  test('a department cap keeps a second Eng member out; the gap names the cap', () => {
    // Max excluded. Turn 1: Kim (Eng). Turn 2: Lea (Eng, A 3) is over the cap; Oda (Ops) C 1. Then nothing.
    const p = plan({ maxPerDepartment: 1, excluded: [max.key] });
    expect(picked(p)).toEqual(['Kim: A,B', 'Oda: C']);
    // A: Lea over the cap, Max excluded → the milder obstacle, the cap.
    expect(open(p)).toEqual(['A 1 over_cap', 'D 1 no_one_qualifies']);
    expect(p.openGaps[0].heldBack).toMatchObject({ excluded: 1, overCap: 1 });
  });

  test('a workload ceiling keeps out those above it; an unknown workload is under it', () => {
    // Ceiling 40: Max (50) and Oda (80) are out. Kim, then Lea (A 3). C: both who qualify are over the ceiling.
    const p = plan({ workloadCeiling: 40 });
    expect(picked(p)).toEqual(['Kim: A,B', 'Lea: A']);
    expect(open(p)).toEqual(['C 1 over_ceiling', 'D 1 no_one_qualifies']);
    const unknown = newMember({ ...oda, workload: null });
    const ws = { ...club, members: club.members.map((m) => (m === oda ? unknown : m)) };
    expect(picked(plan({ workloadCeiling: 40 }, ws))).toEqual(['Kim: A,B', 'Lea: A', 'Oda: C']);
  });

  test('only the eligible statuses are picked', () => {
    // Employees only, Kim excluded: Max, Lea. B: Kim excluded, Ned an alumnus → the milder, the status.
    const p = plan({ eligibleStatuses: ['employee'], excluded: [kim.key] });
    expect(picked(p)).toEqual(['Max: A,C', 'Lea: A']);
    expect(open(p)).toEqual(['B 1 status_not_eligible', 'D 1 no_one_qualifies']);
  });

  test('pins come first in pin order, count toward the size and close what is open at their turn', () => {
    // Oda closes C, Lea closes 1 of A's 2; then Kim A + B = 5 beats Max A = 3 (C is closed).
    const p = plan({ pinned: [oda.key, lea.key] });
    expect(picked(p)).toEqual(['Oda: C', 'Lea: A', 'Kim: A,B']);
    expect(p.picks.map((x) => x.pinned)).toEqual([true, true, false]);
    expect(picked(plan({ pinned: [oda.key, lea.key], size: 2 }))).toEqual(['Oda: C', 'Lea: A']);
  });

  test('a pin is in even when it closes nothing at its turn', () => {
    // Kim closes B before Ned's turn: Ned closes nothing and stays; then Max A + C.
    const p = plan({ pinned: [kim.key, ned.key] });
    expect(picked(p)).toEqual(['Kim: A,B', 'Ned: ', 'Max: A,C']);
    expect(p.picks[1].weightedGap).toBe(0);
  });

  test('pins that cannot be in are reported, not silently dropped', () => {
    const p = plan({
      pinned: [amb.key, 'n:Nobody', oda.key, lea.key, kim.key],
      excluded: [lea.key],
      size: 2,
    });
    expect(picked(p)).toEqual(['Oda: C', 'Kim: A,B']);
    expect(p.ignoredPins).toEqual([
      { key: amb.key, reason: 'not_a_candidate' },
      { key: 'n:Nobody', reason: 'unknown_member' },
      { key: lea.key, reason: 'excluded' },
    ]);
    expect(plan({ pinned: [oda.key, lea.key], size: 1 }).ignoredPins).toEqual([
      { key: lea.key, reason: 'beyond_size' },
    ]);
  });

  test('a leaver is no candidate and their coverage is gone', () => {
    // Amb leaving: A's gap is 3. Kim (A, B) 5; Max (A, C) 4 > Lea 3; then Lea (A) 3.
    const ws = { ...club, plan: { ...emptyPlan(), leaving: [amb.key], pinned: [], excluded: [] } };
    const p = plan({ pinned: [amb.key] }, ws);
    expect(picked(p)).toEqual(['Kim: A,B', 'Max: A,C', 'Lea: A']);
    expect(p.ignoredPins).toEqual([{ key: amb.key, reason: 'not_a_candidate' }]);
    expect(p.totals.weightedGapBefore).toBe(13);
  });

  test('nothing is picked when no gap is open', () => {
    const ws = workspaceOf([amb, kim], [skill('Z', { target: 1 })], [link(amb, skill('Z'), 5)]);
    const p = plan({}, ws);
    expect(p.picks).toEqual([]);
    expect(p.openGaps).toEqual([]);
    expect(p.totals).toEqual({ weightedGapBefore: 0, weightedGapClosed: 0, weightedGapLeft: 0 });
  });
});

describe('planCohort ties', () => {
  // Data: target 5, weight 2, required 3 — every candidate closes 2 at every turn, so the tie-breakers decide.
  // Scores: Lea 2×5/5 = 2; Ann, Bea, Oda 2×3/5 = 1.2 (workload 0); Ned 2×4/5 × 0.75 = 1.2 (workload 50).
  const data = skill('Data', { target: 5, requiredLevel: 3, weight: 2 });
  const people = [
    member('Ned', 'employee', 50),
    member('Oda', 'employee', 0),
    member('Bea', 'employee', 0),
    member('Ann', 'employee', 0),
    member('Lea', 'employee', 0),
  ];
  const levels = [4, 3, 3, 3, 5];
  const ws = workspaceOf(
    people,
    [data],
    people.map((m, i) => link(m, data, levels[i])),
  );

  test('equal gains go to the higher score, then the lower workload, then the name', () => {
    const p = plan({ size: 5 }, ws);
    expect(p.picks.map((x) => x.member.name)).toEqual(['Lea', 'Ann', 'Bea', 'Oda', 'Ned']);
    expect(p.picks.every((x) => x.weightedGap === 2)).toBe(true);
  });
});
