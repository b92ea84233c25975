// The workspace store: the workspace on the page and the one path that changes it. Every change — an edit, an
// import, a restore, the sample — is a commit: set → keep the previous one (undo stack or History) → save
// (compare-and-swap on the stored version) → other tabs hear of it (sync.ts watches `savedVersion`).
import { create } from 'zustand';
import { applyEdit, type EditRefusal, type EditResult, type WorkspaceEdit } from '../domain/edits';
import { emptyWorkspace, type Workspace } from '../domain/types';
import type { Lang } from '../i18n/i18n';
import {
  createWorkspaceStorage,
  requestPersistentStorage,
  type SnapshotInfo,
  type WorkspaceStorage,
} from './persistence';
import { sampleWorkspace } from './sample';
import type { StoredWorkspace, WorkspaceMeta } from './storedFormat';

export type Problem =
  | { kind: 'save'; reason: 'quota' | 'unavailable' }
  | { kind: 'corrupt' }
  /** The stored workspace was saved by a newer version of the app: kept untouched, nothing saved over it. */
  | { kind: 'newer' }
  | { kind: 'import'; message: string }
  | { kind: 'otherTab' }
  | { kind: 'otherTabDuringImport' }
  /** Another tab saved first: this tab's workspace went to History and this tab shows theirs. */
  | { kind: 'otherTabSavedFirst' }
  | { kind: 'editRefused'; reason: EditRefusal }
  | { kind: 'restoreFailed' };

export interface CommitOptions {
  /** What keeps the workspace being replaced: the undo stack (edits), History (imports, restores), or nothing. */
  keep: 'undo' | 'import' | 'restore' | 'nothing';
  /**
   * When another tab saved since this tab's version, keep theirs in History and save over it (an import that
   * ran while they saved) rather than lose to it.
   */
  supersede?: boolean;
}

export type CommitResult = {
  /** `lostToOtherTab`: another tab saved first; this workspace is in History and the tab shows theirs. */
  status: 'saved' | 'notSaved' | 'lostToOtherTab';
  /** The History snapshot of the workspace replaced (imports and restores), when one was kept. */
  snapshotId: string | null;
};

export interface WorkspaceState {
  phase: 'loading' | 'ready';
  workspace: Workspace;
  meta: WorkspaceMeta;
  /** The stored version this tab's workspace was loaded from or saved as; null while unknown. */
  version: number | null;
  /** The version this tab saved last: other tabs are told when it changes. */
  savedVersion: number | null;
  /** A commit's history and save are running: the workspace on the page is not stored yet. */
  committing: boolean;
  /** The last save failed (storage full, unavailable, or a newer version's data): the work is only on screen. */
  unsaved: boolean;
  /** The workspaces before the last edits, newest last; in memory only. */
  undoStack: Workspace[];
  /** The edit that replaced each workspace of `undoStack` (same positions): what an Undo button says it undoes. */
  undoEdits: WorkspaceEdit[];
  problem: Problem | null;
  snapshots: SnapshotInfo[];

  init: (lang: Lang) => Promise<void>;
  /** Applies an edit (the one action that edits); a refused edit shows its reason as the problem. */
  apply: (edit: WorkspaceEdit) => EditResult;
  /** Brings back the workspace before the last edit; false when there is none. */
  undoEdit: () => boolean;
  /** Puts a new workspace on the page and stores it; imports and restores land through here. */
  commit: (
    next: { workspace: Workspace; meta: WorkspaceMeta },
    options: CommitOptions,
  ) => Promise<CommitResult>;
  /** Shows the stored workspace when another tab saved a newer one; `whyNot` may refuse it once loaded. */
  followStored: (whyNot?: () => boolean) => Promise<'followed' | 'busy' | 'current'>;
  restoreSnapshot: (id: string) => Promise<boolean>;
  refreshSnapshots: () => Promise<void>;
  /** Swaps the untouched sample for the other language's sample. */
  followLanguage: (lang: Lang) => Promise<void>;
  showProblem: (problem: Problem) => void;
  dismissProblem: () => void;
  /** The newest unreadable data kept aside in storage (for a person to download and rescue), or null. */
  keptCopy: () => Promise<unknown>;
  /** Resolves once every commit started so far is stored (or failed). */
  settled: () => Promise<void>;
}

export interface WorkspaceStoreDeps {
  storage: WorkspaceStorage;
  sampleWorkspace: (lang: Lang) => Promise<Workspace>;
}

export const UNDO_LIMIT = 50;

const NO_META: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

