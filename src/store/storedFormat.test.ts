// @vitest-environment node
// The stored form of a workspace: what encodeStored writes, and restoreStored reading this and older schemas,
// repairing missing fields, telling unreadable data (corrupt) from data of a newer version.
import { describe, expect, test } from 'vitest';
import { emptyPlan, newMember } from '../domain/types';
import { encodeStored, restoreStored, SCHEMA_VERSION } from './storedFormat';
import {
  anna,
  boris,
  linkTable,
  python,
  sampleMeta,
  sql,
  stored2,
  userMeta,
  workspace,
} from '../../tests/helpers/storedData';

const CORRUPT = { ok: false, reason: 'corrupt' };

describe('restoreStored', () => {
  test('the current schema is version 6', () => {
    expect(SCHEMA_VERSION).toBe(6);
  });

  test('reads back what encodeStored writes', () => {
    const stored = encodeStored(workspace(), sampleMeta, '2025-01-02T03:04:05.000Z');
    expect(stored.schemaVersion).toBe(6);
    expect(restoreStored(stored)).toEqual({
      ok: true,
      stored: {
        schemaVersion: 6,
        savedAt: '2025-01-02T03:04:05.000Z',
        workspace: workspace(),
        meta: sampleMeta,
      },
    });
  });

  test('an interest-only record (level 0 with interest) is stored and read back as it is', () => {
    const ws = { ...workspace(), links: linkTable([0, 1], [0, 1], [0, 3], [1, 0]) };
    const restored = restoreStored(encodeStored(ws, sampleMeta, 'now'));
    expect(restored).toEqual({ ok: true, stored: expect.objectContaining({ workspace: ws }) });
  });

  test('migrates schema 2 data (members as objects)', () => {
    expect(restoreStored(stored2())).toEqual({
      ok: true,
      stored: { ...stored2(), schemaVersion: 6, workspace: workspace() },
    });
  });

  test('migrates schema 1 (keyed expertise list) into link columns with the same links', () => {
    const v1 = {
      schemaVersion: 1,
      savedAt: '2024-06-01T10:00:00.000Z',
      workspace: {
        members: [anna, boris],
        skills: [python, sql],
        expertise: [
          { memberKey: 'n:boris ivanov', skillKey: 'i:py', level: 4, interest: true },
          { memberKey: 'i:m1', skillKey: 'n:sql', level: 2, interest: false },
          { memberKey: 'i:m1', skillKey: 'i:py', level: 5, interest: false },
        ],
      },
      meta: sampleMeta,
    };
    const restored = restoreStored(v1);
    expect(restored).toEqual({
      ok: true,
      stored: {
        schemaVersion: 6,
        savedAt: '2024-06-01T10:00:00.000Z',
        // Boris = member 1, Anna = member 0; Python = skill 0, SQL = skill 1; in the list's order.
        workspace: {
          members: [anna, boris],
          skills: [python, sql],
          links: linkTable([1, 0, 0], [0, 1, 0], [4, 2, 5], [1, 0, 0]),
          plan: emptyPlan(),
        },
        meta: sampleMeta,
      },
    });
    if (!restored.ok) throw new Error('not restored');
    expect(restored.stored.workspace.links.member).toBeInstanceOf(Uint32Array);
    expect(restored.stored.workspace.links.level).toBeInstanceOf(Uint8Array);
  });

  test('schema 1 entries that are no link (level 0, level 6, an unknown key) are left out', () => {
    const v1 = {
      schemaVersion: 1,
      savedAt: '',
      workspace: {
        members: [anna],
        skills: [python],
        expertise: [
          { memberKey: 'i:m1', skillKey: 'i:py', level: 3, interest: false },
          { memberKey: 'i:m1', skillKey: 'n:go', level: 3, interest: false },
          { memberKey: 'n:nobody', skillKey: 'i:py', level: 3, interest: false },
          { memberKey: 'i:m1', skillKey: 'i:py', level: 0, interest: false },
          { memberKey: 'i:m1', skillKey: 'i:py', level: 6, interest: false },
        ],
      },
    };
    const restored = restoreStored(v1);
    expect(restored.ok && restored.stored.workspace.links).toEqual(linkTable([0], [0], [3], [0]));
  });

  test('a stored status that is none of the three is damage: the data is unreadable (set aside), not an employee', () => {
    const stored = encodeStored(workspace(), sampleMeta, '2025-01-02T03:04:05.000Z');
    const members = stored.workspace.members as unknown as Record<string, unknown[]>;
    const damaged = {
      ...stored,
      workspace: { ...stored.workspace, members: { ...members, status: members.status.map(() => 'boss') } },
    };
    expect(restoreStored(damaged)).toEqual({ ok: false, reason: 'corrupt' });
    expect(restoreStored(stored).ok).toBe(true);
  });

  test('repairs missing or ill-typed optional fields with the defaults', () => {
    const repaired = restoreStored({
      schemaVersion: 2,
      workspace: {
        members: [
          {
            key: 'i:m1',
            name: 'Anna Petrova',
            department: 42,
            status: 'boss',
            workload: '40',
            roles: 'mentor',
          },
        ],
        skills: [{ key: 'n:sql', name: 'SQL', target: 'two' }],
        links: linkTable([0], [0], [3], [1]),
      },
    });
    expect(repaired).toEqual({
      ok: true,
      stored: {
        schemaVersion: 6,
        savedAt: '',
        workspace: {
          members: [newMember({ key: 'i:m1', name: 'Anna Petrova', department: '42' })],
          skills: [
            { key: 'n:sql', skillId: '', name: 'SQL', category: '', target: 1, requiredLevel: 3, weight: 1 },
          ],
          links: linkTable([0], [0], [3], [1]),
          plan: emptyPlan(),
        },
        meta: { origin: 'user', untouchedSample: false, sampleLang: null },
      },
    });
  });

  test('a plan keeps only the keys of members still there, and only texts', () => {
    const stored = encodeStored(workspace(), userMeta, '');
    stored.workspace.plan = {
      ...emptyPlan(),
      leaving: ['i:m1', 'n:gone'],
      pinned: [7 as unknown as string],
      excluded: [],
    };
    const restored = restoreStored(stored);
    expect(restored.ok && restored.stored.workspace.plan).toEqual({
      ...emptyPlan(),
      leaving: ['i:m1'],
      pinned: [],
      excluded: [],
    });
  });

  test('role targets and activity thresholds load back as saved', () => {
    const stored = encodeStored(workspace(), userMeta, '');
    const activityThresholds = { overloadedFrom: 90, quietBelow: 40, thrivingFrom: 200 };
    const roleTargets = [
      { role: 'moderator', target: 2 },
      { role: 'mentor', target: 0 },
    ];
    stored.workspace.plan = { ...emptyPlan(), roleTargets, activityThresholds };
    const restored = restoreStored(stored);
    expect(restored.ok && restored.stored.workspace.plan).toEqual({
      ...emptyPlan(),
      roleTargets,
      activityThresholds,
    });
  });

  test('unreadable role targets are dropped one by one; thresholds that do not fit together are the defaults', () => {
    const stored = encodeStored(workspace(), userMeta, '');
    stored.workspace.plan = {
      ...emptyPlan(),
      roleTargets: [
        { role: 'voice', target: 3 },
        { role: '', target: 2 },
        { role: 'empath', target: -1 },
        { role: 'architect', target: 1.5 },
        { role: 'mentor', target: 1 },
        'moderator',
        { role: 'voice', target: 4 },
      ] as never,
      // quiet below must stay under thriving from
      activityThresholds: { overloadedFrom: 100, quietBelow: 150, thrivingFrom: 150 },
    };
    const restored = restoreStored(stored);
    expect(restored.ok && restored.stored.workspace.plan).toEqual({
      ...emptyPlan(),
      roleTargets: [{ role: 'voice', target: 4 }],
    });
  });

  test.each<[string, number]>([
    ['the next schema version', SCHEMA_VERSION + 1],
    ['a far future schema version', 99],
  ])('data of %s is reported newer, whatever it holds', (_what, schemaVersion) => {
    expect(restoreStored({ ...stored2(), schemaVersion })).toEqual({ ok: false, reason: 'newer' });
    expect(restoreStored({ schemaVersion, workspace: 'something new' })).toEqual({
      ok: false,
      reason: 'newer',
    });
  });

  const links = workspace().links;
  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'workspace'],
    ['a list', [workspace()]],
    ['no schema version', { ...stored2(), schemaVersion: undefined }],
    ['the schema version as text', { ...stored2(), schemaVersion: '2' }],
    ['a schema version that never existed (0)', { ...stored2(), schemaVersion: 0 }],
    ['a fractional schema version', { ...stored2(), schemaVersion: 2.5 }],
    ['no workspace', { ...stored2(), workspace: undefined }],
    ['members that are no list', stored2({ members: { 0: anna }, skills: [python, sql], links })],
    ['skills that are no list', stored2({ members: [anna, boris], skills: 'Python', links })],
    ['schema 2 without links', stored2({ members: [anna, boris], skills: [python, sql] })],
    [
      'links as plain lists (not typed arrays)',
      stored2({
        members: [anna, boris],
        skills: [python, sql],
        links: { member: [0], skill: [0], level: [3], interest: [0] },
      }),
    ],
    [
      'link columns of different lengths',
      stored2({
        members: [anna, boris],
        skills: [python, sql],
        links: { ...links, interest: new Uint8Array(2) },
      }),
    ],
    [
      'a member index out of range',
      stored2({ members: [anna, boris], skills: [python, sql], links: linkTable([2], [0], [3], [0]) }),
    ],
    [
      'a skill index out of range',
      stored2({ members: [anna, boris], skills: [python, sql], links: linkTable([0], [2], [3], [0]) }),
    ],
    [
      'a link of level 0 without interest',
      stored2({ members: [anna, boris], skills: [python, sql], links: linkTable([0], [0], [0], [0]) }),
    ],
    [
      'a link of level 6',
      stored2({ members: [anna, boris], skills: [python, sql], links: linkTable([0], [0], [6], [0]) }),
    ],
    // Dropping the unreadable member would shift every later index onto the wrong person.
    [
      'a member without a key',
      stored2({ members: [{ ...anna, key: '' }, boris], skills: [python, sql], links }),
    ],
    ['a skill that is no object', stored2({ members: [anna, boris], skills: [python, 'SQL'], links })],
    [
      'schema 1 without an expertise list',
      { ...stored2({ members: [anna], skills: [python] }), schemaVersion: 1 },
    ],
  ])('reports data with %s as corrupt', (_what, data) => {
    expect(restoreStored(data)).toEqual(CORRUPT);
  });

  test.each<[string, (columns: Record<string, unknown>) => void]>([
    ['a column shorter than the others', (c) => (c.email = ['anna@example.org'])],
    ['a missing column', (c) => delete c.title],
    ['workload as a plain list', (c) => (c.workload = [40, null])],
    ['roles as one text', (c) => (c.roles = 'mentor')],
    ['a member without a name', (c) => (c.name = ['Anna Petrova', ''])],
  ])('stored member columns with %s are corrupt, not guessed at', (_what, damage) => {
    const stored = encodeStored(workspace(), userMeta, '');
    damage(stored.workspace.members);
    expect(restoreStored(stored)).toEqual(CORRUPT);
  });
});

describe('encodeStored', () => {
  test('writes the current schema, members as columns (numbers in Float64Arrays, roles joined by NUL)', () => {
    const stored = encodeStored(workspace(), userMeta, 'now');
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    const columns = stored.workspace.members;
    expect(Object.keys(columns)).toEqual([
      'key',
      'memberId',
      'name',
      'department',
      'location',
      'title',
      'email',
      'status',
      'workload',
      'activity',
      'roles',
    ]);
    expect(columns.name).toEqual(['Anna Petrova', 'Boris Ivanov']);
    expect(columns.status).toEqual(['ambassador', 'employee']);
    expect(columns.roles).toEqual(['mentor\u0000speaker', '']);
    expect(columns.activity).toBeInstanceOf(Float64Array);
    expect(Array.from(columns.workload as Float64Array)).toEqual([40, NaN]);
    expect(stored.workspace.skills).toEqual([python, sql]);
    expect(stored.workspace.plan).toEqual(workspace().plan);
  });
});
