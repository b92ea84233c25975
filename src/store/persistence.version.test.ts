// @vitest-environment node
// Saves as compare-and-swap on the stored version: two tabs saving from the same version never both win.
// Node, not jsdom, for the reason persistence.test.ts gives (typed arrays cloned by IndexedDB).
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newMember, workspaceOf, type Workspace } from '../domain/types';
import { createWorkspaceStorage, type WorkspaceStorage } from './persistence';
import type { WorkspaceMeta } from './storedFormat';

let tab: WorkspaceStorage;
let raw: UseStore;

beforeEach(() => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  tab = createWorkspaceStorage();
  raw = createStore('expertise-map', 'kv');
});

afterEach(() => {
  vi.restoreAllMocks();
});

const meta: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

/** A workspace of one member, told apart by name. */
const named = (name: string): Workspace =>
  workspaceOf([newMember({ key: `n:${name.toLowerCase()}`, name })], [], []);

async function storedNames(storage: WorkspaceStorage = tab): Promise<string[]> {
  const loaded = await storage.loadWorkspace();
  return loaded.ok && loaded.stored ? loaded.stored.workspace.members.map((m) => m.name) : [];
}

describe('stored version', () => {
  test('an empty database is at version 0; each save counts one up', async () => {
    expect(await tab.storedVersion()).toBe(0);
    expect(await tab.saveWorkspace(named('Anna'), meta, 0)).toEqual({ ok: true, version: 1 });
    expect(await tab.saveWorkspace(named('Boris'), meta, 1)).toEqual({ ok: true, version: 2 });
    expect(await tab.storedVersion()).toBe(2);
    const loaded = await tab.loadWorkspace();
    expect(loaded.ok && [loaded.version, loaded.stored?.workspace.members[0].name]).toEqual([2, 'Boris']);
  });

  test('the version is kept under its own key, beside the encoded workspace and not inside it', async () => {
    await tab.saveWorkspace(named('Anna'), meta);
    expect(await get('workspace-version', raw)).toBe(1);
    const record = (await get('workspace', raw)) as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(['meta', 'savedAt', 'schemaVersion', 'workspace']);
  });

  test('a save expecting an older version writes nothing and says which version is stored', async () => {
    await tab.saveWorkspace(named('Anna'), meta, 0);
    await tab.saveWorkspace(named('Boris'), meta, 1);
    expect(await tab.saveWorkspace(named('Clara'), meta, 1)).toEqual({
      ok: false,
      reason: 'stale',
      version: 2,
    });
    expect(await storedNames()).toEqual(['Boris']);
    expect(await tab.storedVersion()).toBe(2);
  });

  test('of two tabs saving from the same version at once, exactly one is written and the other is told', async () => {
    const other = createWorkspaceStorage();
    await tab.saveWorkspace(named('Anna'), meta, 0);
    const [mine, theirs] = await Promise.all([
      tab.saveWorkspace(named('Boris'), meta, 1),
      other.saveWorkspace(named('Clara'), meta, 1),
    ]);
    const results = [mine, theirs];
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, version: 2 }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale', version: 2 }]);
    expect(await storedNames(other)).toEqual([mine.ok ? 'Boris' : 'Clara']);
  });

  test('without an expected version two such saves both land, the later over the earlier', async () => {
    // What saving was before versions: the reason every save from the app states the version it expects.
    const other = createWorkspaceStorage();
    const [mine, theirs] = await Promise.all([
      tab.saveWorkspace(named('Boris'), meta),
      other.saveWorkspace(named('Clara'), meta),
    ]);
    expect([mine.ok, theirs.ok]).toEqual([true, true]);
    expect((await storedNames()).length).toBe(1);
  });

  test('a workspace stored before versions existed loads as version 0, and a save expecting 0 replaces it', async () => {
    await tab.saveWorkspace(named('Anna'), meta);
    await set('workspace-version', undefined, raw);
    const loaded = await tab.loadWorkspace();
    expect(loaded.ok && loaded.version).toBe(0);
    expect(await tab.saveWorkspace(named('Boris'), meta, 0)).toEqual({ ok: true, version: 1 });
  });

  test('a save that fails for quota leaves the workspace and its version as they were', async () => {
    await tab.saveWorkspace(named('Anna'), meta, 0);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await tab.saveWorkspace(named('Boris'), meta, 1)).toEqual({ ok: false, reason: 'quota' });
    expect(await tab.storedVersion()).toBe(1);
    expect(await storedNames()).toEqual(['Anna']);
  });

  test('a failure to write the version after the workspace writes neither', async () => {
    await tab.saveWorkspace(named('Anna'), meta, 0);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (key === 'workspace-version') throw new DOMException('disk failed', 'UnknownError');
      return put.call(this, value, key);
    });
    expect(await tab.saveWorkspace(named('Boris'), meta, 1)).toEqual({ ok: false, reason: 'unavailable' });
    vi.restoreAllMocks();
    expect(await storedNames()).toEqual(['Anna']);
    expect(await tab.storedVersion()).toBe(1);
  });
});
