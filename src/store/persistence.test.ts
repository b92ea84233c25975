// @vitest-environment node
// The workspace in IndexedDB (fake-indexeddb stands in for the browser's): loading migrated data, setting
// aside what cannot be read, keeping a newer version's data, quota errors, and the history of snapshots.
// How stored data is read and migrated is tested in storedFormat.test.ts and migrations.test.ts.
// Node, not jsdom: under jsdom the typed-array constructors are jsdom's while IndexedDB clones values with
// Node's structuredClone, so a stored Uint32Array comes back from another realm and fails `instanceof` —
// an artefact of the test environment (a browser clones into the page's own realm); this module needs no DOM.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyPlan, type Workspace } from '../domain/types';
import { createWorkspaceStorage, HISTORY_LIMIT, type WorkspaceStorage } from './persistence';
import { SCHEMA_VERSION } from './storedFormat';
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

// Each test gets an empty database and a fresh storage (it caches its connection).
let persistence: WorkspaceStorage;
/** The same database, read and written directly, as another version of the app or a person would. */
let raw: UseStore;

beforeEach(async () => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  persistence = createWorkspaceStorage();
  raw = createStore('expertise-map', 'kv');
});

afterEach(() => {
  vi.restoreAllMocks();
});

// ---- data (tests/helpers/storedData.ts: Anna and Boris, Python and SQL, three links) ----

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// ---- saving and loading ----

