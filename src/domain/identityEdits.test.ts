// @vitest-environment node
// Node, not jsdom: the property tests copy workspaces with structuredClone, whose typed arrays are Node's.
// Renames and merges of skills and members: the aliases they leave, the links and plan a merge moves, and
// invariants over random workspaces.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdit, type WorkspaceEdit } from './edits';
import { mergePreview, nameHolder } from './identityEdits';
import {
  emptyPlan,
  expertiseList,
  newMember,
  newSkill,
  workspaceOf,
  type Expertise,
  type Workspace,
} from './types';

function applied(workspace: Workspace, edit: WorkspaceEdit): Workspace {
  const result = applyEdit(workspace, edit);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.workspace;
}

const link = (memberKey: string, skillKey: string, level: number, interest = false): Expertise => ({
  memberKey,
  skillKey,
  level,
  interest,
});

/**
 * Skills Design thinking, Дизайн-мышление, SQL (id SQL1); Anna holds both design skills, Boris the Russian
 * one, Clara the English one and SQL.
 */
function design(): Workspace {
  const ws = workspaceOf(
    [
      newMember({ key: 'n:anna', name: 'Anna', status: 'ambassador' }),
      newMember({ key: 'n:boris', name: 'Boris' }),
      newMember({ key: 'i:m3', memberId: 'M3', name: 'Clara', status: 'alumni', department: 'IT' }),
    ],
    [
      newSkill({ key: 'n:design thinking', name: 'Design thinking', target: 3 }),
      newSkill({ key: 'n:дизайн-мышление', name: 'Дизайн-мышление', category: 'Design' }),
      newSkill({ key: 'i:sql1', skillId: 'SQL1', name: 'SQL' }),
    ],
    [
      link('n:anna', 'n:design thinking', 2),
      link('n:anna', 'n:дизайн-мышление', 4, true),
      link('n:boris', 'n:дизайн-мышление', 3),
      link('i:m3', 'n:design thinking', 5),
      link('i:m3', 'i:sql1', 1),
    ],
  );
  return ws;
}

const pairs = (ws: Workspace) =>
  expertiseList(ws).map((e) => `${e.memberKey}/${e.skillKey}=${e.level}${e.interest ? '*' : ''}`);

describe('rename', () => {
  test('a skill keyed by its name remembers the new spelling; its first spelling is its key', () => {
    const before = design();
    const after = applied(before, {
      kind: 'renameSkill',
      skillKey: 'n:дизайн-мышление',
      name: 'UX thinking',
    });
    expect(after.skills[1]).toMatchObject({ key: 'n:дизайн-мышление', name: 'UX thinking' });
    expect(after.plan.aliases).toEqual([{ kind: 'skill', alias: 'n:ux thinking', key: 'n:дизайн-мышление' }]);
    expect(after.links).toBe(before.links);
    expect(before).toEqual(design());
  });

  test('a second rename keeps the first alias and adds the next; renaming back adds nothing for the key', () => {
    const once = applied(design(), { kind: 'renameMember', memberKey: 'n:anna', name: 'Anna Lee' });
    const twice = applied(once, { kind: 'renameMember', memberKey: 'n:anna', name: 'Anna Petrova' });
    const back = applied(twice, { kind: 'renameMember', memberKey: 'n:anna', name: 'anna' });
    expect(back.plan.aliases).toEqual([
      { kind: 'member', alias: 'n:anna lee', key: 'n:anna' },
      { kind: 'member', alias: 'n:anna petrova', key: 'n:anna' },
    ]);
    expect(back.members[0].name).toBe('anna');
  });

  test('an entity keyed by its id needs no alias: the id finds it', () => {
    const before = design();
    const after = applied(before, { kind: 'renameSkill', skillKey: 'i:sql1', name: 'PostgreSQL' });
    expect(after.plan).toBe(before.plan);
    expect(after.skills[2].name).toBe('PostgreSQL');
  });

  test('a name another skill has, or had first, is refused as taken', () => {
    for (const name of ['design  THINKING', 'SQL']) {
      expect(applyEdit(design(), { kind: 'renameSkill', skillKey: 'n:дизайн-мышление', name })).toEqual({
        ok: false,
        reason: 'name_taken',
      });
    }
    const renamed = applied(design(), {
      kind: 'renameSkill',
      skillKey: 'n:design thinking',
      name: 'Design',
    });
    // "Design thinking" still names the renamed skill (its key), so it is taken.
    expect(
      applyEdit(renamed, { kind: 'renameSkill', skillKey: 'n:дизайн-мышление', name: 'Design thinking' }),
    ).toEqual({ ok: false, reason: 'name_taken' });
    expect(nameHolder(renamed, 'skill', 'n:дизайн-мышление', 'design thinking')?.name).toBe('Design');
  });

  test('two members with ids may share a name; a member without one may not take a name in use', () => {
    const ws = workspaceOf(
      [
        newMember({ key: 'i:1', memberId: '1', name: 'Anna Lee' }),
        newMember({ key: 'i:2', memberId: '2', name: 'Anna Smith' }),
        newMember({ key: 'n:anna', name: 'Anna' }),
      ],
      [],
      [],
    );
    expect(applied(ws, { kind: 'renameMember', memberKey: 'i:2', name: 'Anna Lee' }).members[1].name).toBe(
      'Anna Lee',
    );
    expect(applyEdit(ws, { kind: 'renameMember', memberKey: 'n:anna', name: 'Anna Lee' })).toEqual({
      ok: false,
      reason: 'name_taken',
    });
    expect(applyEdit(ws, { kind: 'renameMember', memberKey: 'i:1', name: 'anna' })).toEqual({
      ok: false,
      reason: 'name_taken',
    });
  });

  test('a spelling another entity was remembered by passes to the one renamed now', () => {
    const ws = applied(design(), { kind: 'renameMember', memberKey: 'n:anna', name: 'Annie' });
    const after = applied(applied(ws, { kind: 'renameMember', memberKey: 'n:anna', name: 'Anna' }), {
      kind: 'renameMember',
      memberKey: 'n:boris',
      name: 'Annie',
    });
    expect(after.plan.aliases).toEqual([{ kind: 'member', alias: 'n:annie', key: 'n:boris' }]);
  });
});

