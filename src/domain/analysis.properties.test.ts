// Invariants of analyse over random workspaces (fast-check): gap, status, holders and candidates, ranking,
// and scores that add up.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyse, candidatesOf, explainScore, rankedCandidates, scoreOf, topCandidates } from './analysis';
import { expertiseList, workspaceOf, type Workspace } from './types';
import { roundScore } from './score';
import { member } from '../../tests/helpers/workspaces';
import { STATUSES, linksOf, randomLinkDraws, randomSkills } from '../../tests/helpers/randomClubs';
const NAME_POOL = ['Анна', 'анна', 'Ёлкин', 'Елкин', 'Boris', 'boris ', 'Zoe', 'Яна'];

const workspaceArb = fc
  .record({
    members: fc.array(
      fc.record({
        name: fc.constantFrom(...NAME_POOL),
        status: fc.constantFrom(...STATUSES),
        workload: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      }),
      { maxLength: 8 },
    ),
    skills: randomSkills({ maxTarget: 4, weights: [0.5, 1, 1.5, 2, 3], maxSkills: 5 }),
    links: randomLinkDraws(30),
    leavingMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ members, skills, links, leavingMask }) => {
    const ms = members.map((m, i) => ({ ...member(m.name, m.status, m.workload), key: `m${i}` }));
    const leaving = new Set(
      ms.filter((m, i) => m.status === 'ambassador' && leavingMask[i]).map((m) => m.key),
    );
    return { workspace: workspaceOf(ms, skills, linksOf(ms, skills, links)) as Workspace, leaving };
  });

describe('analysis properties', () => {
  test('gap is never negative and gap + coverage always reaches the target', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        for (const e of analyse(workspace, { locale: 'ru', leaving }).skills) {
          expect(e.gap).toBeGreaterThanOrEqual(0);
          expect(e.gap + e.coverage).toBeGreaterThanOrEqual(e.skill.target);
          expect(e.gap).toBe(Math.max(0, e.skill.target - e.coverage));
        }
      }),
    );
  });

  test('status agrees with coverage and target', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        for (const e of analyse(workspace, { locale: 'ru', leaving }).skills) {
          const expected =
            e.coverage < e.skill.target ? 'gap' : e.coverage === 1 ? 'single_holder' : 'covered';
          expect(e.status).toBe(expected);
        }
      }),
    );
  });

  test('holders are exactly the staying ambassadors at or above the required level, highest level first', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        for (const e of a.skills) {
          const qualifying = expertiseList(workspace).filter(
            (x) => x.skillKey === e.skill.key && x.level >= e.skill.requiredLevel,
          );
          const isHolder = (key: string) => {
            const m = a.memberByKey.get(key)!;
            return m.status === 'ambassador' && !leaving.has(key);
          };
          expect(e.coverage).toBe(qualifying.filter((x) => isHolder(x.memberKey)).length);
          expect(e.holders.length).toBe(e.coverage);
          for (const h of e.holders) {
            expect(h.member.status).toBe('ambassador');
            expect(leaving.has(h.member.key)).toBe(false);
            expect(h.level).toBeGreaterThanOrEqual(e.skill.requiredLevel);
          }
          for (let i = 1; i < e.holders.length; i++)
            expect(e.holders[i - 1].level).toBeGreaterThanOrEqual(e.holders[i].level);
          for (const c of candidatesOf(a, e)) {
            expect(isHolder(c.member.key)).toBe(false);
            expect(leaving.has(c.member.key)).toBe(false);
            expect(c.level).toBeGreaterThanOrEqual(e.skill.requiredLevel);
          }
          const leavers = qualifying.filter((x) => leaving.has(x.memberKey)).length;
          expect(candidatesOf(a, e).length).toBe(qualifying.length - e.coverage - leavers);
          expect(e.candidateCount).toBe(candidatesOf(a, e).length);
        }
      }),
    );
  });

  test('topCandidates(n) is a prefix of rankedCandidates', () => {
    fc.assert(
      fc.property(workspaceArb, fc.integer({ min: 0, max: 9 }), ({ workspace, leaving }, n) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        for (const e of a.skills) {
          const ranked = rankedCandidates(a, e).map((c) => c.member.key);
          expect(topCandidates(a, e, n).map((c) => c.member.key)).toEqual(ranked.slice(0, n));
        }
      }),
    );
  });

  test('a score is positive exactly for a candidate of some open-gap skill', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        const closesAGap = new Set(
          a.skills.filter((e) => e.gap > 0).flatMap((e) => candidatesOf(a, e).map((c) => c.member.key)),
        );
        for (const m of workspace.members) expect(scoreOf(a, m.key) > 0).toBe(closesAGap.has(m.key));
      }),
    );
  });

  test('an explained score equals the score, and leavers have none', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        for (const m of workspace.members) {
          const explained = explainScore(a, m.key);
          if (leaving.has(m.key)) {
            expect(explained).toBeNull();
            expect(scoreOf(a, m.key)).toBe(0);
            continue;
          }
          if (!explained) continue;
          const sum = explained.contributions.reduce((total, c) => total + c.points, 0);
          expect(roundScore(sum)).toBe(explained.score);
          expect(explained.score).toBe(scoreOf(a, m.key));
        }
      }),
    );
  });
});
