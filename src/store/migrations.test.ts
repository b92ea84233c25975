// @vitest-environment node
// Each schema step on its own (1→2 … 5→6), then the chain as restoreStored runs it.
import { describe, expect, test } from 'vitest';
import { emptyPlan } from '../domain/types';
import { MIGRATIONS, migrate } from './migrations';
import { SCHEMA_VERSION } from './storedFormat';
import { decodeMemberColumns, encodeMemberColumns } from './storedRecords';
import { anna, boris, linkTable, python, sql, workspace } from '../../tests/helpers/storedData';

const step = (from: number) => {
  const found = MIGRATIONS.find((m) => m.from === from);
  if (!found) throw new Error(`no step from ${from}`);
  return found;
};

describe('migrations', () => {
  test('are one step per version, in order, ending at the current schema', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ]);
    expect(MIGRATIONS.at(-1)?.to).toBe(SCHEMA_VERSION);
  });

  describe('1 → 2', () => {
    test('turns the keyed expertise list into link columns by member and skill index', () => {
      const v2 = step(1).apply({
        members: [anna, boris],
        skills: [python, sql],
        expertise: [
          { memberKey: 'n:boris ivanov', skillKey: 'i:py', level: 4, interest: true },
          { memberKey: 'i:m1', skillKey: 'n:sql', level: '2', interest: 'yes' },
        ],
      });
      expect(v2).toEqual({
        members: [anna, boris],
        skills: [python, sql],
        links: linkTable([1, 0], [0, 1], [4, 2], [1, 0]),
      });
    });

    test('leaves out unreadable members before indexing, and links that name them or no known key', () => {
      const v2 = step(1).apply({
        members: [{ key: 'i:ghost' }, 'nobody', boris],
        skills: [sql],
        expertise: [
          { memberKey: 'i:ghost', skillKey: 'n:sql', level: 3 },
          { memberKey: 'n:boris ivanov', skillKey: 'n:sql', level: 3 },
          { memberKey: 'n:boris ivanov', skillKey: 'n:go', level: 3 },
          { memberKey: 'n:boris ivanov', skillKey: 'n:sql', level: 9 },
        ],
      });
      expect(v2).toEqual({ members: [boris], skills: [sql], links: linkTable([0], [0], [3], [0]) });
    });

    test('is null without an expertise list', () => {
      expect(step(1).apply({ members: [anna], skills: [python] })).toBeNull();
    });
  });

  describe('2 → 3', () => {
    test('stores the members as columns, the rest as it was', () => {
      const ws = workspace();
      const v3 = step(2).apply({ ...ws });
      expect(v3).toEqual({ ...ws, members: encodeMemberColumns([anna, boris]) });
      expect(decodeMemberColumns(v3?.members)).toEqual([anna, boris]);
    });

    test('repairs ill-typed member fields before storing them as columns', () => {
      const v3 = step(2).apply({ members: [{ key: 'i:m1', name: 'Anna', workload: '40', roles: ['a', 3] }] });
      expect(decodeMemberColumns(v3?.members)).toEqual([
        expect.objectContaining({ key: 'i:m1', name: 'Anna', workload: null, roles: ['a', '3'] }),
      ]);
    });

    test('is null when a member cannot be read (links point at members by index)', () => {
      expect(step(2).apply({ members: [{ ...anna, name: '' }, boris] })).toBeNull();
      expect(step(2).apply({ members: 'Anna' })).toBeNull();
    });
  });

  describe('3 → 4', () => {
    test('adds an empty plan where the data has none', () => {
      const v3 = { members: encodeMemberColumns([anna]), skills: [], links: linkTable([], [], [], []) };
      expect(step(3).apply(v3)).toEqual({ ...v3, plan: emptyPlan() });
    });

    test('keeps a plan the data has', () => {
      const v3 = { members: {}, plan: { leaving: ['i:m1'], pinned: [], excluded: [] } };
      expect(step(3).apply(v3)).toEqual(v3);
    });
  });

  describe('4 → 5', () => {
    test('gives an old plan the default settings, no baselines and no aliases, keeping its lists', () => {
      const v4 = { members: {}, plan: { leaving: ['i:m1'], pinned: ['i:m2'], excluded: [] } };
      const { settings, baseline, aliases } = emptyPlan();
      expect(step(4).apply(v4)).toEqual({
        members: {},
        plan: { leaving: ['i:m1'], pinned: ['i:m2'], excluded: [], settings, baseline, aliases },
      });
    });

    test('is null without a plan (step 3 → 4 always gives one)', () => {
      expect(step(4).apply({ members: {} })).toBeNull();
    });
  });

  describe('5 → 6', () => {
    test('gives a plan every role at target 1 (no entries) and the default thresholds, keeping the rest', () => {
      const { settings } = emptyPlan();
      const plan5 = {
        leaving: ['i:m1'],
        pinned: [],
        excluded: ['i:m3'],
        settings,
        baseline: [],
        aliases: [],
      };
      expect(step(5).apply({ members: {}, plan: plan5 })).toEqual({
        members: {},
        plan: {
          ...plan5,
          roleTargets: [],
          activityThresholds: { overloadedFrom: 100, quietBelow: 50, thrivingFrom: 150 },
        },
      });
    });

    test('is null without a plan', () => {
      expect(step(5).apply({ members: {} })).toBeNull();
    });
  });

  describe('migrate', () => {
    test('runs the steps in order from the stored version to the current one', () => {
      const v1 = {
        members: [anna],
        skills: [sql],
        expertise: [{ memberKey: 'i:m1', skillKey: 'n:sql', level: 4, interest: true }],
      };
      expect(migrate(v1, 1, 6)).toEqual({
        members: encodeMemberColumns([anna]),
        skills: [sql],
        links: linkTable([0], [0], [4], [1]),
        plan: emptyPlan(),
      });
    });

    test('leaves data of the current version as it is', () => {
      const v6 = { members: {}, plan: emptyPlan() };
      expect(migrate(v6, 6, 6)).toBe(v6);
    });

    test('is null where no step starts from the version, or a step fails', () => {
      expect(migrate({}, 0, 6)).toBeNull();
      expect(migrate({ members: [anna], skills: [] }, 1, 6)).toBeNull();
    });
  });
});
