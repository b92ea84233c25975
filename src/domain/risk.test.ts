// The gaps the leavers open and key-person risk, worked out by hand on the club of tests/helpers/workspaces.ts.
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { gapsLeaversOpen, keyPersonRisks, leaverHolders } from './risk';
import { newSkill, workspaceOf, type Workspace } from './types';
import { anna, boris, club, link, member, python, sql } from '../../tests/helpers/workspaces';

// The club's ambassadors at the required level: Python (target 2, weight 3) Anna and Boris; SQL (target 1, weight 2)
// Anna alone; Kubernetes needs 4 and Anna has 3, Mentoring needs 3 and Boris has 2: neither holds them.
const leaving = (ws: Workspace, ...keys: string[]): Workspace => ({
  ...ws,
  plan: { ...ws.plan, leaving: keys },
});
const summary = (a: ReturnType<typeof analyse>) =>
  keyPersonRisks(a).map((r) => [
    r.member.name,
    r.uniqueSkills.map((e) => e.skill.name),
    r.gapsOpened,
    r.weightedGap,
  ]);

describe('key-person risk', () => {
  test('each ambassador with the weighted gap their leaving alone opens, unique expertise first', () => {
    // Anna: Python (2 holders ≤ target 2) +3 and SQL (1 ≤ 1) +2 = 5, and SQL is hers alone.
    // Boris: Python +3; no skill of his alone.
    expect(summary(analyse(club, { locale: 'en' }))).toEqual([
      ['Anna', ['SQL'], 2, 5],
      ['Boris', [], 1, 3],
    ]);
  });

  test('leaves out leavers and counts what is left without them', () => {
    // Anna gone: Boris alone holds Python (1 ≤ 2) → unique expertise and 3 points.
    expect(summary(analyse(leaving(club, anna.key), { locale: 'en' }))).toEqual([
      ['Boris', ['Python'], 1, 3],
    ]);
  });

  test('a skill held above its target opens no gap when one holder leaves', () => {
    const [a, b, c] = ['Ada', 'Bea', 'Cid'].map((n) => member(n, 'ambassador'));
    const design = newSkill({ key: 's:design', name: 'Design', target: 2, weight: 2 });
    const ws = workspaceOf([a, b, c], [design], [link(a, design, 3), link(b, design, 4), link(c, design, 5)]);
    expect(summary(analyse(ws, { locale: 'en' }))).toEqual([
      ['Ada', [], 0, 0],
      ['Bea', [], 0, 0],
      ['Cid', [], 0, 0],
    ]);
  });

  test('ties fall to the larger weighted gap, then to name', () => {
    const [zoe, yan, ada] = ['Zoe', 'Yan', 'Ada'].map((n) => member(n, 'ambassador'));
    const go = newSkill({ key: 's:go', name: 'Go', target: 3, weight: 1 });
    const rust = newSkill({ key: 's:rust', name: 'Rust', target: 3, weight: 2 });
    // Go: Zoe, Yan, Ada (3 ≤ 3, +1 each); Rust: Zoe, Yan (2 ≤ 3, +2 each).
    const ws = workspaceOf(
      [zoe, yan, ada],
      [go, rust],
      [link(zoe, go, 3), link(yan, go, 3), link(ada, go, 3), link(zoe, rust, 3), link(yan, rust, 3)],
    );
    expect(summary(analyse(ws, { locale: 'en' }))).toEqual([
      ['Yan', [], 2, 3],
      ['Zoe', [], 2, 3],
      ['Ada', [], 1, 1],
    ]);
  });
});

describe('the gaps the leavers open', () => {
  test('none while nobody is marked as leaving', () => {
    expect(gapsLeaversOpen(analyse(club, { locale: 'en' }))).toEqual([]);
  });

  test('Anna leaving opens Python (3 points) and SQL (2 points); Kubernetes she never held', () => {
    const a = analyse(leaving(club, anna.key), { locale: 'en' });
    expect(
      gapsLeaversOpen(a).map((g) => [
        g.entry.skill.name,
        g.coverageBefore,
        g.entry.coverage,
        g.statusBefore,
        g.entry.status,
        g.extraGap,
        g.weightedGap,
        g.leavers.map((m) => m.name),
      ]),
    ).toEqual([
      ['Python', 2, 1, 'covered', 'gap', 1, 3, ['Anna']],
      ['SQL', 1, 0, 'single_holder', 'gap', 1, 2, ['Anna']],
    ]);
    expect(leaverHolders(a).map((list) => list.length)).toEqual([1, 1, 0, 0, 0]);
  });

  test('a "what if" leaver from the options counts like one from the plan', () => {
    const fromOption = analyse(club, { locale: 'en', leaving: new Set([anna.key, boris.key]) });
    // Python: 2 → 0 holders, gap 0 → 2 (6 points); SQL: 1 → 0 (2 points).
    expect(gapsLeaversOpen(fromOption).map((g) => [g.entry.skill.key, g.extraGap, g.weightedGap])).toEqual([
      [python.key, 2, 6],
      [sql.key, 1, 2],
    ]);
  });

  test('a status that worsens without a gap is listed with no extra gap; one that does not is not', () => {
    const [a, b] = ['Ada', 'Bea'].map((n) => member(n, 'ambassador'));
    // Design (target 1): Ada and Bea → covered; Ada gone → Bea alone: single holder, still no gap.
    const design = newSkill({ key: 's:design', name: 'Design', target: 1 });
    // Chess (target 0): Ada alone is a single holder; gone → covered (nothing is expected of it).
    const chess = newSkill({ key: 's:chess', name: 'Chess', target: 0 });
    const ws = workspaceOf(
      [a, b],
      [design, chess],
      [link(a, design, 3), link(b, design, 3), link(a, chess, 5)],
    );
    const opened = gapsLeaversOpen(analyse(leaving(ws, a.key), { locale: 'en' }));
    expect(
      opened.map((g) => [g.entry.skill.name, g.statusBefore, g.entry.status, g.extraGap, g.weightedGap]),
    ).toEqual([['Design', 'covered', 'single_holder', 0, 0]]);
  });
});
