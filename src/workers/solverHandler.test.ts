// @vitest-environment node
// The solver worker's answers with HiGHS itself (its Node loader finds the wasm beside it): hand-made cohorts, a
// failed load, and on small random clubs the exact optimum equals a brute force over every cohort and is never
// below the greedy plan.
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { analyse, type Analysis } from '../domain/analysis';
import { planCohort } from '../domain/cohort';
import { cohortProblem, readSolution, startOf, weightedGapClosedBy } from '../domain/cohortOptimum';
import type { CohortOptions } from '../domain/cohortTypes';
import { normaliseIdentity } from '../domain/normalise';
import {
  emptyPlan,
  newMember,
  workspaceOf,
  type Expertise,
  type MemberStatus,
  type Workspace,
} from '../domain/types';
import type { SolveRequest, SolverResponse } from '../io/solverMessages';
import { link, member, skill } from '../../tests/helpers/workspaces';
import { answerSolve } from './solverHandler';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** The best cohort the worker finds for the plan's options, and everything it posted. */
async function solveBest(analysis: Analysis, options: Partial<CohortOptions>) {
  const plan = planCohort(analysis, options);
  const model = cohortProblem(analysis, plan.options);
  const greedy = plan.totals.weightedGapClosed;
  if (model.trivial) return { plan, model, messages: [], best: greedy, keys: null };
  const request: SolveRequest = {
    problem: model,
    startObjective: greedy,
    start: startOf(
      analysis,
      model,
      plan.picks.map((p) => p.member.key),
    ),
    timeLimit: 10,
  };
  const messages: SolverResponse[] = [];
  await answerSolve(
    request,
    (m) => messages.push(m),
    async () => highs,
  );
  const done = messages.find((m) => m.type === 'done');
  const found = done?.values ? readSolution(analysis, model, done.values) : null;
  return { plan, model, messages, best: found?.weightedGapClosed ?? null, keys: found?.memberKeys ?? null };
}

describe('answerSolve', () => {
  // Unit weights, every gap 1. P holds b c d e, Q a b c, R d e f: the greedy takes P first (4) and then one of
  // the others (+1); Q and R together close all six.
  const skills = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) =>
    skill(n, { target: 1, requiredLevel: 3, weight: 1 }),
  );
  const byName = new Map(skills.map((s) => [s.name, s]));
  const p = member('P', 'employee');
  const q = member('Q', 'employee');
  const r = member('R', 'employee');
  const holds = (m: typeof p, names: string) => [...names].map((n) => link(m, byName.get(n)!, 4));
  const setCover = workspaceOf([p, q, r], skills, [
    ...holds(p, 'bcde'),
    ...holds(q, 'abc'),
    ...holds(r, 'def'),
  ]);

  test('proves the optimum the greedy misses, with the relaxation bound first', async () => {
    const analysis = analyse(setCover, { locale: 'en' });
    const { plan, messages, best, keys } = await solveBest(analysis, { size: 2 });
    expect(plan.picks.map((x) => x.member.name)).toEqual(['P', 'Q']);
    expect(plan.totals.weightedGapClosed).toBe(5);
    expect(best).toBe(6);
    expect(keys!.sort()).toEqual([q.key, r.key].sort());
    expect(messages[0]).toMatchObject({ type: 'bound', upperBound: 6 });
    expect(messages.at(-1)).toMatchObject({ type: 'done', proven: true, upperBound: 6 });
  });

  test('a pin stays in, and a cap with a pin leaves its group no room', async () => {
    const local = (m: typeof p, department: string) => ({ ...m, department });
    const withLinks: Workspace = {
      ...workspaceOf([local(p, 'Ops'), local(q, 'Eng'), local(r, 'Eng')], skills, [
        ...holds(p, 'bcde'),
        ...holds(q, 'abc'),
        ...holds(r, 'def'),
      ]),
      plan: { ...emptyPlan(), leaving: [], pinned: [q.key], excluded: [] },
    };
    const analysis = analyse(withLinks, { locale: 'en' });
    // Q pinned (Eng), at most 1 per department: R (Eng) cannot join, so the best is Q + P = 5.
    const { best, keys } = await solveBest(analysis, { size: 2, maxPerDepartment: 1 });
    expect(best).toBe(5);
    expect(keys).toEqual([q.key, p.key]);
  });

  test('a solver that cannot load says so', async () => {
    const messages: SolverResponse[] = [];
    const analysis = analyse(setCover, { locale: 'en' });
    const request: SolveRequest = {
      problem: cohortProblem(analysis, planCohort(analysis, { size: 2 }).options),
      start: [],
      startObjective: 0,
      timeLimit: 1,
    };
    await answerSolve(
      request,
      (m) => messages.push(m),
      () => Promise.reject(new Error('no wasm')),
    );
    expect(messages).toEqual([{ type: 'failed', stage: 'load', message: 'no wasm' }]);
  });
});

