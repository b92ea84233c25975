// gapsLeaversOpen and keyPersonRisks agree with their slow definitions — analyse again without the leavers, or
// without each ambassador in turn — on random small clubs (fast-check); and stay fast at organisation scale.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyse, type Analysis } from './analysis';
import { gapsLeaversOpen, keyPersonRisks } from './risk';
import { roundScore } from './score';
import { uniqueSkillsOf } from './unique';
import { emptyPlan, newMember, workspaceOf, type Workspace } from './types';
import { organisation } from '../../tests/helpers/organisation';
import { STATUSES, linksOf, randomLinkDraws, randomSkills } from '../../tests/helpers/randomClubs';
const SEVERITY = { covered: 0, single_holder: 1, gap: 2 } as const;

const caseArb = fc
  .record({
    members: fc.array(
      fc.record({
        name: fc.constantFrom('Ann', 'ann', 'Bob', 'Яна', 'Ёлкин'),
        status: fc.constantFrom(...STATUSES),
        leaving: fc.constantFrom('no', 'plan', 'option'),
      }),
      { maxLength: 9 },
    ),
    skills: randomSkills({ maxTarget: 4, weights: [0.1, 0.5, 1, 1.5, 2, 3], maxSkills: 6 }),
    links: randomLinkDraws(40),
  })
  .map(({ members, skills, links }) => {
    const ms = members.map((m, i) => newMember({ key: `m${i}`, name: m.name, status: m.status }));
    const marked = (how: string) => ms.filter((_, i) => members[i].leaving === how).map((m) => m.key);
    const workspace: Workspace = {
      ...workspaceOf(ms, skills, linksOf(ms, skills, links)),
      plan: { ...emptyPlan(), leaving: marked('plan'), pinned: [], excluded: [] },
    };
    return { workspace, extra: new Set(marked('option')) };
  });

const run = (workspace: Workspace, leaving: ReadonlySet<string>) =>
  analyse(workspace, { locale: 'en', leaving });

/** Every current ambassador, re-analysed away one at a time. */
function slowRisks(workspace: Workspace, extra: ReadonlySet<string>, base: Analysis) {
  return workspace.members
    .filter((_, m) => base.ambassador[m])
    .map((member) => {
      const without = run(workspace, new Set([...extra, member.key]));
      let opened = 0;
      let weighted = 0;
      for (const e of base.skills) {
        const more = without.skills[e.index].gap - e.gap;
        opened += more;
        weighted += more * e.skill.weight;
      }
      return {
        member,
        unique: uniqueSkillsOf(base, member.key).length,
        opened,
        weighted: roundScore(weighted),
      };
    })
    .sort((a, b) => b.unique - a.unique || b.weighted - a.weighted || base.compareNames(a.member, b.member))
    .map((r) => [r.member.key, r.unique, r.opened, r.weighted]);
}

describe('what leaving costs, against re-analysing', () => {
  test('key-person risk equals the gap each ambassador leaving alone opens', () => {
    fc.assert(
      fc.property(caseArb, ({ workspace, extra }) => {
        const base = run(workspace, extra);
        const fast = keyPersonRisks(base).map((r) => [
          r.member.key,
          r.uniqueSkills.length,
          r.gapsOpened,
          r.weightedGap,
        ]);
        expect(fast).toEqual(slowRisks(workspace, extra, base));
      }),
      { numRuns: 300 },
    );
  });

  test('the gaps the leavers open are the skills worse off than with nobody leaving', () => {
    fc.assert(
      fc.property(caseArb, ({ workspace, extra }) => {
        const base = run(workspace, extra);
        const nobody = analyse({ ...workspace, plan: { ...workspace.plan, leaving: [] } }, { locale: 'en' });
        const expected = base.skills
          .filter((e) => {
            const before = nobody.skills[e.index];
            return e.gap > before.gap || SEVERITY[e.status] > SEVERITY[before.status];
          })
          .map((e) => {
            const before = nobody.skills[e.index];
            return [e.skill.key, before.coverage, before.gap, before.status, e.gap - before.gap];
          });
        const opened = gapsLeaversOpen(base);
        const got = [...opened]
          .sort((a, b) => a.entry.index - b.entry.index)
          .map((g) => [g.entry.skill.key, g.coverageBefore, g.gapBefore, g.statusBefore, g.extraGap]);
        expect(got).toEqual(expected);
        for (let i = 1; i < opened.length; i++)
          expect(opened[i - 1].weightedGap).toBeGreaterThanOrEqual(opened[i].weightedGap);
      }),
      { numRuns: 300 },
    );
  });
});

describe('speed at organisation scale', () => {
  // Prints its time; the only limit is lenient (CI machines vary): a second, against about 25 ms measured here.
  test('20,000 members, 500 skills, 200,000 links, 20 leavers', () => {
    const workspace = organisation(20_000, 500, 200_000);
    const leavers = workspace.members.filter((m) => m.status === 'ambassador').slice(0, 20);
    const planned = { ...workspace, plan: { ...workspace.plan, leaving: leavers.map((m) => m.key) } };
    const analysis = analyse(planned, { locale: 'en' });
    let t = performance.now();
    const risks = keyPersonRisks(analysis);
    const riskTime = performance.now() - t;
    t = performance.now();
    const opened = gapsLeaversOpen(analysis);
    const openedTime = performance.now() - t;
    console.log(
      `keyPersonRisks at 20k/500/200k: ${riskTime.toFixed(1)} ms for ${risks.length} ambassadors; ` +
        `gapsLeaversOpen: ${openedTime.toFixed(1)} ms for ${opened.length} skills`,
    );
    expect(risks).toHaveLength(1000 - 20);
    expect(opened.length).toBeGreaterThan(0);
    expect(riskTime + openedTime).toBeLessThan(1000);
  });
});
