// @vitest-environment node
// Node, not jsdom: the property test copies workspaces with structuredClone, whose typed arrays are Node's.
// Workspace edits: each kind by hand on a three-person workspace, then invariants over random edit sequences.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdit, type EditResult, type WorkspaceEdit } from './edits';
import { emptyPlan, newMember, newSkill, type MemberStatus, type Workspace } from './types';

/** Anna (ambassador), Boris (employee), Clara (alumni); Python, SQL; Anna–Python 4, Boris–SQL 3. */
function club(): Workspace {
  return {
    members: [
      newMember({ key: 'i:m1', memberId: 'M1', name: 'Anna Petrova', status: 'ambassador' }),
      newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', status: 'employee' }),
      newMember({ key: 'n:clara smith', name: 'Clara Smith', status: 'alumni' }),
    ],
    skills: [
      newSkill({ key: 'i:py', skillId: 'PY', name: 'Python', target: 2 }),
      newSkill({ key: 'n:sql', name: 'SQL' }),
    ],
    links: {
      member: Uint32Array.from([0, 1]),
      skill: Uint32Array.from([0, 1]),
      level: Uint8Array.from([4, 3]),
      interest: Uint8Array.from([0, 1]),
    },
    plan: { ...emptyPlan(), leaving: [], pinned: [], excluded: [] },
  };
}

function applied(workspace: Workspace, edit: WorkspaceEdit): Workspace {
  const result = applyEdit(workspace, edit);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.workspace;
}

describe('skill edits', () => {
  test('setting a target changes that skill only, shares the members, links and plan lists, and keeps the old values', () => {
    const before = club();
    const after = applied(before, { kind: 'setTarget', skillKey: 'n:sql', target: 3 });
    expect(after.skills.map((s) => [s.name, s.target])).toEqual([
      ['Python', 2],
      ['SQL', 3],
    ]);
    expect(after.skills[0]).toBe(before.skills[0]);
    expect(after.members).toBe(before.members);
    expect(after.links).toBe(before.links);
    expect(after.plan.leaving).toBe(before.plan.leaving);
    expect(after.plan.settings).toBe(before.plan.settings);
    expect(after.plan.baseline).toEqual([{ skillKey: 'n:sql', target: 1, requiredLevel: 3, weight: 1 }]);
    // A second edit of the same skill keeps the first baseline: the values before any edit.
    const again = applied(after, { kind: 'setWeight', skillKey: 'n:sql', weight: 2 });
    expect(again.plan.baseline).toBe(after.plan.baseline);
    // The input is as it was.
    expect(before.skills[1].target).toBe(1);
    expect(before).toEqual(club());
  });

  test('target 0 is allowed (the skill is needed by nobody)', () => {
    expect(applied(club(), { kind: 'setTarget', skillKey: 'i:py', target: 0 }).skills[0].target).toBe(0);
  });

  test.each([-1, 1.5, NaN, Infinity])('target %s is refused', (target) => {
    expect(applyEdit(club(), { kind: 'setTarget', skillKey: 'i:py', target })).toEqual({
      ok: false,
      reason: 'invalid_target',
    });
  });

  test('required level 1 to 5 is taken; 0, 6 and 2.5 are refused', () => {
    const edit = (requiredLevel: number): EditResult =>
      applyEdit(club(), { kind: 'setRequiredLevel', skillKey: 'i:py', requiredLevel });
    expect(edit(1)).toMatchObject({ ok: true });
    expect(
      applied(club(), { kind: 'setRequiredLevel', skillKey: 'i:py', requiredLevel: 5 }).skills[0],
    ).toEqual({ ...club().skills[0], requiredLevel: 5 });
    for (const bad of [0, 6, 2.5, NaN])
      expect(edit(bad)).toEqual({ ok: false, reason: 'invalid_required_level' });
  });

  test('a weight above 0 is taken, fractions too; 0, below 0 and not-a-number are refused', () => {
    expect(applied(club(), { kind: 'setWeight', skillKey: 'n:sql', weight: 0.5 }).skills[1].weight).toBe(0.5);
    for (const weight of [0, -2, NaN, Infinity])
      expect(applyEdit(club(), { kind: 'setWeight', skillKey: 'n:sql', weight })).toEqual({
        ok: false,
        reason: 'invalid_weight',
      });
  });

  test('renaming a skill folds white space and keeps its key', () => {
    const after = applied(club(), { kind: 'renameSkill', skillKey: 'n:sql', name: '  Postgre\u00a0 SQL ' });
    expect(after.skills[1]).toMatchObject({ key: 'n:sql', name: 'Postgre SQL' });
  });

  test('an empty or blank skill name is refused', () => {
    for (const name of ['', ' \u00a0\t'])
      expect(applyEdit(club(), { kind: 'renameSkill', skillKey: 'n:sql', name })).toEqual({
        ok: false,
        reason: 'empty_name',
      });
  });

  test('a skill key that is not in the workspace is refused', () => {
    expect(applyEdit(club(), { kind: 'setTarget', skillKey: 'n:go', target: 1 })).toEqual({
      ok: false,
      reason: 'unknown_skill',
    });
  });

  test('an edit that changes nothing returns the same workspace', () => {
    const before = club();
    expect(applied(before, { kind: 'setTarget', skillKey: 'i:py', target: 2 })).toBe(before);
    expect(applied(before, { kind: 'renameSkill', skillKey: 'i:py', name: ' Python ' })).toBe(before);
  });
});