describe('merge skills', () => {
  test('links move, a member holding both keeps the higher level and either interest, indexes are re-packed', () => {
    const before = design();
    expect(mergePreview(before, 'skill', 'n:дизайн-мышление', 'n:design thinking')).toEqual({
      moved: 2,
      both: 1,
    });
    const after = applied(before, {
      kind: 'mergeSkills',
      from: 'n:дизайн-мышление',
      into: 'n:design thinking',
    });
    expect(after.skills.map((s) => s.key)).toEqual(['n:design thinking', 'i:sql1']);
    // The skill kept has its own values; its empty category is filled from the merged one.
    expect(after.skills[0]).toMatchObject({ name: 'Design thinking', target: 3, category: 'Design' });
    expect(pairs(after)).toEqual([
      'n:anna/n:design thinking=4*',
      'n:boris/n:design thinking=3',
      'i:m3/n:design thinking=5',
      'i:m3/i:sql1=1',
    ]);
    expect(after.plan.aliases).toEqual([
      { kind: 'skill', alias: 'n:дизайн-мышление', key: 'n:design thinking' },
    ]);
    expect(after.members).toBe(before.members);
    expect(before).toEqual(design());
  });

  test('interest-only records (level 0) move with the merge: beside a link they make the link, with interest', () => {
    // Anna: 2 in Design thinking, a wish (0*) for Дизайн-мышление → 2*. Boris: a wish for Дизайн-мышление and
    // none for Design thinking → his wish moves, still level 0. Clara: 5 and a wish → 5*.
    const before = workspaceOf(design().members, design().skills, [
      link('n:anna', 'n:design thinking', 2),
      link('n:anna', 'n:дизайн-мышление', 0, true),
      link('n:boris', 'n:дизайн-мышление', 0, true),
      link('i:m3', 'n:design thinking', 5),
      link('i:m3', 'n:дизайн-мышление', 0, true),
      link('i:m3', 'i:sql1', 1),
    ]);
    // Wishes are no links: nothing that counts as a link moves.
    expect(mergePreview(before, 'skill', 'n:дизайн-мышление', 'n:design thinking')).toEqual({
      moved: 0,
      both: 0,
    });
    const after = applied(before, {
      kind: 'mergeSkills',
      from: 'n:дизайн-мышление',
      into: 'n:design thinking',
    });
    expect(pairs(after)).toEqual([
      'n:anna/n:design thinking=2*',
      'n:boris/n:design thinking=0*',
      'i:m3/n:design thinking=5*',
      'i:m3/i:sql1=1',
    ]);
    // Merging members: Boris's wish joins Anna's 2 in Design thinking.
    const members = applied(after, { kind: 'mergeMembers', from: 'n:boris', into: 'n:anna' });
    expect(pairs(members)).toEqual([
      'n:anna/n:design thinking=2*',
      'i:m3/n:design thinking=5*',
      'i:m3/i:sql1=1',
    ]);
  });

  test('merging into a later skill moves the indexes down; the merged skill’s baseline goes, its aliases follow', () => {
    let ws = applied(design(), { kind: 'setTarget', skillKey: 'n:design thinking', target: 4 });
    ws = applied(ws, { kind: 'setTarget', skillKey: 'i:sql1', target: 2 });
    ws = applied(ws, { kind: 'renameSkill', skillKey: 'n:design thinking', name: 'Design' });
    const after = applied(ws, { kind: 'mergeSkills', from: 'n:design thinking', into: 'i:sql1' });
    expect(after.skills.map((s) => s.key)).toEqual(['n:дизайн-мышление', 'i:sql1']);
    expect(pairs(after)).toEqual([
      'n:anna/i:sql1=2',
      'n:anna/n:дизайн-мышление=4*',
      'n:boris/n:дизайн-мышление=3',
      'i:m3/i:sql1=5',
    ]);
    expect(after.plan.baseline.map((b) => b.skillKey)).toEqual(['i:sql1']);
    expect(after.plan.aliases).toEqual([
      { kind: 'skill', alias: 'n:design', key: 'i:sql1' },
      { kind: 'skill', alias: 'n:design thinking', key: 'i:sql1' },
    ]);
  });

  test('a skill merged into itself or into an unknown one is refused', () => {
    const edit = (from: string, into: string) => applyEdit(design(), { kind: 'mergeSkills', from, into });
    expect(edit('i:sql1', 'i:sql1')).toEqual({ ok: false, reason: 'merge_into_itself' });
    expect(edit('i:sql1', 'n:go')).toEqual({ ok: false, reason: 'unknown_skill' });
    expect(applyEdit(design(), { kind: 'mergeMembers', from: 'n:x', into: 'n:anna' })).toEqual({
      ok: false,
      reason: 'unknown_member',
    });
  });
});

