// @vitest-environment node
// Two tabs of the app in one process: their own stores and database connections over one (fake) IndexedDB, and
// a fake BroadcastChannel between them. Node, not jsdom, for the reason workspace.test.ts gives.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { club, FakeBroadcast, names, openTab, userMeta, type Tab } from '../../tests/helpers/tabs';
import { importFilesOf, startImport } from './importClient';
import type { ImportFlowDeps } from './importFlow';
import { createWorkspaceStorage, type WorkspaceStorage } from './persistence';

let broadcast: FakeBroadcast;
let persistence: WorkspaceStorage;

beforeEach(() => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  broadcast = new FakeBroadcast();
  persistence = createWorkspaceStorage();
});

/** Two tabs on the stored club (version 1). */
async function twoTabs(options: Parameters<typeof openTab>[0] = {}): Promise<[Tab, Tab]> {
  await persistence.saveWorkspace(club(), userMeta, 0);
  const first = openTab({ broadcast, ...options });
  const second = openTab({ broadcast, ...options });
  await first.workspace.getState().init('en');
  await second.workspace.getState().init('en');
  return [first, second];
}

/** Picks one file into a workspace of one's own and answers Replace. */
function importReplacing(tab: Tab, memberName: string) {
  const file = new File([`name\n${memberName}\n`], `${memberName}.csv`, { type: 'text/csv' });
  tab.importFlow.getState().requestImport([file]);
  tab.importFlow.getState().answerImportChoice('replace');
}

/** The stored workspace and every workspace in History, by member names. */
async function everywhere(): Promise<{ stored: string; history: string[] }> {
  const loaded = await persistence.loadWorkspace();
  const history: string[] = [];
  for (const info of await persistence.listSnapshots()) {
    const snapshot = await persistence.loadSnapshot(info.id);
    if (snapshot) history.push(`${info.reason}: ${names(snapshot.workspace)}`);
  }
  return { stored: loaded.ok && loaded.stored ? names(loaded.stored.workspace) : '', history };
}

/** Workspaces (by member names) found neither stored nor in History. */
async function lost(...workspaces: string[]): Promise<string[]> {
  const { stored, history } = await everywhere();
  return workspaces.filter((w) => w !== stored && !history.some((h) => h.endsWith(`: ${w}`)));
}

/** Holds every save back until `open()`, so that tabs reach their save before either has heard of the other. */
function saveGate() {
  const held: (() => void)[] = [];
  let opened = false;
  return {
    wrap: (storage: WorkspaceStorage): WorkspaceStorage => ({
      ...storage,
      saveWorkspace: async (...args) => {
        if (!opened) await new Promise<void>((resolve) => held.push(resolve));
        return storage.saveWorkspace(...args);
      },
    }),
    held: () => held.length,
    open: () => {
      opened = true;
      for (const release of held.splice(0)) release();
    },
  };
}

/** The storage as it was before versions: every save overwrites, whatever was saved since. */
function withoutVersions(storage: WorkspaceStorage): WorkspaceStorage {
  return { ...storage, saveWorkspace: (workspace, meta) => storage.saveWorkspace(workspace, meta) };
}

async function settled(...tabs: Tab[]) {
  await vi.waitFor(() => {
    for (const tab of tabs) expect(tab.workspace.getState().committing).toBe(false);
  });
  // Messages are delivered as tasks of their own; a follow they start loads the database.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const tab of tabs) await tab.workspace.getState().settled();
}

describe('following another tab', () => {
  test('a save is announced with its version, and an idle tab follows it', async () => {
    const [first, second] = await twoTabs();
    first.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m2', name: 'Boris Ivanov' });
    await vi.waitFor(() => expect(names(second.workspace.getState().workspace)).toBe('Anna, Boris Ivanov'));
    expect(first.sent).toEqual([{ type: 'saved', version: 2 }]);
    expect(second.sent).toEqual([]);
    const { version, problem, undoStack } = second.workspace.getState();
    expect(version).toBe(2);
    expect(problem).toEqual({ kind: 'otherTab' });
    expect(undoStack).toEqual([]);
    // The follower's next edit is saved over the version it followed.
    second.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anna Petrova' });
    await vi.waitFor(() =>
      expect(names(first.workspace.getState().workspace)).toBe('Anna Petrova, Boris Ivanov'),
    );
    expect(second.sent).toEqual([{ type: 'saved', version: 3 }]);
  });

  test('a tab with an import question open follows only once the question is closed', async () => {
    const [first, second] = await twoTabs();
    second.importFlow.getState().requestImport([new File(['name\nNina\n'], 'nina.csv')]);
    expect(second.importFlow.getState().pendingFiles).not.toBeNull();
    first.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
    await settled(first, second);
    expect(names(second.workspace.getState().workspace)).toBe('Anna, Boris');
    second.importFlow.getState().answerImportChoice(null);
    await vi.waitFor(() => expect(names(second.workspace.getState().workspace)).toBe('Anya, Boris'));
  });

  test('a disconnected tab neither announces nor follows', async () => {
    const [first, second] = await twoTabs();
    second.close();
    first.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
    await settled(first, second);
    expect(names(second.workspace.getState().workspace)).toBe('Anna, Boris');
  });
});

