// Invariants of planCohort over random small clubs and options (fast-check), and agreement with a plain
// rescanning greedy that follows docs/contract.md "Cohort planner" word for word.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyse, candidateComparator, type Analysis } from './analysis';
import { planCohort } from './cohort';
import type { CohortOptions, CohortPlan } from './cohortTypes';
import { normaliseIdentity } from './normalise';
import { roundScore } from './score';
import { emptyPlan, newMember, workspaceOf, type Workspace } from './types';
import {
  STATUSES,
  linksOf,
  randomCohortOptions,
  randomLinkDraws,
  randomSkills,
} from '../../tests/helpers/randomClubs';

const caseArb = fc
  .record({
    members: fc.array(
      fc.record({
        name: fc.constantFrom('Ann', 'ann', 'Bob', 'Яна', 'Ёлкин', 'Елкин'),
        status: fc.constantFrom(...STATUSES),
        workload: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        department: fc.constantFrom('', 'Eng', 'eng ', 'Ops'),
        location: fc.constantFrom('', 'Msk', 'Spb'),
      }),
      { maxLength: 9 },
    ),
    skills: randomSkills({ maxTarget: 3, weights: [0.5, 1, 1.5, 2, 3], maxSkills: 5 }),
    links: randomLinkDraws(30),
    marks: fc.array(fc.constantFrom('none', 'leaving', 'pinned', 'excluded'), { minLength: 9, maxLength: 9 }),
    options: randomCohortOptions(),
  })
  .map(({ members, skills, links, marks, options }) => {
    const ms = members.map((m, i) => newMember({ key: `m${i}`, ...m }));
    const keysMarked = (mark: string) => ms.filter((_, i) => marks[i] === mark).map((m) => m.key);
    const workspace: Workspace = {
      ...workspaceOf(ms, skills, linksOf(ms, skills, links)),
      plan: {
        ...emptyPlan(),
        leaving: keysMarked('leaving'),
        pinned: keysMarked('pinned').reverse(),
        excluded: keysMarked('excluded'),
      },
    };
    return { workspace, options };
  });

/** The rules read literally: every turn, rescan everyone eligible and take the best by gain, then rank. */
function referencePlan(analysis: Analysis, o: CohortOptions): string[] {
  const { members } = analysis.workspace;
  const remaining = new Map(analysis.skills.map((e) => [e.skill.key, e.gap]));
  const qualifies = (i: number) =>
    analysis.skills.filter((e) => {
      for (let k = 0; k < analysis.workspace.links.level.length; k++)
        if (analysis.workspace.links.member[k] === i && analysis.workspace.links.skill[k] === e.index)
          return analysis.workspace.links.level[k] >= e.skill.requiredLevel;
      return false;
    });
  const gain = (i: number) =>
    roundScore(qualifies(i).reduce((s, e) => s + (remaining.get(e.skill.key)! > 0 ? e.skill.weight : 0), 0));
  const cohort: number[] = [];
  const join = (i: number) => {
    for (const e of qualifies(i)) remaining.set(e.skill.key, Math.max(0, remaining.get(e.skill.key)! - 1));
    cohort.push(i);
  };
  const index = (key: string) => members.findIndex((m) => m.key === key);
  for (const key of o.pinned) {
    const i = index(key);
    if (
      i >= 0 &&
      analysis.candidate[i] &&
      !o.excluded.includes(key) &&
      !cohort.includes(i) &&
      cohort.length < o.size
    )
      join(i);
  }
  const count = (i: number, field: 'department' | 'location') =>
    cohort.filter((j) => normaliseIdentity(members[j][field]) === normaliseIdentity(members[i][field]))
      .length;
  const underCap = (i: number, field: 'department' | 'location', max: number | null) =>
    max === null || normaliseIdentity(members[i][field]) === '' || count(i, field) < max;
  const compare = candidateComparator(analysis);
  while (cohort.length < o.size) {
    const eligible = members
      .map((m, i) => ({ m, i, g: gain(i) }))
      .filter(
        ({ m, i, g }) =>
          g > 0 &&
          analysis.candidate[i] &&
          !cohort.includes(i) &&
          !o.excluded.includes(m.key) &&
          o.eligibleStatuses.includes(m.status) &&
          (o.workloadCeiling === null || m.workload === null || m.workload <= o.workloadCeiling) &&
          underCap(i, 'department', o.maxPerDepartment) &&
          underCap(i, 'location', o.maxPerLocation),
      )
      .sort((a, b) => b.g - a.g || compare(a.m, b.m));
    if (eligible.length === 0) break;
    join(eligible[0].i);
  }
  return cohort.map((i) => members[i].key);
}