const STATUSES: MemberStatus[] = ['ambassador', 'employee', 'alumni'];

const caseArb = fc
  .record({
    members: fc.array(
      fc.record({
        status: fc.constantFrom(...STATUSES),
        workload: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        department: fc.constantFrom('', 'Eng', 'eng ', 'Ops'),
        location: fc.constantFrom('', 'Msk', 'Spb'),
        mark: fc.constantFrom('none', 'none', 'pinned', 'excluded'),
      }),
      { maxLength: 8 },
    ),
    skills: fc.array(
      fc.record({
        target: fc.integer({ min: 0, max: 3 }),
        requiredLevel: fc.integer({ min: 1, max: 5 }),
        weight: fc.constantFrom(0.5, 1, 1.5, 2, 3),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }),
    options: fc.record({
      size: fc.integer({ min: 0, max: 5 }),
      maxPerDepartment: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
      maxPerLocation: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
      workloadCeiling: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      eligibleStatuses: fc.subarray(['employee', 'alumni'] as MemberStatus[]),
    }),
  })
  .map(({ members, skills, links, options }) => {
    const ms = members.map((m, i) => newMember({ key: `m${i}`, name: `M${i}`, ...m }));
    const ss = skills.map((s, i) => ({ ...skill(`skill ${i}`, s), key: `s${i}` }));
    const pairs = new Map<string, Expertise>();
    if (ms.length > 0)
      for (const [mi, si, level] of links) {
        const m = ms[mi % ms.length];
        const s = ss[si % ss.length];
        pairs.set(`${m.key}|${s.key}`, link(m, s, level));
      }
    const marked = (mark: string) => ms.filter((_, i) => members[i].mark === mark).map((m) => m.key);
    const workspace: Workspace = {
      ...workspaceOf(ms, ss, [...pairs.values()]),
      plan: { ...emptyPlan(), leaving: [], pinned: marked('pinned'), excluded: marked('excluded') },
    };
    return { workspace, options: options as Partial<CohortOptions> };
  });

/** Every cohort the options allow, read from the rules literally; the most any of them closes. */
function bruteForce(analysis: Analysis, options: Partial<CohortOptions>): number {
  const plan = planCohort(analysis, options);
  const o = plan.options;
  const { members } = analysis.workspace;
  const pins = plan.picks.filter((x) => x.pinned).map((x) => analysis.memberIndex.get(x.member.key)!);
  const free = members
    .map((m, i) => ({ m, i }))
    .filter(
      ({ m, i }) =>
        analysis.candidate[i] &&
        !pins.includes(i) &&
        !o.excluded.includes(m.key) &&
        o.eligibleStatuses.includes(m.status) &&
        (o.workloadCeiling === null || m.workload === null || m.workload <= o.workloadCeiling),
    )
    .map(({ i }) => i);
  const fits = (chosen: number[], field: 'department' | 'location', max: number | null) => {
    if (max === null) return true;
    const group = (i: number) => normaliseIdentity(members[i][field]);
    return chosen.every((i) => {
      if (group(i) === '') return true;
      const count = (list: number[]) => list.filter((j) => group(j) === group(i)).length;
      return count(pins) + count(chosen) <= max;
    });
  };
  let best = 0;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const chosen = free.filter((_, k) => mask & (1 << k));
    if (pins.length + chosen.length > o.size) continue;
    if (!fits(chosen, 'department', o.maxPerDepartment) || !fits(chosen, 'location', o.maxPerLocation))
      continue;
    best = Math.max(best, weightedGapClosedBy(analysis, [...pins, ...chosen]));
  }
  return best;
}

describe('the exact optimum on small random clubs', () => {
  test('equals the brute force and is never below the greedy', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ workspace, options }) => {
        const analysis = analyse(workspace, { locale: 'en' });
        const { plan, best, messages } = await solveBest(analysis, options);
        expect(messages.find((m) => m.type === 'failed')).toBeUndefined();
        expect(best).toBeCloseTo(bruteForce(analysis, options), 9);
        expect(best!).toBeGreaterThanOrEqual(plan.totals.weightedGapClosed - 1e-9);
        const done = messages.find((m) => m.type === 'done');
        if (done?.type === 'done') expect(done.proven).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
