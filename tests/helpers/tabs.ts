// Tabs of the app in one test: each tab its own stores and its own database connection, over the same
// (fake) IndexedDB, and a fake BroadcastChannel between them that delivers like the real one.
import { createImportFlowStore, type ImportFlowDeps, type ImportFlowStore } from '../../src/store/importFlow';
import { createWorkspaceStorage, type WorkspaceStorage } from '../../src/store/persistence';
import { sampleWorkspace } from '../../src/store/sample';
import { connectTabSync, type TabChannel } from '../../src/store/sync';
import { createWorkspaceStore, type WorkspaceStore } from '../../src/store/workspace';
import type { WorkspaceMeta } from '../../src/store/storedFormat';
import { newMember, workspaceOf, type Workspace } from '../../src/domain/types';

export const userMeta: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

/** The club the tab tests start from: Anna and Boris. */
export const club = (): Workspace =>
  workspaceOf(
    [
      newMember({ key: 'i:m1', memberId: 'M1', name: 'Anna' }),
      newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris' }),
    ],
    [],
    [],
  );

/** The members' names, to read which workspace a tab or the database holds. */
export const names = (workspace: Workspace) => workspace.members.map((m) => m.name).join(', ');

export interface Tab {
  workspace: WorkspaceStore;
  importFlow: ImportFlowStore;
  storage: WorkspaceStorage;
  /** Every message this tab's channel sent. */
  sent: unknown[];
  close: () => void;
}

export interface TabOptions {
  /** The tabs' channel; without one the tab hears nobody (one tab alone). */
  broadcast?: FakeBroadcast;
  /** Wraps the tab's storage, e.g. to hold a save back. */
  storage?: (storage: WorkspaceStorage) => WorkspaceStorage;
  importFlow?: ImportFlowDeps;
}

export function openTab(options: TabOptions = {}): Tab {
  const storage = (options.storage ?? ((s) => s))(createWorkspaceStorage());
  const workspace = createWorkspaceStore({ storage, sampleWorkspace });
  const importFlow = options.importFlow
    ? createImportFlowStore(workspace, options.importFlow)
    : createImportFlowStore(workspace);
  const channel = options.broadcast?.channel();
  const disconnect = channel ? connectTabSync(channel, workspace, importFlow) : () => {};
  return {
    workspace,
    importFlow,
    storage,
    sent: channel?.sent ?? [],
    close: () => {
      disconnect();
      channel?.close();
    },
  };
}

export interface FakeChannel extends TabChannel {
  sent: unknown[];
  close(): void;
}

/**
 * BroadcastChannel's delivery: a message goes to every other open channel of the same name (never back to its
 * sender), as a task of its own, in the order sent.
 */
export class FakeBroadcast {
  private readonly open = new Set<{ deliver: (data: unknown) => void }>();

  channel(): FakeChannel {
    const listeners = new Set<(event: MessageEvent) => void>();
    const self = {
      deliver: (data: unknown) => {
        for (const listener of listeners)
          listener(new MessageEvent('message', { data: structuredClone(data) }));
      },
    };
    this.open.add(self);
    const sent: unknown[] = [];
    return {
      sent,
      postMessage: (data) => {
        sent.push(data);
        for (const other of this.open) if (other !== self) setTimeout(() => other.deliver(data), 0);
      },
      addEventListener: (_type, listener) => listeners.add(listener),
      removeEventListener: (_type, listener) => listeners.delete(listener),
      close: () => {
        this.open.delete(self);
        listeners.clear();
      },
    };
  }
}
