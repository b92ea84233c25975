// The workspace store: holds the workspace, runs imports, saves to IndexedDB.
import { create } from 'zustand';
import { emptyWorkspace, type Workspace } from '../domain/types';
import type { ImportFile, ImportMode, ImportProgress } from '../io/importer';
import type { ImportReport } from '../io/report';
import type { Lang } from '../i18n/i18n';
import { ImportCancelled, readFiles, startImport } from './importClient';
import { loadWorkspace, saveWorkspace, type WorkspaceMeta } from './persistence';
import { sampleImportFiles } from './sample';

export type Problem =
  | { kind: 'save'; reason: 'quota' | 'unavailable' }
  | { kind: 'corrupt' }
  | { kind: 'import'; message: string };

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
  report: ImportReport | null;
  problem: Problem | null;
  init: (lang: Lang) => Promise<void>;
  requestImport: (files: File[]) => void;
  answerImportChoice: (mode: ImportMode | null) => void;
  closeReport: () => void;
  dismissProblem: () => void;
  /** Swaps the untouched sample for the other language's sample. */
  followLanguage: (lang: Lang) => Promise<void>;
}

const NO_META: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

export const useWorkspace = create<WorkspaceState>((set, get) => {
  async function persist(workspace: Workspace, meta: WorkspaceMeta) {
    const saved = await saveWorkspace(workspace, meta);
    if (!saved.ok) set({ problem: { kind: 'save', reason: saved.reason } });
  }

  async function loadSample(lang: Lang, showReport: boolean) {
    const files = await sampleImportFiles(lang);
    const { runImport } = await import('../io/importer');
    const outcome = runImport(files, emptyWorkspace(), 'replace');
    const meta: WorkspaceMeta = { origin: 'sample', untouchedSample: true, sampleLang: lang };
    set({ workspace: outcome.workspace, meta, phase: 'ready', report: showReport ? outcome.report : null });
    await persist(outcome.workspace, meta);
  }

  async function runFiles(files: ImportFile[], mode: ImportMode) {
    const base = get().workspace;
    const run = startImport(files, base, mode, (progress) => {
      const current = get().importing;
      if (current) set({ importing: { ...current, progress } });
    });
    set({ importing: { fileNames: files.map((f) => f.name), progress: null, cancel: run.cancel } });
    try {
      const outcome = await run.done;
      const meta: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };
      set({ workspace: outcome.workspace, meta, report: outcome.report, importing: null });
      await persist(outcome.workspace, meta);
    } catch (error) {
      set({ importing: null });
      if (!(error instanceof ImportCancelled)) {
        set({ problem: { kind: 'import', message: error instanceof Error ? error.message : String(error) } });
      }
    }
  }

  async function importNow(files: File[], mode: ImportMode) {
    set({ pendingFiles: null });
    try {
      await runFiles(await readFiles(files), mode);
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
    report: null,
    problem: null,

    init: async (lang) => {
      const loaded = await loadWorkspace();
      if (loaded.ok && loaded.stored) {
        set({ workspace: loaded.stored.workspace, meta: loaded.stored.meta, phase: 'ready' });
        return;
      }
      if (!loaded.ok && loaded.reason === 'corrupt') set({ problem: { kind: 'corrupt' } });
      await loadSample(lang, false);
    },

    requestImport: (files) => {
      if (files.length === 0 || get().importing) return;
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

    followLanguage: async (lang) => {
      const { meta, phase } = get();
      if (phase === 'ready' && meta.untouchedSample && meta.sampleLang !== lang) await loadSample(lang, false);
    },
  };
});
