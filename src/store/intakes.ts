// The named intake snapshots as the page sees them: the list (names, times, counts), and saving the current
// workspace under a name, renaming, deleting, adding those a workspace zip brought. A snapshot's workspace is
// read only when asked for (`open`), to be compared (compareSnapshots in src/domain/intakes.ts).
import { create } from 'zustand';
import {
  createIntakeStorage,
  type IntakeInfo,
  type IntakeLoadResult,
  type IntakeRenameResult,
  type IntakeSaveResult,
  type IntakeStorage,
  type IntakeToAdd,
} from './intakeStorage';
import type { IntakeSnapshotData } from '../domain/intakes';
import type { Workspace } from '../domain/types';
import { useWorkspace } from './workspace';

export interface IntakesState {
  /** In the order they were saved (or added), oldest first. */
  intakes: IntakeInfo[];
  /** The list has been read once (or could not be). */
  loaded: boolean;
  /** Why the last storage call failed, for a banner; null when it worked. */
  problem: 'quota' | 'unavailable' | 'newer' | null;
  /** Reads the list again (cheap: no snapshot's workspace is read). */
  load: () => Promise<void>;
  /** Keeps the workspace as it is now under `name` (trimmed; refused when empty or taken). */
  saveCurrent: (name: string) => Promise<IntakeSaveResult>;
  rename: (id: string, name: string) => Promise<IntakeRenameResult>;
  remove: (id: string) => Promise<void>;
  /** Adds snapshots that came with an imported zip; a taken name gets a suffix, nothing is overwritten. */
  addImported: (intakes: readonly IntakeToAdd[]) => Promise<IntakeInfo[]>;
  /** One snapshot with its workspace. */
  open: (id: string) => Promise<IntakeLoadResult>;
  /** Every snapshot that can be read, with its workspace, for the workspace zip; none when storage fails. */
  forExport: () => Promise<IntakeSnapshotData[]>;
}

export interface IntakesDeps {
  storage: IntakeStorage;
  // Only the workspace as it is now is read: a snapshot is taken of it.
  workspaceStore: { getState(): { workspace: Workspace } };
}

/** A failure of the storage itself (not a refused name): shown as the store's problem. */
function storageFailure(result: { ok: boolean; reason?: string }): IntakesState['problem'] {
  const { reason } = result;
  return reason === 'quota' || reason === 'unavailable' || reason === 'newer' ? reason : null;
}

export function createIntakesStore({ storage, workspaceStore }: IntakesDeps) {
  return create<IntakesState>()((set) => {
    async function load() {
      const listed = await storage.listIntakes();
      if (listed.ok) set({ intakes: listed.intakes, loaded: true, problem: null });
      else set({ loaded: true, problem: listed.reason });
    }

    /** After a change: the stored list (another tab may have added to it), or the failure to show. */
    async function settle<R extends { ok: boolean; reason?: string }>(result: R): Promise<R> {
      const failure = storageFailure(result);
      if (failure) set({ problem: failure });
      else await load();
      return result;
    }

    return {
      intakes: [],
      loaded: false,
      problem: null,
      load,
      saveCurrent: async (name) =>
        settle(await storage.saveIntake(workspaceStore.getState().workspace, name)),
      rename: async (id, name) => settle(await storage.renameIntake(id, name)),
      remove: async (id) => {
        await settle(await storage.deleteIntake(id));
      },
      addImported: async (intakes) => {
        if (intakes.length === 0) return [];
        const added = await settle(await storage.addIntakes(intakes));
        return added.ok ? added.added : [];
      },
      forExport: async () => {
        const listed = await storage.listIntakes();
        if (!listed.ok) return [];
        const opened = await Promise.all(listed.intakes.map((i) => storage.loadIntake(i.id)));
        return opened.flatMap((o) => (o.ok ? [o.snapshot] : []));
      },
      open: async (id) => {
        const opened = await storage.loadIntake(id);
        if (!opened.ok && (opened.reason === 'unavailable' || opened.reason === 'newer'))
          set({ problem: opened.reason });
        return opened;
      },
    };
  });
}

export type IntakesStore = ReturnType<typeof createIntakesStore>;

/** The page's snapshots, beside the page's workspace. */
export const useIntakes = createIntakesStore({
  storage: createIntakeStorage(),
  workspaceStore: useWorkspace,
});
