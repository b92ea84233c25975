// Community roles (docs/contract.md#community-roles): tags read as role keys, and each role's target, coverage,
// gap, status, holders and candidates.
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import {
  freeRoleLabels,
  KNOWN_ROLES,
  knownRoleOf,
  memberRoleKeys,
  roleHoldersOf,
  roleKeyOf,
  rolesModel,
  type RoleCoverage,
} from './roles';
import { emptyPlan, emptyWorkspace, newMember, workspaceOf, type Member, type Workspace } from './types';

const member = (name: string, status: Member['status'], roles: string[]) =>
  newMember({ key: `n:${name.toLowerCase()}`, name, status, roles });

function club(): Workspace {
  const ws = workspaceOf(
    [
      member('Vera', 'ambassador', ['Architect', 'голос', 'Mentor']),
      member('Anna', 'ambassador', ['АРХИТЕКТОР', 'координатор', ' mentor ']),
      member('Boris', 'ambassador', ['Language', 'Voice']), // two words of one role: holds it once
      member('Egor', 'ambassador', ['Эмпат']), // marked as leaving below
      member('Gleb', 'employee', ['empath', 'Подкаст  ёлка']),
      member('Dina', 'alumni', ['moderator', 'подкаст елка']),
      member('Fedor', 'employee', []),
    ],
    [],
    [],
  );
  ws.plan = { ...emptyPlan(), leaving: ['n:egor'], roleTargets: [{ role: 'architect', target: 3 }] };
  return ws;
}

const row = (list: RoleCoverage[], key: string) => {
  const found = list.find((r) => r.key === key);
  if (!found) throw new Error(`no role ${key}`);
  return {
    target: found.target,
    coverage: found.coverage,
    gap: found.gap,
    status: found.status,
    holders: found.holders.map((m) => m.name),
    candidates: found.candidates.map((m) => m.name),
  };
};

describe('reading tags', () => {
  test.each([
    ['architect', 'architect'],
    ['  ARCHITECT ', 'architect'],
    ['Архитектор', 'architect'],
    ['эмпат', 'empath'],
    ['Ideologist', 'ideologist'],
    ['идеолог', 'ideologist'],
    ['voice', 'voice'],
    ['Language', 'voice'],
    ['ГОЛОС', 'voice'],
    ['язык', 'voice'],
    ['ambassador', 'ambassador'],
    ['амбассадор', 'ambassador'],
    ['coordinator', 'moderator'],
    ['Модератор', 'moderator'],
    ['координатор', 'moderator'],
  ])('%j is the known role %s', (tag, role) => {
    expect(knownRoleOf(tag)).toBe(role);
    expect(roleKeyOf(tag)).toBe(role);
  });

  test('any other tag is keyed by its normalised text (case, white space, ё ignored)', () => {
    expect(knownRoleOf('Mentor')).toBeNull();
    expect(roleKeyOf('  Подкаст\u00a0 Ёлка ')).toBe('подкаст елка');
    expect(roleKeyOf('architects')).toBe('architects');
  });

  test("a member's role keys come once each, in tag order", () => {
    expect(memberRoleKeys(member('X', 'ambassador', ['Voice', 'Mentor', 'язык', 'mentor', ' ']))).toEqual([
      'voice',
      'mentor',
    ]);
  });
});

/** The roles of a workspace under its own plan's targets. */
const rolesOf = (ws: Workspace, locale: string) =>
  rolesModel(analyse(ws, { locale }), ws.plan.roleTargets, locale);