describe('saveWorkspace and loadWorkspace', () => {
  test('an empty database loads as nothing stored', async () => {
    expect(await persistence.loadWorkspace()).toEqual({ ok: true, stored: null, version: 0 });
  });

  test('a saved workspace loads back identical, link columns as typed arrays', async () => {
    const before = Date.now();
    expect(await persistence.saveWorkspace(workspace(), sampleMeta)).toEqual({ ok: true, version: 1 });
    const loaded = await persistence.loadWorkspace();
    if (!loaded.ok || !loaded.stored) throw new Error(`not loaded: ${JSON.stringify(loaded)}`);
    const { stored } = loaded;
    expect(stored.schemaVersion).toBe(6);
    expect(stored.meta).toEqual(sampleMeta);
    expect(stored.workspace).toEqual(workspace());
    expect(stored.workspace.links.member).toBeInstanceOf(Uint32Array);
    expect(stored.workspace.links.skill).toBeInstanceOf(Uint32Array);
    expect(stored.workspace.links.level).toBeInstanceOf(Uint8Array);
    expect(stored.workspace.links.interest).toBeInstanceOf(Uint8Array);
    const savedAt = Date.parse(stored.savedAt);
    expect(savedAt).toBeGreaterThanOrEqual(before);
    expect(savedAt).toBeLessThanOrEqual(Date.now());
  });

  test('members are stored as columns (one list per field, numbers in a Float64Array), and load back as objects', async () => {
    await persistence.saveWorkspace(workspace(), userMeta);
    const stored = (await get('workspace', raw)) as {
      schemaVersion: number;
      workspace: { members: Record<string, unknown> };
    };
    expect(stored.schemaVersion).toBe(6);
    const columns = stored.workspace.members;
    expect(columns.name).toEqual(['Anna Petrova', 'Boris Ivanov']);
    expect(columns.roles).toEqual(['mentor\u0000speaker', '']);
    expect(columns.workload).toBeInstanceOf(Float64Array);
    expect(Array.from(columns.workload as Float64Array)).toEqual([40, NaN]);
    const loaded = await persistence.loadWorkspace();
    expect(loaded.ok && loaded.stored?.workspace.members).toEqual([anna, boris]);
  });

  test.each<[string, (columns: Record<string, unknown>) => void]>([
    ['a column shorter than the others', (c) => (c.email = ['anna@example.org'])],
    ['a missing column', (c) => delete c.title],
    ['workload as a plain list', (c) => (c.workload = [40, null])],
  ])('stored member columns with %s are set aside, not guessed at', async (_what, damage) => {
    await persistence.saveWorkspace(workspace(), userMeta);
    const stored = (await get('workspace', raw)) as { workspace: { members: Record<string, unknown> } };
    damage(stored.workspace.members);
    await set('workspace', stored, raw);
    // The version is the first save's: only the stored record was damaged.
    expect(await persistence.loadWorkspace()).toEqual({ ok: false, reason: 'corrupt', version: 1 });
    expect(await get('workspace-unreadable', raw)).toEqual(stored);
  });

  test('a schema 1 workspace in the database loads migrated', async () => {
    await set(
      'workspace',
      {
        schemaVersion: 1,
        savedAt: 'x',
        workspace: {
          members: [anna],
          skills: [sql],
          expertise: [{ memberKey: 'i:m1', skillKey: 'n:sql', level: 4, interest: true }],
        },
        meta: userMeta,
      },
      raw,
    );
    const loaded = await persistence.loadWorkspace();
    expect(loaded).toEqual({
      ok: true,
      stored: {
        schemaVersion: 6,
        savedAt: 'x',
        workspace: {
          members: [anna],
          skills: [sql],
          links: linkTable([0], [0], [4], [1]),
          plan: emptyPlan(),
        },
        meta: userMeta,
      },
      version: 0,
    });
  });

  // Browsers report a full disk as the transaction's QuotaExceededError, with which the save's transaction aborts;
  // a put that throws it aborts the transaction the same way without filling fake-indexeddb's memory.
  test('a quota error on save returns quota and leaves the stored workspace as it was', async () => {
    await persistence.saveWorkspace(workspace(), userMeta);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quotaError();
    });
    const bigger: Workspace = {
      ...workspace(),
      members: [anna, boris, { ...boris, key: 'n:clara', name: 'Clara' }],
    };
    expect(await persistence.saveWorkspace(bigger, userMeta)).toEqual({ ok: false, reason: 'quota' });
    expect(put).toHaveBeenCalledTimes(1);
    const loaded = await persistence.loadWorkspace();
    expect(loaded.ok && loaded.stored?.workspace).toEqual(workspace());
  });

  test('another storage error on save returns unavailable', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('disk failed', 'UnknownError');
    });
    expect(await persistence.saveWorkspace(workspace(), userMeta)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  test('unreadable data is reported corrupt and kept under workspace-unreadable', async () => {
    const unreadable = { ...stored2({ members: 'lost?', skills: [python] }), somethingNew: true };
    await set('workspace', unreadable, raw);
    expect(await persistence.loadWorkspace()).toEqual({ ok: false, reason: 'corrupt', version: 0 });
    expect(await get('workspace-unreadable', raw)).toEqual(unreadable);
    // Loading never overwrites: the original is still there too.
    expect(await get('workspace', raw)).toEqual(unreadable);
    // The next save may replace it now that a copy is kept.
    expect(await persistence.saveWorkspace(workspace(), userMeta)).toEqual({ ok: true, version: 1 });
    expect(await get('workspace-unreadable', raw)).toEqual(unreadable);
  });

  test('data saved by a newer version is reported newer, not set aside, and no save replaces it', async () => {
    const future = { ...stored2(), schemaVersion: SCHEMA_VERSION + 1, somethingNew: true };
    await set('workspace', future, raw);
    expect(await persistence.loadWorkspace()).toEqual({ ok: false, reason: 'newer', version: 0 });
    expect(await get('workspace-unreadable', raw)).toBeUndefined();
    expect(await persistence.saveWorkspace(workspace(), userMeta)).toEqual({ ok: false, reason: 'newer' });
    expect(await get('workspace', raw)).toEqual(future);
    // Its History belongs to the newer version too: keeping a snapshot could drop one of its entries.
    const history = await get('history', raw);
    expect(await persistence.pushSnapshot(workspace(), userMeta, 'import')).toEqual({
      ok: false,
      reason: 'newer',
    });
    expect(await get('history', raw)).toEqual(history);
    expect(await get('workspace', raw)).toEqual(future);
  });

  test('unreadable data that could not be set aside is copied aside before the next save replaces it', async () => {
    const garbage = { schemaVersion: 'two', workspace: 'lost?' };
    await set('workspace', garbage, raw);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quotaError();
    });
    expect(await persistence.loadWorkspace()).toEqual({ ok: false, reason: 'corrupt', version: 0 });
    expect(await get('workspace-unreadable', raw)).toBeUndefined();
    expect(await persistence.saveWorkspace(workspace(), userMeta)).toEqual({ ok: true, version: 1 });
    expect(await get('workspace-unreadable', raw)).toEqual(garbage);
    const loaded = await persistence.loadWorkspace();
    expect(loaded.ok && loaded.stored?.workspace).toEqual(workspace());
  });

  test('while unreadable data cannot be set aside, saving refuses rather than overwrite it', async () => {
    const garbage = { schemaVersion: 'two', workspace: 'lost?' };
    await set('workspace', garbage, raw);
    // A large unreadable workspace: a second copy of it does not fit, while a small new workspace would.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (key === 'workspace-unreadable') throw quotaError();
      return put.call(this, value, key);
    });
    expect(await persistence.loadWorkspace()).toEqual({ ok: false, reason: 'corrupt', version: 0 });
    expect(await persistence.saveWorkspace(workspace(), userMeta)).toEqual({ ok: false, reason: 'quota' });
    expect(await get('workspace', raw)).toEqual(garbage);
    // Snapshots (the history) are other keys and still work.
    expect(await persistence.pushSnapshot(workspace(), userMeta, 'import')).toMatchObject({
      ok: true,
      id: expect.any(String),
    });
  });
});