describe('merge members', () => {
  test('links merge as for skills; the kept member’s fields stay, its empty ones are filled', () => {
    const before = design();
    expect(mergePreview(before, 'member', 'i:m3', 'n:anna')).toEqual({ moved: 2, both: 1 });
    const after = applied(before, { kind: 'mergeMembers', from: 'i:m3', into: 'n:anna' });
    expect(after.members.map((m) => m.key)).toEqual(['n:anna', 'n:boris']);
    expect(after.members[0]).toMatchObject({
      name: 'Anna',
      status: 'ambassador',
      memberId: 'M3',
      department: 'IT',
    });
    expect(pairs(after)).toEqual([
      'n:anna/n:design thinking=5',
      'n:anna/n:дизайн-мышление=4*',
      'n:boris/n:дизайн-мышление=3',
      'n:anna/i:sql1=1',
    ]);
    expect(after.plan.aliases).toEqual([
      { kind: 'member', alias: 'i:m3', key: 'n:anna' },
      { kind: 'member', alias: 'n:clara', key: 'n:anna' },
    ]);
    expect(after.skills).toBe(before.skills);
  });

  test('the plan lists point at the kept member, without duplicates and only where they hold for it', () => {
    const ws: Workspace = {
      ...design(),
      plan: { ...emptyPlan(), leaving: ['n:anna'], pinned: ['i:m3'], excluded: ['n:boris'] },
    };
    // Clara's pin passes to Boris, but Boris is excluded: his own choice stays.
    const intoBoris = applied(ws, { kind: 'mergeMembers', from: 'i:m3', into: 'n:boris' });
    expect(intoBoris.plan).toMatchObject({ leaving: ['n:anna'], pinned: [], excluded: ['n:boris'] });
    // Into Anna, an ambassador: the pin cannot hold; her leaving stays.
    const intoAnna = applied(ws, { kind: 'mergeMembers', from: 'i:m3', into: 'n:anna' });
    expect(intoAnna.plan).toMatchObject({ leaving: ['n:anna'], pinned: [], excluded: ['n:boris'] });
    // Anna (leaving) into Boris, an employee: no longer leaving; Boris excluded once.
    const annaIntoBoris = applied(ws, { kind: 'mergeMembers', from: 'n:anna', into: 'n:boris' });
    expect(annaIntoBoris.plan).toMatchObject({ leaving: [], pinned: ['i:m3'], excluded: ['n:boris'] });
    // Boris (excluded) into Clara (pinned): Clara's pin stays.
    const borisIntoClara = applied(ws, { kind: 'mergeMembers', from: 'n:boris', into: 'i:m3' });
    expect(borisIntoClara.plan).toMatchObject({ leaving: ['n:anna'], pinned: ['i:m3'], excluded: [] });
  });
});

