// Workload in the ranking (docs/contract.md "Candidate score"): more workload never raises a score, workloads
// over 100 % keep falling, and an unknown workload never puts anyone ahead of an otherwise identical person
// whose workload is known and at most 100 %.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyse, candidateComparator, explainScore, rankedCandidates, scoreOf } from './analysis';
import { workspaceOf, type Expertise, type Member, type MemberStatus } from './types';
import { MAX_WORKLOAD } from './score';
import { entryOf, link, member, names, skill } from '../../tests/helpers/workspaces';

describe('overloaded and unknown workloads, by hand', () => {
  // One gap skill "Go" (target 1, required 3, weight 2), nobody holds it; everyone at level 5 → 2 × factor.
  const go = skill('Go', { target: 1, requiredLevel: 3, weight: 2 });
  const people = [
    member('A0', 'employee', 0), // 2 × 1         = 2
    member('B50', 'employee', 50), // 2 × 0.75      = 1.5
    member('C100', 'employee', 100), // 2 × 0.5       = 1
    member('D120', 'employee', 120), // 2 × 50/120    = 0.833
    member('E300', 'employee', 300), // 2 × 50/300    = 0.333
    member('Aunknown', 'alumni', null), // 2 × 0.5 (as 100 %) = 1
  ];
  const a = analyse(
    workspaceOf(
      people,
      [go],
      people.map((m) => link(m, go, 5)),
    ),
    { locale: 'en' },
  );

  test('scores at 0, 50, 100, 120, 300 % and unknown', () => {
    expect(people.map((m) => scoreOf(a, m.key))).toEqual([2, 1.5, 1, 0.833333333, 0.333333333, 1]);
    expect(explainScore(a, people[3].key)!.workloadFactor).toBeCloseTo(5 / 12, 12);
  });

  test('the most overloaded rank last; unknown ties with 100 % and goes after it, whatever the names', () => {
    expect(names(rankedCandidates(a, entryOf(a, go)))).toEqual([
      'A0',
      'B50',
      'C100',
      'Aunknown',
      'D120',
      'E300',
    ]);
  });
});

// ---- properties over random workspaces ----

const knownWorkload = fc.double({ min: 0, max: MAX_WORKLOAD, noNaN: true });

const clubArb = fc.record({
  others: fc.array(
    fc.record({
      status: fc.constantFrom<MemberStatus>('ambassador', 'employee', 'alumni'),
      workload: fc.option(knownWorkload, { nil: null }),
    }),
    { maxLength: 6 },
  ),
  skills: fc.array(
    fc.record({
      target: fc.integer({ min: 0, max: 3 }),
      requiredLevel: fc.integer({ min: 1, max: 5 }),
      weight: fc.constantFrom(0.5, 1, 1.5, 2, 3),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 24 }),
  /** The levels of the member under test, one per skill (0 = no link). */
  levels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
  status: fc.constantFrom<MemberStatus>('employee', 'alumni'),
});

type Club = typeof clubArb extends fc.Arbitrary<infer T> ? T : never;

/** The club with `subjects` added, each holding the same levels: identical people but for their workload. */
function clubWith(c: Club, subjects: Member[]) {
  const others = c.others.map((o, i) => ({ ...member(`Other ${i}`, o.status, o.workload), key: `o${i}` }));
  const skills = c.skills.map((s, i) => ({ ...skill(`Skill ${i}`, s), key: `s${i}` }));
  const pairs = new Map<string, Expertise>();
  if (others.length > 0)
    for (const [mi, si, level] of c.links) {
      const m = others[mi % others.length];
      const s = skills[si % skills.length];
      pairs.set(`${m.key}|${s.key}`, link(m, s, level));
    }
  for (const subject of subjects)
    skills.forEach((s, i) => {
      if (c.levels[i] > 0) pairs.set(`${subject.key}|${s.key}`, link(subject, s, c.levels[i]));
    });
  return workspaceOf([...others, ...subjects], skills, [...pairs.values()]);
}

describe('workload properties', () => {
  test('raising a candidate’s workload never raises their score', () => {
    fc.assert(
      fc.property(clubArb, knownWorkload, knownWorkload, (c, w1, w2) => {
        const [low, high] = w1 <= w2 ? [w1, w2] : [w2, w1];
        const before = { ...member('Subject', c.status, low), key: 'subject' };
        const after = { ...before, workload: high };
        const scoreBefore = scoreOf(analyse(clubWith(c, [before]), { locale: 'en' }), 'subject');
        const scoreAfter = scoreOf(analyse(clubWith(c, [after]), { locale: 'en' }), 'subject');
        expect(scoreAfter).toBeLessThanOrEqual(scoreBefore);
      }),
    );
  });

  test('an unknown workload never outranks an identical member whose workload is known and at most 100 %', () => {
    fc.assert(
      fc.property(clubArb, fc.double({ min: 0, max: 100, noNaN: true }), (c, w) => {
        // The unknown twin's name sorts first, so only the workload rules can put it second.
        const known = { ...member('Zed', c.status, w), key: 'known' };
        const unknown = { ...member('Abe', c.status, null), key: 'unknown' };
        const a = analyse(clubWith(c, [known, unknown]), { locale: 'en' });
        expect(scoreOf(a, 'unknown')).toBeLessThanOrEqual(scoreOf(a, 'known'));
        expect(candidateComparator(a)(known, unknown)).toBeLessThan(0);
        for (const entry of a.skills) {
          const order = rankedCandidates(a, entry).map((x) => x.member.key);
          if (order.includes('known')) expect(order.indexOf('known')).toBeLessThan(order.indexOf('unknown'));
        }
      }),
    );
  });
});
