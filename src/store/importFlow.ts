// The import flow: files waiting for Replace or Merge, the column-mapping step, the running import with its
// progress and Cancel, and the report. What an import produces lands through the workspace store's commit.
import { create } from 'zustand';
import { interestOnlyCount, linkCount, type Workspace } from '../domain/types';
import type { ColumnChoice } from '../io/detect';
import type { ImportFile, ImportMode, ImportProgress } from '../io/import/types';
import type { FileReport, ImportReport } from '../io/report';
import type { IntakeSnapshotData } from '../domain/intakes';
import { ImportCancelled, importFilesOf, startImport } from './importClient';
import { rememberedMappings, rememberMapping } from './mappings';
import type { WorkspaceMeta } from './storedFormat';
import { useWorkspace, type WorkspaceStore } from './workspace';

export interface MappingStep {
  picked: File[];
  mode: ImportMode;
  files: { index: number; file: FileReport }[];
  /** Set when the columns are changed after an import: it runs again from the workspace it started from. */
  base: Workspace | null;
}

/** The last import that changed the workspace: enough to run it again with other columns. */
export interface LastPick {
  picked: File[];
  mode: ImportMode;
  base: Workspace;
}

export interface ImportRun {
  fileNames: string[];
  progress: ImportProgress | null;
  cancel: () => void;
}

export interface ImportFlowState {
  /** Files waiting for the Replace / Merge answer. */
  pendingFiles: File[] | null;
  /** Files whose columns a person should confirm before anything is imported. */
  mappingStep: MappingStep | null;
  importing: ImportRun | null;
  report: ImportReport | null;
  /** The import changed nothing (every file failed): the workspace was kept as it was. */
  reportUnchanged: boolean;
  /** The snapshot that undoes the import in the report, when one was kept. */
  undoId: string | null;
  lastPick: LastPick | null;
  requestImport: (files: File[]) => void;
  answerImportChoice: (mode: ImportMode | null) => void;
  /** The chosen columns (by file position) and import, or null to cancel the import. */
  answerMapping: (chosen: ReadonlyMap<number, ColumnChoice[]> | null) => void;
  /** Opens the mapping step for a file of the last import, to run that import again with other columns. */
  reviseColumns: (fileIndex: number) => void;
  closeReport: () => void;
  /** Brings back the workspace the reported import replaced. */
  undoImport: () => Promise<void>;
}

/** A question is open or an import runs: the workspace under it should not change. */
export function importFlowBusy(state: ImportFlowState): boolean {
  return state.importing !== null || state.mappingStep !== null || state.pendingFiles !== null;
}

export interface ImportFlowDeps {
  startImport: typeof startImport;
  importFilesOf: typeof importFilesOf;
  /** Keeps the named intake snapshots a workspace zip brought (the page: the snapshots store). */
  keepIntakes?: (intakes: IntakeSnapshotData[]) => Promise<unknown>;
}

const USER_META: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createImportFlowStore(
  workspaceStore: WorkspaceStore,
  deps: ImportFlowDeps = {
    startImport,
    importFilesOf,
    // the intake store loads with the first zip that brings snapshots: not part of the first visit
    keepIntakes: (intakes) =>
      import('./intakes').then(({ useIntakes }) => useIntakes.getState().addImported(intakes)),
  },
) {
  return create<ImportFlowState>()((set, get) => {
    const showProblem = (message: string) =>
      workspaceStore.getState().showProblem({ kind: 'import', message });

    async function runFiles(
      picked: File[],
      files: ImportFile[],
      mode: ImportMode,
      chosen: ReadonlyMap<number, ColumnChoice[]> | null,
      baseOverride: Workspace | null,
    ) {
      const base = baseOverride ?? workspaceStore.getState().workspace;
      const request = { files, base, mode, remembered: rememberedMappings(), chosen: chosen ?? new Map() };
      const run = deps.startImport(request, (progress) => {
        const current = get().importing;
        if (current) set({ importing: { ...current, progress } });
      });
      set({ importing: { fileNames: files.map((f) => f.name), progress: null, cancel: run.cancel } });
      try {
        const outcome = await run.done;
        const toMap = outcome.report.files.flatMap((f, index) =>
          f.needsMapping ? [{ index, file: f }] : [],
        );
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
          const { workspace } = workspaceStore.getState();
          const totals = {
            members: workspace.members.length,
            skills: workspace.skills.length,
            links: linkCount(workspace),
          };
          const interestsWithoutLevel = interestOnlyCount(workspace);
          set({
            report: { ...outcome.report, totals, interestsWithoutLevel },
            reportUnchanged: true,
            importing: null,
          });
          return;
        }
        // The report is shown first, in a task of its own; the storage work follows it.
        await nextTask();
        // Committed before the flow goes idle, so that the page never looks idle with the import unstored.
        // An import supersedes what another tab saved while it ran (theirs is kept in History).
        const committed = workspaceStore
          .getState()
          .commit({ workspace: outcome.workspace, meta: USER_META }, { keep: 'import', supersede: true });
        // Snapshots are added beside the workspace, whatever becomes of its save: a clashing name gets a suffix.
        if (outcome.intakes?.length) void deps.keepIntakes?.(outcome.intakes);
        set({
          report: outcome.report,
          reportUnchanged: false,
          importing: null,
          undoId: null,
          lastPick: { picked, mode, base },
        });
        const { status, snapshotId } = await committed;
        if (get().report !== outcome.report) return;
        // Lost to another tab's save: the report would say the workspace was replaced, which it was not.
        if (status === 'lostToOtherTab') set({ report: null, lastPick: null });
        else set({ undoId: snapshotId });
      } catch (error) {
        set({ importing: null });
        if (!(error instanceof ImportCancelled)) showProblem(messageOf(error));
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
        await runFiles(files, deps.importFilesOf(files), mode, chosen, base);
      } catch (error) {
        showProblem(messageOf(error));
      }
    }

    return {
      pendingFiles: null,
      mappingStep: null,
      importing: null,
      report: null,
      reportUnchanged: false,
      undoId: null,
      lastPick: null,

      requestImport: (files) => {
        // One question at a time: files dropped while an import runs or a question is open are not taken.
        if (files.length === 0 || importFlowBusy(get())) return;
        const { workspace, meta } = workspaceStore.getState();
        const isEmpty = workspace.members.length === 0 && workspace.skills.length === 0;
        if (isEmpty || meta.untouchedSample) void importNow(files, 'replace');
        else set({ pendingFiles: files });
      },

      answerImportChoice: (mode) => {
        const files = get().pendingFiles;
        if (!files || mode === null) return set({ pendingFiles: null });
        void importNow(files, mode);
      },

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
        const { lastPick, report } = get();
        const file = report?.files[fileIndex];
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

      closeReport: () => set({ report: null }),

      undoImport: async () => {
        const { undoId } = get();
        if (!undoId) return;
        set({ report: null });
        await workspaceStore.getState().restoreSnapshot(undoId);
      },
    };
  });
}

export type ImportFlowStore = ReturnType<typeof createImportFlowStore>;

/** The page's import flow, landing its imports in the page's workspace store. */
export const useImportFlow = createImportFlowStore(useWorkspace);
