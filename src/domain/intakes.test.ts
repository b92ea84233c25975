// Two intakes of the hand-made club of tests/helpers/workspaces.ts compared, worked out by hand; snapshot names.
import { describe, expect, test } from 'vitest';
import { checkIntakeName, compareSnapshots, freeIntakeName, type IntakeComparison } from './intakes';
import { leavingKeys, isAmbassador } from './membership';
import { emptyWorkspace, workspaceOf, type Workspace } from './types';
import {
  anna,
  boris,
  club,
  dina,
  gleb,
  kubernetes,
  link,
  member,
  mentoring,
  python,
  skill,
  sql,
  vera,
} from '../../tests/helpers/workspaces';

/** A stand-in for the roles module: each ambassador's raw role words, as keys. */
function roleHoldersOf(ws: Workspace): Map<string, string[]> {
  const leaving = leavingKeys(ws);
  const out = new Map<string, string[]>();
  for (const m of ws.members)
    if (isAmbassador(m, leaving))
      for (const role of m.roles) out.set(role, [...(out.get(role) ?? []), m.name]);
  return out;
}

const compare = (a: Workspace, b: Workspace): IntakeComparison =>
  compareSnapshots(a, b, { locale: 'en', roleHoldersOf });

const CATEGORY = new Map([
  ['Python', 'Tech'],
  ['SQL', 'Tech'],
  ['Kubernetes', 'Tech'],
  ['Mentoring', 'Soft'],
  ['Go', 'Ops'],
]);
const categorised = (ws: Workspace): Workspace => ({
  ...ws,
  skills: ws.skills.map((s) => ({ ...s, category: CATEGORY.get(s.name) ?? '' })),
});

// Then: the club as it is. Anna (architect) and Boris (voice) are the ambassadors.
const annaThen = { ...anna, roles: ['architect'] };
const borisThen = { ...boris, roles: ['voice'] };
const veraRoles = { ...vera, roles: ['voice', 'moderator'] };
const then: Workspace = categorised({
  ...club,
  members: [annaThen, borisThen, veraRoles, gleb, dina],
});

// Now: Anna marked as leaving, Boris became an alumnus, Vera an ambassador, Egor joined (SQL 3); UX Research
// dropped, Go added (target 1, nobody holds it).
const egor = member('Egor', 'ambassador');
const go = skill('Go', { target: 1 });
const nowBase = workspaceOf(
  [annaThen, { ...borisThen, status: 'alumni' }, { ...veraRoles, status: 'ambassador' }, gleb, dina, egor],
  [python, sql, kubernetes, mentoring, go],
  [
    link(anna, python, 5),
    link(anna, sql, 4),
    link(anna, kubernetes, 3),
    link(boris, python, 3),
    link(boris, mentoring, 2),
    link(vera, python, 4),
    link(vera, kubernetes, 4),
    link(vera, mentoring, 3),
    link(gleb, mentoring, 5),
    link(gleb, sql, 3),
    link(dina, mentoring, 3),
    link(egor, sql, 3),
  ],
);
const now: Workspace = categorised({ ...nowBase, plan: { ...nowBase.plan, leaving: [anna.key] } });