describe('member edits', () => {
  test('renaming a member folds white space, keeps the key, and shares skills, links and plan', () => {
    const before = club();
    const after = applied(before, { kind: 'renameMember', memberKey: 'i:m2', name: 'Boris  Ivanov-Petrov ' });
    expect(after.members[1]).toEqual({ ...before.members[1], name: 'Boris Ivanov-Petrov' });
    expect(after.members[0]).toBe(before.members[0]);
    expect(after.skills).toBe(before.skills);
    expect(after.links).toBe(before.links);
    expect(after.plan).toBe(before.plan);
  });

  test('a blank member name and an unknown member are refused', () => {
    expect(applyEdit(club(), { kind: 'renameMember', memberKey: 'i:m2', name: '  ' })).toEqual({
      ok: false,
      reason: 'empty_name',
    });
    expect(applyEdit(club(), { kind: 'renameMember', memberKey: 'i:m9', name: 'Nina' })).toEqual({
      ok: false,
      reason: 'unknown_member',
    });
  });
});

describe('plan edits', () => {
  test('an ambassador is marked leaving and unmarked; members, skills and links are shared', () => {
    const before = club();
    const leaving = applied(before, { kind: 'markLeaving', memberKey: 'i:m1' });
    expect(leaving.plan).toMatchObject({ leaving: ['i:m1'], pinned: [], excluded: [] });
    expect(leaving.members).toBe(before.members);
    expect(leaving.skills).toBe(before.skills);
    expect(leaving.links).toBe(before.links);
    expect(before.plan.leaving).toEqual([]);
    // Marking twice changes nothing.
    expect(applied(leaving, { kind: 'markLeaving', memberKey: 'i:m1' })).toBe(leaving);
    expect(applied(leaving, { kind: 'unmarkLeaving', memberKey: 'i:m1' }).plan.leaving).toEqual([]);
  });

  test('only an ambassador can be marked leaving', () => {
    for (const memberKey of ['i:m2', 'n:clara smith'])
      expect(applyEdit(club(), { kind: 'markLeaving', memberKey })).toEqual({
        ok: false,
        reason: 'not_an_ambassador',
      });
    expect(applyEdit(club(), { kind: 'markLeaving', memberKey: 'i:m9' })).toEqual({
      ok: false,
      reason: 'unknown_member',
    });
  });

  test('pinning removes an exclusion, excluding removes a pin', () => {
    const excluded = applied(club(), { kind: 'exclude', memberKey: 'i:m2' });
    expect(excluded.plan).toMatchObject({ leaving: [], pinned: [], excluded: ['i:m2'] });
    const pinned = applied(excluded, { kind: 'pin', memberKey: 'i:m2' });
    expect(pinned.plan).toMatchObject({ leaving: [], pinned: ['i:m2'], excluded: [] });
    const again = applied(pinned, { kind: 'exclude', memberKey: 'i:m2' });
    expect(again.plan).toMatchObject({ leaving: [], pinned: [], excluded: ['i:m2'] });
  });

  test('pinning a cohort makes the pins exactly those members, in order, lifting their exclusions', () => {
    const before = applied(applied(club(), { kind: 'pin', memberKey: 'i:m2' }), {
      kind: 'exclude',
      memberKey: 'n:clara smith',
    });
    const after = applied(before, { kind: 'pinCohort', memberKeys: ['n:clara smith', 'n:clara smith'] });
    expect(after.plan).toMatchObject({ pinned: ['n:clara smith'], excluded: [] });
    expect(after.members).toBe(before.members);
    expect(applied(after, { kind: 'pinCohort', memberKeys: ['n:clara smith'] })).toBe(after);
    // One ambassador or unknown key refuses the whole cohort.
    expect(applyEdit(before, { kind: 'pinCohort', memberKeys: ['i:m2', 'i:m1'] })).toEqual({
      ok: false,
      reason: 'ambassador_pinned',
    });
    expect(applyEdit(before, { kind: 'pinCohort', memberKeys: ['i:m9'] })).toEqual({
      ok: false,
      reason: 'unknown_member',
    });
  });

  test('alumni can be pinned; an ambassador cannot, leaving or not', () => {
    expect(applied(club(), { kind: 'pin', memberKey: 'n:clara smith' }).plan.pinned).toEqual([
      'n:clara smith',
    ]);
    const leaving = applied(club(), { kind: 'markLeaving', memberKey: 'i:m1' });
    for (const workspace of [club(), leaving])
      expect(applyEdit(workspace, { kind: 'pin', memberKey: 'i:m1' })).toEqual({
        ok: false,
        reason: 'ambassador_pinned',
      });
  });

  test('unpin and include of someone not pinned or excluded return the same workspace', () => {
    const before = club();
    expect(applied(before, { kind: 'unpin', memberKey: 'i:m2' })).toBe(before);
    expect(applied(before, { kind: 'include', memberKey: 'i:m2' })).toBe(before);
    expect(applied(before, { kind: 'unmarkLeaving', memberKey: 'i:m1' })).toBe(before);
  });
});