/** What the page says when storage refused a write. */
function storageProblem(reason: 'quota' | 'unavailable' | 'newer'): Problem {
  return reason === 'newer' ? { kind: 'newer' } : { kind: 'save', reason };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createWorkspaceStore({ storage, sampleWorkspace }: WorkspaceStoreDeps) {
  return create<WorkspaceState>()((set, get) => {
    // Commits store one after another, each saving the newest workspace; `stored` is what this tab knows the
    // database holds, so a commit whose workspace an earlier one already saved writes nothing.
    let queue: Promise<unknown> = Promise.resolve();
    let running = 0;
    let stored: { workspace: Workspace; meta: WorkspaceMeta } | null = null;
    // Counts the stored workspaces this tab took over (at start, or from another tab): a commit made before the
    // latest one belongs to a line of changes that lost, and is not saved over it.
    let lineage = 0;

    function commitWith(
      next: { workspace: Workspace; meta: WorkspaceMeta },
      options: CommitOptions,
      // `apply` pushes the workspace an edit replaces, and the edit; anything else starts a new line of edits.
      undo: { stack: Workspace[]; edits: WorkspaceEdit[] } = { stack: [], edits: [] },
    ): Promise<CommitResult> {
      const previous = { workspace: get().workspace, meta: get().meta };
      running++;
      set({
        workspace: next.workspace,
        meta: next.meta,
        undoStack: undo.stack,
        undoEdits: undo.edits,
        committing: true,
      });
      const line = lineage;
      const step = queue.then(() => keepAndSave(previous, options, line));
      queue = step.catch(() => {});
      return step.finally(() => {
        if (--running === 0) set({ committing: false });
      });
    }

    async function keepAndSave(
      previous: { workspace: Workspace; meta: WorkspaceMeta },
      { keep, supersede = false }: CommitOptions,
      line: number,
    ): Promise<CommitResult> {
      let snapshotId: string | null = null;
      if (keep === 'import' || keep === 'restore') {
        // The new workspace is painted before the storage work starts.
        await nextTask();
        snapshotId = await keepInHistory(keep, previous);
      }
      // An earlier commit lost to another tab meanwhile; the newest workspace of this line is in History already.
      if (line !== lineage) return { status: 'lostToOtherTab', snapshotId };
      let expected = get().version ?? undefined;
      if (supersede && expected !== undefined && (await storage.storedVersion()) !== expected) {
        const theirs = await storage.loadWorkspace();
        if (theirs.ok && theirs.stored) await keepInHistory('import', theirs.stored);
        if ('version' in theirs) expected = theirs.version;
        set({ problem: { kind: 'otherTabDuringImport' } });
      }
      return { status: await save(expected), snapshotId };
    }

    async function save(expected: number | undefined): Promise<CommitResult['status']> {
      const { workspace, meta } = get();
      if (stored?.workspace === workspace && stored.meta === meta) return 'saved';
      const saved = await storage.saveWorkspace(workspace, meta, expected);
      if (saved.ok) {
        stored = { workspace, meta };
        set({ version: saved.version, savedVersion: saved.version, unsaved: false });
        return 'saved';
      }
      if (saved.reason !== 'stale') {
        // the untouched sample is no one's work: losing it on a reload loses nothing
        set({ problem: storageProblem(saved.reason), unsaved: !meta.untouchedSample });
        return 'notSaved';
      }
      await loseToOtherTab();
      return 'lostToOtherTab';
    }

    /** Another tab saved first: this tab's workspace goes to History, and the tab follows theirs. */
    async function loseToOtherTab(): Promise<void> {
      const mine = { workspace: get().workspace, meta: get().meta };
      // The untouched sample is no one's work: it gives way without a History entry or a warning.
      const quiet = mine.meta.untouchedSample;
      if (!quiet) await keepInHistory('lostToOtherTab', mine);
      const theirs = await storage.loadWorkspace();
      // Edits made meanwhile are newer than what was kept: keep each, until none came in during the last wait,
      // so that taking theirs below (with no wait before it) drops nothing.
      let kept = mine.workspace;
      while (get().workspace !== kept) {
        const now = { workspace: get().workspace, meta: get().meta };
        kept = now.workspace;
        await keepInHistory('lostToOtherTab', now);
      }
      const keptAny = !quiet || kept !== mine.workspace;
      if (theirs.ok && theirs.stored) {
        adopt(theirs.stored, theirs.version);
        set({ problem: { kind: keptAny ? 'otherTabSavedFirst' : 'otherTab' } });
      } else if (!theirs.ok && theirs.reason === 'newer') {
        // A newer version of the app saved it: it stays as it is, and this tab saves nothing over it.
        set({ version: theirs.version, problem: { kind: 'newer' } });
      } else if (!theirs.ok && theirs.reason === 'corrupt') {
        // Theirs could not be read and is set aside now: this tab's workspace (in History too) is saved instead.
        set({ version: theirs.version });
        await save(theirs.version);
      } else {
        set({ problem: { kind: 'save', reason: 'unavailable' } });
      }
    }

    /** Shows a stored workspace as this tab's (loaded at start or saved by another tab). */
    function adopt(loaded: StoredWorkspace, version: number) {
      stored = { workspace: loaded.workspace, meta: loaded.meta };
      lineage++;
      set({
        workspace: loaded.workspace,
        meta: loaded.meta,
        version,
        undoStack: [],
        undoEdits: [],
        unsaved: false,
      });
    }

    /** Keeps a workspace about to be replaced in History; its snapshot id, if kept. */
    async function keepInHistory(
      reason: SnapshotInfo['reason'],
      { workspace, meta }: { workspace: Workspace; meta: WorkspaceMeta },
    ): Promise<string | null> {
      if (workspace.members.length === 0 && workspace.skills.length === 0) return null;
      const kept = await storage.pushSnapshot(workspace, meta, reason);
      if (!kept.ok) set({ problem: storageProblem(kept.reason) });
      set({ snapshots: await storage.listSnapshots() });
      return kept.ok ? kept.id : null;
    }

    function commitSample(workspace: Workspace, lang: Lang) {
      const meta: WorkspaceMeta = { origin: 'sample', untouchedSample: true, sampleLang: lang };
      return commitWith({ workspace, meta }, { keep: 'nothing' });
    }

    return {
      phase: 'loading',
      workspace: emptyWorkspace(),
      meta: NO_META,
      version: null,
      savedVersion: null,
      committing: false,
      unsaved: false,
      undoStack: [],
      undoEdits: [],
      problem: null,
      snapshots: [],

      init: async (lang) => {
        void requestPersistentStorage();
        void get().refreshSnapshots();
        const loaded = await storage.loadWorkspace();
        if (loaded.ok && loaded.stored) {
          adopt(loaded.stored, loaded.version);
          set({ phase: 'ready' });
          return;
        }
        if (!loaded.ok && loaded.reason === 'corrupt') set({ problem: { kind: 'corrupt' } });
        if (!loaded.ok && loaded.reason === 'newer') set({ problem: { kind: 'newer' } });
        if ('version' in loaded) set({ version: loaded.version });
        const before = get().workspace;
        const sample = await sampleWorkspace(lang);
        set({ phase: 'ready' });
        // A file picked while the sample was being read has landed meanwhile: the sample must not replace it.
        if (get().workspace !== before) return;
        await commitSample(sample, lang);
      },

      apply: (edit) => {
        const { workspace, meta } = get();
        const result = applyEdit(workspace, edit);
        if (!result.ok) {
          set({ problem: { kind: 'editRefused', reason: result.reason } });
          return result;
        }
        if (result.workspace !== workspace) {
          const { undoStack, undoEdits } = get();
          void commitWith(
            { workspace: result.workspace, meta: { ...meta, untouchedSample: false } },
            { keep: 'undo' },
            {
              stack: [...undoStack, workspace].slice(-UNDO_LIMIT),
              edits: [...undoEdits, edit].slice(-UNDO_LIMIT),
            },
          );
        }
        return result;
      },

      undoEdit: () => {
        const { undoStack, undoEdits, meta } = get();
        const previous = undoStack.at(-1);
        if (!previous) return false;
        void commitWith(
          { workspace: previous, meta },
          { keep: 'nothing' },
          { stack: undoStack.slice(0, -1), edits: undoEdits.slice(0, -1) },
        );
        return true;
      },

      commit: (next, options) => commitWith(next, options),

      followStored: async (whyNot = () => false) => {
        if (get().committing || get().phase !== 'ready' || whyNot()) return 'busy';
        const loaded = await storage.loadWorkspace();
        // A commit or an import may have started meanwhile: then it decides, not this reload.
        if (get().committing || whyNot()) return 'busy';
        if (!loaded.ok || !loaded.stored || loaded.version <= (get().version ?? -1)) return 'current';
        adopt(loaded.stored, loaded.version);
        set({ problem: { kind: 'otherTab' } });
        void get().refreshSnapshots();
        return 'followed';
      },

      restoreSnapshot: async (id) => {
        const snapshot = await storage.loadSnapshot(id);
        if (!snapshot) {
          set({ problem: { kind: 'restoreFailed' } });
          return false;
        }
        // The sample, restored as it was, is the untouched sample again (replaced without asking).
        await get().commit({ workspace: snapshot.workspace, meta: snapshot.meta }, { keep: 'restore' });
        return true;
      },

      refreshSnapshots: async () => set({ snapshots: await storage.listSnapshots() }),

      followLanguage: async (lang) => {
        const untouchedOther = () => {
          const { meta, phase } = get();
          return phase === 'ready' && meta.untouchedSample && meta.sampleLang !== lang;
        };
        if (!untouchedOther()) return;
        const sample = await sampleWorkspace(lang);
        if (untouchedOther()) await commitSample(sample, lang);
      },

      showProblem: (problem) => set({ problem }),
      dismissProblem: () => set({ problem: null }),
      keptCopy: async () => {
        const kept = await storage.listSetAside();
        return kept.length === 0 ? null : ((await storage.readSetAside(kept.at(-1)!)) ?? null);
      },
      settled: async () => {
        while (get().committing) await queue;
      },
    };
  });
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/** The page's workspace store. */
export const useWorkspace = createWorkspaceStore({ storage: createWorkspaceStorage(), sampleWorkspace });
