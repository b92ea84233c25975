// @vitest-environment node
// Races between two tabs found in review: a save announced while a tab follows an earlier one, an edit made while
// a tab is losing to another's save, and two tabs opening the sample on an empty database.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { club, FakeBroadcast, names, openTab, userMeta, type Tab } from '../../tests/helpers/tabs';
import { createWorkspaceStorage, type WorkspaceStorage } from './persistence';

let broadcast: FakeBroadcast;
let persistence: WorkspaceStorage;
beforeEach(() => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  broadcast = new FakeBroadcast();
  persistence = createWorkspaceStorage();
});

async function settled(...tabs: Tab[]) {
  await vi.waitFor(() => {
    for (const t of tabs) expect(t.workspace.getState().committing).toBe(false);
  });
  await new Promise((r) => setTimeout(r, 80));
  for (const t of tabs) await t.workspace.getState().settled();
}

async function storedNames(): Promise<string> {
  const stored = await persistence.loadWorkspace();
  return stored.ok && stored.stored ? names(stored.stored.workspace) : '';
}

async function historyNames(): Promise<string[]> {
  const out: string[] = [];
  for (const info of await persistence.listSnapshots()) {
    const snapshot = await persistence.loadSnapshot(info.id);
    if (snapshot) out.push(`${info.reason}: ${names(snapshot.workspace)}`);
  }
  return out;
}

test('a save announced while a tab is reading an earlier one is followed too', async () => {
  await persistence.saveWorkspace(club(), userMeta, 0);
  let holdLoads = false;
  const heldLoads: (() => void)[] = [];
  const follower = openTab({
    broadcast,
    storage: (s) => ({
      ...s,
      loadWorkspace: async () => {
        const result = await s.loadWorkspace();
        // Decoding a big workspace takes a while: the next save's message arrives meanwhile.
        if (holdLoads) await new Promise<void>((resolve) => heldLoads.push(resolve));
        return result;
      },
    }),
  });
  const editor = openTab({ broadcast });
  await follower.workspace.getState().init('en');
  await editor.workspace.getState().init('en');
  holdLoads = true;
  editor.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
  await vi.waitFor(() => expect(heldLoads.length).toBe(1));
  editor.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m2', name: 'Borya' });
  await settled(editor);
  await new Promise((r) => setTimeout(r, 50));
  holdLoads = false;
  heldLoads.splice(0).forEach((resolve) => resolve());
  await settled(follower, editor);
  expect(await storedNames()).toBe('Anya, Borya');
  await vi.waitFor(() => expect(names(follower.workspace.getState().workspace)).toBe('Anya, Borya'));
});

test('edits made while a tab is losing to another tab are all kept in History', async () => {
  await persistence.saveWorkspace(club(), userMeta, 0);
  let gateSaves = true;
  const heldSaves: (() => void)[] = [];
  let pushes = 0;
  // The storage wrapper below refers to the tab it belongs to (called only after the tab exists).
  const loser: Tab = openTab({
    broadcast,
    storage: (s) => ({
      ...s,
      saveWorkspace: async (...args) => {
        if (gateSaves) await new Promise<void>((resolve) => heldSaves.push(resolve));
        return s.saveWorkspace(...args);
      },
      pushSnapshot: async (...args) => {
        pushes++;
        // The person keeps editing while the tab keeps its work in History.
        if (pushes === 1)
          loser.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m2', name: 'Boris Petrov' });
        if (pushes === 2)
          loser.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anna Third' });
        return s.pushSnapshot(...args);
      },
    }),
  });
  const winner = openTab({ broadcast });
  await loser.workspace.getState().init('en');
  await winner.workspace.getState().init('en');
  loser.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
  await vi.waitFor(() => expect(heldSaves.length).toBe(1));
  winner.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m2', name: 'Borya' });
  await settled(winner);
  gateSaves = false;
  heldSaves.splice(0).forEach((resolve) => resolve());
  await settled(loser, winner);
  const history = await historyNames();
  expect(history).toContain('lostToOtherTab: Anya, Boris');
  expect(history).toContain('lostToOtherTab: Anya, Boris Petrov');
  expect(history).toContain('lostToOtherTab: Anna Third, Boris Petrov');
  expect(await storedNames()).toBe('Anna, Borya');
  expect(names(loser.workspace.getState().workspace)).toBe('Anna, Borya');
  expect(loser.workspace.getState().problem).toEqual({ kind: 'otherTabSavedFirst' });
});

test('two tabs opening the sample on an empty database: no warning, and no sample kept in History', async () => {
  const a = openTab({ broadcast });
  const b = openTab({ broadcast });
  await Promise.all([a.workspace.getState().init('en'), b.workspace.getState().init('ru')]);
  await settled(a, b);
  expect(await persistence.listSnapshots()).toEqual([]);
  for (const tab of [a, b])
    expect(tab.workspace.getState().problem?.kind ?? null).not.toBe('otherTabSavedFirst');
  // Both end on the one stored sample.
  const stored = await storedNames();
  await vi.waitFor(() => {
    for (const tab of [a, b]) expect(names(tab.workspace.getState().workspace)).toBe(stored);
  });
});