describe('club health edits', () => {
  test('a role target is set by key or any of its words, shares members, skills and links, and 1 drops it', () => {
    const before = club();
    const two = applied(before, { kind: 'setRoleTarget', role: 'Координатор', target: 2 });
    expect(two.plan.roleTargets).toEqual([{ role: 'moderator', target: 2 }]);
    expect([two.members, two.skills, two.links]).toEqual([before.members, before.skills, before.links]);
    expect(two.members).toBe(before.members);
    const free = applied(two, { kind: 'setRoleTarget', role: '  Подкаст Ёлка', target: 0 });
    expect(free.plan.roleTargets).toEqual([
      { role: 'moderator', target: 2 },
      { role: 'подкаст елка', target: 0 },
    ]);
    expect(applied(free, { kind: 'setRoleTarget', role: 'moderator', target: 1 }).plan.roleTargets).toEqual([
      { role: 'подкаст елка', target: 0 },
    ]);
    expect(applied(free, { kind: 'setRoleTarget', role: 'moderator', target: 2 })).toBe(free);
  });

  test.each([-1, 1.5, 101, NaN, Infinity])('role target %s is refused', (target) => {
    expect(applyEdit(club(), { kind: 'setRoleTarget', role: 'voice', target })).toEqual({
      ok: false,
      reason: 'invalid_role_target',
    });
  });

  test('a blank role is refused', () => {
    expect(applyEdit(club(), { kind: 'setRoleTarget', role: '  ', target: 2 })).toEqual({
      ok: false,
      reason: 'empty_name',
    });
  });

  test('thresholds change in part; the set must fit together', () => {
    const before = club();
    const after = applied(before, { kind: 'setActivityThresholds', thresholds: { quietBelow: 30 } });
    expect(after.plan.activityThresholds).toEqual({ overloadedFrom: 100, quietBelow: 30, thrivingFrom: 150 });
    expect(after.members).toBe(before.members);
    expect(applied(after, { kind: 'setActivityThresholds', thresholds: { quietBelow: 30 } })).toBe(after);
    for (const thresholds of [
      { quietBelow: 150 }, // not below thriving from (150)
      { thrivingFrom: 20 }, // below quiet below (30 after the first edit)
      { overloadedFrom: 0 },
      { overloadedFrom: 301 },
      { quietBelow: -5 },
      { thrivingFrom: NaN },
    ])
      expect(applyEdit(after, { kind: 'setActivityThresholds', thresholds })).toEqual({
        ok: false,
        reason: 'invalid_thresholds',
      });
  });
});