// ---- properties ----

const MEMBER_KEYS = ['i:1', 'i:2', 'n:c', 'n:d', 'n:e'];
const SKILL_KEYS = ['n:a', 'n:b', 'i:c', 'n:d'];

const workspaceArb = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.nat(MEMBER_KEYS.length - 1), fc.nat(SKILL_KEYS.length - 1)), {
      selector: ([m, s]) => `${m}/${s}`,
      maxLength: 20,
    }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.boolean()), { minLength: 20, maxLength: 20 }),
  )
  .map(([links, values]) =>
    workspaceOf(
      MEMBER_KEYS.map((key, i) =>
        newMember({ key, memberId: key.startsWith('i:') ? key.slice(2) : '', name: `Member ${i}` }),
      ),
      SKILL_KEYS.map((key, i) => newSkill({ key, name: `Skill ${i}` })),
      links.map(([m, s], i) => link(MEMBER_KEYS[m], SKILL_KEYS[s], values[i][0], values[i][1])),
    ),
  );

const identityEdit: fc.Arbitrary<WorkspaceEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('mergeSkills' as const),
    from: fc.constantFrom(...SKILL_KEYS),
    into: fc.constantFrom(...SKILL_KEYS),
  }),
  fc.record({
    kind: fc.constant('mergeMembers' as const),
    from: fc.constantFrom(...MEMBER_KEYS),
    into: fc.constantFrom(...MEMBER_KEYS),
  }),
  fc.record({
    kind: fc.constant('renameSkill' as const),
    skillKey: fc.constantFrom(...SKILL_KEYS),
    name: fc.constantFrom('Skill 0', 'X', 'Y', 'a', 'd'),
  }),
  fc.record({
    kind: fc.constant('renameMember' as const),
    memberKey: fc.constantFrom(...MEMBER_KEYS),
    name: fc.constantFrom('Member 0', 'X', 'Y', 'c', 'e'),
  }),
);

describe('properties', () => {
  test('a merge keeps every distinct member–skill pair but the ones both held, at the higher level', () => {
    fc.assert(
      fc.property(workspaceArb, fc.boolean(), fc.nat(4), fc.nat(4), (ws, skills, a, b) => {
        const keys = skills ? SKILL_KEYS : MEMBER_KEYS;
        const from = keys[a % keys.length];
        const into = keys[b % keys.length];
        if (from === into) return;
        const copy = structuredClone(ws);
        const preview = mergePreview(ws, skills ? 'skill' : 'member', from, into)!;
        const after = applied(ws, { kind: skills ? 'mergeSkills' : 'mergeMembers', from, into });
        expect(ws).toEqual(copy);
        const { member, skill, level } = after.links;
        expect(level.length).toBe(ws.links.level.length - preview.both);
        for (let i = 0; i < level.length; i++) {
          expect(member[i]).toBeLessThan(after.members.length);
          expect(skill[i]).toBeLessThan(after.skills.length);
        }
        // Every pair once, and each at the highest level any of its sources had.
        const moved = (e: Expertise) =>
          skills
            ? { ...e, skillKey: e.skillKey === from ? into : e.skillKey }
            : { ...e, memberKey: e.memberKey === from ? into : e.memberKey };
        const expected = new Map<string, number>();
        for (const e of expertiseList(ws).map(moved)) {
          const key = `${e.memberKey}/${e.skillKey}`;
          expected.set(key, Math.max(expected.get(key) ?? 0, e.level));
        }
        const got = new Map(expertiseList(after).map((e) => [`${e.memberKey}/${e.skillKey}`, e.level]));
        expect(got.size).toBe(level.length);
        expect(got).toEqual(expected);
      }),
    );
  });

  test('after any renames and merges, every alias leads to an entity and none is an entity’s own key', () => {
    fc.assert(
      fc.property(workspaceArb, fc.array(identityEdit, { maxLength: 12 }), (start, edits) => {
        let ws = start;
        for (const edit of edits) {
          const result = applyEdit(ws, edit);
          if (!result.ok) continue;
          ws = result.workspace;
          const keys = {
            skill: new Set(ws.skills.map((s) => s.key)),
            member: new Set(ws.members.map((m) => m.key)),
          };
          for (const a of ws.plan.aliases) {
            expect(keys[a.kind].has(a.key)).toBe(true);
            expect(keys[a.kind].has(a.alias)).toBe(false);
          }
          const spelled = ws.plan.aliases.map((a) => `${a.kind}/${a.alias}`);
          expect(new Set(spelled).size).toBe(spelled.length);
        }
      }),
    );
  });
});
