// The workspace store: holds the workspace, runs imports, saves to IndexedDB.
import { create } from 'zustand';
import { emptyWorkspace, linkCount, type Workspace } from '../domain/types';
import type { ImportFile, ImportMode, ImportProgress } from '../io/importer';
import type { FileReport, ImportReport } from '../io/report';
import type { ColumnChoice } from '../io/detect';
import { rememberedMappings, rememberMapping } from './mappings';
import type { Lang } from '../i18n/i18n';
import { ImportCancelled, importFilesOf, startImport, warmUpImportWorker } from './importClient';
import {
  listSnapshots,
  loadSnapshot,
  loadWorkspace,
  pushSnapshot,
  requestPersistentStorage,
  saveWorkspace,
  type SnapshotInfo,
} from './persistence';
import type { WorkspaceMeta } from './storedFormat';
import { sampleImportFiles } from './sample';

export type Problem =
  | { kind: 'save'; reason: 'quota' | 'unavailable' }
  | { kind: 'corrupt' }
  | { kind: 'newer' }
  | { kind: 'import'; message: string }
  | { kind: 'otherTab' }
  | { kind: 'otherTabDuringImport' }
  | { kind: 'restoreFailed' };

export interface MappingStep {
  picked: File[];
  mode: ImportMode;
  files: { index: number; file: FileReport }[];
  /** Set when the columns are changed after an import: it runs again from the workspace it started from. */
  base: Workspace | null;
}

interface LastPick {
  picked: File[];
  mode: ImportMode;
  base: Workspace;
}

export interface ImportRun {
  fileNames: string[];
  progress: ImportProgress | null;
  cancel: () => void;
}

interface WorkspaceState {
  phase: 'loading' | 'ready';
  workspace: Workspace;
  meta: WorkspaceMeta;
  importing: ImportRun | null;
  /** Files waiting for the Replace / Merge answer. */
  pendingFiles: File[] | null;
  /** Files whose columns a person should confirm before anything is imported. */
  mappingStep: MappingStep | null;
  /** The chosen columns (by file position) and import, or null to cancel the import. */
  answerMapping: (chosen: ReadonlyMap<number, ColumnChoice[]> | null) => void;
  /** Opens the mapping step for a file of the last import, to run that import again with other columns. */
  reviseColumns: (fileIndex: number) => void;
  report: ImportReport | null;
  /** The import changed nothing (every file failed): the workspace was kept as it was. */
  reportUnchanged: boolean;
  /** The snapshot that undoes the import in the report, when one was kept. */
  undoId: string | null;
  problem: Problem | null;
  snapshots: SnapshotInfo[];
  init: (lang: Lang) => Promise<void>;
  requestImport: (files: File[]) => void;
  answerImportChoice: (mode: ImportMode | null) => void;
  closeReport: () => void;
  dismissProblem: () => void;
  /** Swaps the untouched sample for the other language's sample. */
  followLanguage: (lang: Lang) => Promise<void>;
  refreshSnapshots: () => Promise<void>;
  restoreSnapshot: (id: string) => Promise<void>;
}

// Other tabs of the app hear about every save, so that two tabs never silently overwrite each other.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('expertise-map');
const tabId = Math.random().toString(36).slice(2);

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const NO_META: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