// ---- properties ----

const MEMBER_KEYS = ['i:m1', 'i:m2', 'i:m3', 'i:m4', 'n:nobody'];
const SKILL_KEYS = ['i:py', 'n:sql', 'n:go'];

const workspaceArb = fc
  .tuple(
    fc.array(fc.constantFrom<MemberStatus>('ambassador', 'employee', 'alumni'), {
      minLength: 4,
      maxLength: 4,
    }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 2 }),
  )
  .map(([statuses, targets]): Workspace => ({
    ...club(),
    members: statuses.map((status, i) => newMember({ key: MEMBER_KEYS[i], name: `Member ${i + 1}`, status })),
    skills: targets.map((target, i) => newSkill({ key: SKILL_KEYS[i], name: `Skill ${i + 1}`, target })),
    links: club().links,
  }));

const memberKey = fc.constantFrom(...MEMBER_KEYS);
const skillKey = fc.constantFrom(...SKILL_KEYS);
const name = fc.constantFrom('Nina', '  Nina  Ivanova ', '', ' ', 'Data\u00a0science');
const number = fc.oneof(fc.integer({ min: -2, max: 7 }), fc.double({ min: -1, max: 6 }), fc.constant(NaN));

const editArb: fc.Arbitrary<WorkspaceEdit> = fc.oneof(
  fc.record({ kind: fc.constant('setTarget' as const), skillKey, target: number }),
  fc.record({ kind: fc.constant('setRequiredLevel' as const), skillKey, requiredLevel: number }),
  fc.record({ kind: fc.constant('setWeight' as const), skillKey, weight: number }),
  fc.record({ kind: fc.constant('renameSkill' as const), skillKey, name }),
  fc.record({
    kind: fc.constant('setSkillValues' as const),
    skillKeys: fc.array(skillKey, { maxLength: 3 }),
    values: fc.record({ target: number, requiredLevel: number, weight: number }, { requiredKeys: [] }),
  }),
  fc.record({
    kind: fc.constant('resetSkills' as const),
    skillKeys: fc.array(skillKey, { maxLength: 3 }),
    to: fc.constantFrom('file' as const, 'defaults' as const),
  }),
  fc.record({ kind: fc.constant('renameMember' as const), memberKey, name }),
  fc.record({
    kind: fc.constantFrom(
      'markLeaving' as const,
      'unmarkLeaving' as const,
      'pin' as const,
      'unpin' as const,
      'exclude' as const,
      'include' as const,
    ),
    memberKey,
  }),
  fc.record({
    kind: fc.constant('setRoleTarget' as const),
    role: fc.constantFrom('architect', 'Голос', 'mentor', ' '),
    target: number,
  }),
  fc.record({
    kind: fc.constant('setActivityThresholds' as const),
    thresholds: fc.record(
      {
        overloadedFrom: number.map((n) => n * 50),
        quietBelow: number.map((n) => n * 30),
        thrivingFrom: number.map((n) => n * 40),
      },
      { requiredKeys: [] },
    ),
  }),
);