describe('saves that race', () => {
  test('two imports confirmed at once: one is stored, the other kept in History, and its tab is told', async () => {
    const gate = saveGate();
    const [first, second] = await twoTabs({ storage: gate.wrap });
    importReplacing(first, 'Alice');
    importReplacing(second, 'Bob');
    await vi.waitFor(() => expect(gate.held()).toBe(2));
    gate.open();
    await settled(first, second);

    expect(await lost('Alice', 'Bob', 'Anna, Boris')).toEqual([]);
    const { stored, history } = await everywhere();
    const [winner, loser] = stored === 'Alice' ? [first, second] : [second, first];
    const loserImport = stored === 'Alice' ? 'Bob' : 'Alice';
    expect(history).toContain(`lostToOtherTab: ${loserImport}`);
    // The loser says so (not "The workspace was replaced") and shows the stored workspace, as the winner does.
    expect(loser.workspace.getState().problem).toEqual({ kind: 'otherTabSavedFirst' });
    expect(loser.importFlow.getState().report).toBeNull();
    expect(names(loser.workspace.getState().workspace)).toBe(stored);
    expect(winner.importFlow.getState().report).not.toBeNull();
    expect(winner.workspace.getState().problem).toBeNull();
    expect(names(winner.workspace.getState().workspace)).toBe(stored);
  });

  test('the same race without the version check loses an import (what the test above guards against)', async () => {
    const gate = saveGate();
    const [first, second] = await twoTabs({ storage: (s) => gate.wrap(withoutVersions(s)) });
    importReplacing(first, 'Alice');
    importReplacing(second, 'Bob');
    await vi.waitFor(() => expect(gate.held()).toBe(2));
    gate.open();
    await settled(first, second);
    expect(await lost('Alice', 'Bob')).toHaveLength(1);
  });

  test('an edit saved at the moment another tab lands an import: neither is lost, both tabs agree', async () => {
    const gate = saveGate();
    const [first, second] = await twoTabs({ storage: gate.wrap });
    first.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
    importReplacing(second, 'Bob');
    await vi.waitFor(() => expect(gate.held()).toBe(2));
    gate.open();
    await settled(first, second);
    expect(await lost('Anya, Boris', 'Bob')).toEqual([]);
    const { stored } = await everywhere();
    expect(names(first.workspace.getState().workspace)).toBe(stored);
    expect(names(second.workspace.getState().workspace)).toBe(stored);
  });

  test('an import that lands while the same tab’s edit is losing to another tab is kept, not reported as saved', async () => {
    await persistence.saveWorkspace(club(), userMeta, 0);
    const gate = saveGate();
    const first = openTab({ broadcast });
    const second = openTab({ broadcast, storage: gate.wrap });
    await first.workspace.getState().init('en');
    await second.workspace.getState().init('en');
    second.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
    importReplacing(second, 'Bob');
    await vi.waitFor(() => expect(second.importFlow.getState().report).not.toBeNull());
    first.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m2', name: 'Borya' });
    await settled(first);
    gate.open();
    await settled(first, second);
    expect(await lost('Anya, Boris', 'Bob', 'Anna, Borya')).toEqual([]);
    expect((await everywhere()).stored).toBe('Anna, Borya');
    expect(names(second.workspace.getState().workspace)).toBe('Anna, Borya');
    expect(second.workspace.getState().problem).toEqual({ kind: 'otherTabSavedFirst' });
    expect(second.importFlow.getState().report).toBeNull();
  });

  test('a save made while an import runs: the import lands over it and keeps it in History', async () => {
    let resume = () => {};
    const held = new Promise<void>((resolve) => (resume = resolve));
    const importFlow: ImportFlowDeps = {
      importFilesOf,
      startImport: (request, onProgress) => {
        const run = startImport(request, onProgress);
        return { done: held.then(() => run.done), cancel: run.cancel };
      },
    };
    const [first, second] = await twoTabs({ importFlow });
    importReplacing(second, 'Bob');
    await vi.waitFor(() => expect(second.importFlow.getState().importing).not.toBeNull());
    first.workspace.getState().apply({ kind: 'renameMember', memberKey: 'i:m1', name: 'Anya' });
    await settled(first);
    // Busy with its import, the second tab has not followed.
    expect(names(second.workspace.getState().workspace)).toBe('Anna, Boris');
    resume();
    await vi.waitFor(() => expect(second.importFlow.getState().report).not.toBeNull());
    await settled(first, second);
    const { stored, history } = await everywhere();
    expect(stored).toBe('Bob');
    expect(history).toEqual(['import: Anya, Boris', 'import: Anna, Boris']);
    expect(second.workspace.getState().problem).toEqual({ kind: 'otherTabDuringImport' });
    expect(second.importFlow.getState().undoId).not.toBeNull();
    await vi.waitFor(() => expect(names(first.workspace.getState().workspace)).toBe('Bob'));
    expect(first.workspace.getState().problem).toEqual({ kind: 'otherTab' });
  });
});