describe('rolesModel', () => {
  const roles = rolesOf(club(), 'en');

  test('lists the six known roles in their order, held or not, then free tags by name', () => {
    expect(roles.map((r) => r.key)).toEqual([...KNOWN_ROLES, 'mentor', 'подкаст елка']);
    expect(roles.map((r) => r.known)).toEqual([...KNOWN_ROLES, null, null]);
    // A free tag shows the first spelling met (members in workspace order), white space folded.
    expect(roles.map((r) => r.label)).toEqual([null, null, null, null, null, null, 'Mentor', 'Подкаст ёлка']);
  });

  test('architect: target 3 from the plan, two ambassadors by name → coverage 2, gap 3 − 2 = 1', () => {
    expect(row(roles, 'architect')).toEqual({
      target: 3,
      coverage: 2,
      gap: 1,
      status: 'gap',
      holders: ['Anna', 'Vera'],
      candidates: [],
    });
  });

  test('voice: Vera (голос) and Boris (language and voice, once) → coverage 2 ≥ 1, covered', () => {
    expect(row(roles, 'voice')).toMatchObject({
      coverage: 2,
      gap: 0,
      status: 'covered',
      holders: ['Boris', 'Vera'],
    });
  });

  test('moderator: Anna alone holds it → single holder; Dina (alumni) is a candidate', () => {
    expect(row(roles, 'moderator')).toEqual({
      target: 1,
      coverage: 1,
      gap: 0,
      status: 'single_holder',
      holders: ['Anna'],
      candidates: ['Dina'],
    });
  });

  test('empath: the leaving ambassador is neither holder nor candidate; Gleb is a candidate; gap 1 − 0 = 1', () => {
    expect(row(roles, 'empath')).toEqual({
      target: 1,
      coverage: 0,
      gap: 1,
      status: 'gap',
      holders: [],
      candidates: ['Gleb'],
    });
  });

  test('a role nobody carries still has target 1 and a gap of 1', () => {
    for (const key of ['ideologist', 'ambassador'])
      expect(row(roles, key)).toEqual({
        target: 1,
        coverage: 0,
        gap: 1,
        status: 'gap',
        holders: [],
        candidates: [],
      });
  });

  test('free tags: mentor held by Anna and Vera; the podcast tag by candidates only', () => {
    expect(row(roles, 'mentor')).toMatchObject({ coverage: 2, status: 'covered', holders: ['Anna', 'Vera'] });
    expect(row(roles, 'подкаст елка')).toMatchObject({ coverage: 0, gap: 1, candidates: ['Dina', 'Gleb'] });
  });

  test('a target of 0 makes an unheld role covered (nothing is wanted)', () => {
    const ws = club();
    ws.plan = { ...ws.plan, roleTargets: [{ role: 'ideologist', target: 0 }] };
    expect(row(rolesOf(ws, 'en'), 'ideologist')).toMatchObject({
      target: 0,
      gap: 0,
      status: 'covered',
    });
  });

  test('the targets given win over the plan an (earlier, cached) analysis holds', () => {
    const analysis = analyse(club(), { locale: 'en' });
    const targets = [{ role: 'ideologist', target: 0 }];
    expect(row(rolesModel(analysis, targets, 'en'), 'ideologist')).toMatchObject({
      target: 0,
      status: 'covered',
    });
    expect(row(rolesModel(analysis, [], 'en'), 'ideologist')).toMatchObject({ target: 1, status: 'gap' });
  });

  test('an empty workspace still lists the six known roles, each a gap of 1', () => {
    const list = rolesOf(emptyWorkspace(), 'ru');
    expect(list.map((r) => [r.key, r.gap, r.status])).toEqual(KNOWN_ROLES.map((k) => [k, 1, 'gap']));
  });

  test('free tags sort in the UI language collation', () => {
    const ws = workspaceOf([member('A', 'ambassador', ['Яхта', 'beta', 'Альфа', 'alpha'])], [], []);
    const free = rolesOf(ws, 'ru').filter((r) => r.known === null);
    expect(free.map((r) => r.label)).toEqual(['Альфа', 'Яхта', 'alpha', 'beta']);
  });
});

describe('roleHoldersOf (for comparing intakes)', () => {
  test('role key → the ambassadors holding it by name; leavers, employees and alumni hold nothing', () => {
    // Ambassadors Vera, Anna, Boris; Egor is leaving (his empath counts for nobody); Gleb and Dina are no
    // ambassadors. architect: Anna, Vera; voice: Boris, Vera; moderator (координатор): Anna; mentor: Anna, Vera.
    expect(roleHoldersOf(club(), 'en')).toEqual(
      new Map([
        ['architect', ['Anna', 'Vera']],
        ['voice', ['Boris', 'Vera']],
        ['mentor', ['Anna', 'Vera']],
        ['moderator', ['Anna']],
      ]),
    );
  });

  test('an empty workspace, or one without ambassadors, holds no role', () => {
    expect(roleHoldersOf(emptyWorkspace(), 'en').size).toBe(0);
    const noAmbassadors = workspaceOf([member('Gleb', 'employee', ['Architect'])], [], []);
    expect(roleHoldersOf(noAmbassadors, 'ru').size).toBe(0);
  });

  test('free tags keep their first spelling met, across the workspaces given; known roles have none', () => {
    const later = workspaceOf([member('Ivan', 'employee', ['Podcast'])], [], []);
    expect(freeRoleLabels([club(), later])).toEqual(
      new Map([
        ['mentor', 'Mentor'],
        ['подкаст елка', 'Подкаст ёлка'],
        ['podcast', 'Podcast'],
      ]),
    );
  });
});