/** Plans that a person could have built by edits: no duplicates, no pin that is also an exclusion, … */
function planHolds(workspace: Workspace): boolean {
  const { leaving, pinned, excluded } = workspace.plan;
  const status = new Map(workspace.members.map((m) => [m.key, m.status]));
  const distinct = (list: string[]) => new Set(list).size === list.length;
  return (
    [leaving, pinned, excluded].every((list) => distinct(list) && list.every((key) => status.has(key))) &&
    leaving.every((key) => status.get(key) === 'ambassador') &&
    // Role targets: one entry per role, never the default 1; thresholds that fit together.
    distinct(workspace.plan.roleTargets.map((r) => r.role)) &&
    workspace.plan.roleTargets.every((r) => r.target !== 1) &&
    workspace.plan.activityThresholds.quietBelow < workspace.plan.activityThresholds.thrivingFrom &&
    pinned.every((key) => status.get(key) !== 'ambassador' && !excluded.includes(key))
  );
}

/** A rename shares the plan; one of an entity keyed by its name may add aliases (identityEdits.ts), nothing else. */
function expectRenamePlan(before: Workspace, after: Workspace, key: string) {
  if (!key.startsWith('n:')) return expect(after.plan).toBe(before.plan);
  const { aliases: _before, ...rest } = before.plan;
  const { aliases: _after, ...restAfter } = after.plan;
  for (const part of Object.keys(rest) as (keyof typeof rest)[]) expect(restAfter[part]).toBe(rest[part]);
}

describe('properties', () => {
  test('any sequence of edits leaves the input untouched, keeps every key, and keeps the plan consistent', () => {
    fc.assert(
      fc.property(workspaceArb, fc.array(editArb, { maxLength: 25 }), (start, edits) => {
        let workspace = start;
        for (const edit of edits) {
          const copy = structuredClone(workspace);
          const result = applyEdit(workspace, edit);
          expect(workspace).toEqual(copy);
          if (!result.ok) continue;
          const next = result.workspace;
          expect(next.members.map((m) => m.key)).toEqual(workspace.members.map((m) => m.key));
          expect(next.skills.map((s) => s.key)).toEqual(workspace.skills.map((s) => s.key));
          expect(next.links).toBe(workspace.links);
          expect(planHolds(next)).toBe(true);
          workspace = next;
        }
      }),
    );
  });

  test('a skill edit shares the members and plan, a plan edit the members and skills', () => {
    fc.assert(
      fc.property(workspaceArb, editArb, (workspace, edit) => {
        const result = applyEdit(workspace, edit);
        if (!result.ok) return;
        const next = result.workspace;
        if ('skillKey' in edit || 'skillKeys' in edit) {
          expect(next.members).toBe(workspace.members);
          // A value edit may add the skill's baseline; the rest of the plan is shared.
          expect(next.plan.leaving).toBe(workspace.plan.leaving);
          expect(next.plan.settings).toBe(workspace.plan.settings);
          if (edit.kind === 'renameSkill') expectRenamePlan(workspace, next, edit.skillKey);
        } else if (edit.kind === 'renameMember') {
          expect(next.skills).toBe(workspace.skills);
          expectRenamePlan(workspace, next, edit.memberKey);
        } else {
          expect(next.members).toBe(workspace.members);
          expect(next.skills).toBe(workspace.skills);
        }
      }),
    );
  });

  test('applying an accepted edit a second time changes nothing', () => {
    fc.assert(
      fc.property(workspaceArb, editArb, (workspace, edit) => {
        const once = applyEdit(workspace, edit);
        if (!once.ok) return;
        expect(applyEdit(once.workspace, edit)).toEqual({ ok: true, workspace: once.workspace });
        const twice = applyEdit(once.workspace, edit);
        expect(twice.ok && twice.workspace).toBe(once.workspace);
      }),
    );
  });
});