// ---- history ----

/** A workspace of n members (M1…Mn), each holding Python at level (i mod 5) + 1. */
function workspaceOfSize(n: number): Workspace {
  const members = Array.from({ length: n }, (_, i) => ({
    ...boris,
    key: `i:m${i + 1}`,
    memberId: `M${i + 1}`,
    name: `Member ${i + 1}`,
  }));
  return {
    members,
    skills: [python],
    links: linkTable(
      members.map((_, i) => i),
      members.map(() => 0),
      members.map((_, i) => (i % 5) + 1),
      members.map(() => 0),
    ),
    plan: emptyPlan(),
  };
}

describe('history', () => {
  test('keeps the last HISTORY_LIMIT (5) snapshots, newest first, and drops the older ones from storage', async () => {
    expect(HISTORY_LIMIT).toBe(5);
    const ids: string[] = [];
    for (let n = 1; n <= 7; n++) {
      expect(await persistence.pushSnapshot(workspaceOfSize(n), userMeta, 'import')).toMatchObject({
        ok: true,
        id: expect.any(String),
      });
      ids.push((await persistence.listSnapshots())[0].id);
    }
    const list = await persistence.listSnapshots();
    expect(list.map((s) => s.id)).toEqual([ids[6], ids[5], ids[4], ids[3], ids[2]]);
    expect(list.map((s) => [s.members, s.skills, s.links])).toEqual([
      [7, 1, 7],
      [6, 1, 6],
      [5, 1, 5],
      [4, 1, 4],
      [3, 1, 3],
    ]);
    expect(list.every((s) => s.reason === 'import')).toBe(true);
    // Snapshots 1 and 2 are gone, their data too.
    expect(await get(`snapshot:${ids[0]}`, raw)).toBeUndefined();
    expect(await get(`snapshot:${ids[1]}`, raw)).toBeUndefined();
    expect(await persistence.loadSnapshot(ids[0])).toBeNull();
  });

  test('loadSnapshot returns the workspace and meta as they were pushed', async () => {
    await persistence.pushSnapshot(workspaceOfSize(3), sampleMeta, 'import');
    await persistence.pushSnapshot(workspace(), userMeta, 'restore');
    const [newest, older] = await persistence.listSnapshots();
    expect(newest).toMatchObject({ reason: 'restore', members: 2, skills: 2, links: 3, meta: userMeta });
    expect(older).toMatchObject({ reason: 'import', members: 3, skills: 1, links: 3, meta: sampleMeta });
    const restoredNewest = await persistence.loadSnapshot(newest.id);
    expect(restoredNewest?.workspace).toEqual(workspace());
    expect(restoredNewest?.meta).toEqual(userMeta);
    const restoredOlder = await persistence.loadSnapshot(older.id);
    expect(restoredOlder?.workspace).toEqual(workspaceOfSize(3));
    expect(restoredOlder?.meta).toEqual(sampleMeta);
  });

  test('an empty database has no snapshots, and an unknown id loads as null', async () => {
    expect(await persistence.listSnapshots()).toEqual([]);
    expect(await persistence.loadSnapshot('nope')).toBeNull();
  });
});