function check(property: (analysis: Analysis, plan: CohortPlan) => void) {
  fc.assert(
    fc.property(caseArb, ({ workspace, options }) => {
      const analysis = analyse(workspace, { locale: 'ru' });
      property(analysis, planCohort(analysis, options));
    }),
    { numRuns: 300 },
  );
}

describe('planCohort properties', () => {
  test('picks the same people in the same order as the rescanning greedy', () => {
    check((analysis, plan) =>
      expect(plan.picks.map((p) => p.member.key)).toEqual(referencePlan(analysis, plan.options)),
    );
  });

  test('every pick but a pin closes something; nobody excluded, no ambassador, no leaver', () => {
    check((analysis, plan) => {
      for (const p of plan.picks) {
        if (!p.pinned) expect(p.weightedGap).toBeGreaterThan(0);
        expect(plan.options.excluded).not.toContain(p.member.key);
        expect(analysis.candidate[analysis.memberIndex.get(p.member.key)!]).toBe(1);
      }
      expect(plan.picks.length).toBeLessThanOrEqual(plan.options.size);
    });
  });

  test('pins are in, first and in pin order, unless reported as ignored', () => {
    check((_analysis, plan) => {
      const ignored = new Set(plan.ignoredPins.map((p) => p.key));
      const kept = [...new Set(plan.options.pinned)].filter((key) => !ignored.has(key));
      expect(plan.picks.filter((p) => p.pinned).map((p) => p.member.key)).toEqual(kept);
      expect(plan.picks.slice(0, kept.length).every((p) => p.pinned)).toBe(true);
    });
  });

  test('a cap is never broken by the planner (only pins may fill a group past it)', () => {
    check((_analysis, plan) => {
      for (const [field, max] of [
        ['department', plan.options.maxPerDepartment],
        ['location', plan.options.maxPerLocation],
      ] as const) {
        if (max === null) continue;
        const seen = new Map<string, number>();
        for (const p of plan.picks) {
          const group = normaliseIdentity(p.member[field]);
          if (group === '') continue;
          if (!p.pinned) expect(seen.get(group) ?? 0).toBeLessThan(max);
          seen.set(group, (seen.get(group) ?? 0) + 1);
        }
      }
    });
  });

  test('the open gaps are those left when the picks join as ambassadors', () => {
    check((analysis, plan) => {
      const joined = new Set(plan.picks.map((p) => p.member.key));
      const { workspace } = analysis;
      const after = analyse(
        {
          ...workspace,
          members: workspace.members.map((m) => (joined.has(m.key) ? { ...m, status: 'ambassador' } : m)),
          // A leaving mark on a non-ambassador meant nothing; it must not make a newcomer a leaver.
          plan: { ...workspace.plan, leaving: workspace.plan.leaving.filter((key) => !joined.has(key)) },
        },
        { locale: 'ru' },
      );
      const left = after.skills.filter((e) => e.gap > 0).map((e) => [e.skill.key, e.gap]);
      expect(plan.openGaps.map((g) => [g.entry.skill.key, g.gap]).sort()).toEqual(left.sort());
      expect(plan.totals.weightedGapLeft).toBe(
        roundScore(plan.totals.weightedGapBefore - plan.totals.weightedGapClosed),
      );
    });
  });

  test('a gap is left to a full cohort only when the cohort is full', () => {
    check((_analysis, plan) => {
      for (const g of plan.openGaps) {
        if (g.reason === 'cohort_full') expect(plan.picks.length).toBe(plan.options.size);
        if (g.reason === 'no_one_qualifies')
          expect(Object.values(g.heldBack).every((n) => n === 0)).toBe(true);
      }
    });
  });
});