describe('compareSnapshots', () => {
  const result = compare(then, now);

  test('coverage per skill then and now, matched by key; added and removed skills', () => {
    // Then (Anna, Boris): Python Anna 5 + Boris 3 = 2 of 2 covered; SQL Anna = 1 of 1 single holder;
    // Kubernetes needs 4, Anna has 3: 0 of 1 gap; UX Research target 0 covered; Mentoring Boris 2 < 3: 0 of 2.
    // Now (Vera, Egor): Python Vera = 1 of 2 gap; SQL Egor = 1 single; Kubernetes Vera 4 = 1 single;
    // Mentoring Vera 3 = 1 of 2 gap; Go 0 of 1 gap.
    const row = (s: IntakeComparison['skills'][number]) => [
      s.name,
      s.change,
      s.then && [s.then.coverage, s.then.gap, s.then.status],
      s.now && [s.now.coverage, s.now.gap, s.now.status],
    ];
    expect(result.skills.map(row)).toEqual([
      ['Python', 'both', [2, 0, 'covered'], [1, 1, 'gap']],
      ['SQL', 'both', [1, 0, 'single_holder'], [1, 0, 'single_holder']],
      ['Kubernetes', 'both', [0, 1, 'gap'], [1, 0, 'single_holder']],
      ['Mentoring', 'both', [0, 2, 'gap'], [1, 1, 'gap']],
      ['Go', 'added', null, [0, 1, 'gap']],
      ['UX Research', 'removed', [0, 0, 'covered'], null],
    ]);
  });

  test('gaps closed and opened, single holders gained and lost, among the skills on both sides', () => {
    const names = (list: { name: string; from: string; to: string }[]) =>
      list.map((c) => [c.name, c.from, c.to]);
    expect(names(result.gapsClosed)).toEqual([['Kubernetes', 'gap', 'single_holder']]);
    // Go is a gap too, but it was not there then: it is an added skill, not an opened gap.
    expect(names(result.gapsOpened)).toEqual([['Python', 'covered', 'gap']]);
    expect(names(result.becameSingleHolder)).toEqual([['Kubernetes', 'gap', 'single_holder']]);
    expect(result.noLongerSingleHolder).toEqual([]);
  });

  test('coverage per category then and now, as the category coverage gives it with the leavers gone', () => {
    const state = (
      s: { coverage: number; gap: number; targetsMet: number; shareMet: number | null } | null,
    ) => s && [s.coverage, s.gap, s.targetsMet, s.shareMet];
    // Then: Soft = Mentoring 0 of 2; Tech = Python min(2,2) + SQL 1 + Kubernetes 0 = 3 of 4, 2 of 3 met;
    // '' = UX Research, target 0. Now: Ops = Go 0 of 1; Soft = 1 of 2; Tech = 1 + 1 + 1 = 3 of 4, SQL and
    // Kubernetes met (2 of 3); no uncategorised skill.
    expect(result.categories.map((c) => [c.category, state(c.then), state(c.now)])).toEqual([
      ['Ops', null, [0, 1, 0, 0]],
      ['Soft', [0, 2, 0, 0], [1, 1, 0, 0]],
      ['Tech', [3, 1, 2, 2 / 3], [3, 1, 2, 2 / 3]],
      ['', [0, 0, 0, null], null],
    ]);
    // Totals: then 3 covered, gap 2 + 1 = 3, 2 of 4 met; now 4 covered, gap 1 + 1 + 1 = 3, 2 of 5 met.
    expect([state(result.total.then), state(result.total.now)]).toEqual([
      [3, 3, 2, 0.5],
      [4, 3, 2, 0.4],
    ]);
  });

  test('ambassadors who joined and left, with what they were or became', () => {
    expect(result.joined.map((j) => [j.member.name, j.was])).toEqual([
      ['Egor', 'absent'],
      ['Vera', 'employee'],
    ]);
    expect(result.left.map((l) => [l.member.name, l.now])).toEqual([
      ['Anna', 'leaving'],
      ['Boris', 'alumni'],
    ]);
  });

  test('a removed ambassador left as absent; a returning leaver joined as leaving', () => {
    const without = { ...then, members: then.members.filter((m) => m.key !== boris.key) };
    const fixed = workspaceOf(without.members, then.skills, []);
    const r = compare(then, fixed);
    expect(r.left.map((l) => [l.member.name, l.now])).toEqual([['Boris', 'absent']]);
    const back = compare(now, { ...now, plan: { ...now.plan, leaving: [] } });
    expect(back.joined.map((j) => [j.member.name, j.was])).toEqual([['Anna', 'leaving']]);
    expect(back.left).toEqual([]);
  });

  test('roles filled and lost, from the holders the roles module gives', () => {
    // Then: architect Anna, voice Boris. Now: Vera carries voice and moderator; Anna leaves, Boris is alumni.
    expect(result.roles).toEqual([
      { role: 'voice', then: ['Boris'], now: ['Vera'] },
      { role: 'moderator', then: [], now: ['Vera'] },
      { role: 'architect', then: ['Anna'], now: [] },
    ]);
    expect(result.rolesFilled.map((r) => r.role)).toEqual(['moderator']);
    expect(result.rolesLost.map((r) => r.role)).toEqual(['architect']);
  });

  test('a role nobody holds on either side is not listed', () => {
    const r = compareSnapshots(then, now, {
      locale: 'en',
      roleHoldersOf: () => new Map([['empath', []]]),
    });
    expect([r.roles, r.rolesFilled, r.rolesLost]).toEqual([[], [], []]);
  });

  test('the same workspace twice changes nothing', () => {
    const r = compare(then, then);
    expect(r.skills.every((s) => s.change === 'both')).toBe(true);
    expect([
      r.joined,
      r.left,
      r.gapsClosed,
      r.gapsOpened,
      r.becameSingleHolder,
      r.noLongerSingleHolder,
    ]).toEqual([[], [], [], [], [], []]);
    expect([r.rolesFilled, r.rolesLost]).toEqual([[], []]);
    expect(r.total.then).toEqual(r.total.now);
  });

  test('two empty workspaces: nothing to compare, totals of zero', () => {
    const r = compare(emptyWorkspace(), emptyWorkspace());
    expect([r.skills, r.categories, r.joined, r.left, r.roles]).toEqual([[], [], [], [], []]);
    expect(r.total.now).toEqual({ coverage: 0, gap: 0, targetsMet: 0, shareMet: null });
  });

  test('from an empty workspace every skill is added and every ambassador joined', () => {
    const r = compare(emptyWorkspace(), then);
    expect(r.skills.every((s) => s.change === 'added')).toBe(true);
    expect(r.joined.map((j) => [j.member.name, j.was])).toEqual([
      ['Anna', 'absent'],
      ['Boris', 'absent'],
    ]);
    expect(r.gapsOpened).toEqual([]);
    expect(r.rolesFilled.map((x) => x.role)).toEqual(['architect', 'voice']);
  });
});

describe('intake names', () => {
  test('a name is cleaned; empty and taken names are refused, compared like other names', () => {
    expect(checkIntakeName('  Intake   2026 ', [])).toEqual({ ok: true, name: 'Intake 2026' });
    expect(checkIntakeName(' \u00a0 ', [])).toEqual({ ok: false, reason: 'empty_name' });
    expect(checkIntakeName('intake 2026', ['Intake 2026'])).toEqual({ ok: false, reason: 'name_taken' });
    expect(checkIntakeName('Набор Семёнова', ['набор семенова'])).toEqual({
      ok: false,
      reason: 'name_taken',
    });
  });

  test('a free name gets the first suffix no snapshot has', () => {
    expect(freeIntakeName('Intake 2026', [])).toBe('Intake 2026');
    expect(freeIntakeName('Intake 2026', ['intake 2026'])).toBe('Intake 2026 (2)');
    expect(freeIntakeName('Intake 2026', ['Intake 2026', 'Intake 2026 (2)'])).toBe('Intake 2026 (3)');
  });
});