export const useWorkspace = create<WorkspaceState>((set, get) => {
  async function persist(workspace: Workspace, meta: WorkspaceMeta) {
    const saved = await saveWorkspace(workspace, meta);
    if (!saved.ok)
      set({ problem: saved.reason === 'newer' ? { kind: 'newer' } : { kind: 'save', reason: saved.reason } });
    else channel?.postMessage({ type: 'saved', from: tabId });
  }

  /** Keeps a workspace about to be replaced in the history (by default the current one); its snapshot id, if kept. */
  async function keepCurrent(
    reason: SnapshotInfo['reason'],
    { workspace, meta }: { workspace: Workspace; meta: WorkspaceMeta } = get(),
  ): Promise<string | null> {
    if (workspace.members.length === 0 && workspace.skills.length === 0) return null;
    const kept = await pushSnapshot(workspace, meta, reason);
    if (!kept.ok) set({ problem: { kind: 'save', reason: kept.reason } });
    set({ snapshots: await listSnapshots() });
    return kept.ok ? kept.id : null;
  }

  // Another tab saved while this one was importing: its version is kept in the history before this import lands.
  let otherTabSaved = false;
  /** An import's result is on the page but not stored yet (its history snapshot and save are running). */
  let landing = false;

  channel?.addEventListener('message', (event: MessageEvent<{ type: string; from: string }>) => {
    if (event.data?.type !== 'saved' || event.data.from === tabId) return;
    if (get().importing || get().mappingStep || get().pendingFiles || landing) {
      otherTabSaved = true;
      return;
    }
    void loadWorkspace().then((loaded) => {
      // An import may have started meanwhile: then its result, not this reload, decides.
      if (get().importing) {
        otherTabSaved = true;
        return;
      }
      if (loaded.ok && loaded.stored) {
        set({ workspace: loaded.stored.workspace, meta: loaded.stored.meta, problem: { kind: 'otherTab' } });
        void listSnapshots().then((snapshots) => set({ snapshots }));
      }
    });
  });

  async function loadSample(lang: Lang, showReport: boolean) {
    const files = await sampleImportFiles(lang);
    const { runImport } = await import('../io/importer');
    const outcome = runImport(files, emptyWorkspace(), 'replace');
    const meta: WorkspaceMeta = { origin: 'sample', untouchedSample: true, sampleLang: lang };
    set({ workspace: outcome.workspace, meta, phase: 'ready', report: showReport ? outcome.report : null });
    await persist(outcome.workspace, meta);
  }

  let lastPick: LastPick | null = null;

  async function runFiles(
    picked: File[],
    files: ImportFile[],
    mode: ImportMode,
    chosen: ReadonlyMap<number, ColumnChoice[]> | null,
    baseOverride: Workspace | null,
  ) {
    const base = baseOverride ?? get().workspace;
    const request = { files, base, mode, remembered: rememberedMappings(), chosen: chosen ?? new Map() };
    const run = startImport(request, (progress) => {
      const current = get().importing;
      if (current) set({ importing: { ...current, progress } });
    });
    set({ importing: { fileNames: files.map((f) => f.name), progress: null, cancel: run.cancel } });
    try {
      const outcome = await run.done;
      const toMap = outcome.report.files.flatMap((f, index) => (f.needsMapping ? [{ index, file: f }] : []));
      if (toMap.length > 0 && chosen === null) {
        // A person confirms the columns first; nothing is applied until then.
        set({ importing: null, mappingStep: { picked, mode, files: toMap, base: baseOverride } });
        return;
      }
      // Rows rejected for their level still create the members and skills they name: that is a change too.
      const { members, skills } = outcome.workspace;
      const created =
        mode === 'merge'
          ? members.length !== base.members.length || skills.length !== base.skills.length
          : members.length + skills.length > 0;
      const usable = created || outcome.report.files.some((f) => f.imported + f.merged > 0);
      if (!usable) {
        // Nothing could be read: keep the workspace as it was rather than replace it with nothing.
        const { workspace } = get();
        const totals = {
          members: workspace.members.length,
          skills: workspace.skills.length,
          links: linkCount(workspace),
        };
        set({ report: { ...outcome.report, totals }, reportUnchanged: true, importing: null });
        return;
      }
      const previous = { workspace: get().workspace, meta: get().meta };
      lastPick = { picked, mode, base };
      const meta: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };
      // The report is shown first, in a task of its own; the storage work follows it.
      await nextTask();
      landing = true;
      try {
        set({
          workspace: outcome.workspace,
          meta,
          report: outcome.report,
          reportUnchanged: false,
          importing: null,
          undoId: null,
        });
        await nextTask();
        // The workspace before the import is in the history before the new one is stored over it.
        const undoId = await keepCurrent('import', previous);
        if (otherTabSaved) {
          otherTabSaved = false;
          const theirs = await loadWorkspace();
          if (theirs.ok && theirs.stored) await keepCurrent('import', theirs.stored);
          set({ problem: { kind: 'otherTabDuringImport' } });
        }
        if (get().report === outcome.report) set({ undoId });
        await persist(outcome.workspace, meta);
      } finally {
        landing = false;
      }
    } catch (error) {
      set({ importing: null });
      if (!(error instanceof ImportCancelled)) {
        set({ problem: { kind: 'import', message: error instanceof Error ? error.message : String(error) } });
      }
    }
  }

  async function importNow(
    files: File[],
    mode: ImportMode,
    chosen: ReadonlyMap<number, ColumnChoice[]> | null = null,
    base: Workspace | null = null,
  ) {
    set({ pendingFiles: null, mappingStep: null });
    try {
      await runFiles(files, importFilesOf(files), mode, chosen, base);
    } catch (error) {
      set({ problem: { kind: 'import', message: error instanceof Error ? error.message : String(error) } });
    }
  }

  return {
    phase: 'loading',
    workspace: emptyWorkspace(),
    meta: NO_META,
    importing: null,
    pendingFiles: null,
    mappingStep: null,
    report: null,
    reportUnchanged: false,
    undoId: null,
    problem: null,
    snapshots: [],

    answerMapping: (chosen) => {
      const step = get().mappingStep;
      if (!step) return;
      if (chosen === null) return set({ mappingStep: null });
      for (const { index, file } of step.files) {
        const choices = chosen.get(index);
        if (choices && file.signature) rememberMapping(file.signature, choices);
      }
      void importNow(step.picked, step.mode, chosen, step.base);
    },

    reviseColumns: (fileIndex) => {
      const file = get().report?.files[fileIndex];
      if (!lastPick || !file?.preview || !file.choices) return;
      set({
        report: null,
        mappingStep: {
          picked: lastPick.picked,
          mode: lastPick.mode,
          files: [{ index: fileIndex, file }],
          base: lastPick.base,
        },
      });
    },

    init: async (lang) => {
      void requestPersistentStorage();
      setTimeout(warmUpImportWorker, 500);
      void listSnapshots().then((snapshots) => set({ snapshots }));
      const loaded = await loadWorkspace();
      if (loaded.ok && loaded.stored) {
        set({ workspace: loaded.stored.workspace, meta: loaded.stored.meta, phase: 'ready' });
        return;
      }
      if (!loaded.ok && loaded.reason === 'corrupt') set({ problem: { kind: 'corrupt' } });
      if (!loaded.ok && loaded.reason === 'newer') set({ problem: { kind: 'newer' } });
      await loadSample(lang, false);
    },

    requestImport: (files) => {
      const { importing, pendingFiles, mappingStep } = get();
      // One question at a time: files dropped while an import runs or a question is open are not taken.
      if (files.length === 0 || importing || pendingFiles || mappingStep) return;
      const { workspace, meta } = get();
      const isEmpty = workspace.members.length === 0 && workspace.skills.length === 0;
      if (isEmpty || meta.untouchedSample) void importNow(files, 'replace');
      else set({ pendingFiles: files });
    },

    answerImportChoice: (mode) => {
      const files = get().pendingFiles;
      if (!files || mode === null) return set({ pendingFiles: null });
      void importNow(files, mode);
    },

    closeReport: () => set({ report: null }),
    dismissProblem: () => set({ problem: null }),

    refreshSnapshots: async () => set({ snapshots: await listSnapshots() }),

    restoreSnapshot: async (id) => {
      const stored = await loadSnapshot(id);
      if (!stored) return set({ problem: { kind: 'restoreFailed' } });
      await keepCurrent('restore');
      // The sample, restored as it was, is the untouched sample again (replaced without asking).
      set({ workspace: stored.workspace, meta: stored.meta, report: null });
      await persist(stored.workspace, get().meta);
    },

    followLanguage: async (lang) => {
      const { meta, phase } = get();
      if (phase === 'ready' && meta.untouchedSample && meta.sampleLang !== lang)
        await loadSample(lang, false);
    },
  };
});
