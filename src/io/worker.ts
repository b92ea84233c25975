/// <reference lib="webworker" />
// The import runs here, off the main thread: expanding workbooks, decoding, parsing, building the workspace.
import {
  readBlobs,
  runImport,
  withChoices,
  type ImportFile,
  type ImportMode,
  type ImportOutcome,
  type ImportProgress,
} from './importer';
import type { Workspace } from '../domain/types';
import { expandContainers } from './containers';
import type { ColumnChoice } from './detect';
import { linkIndexOf, type LinkIndex } from '../domain/linkIndex';
import { warmUpImporter } from './warmUp';

export interface ImportRequestMessage {
  files: ImportFile[];
  base: Workspace;
  mode: ImportMode;
  /** Mappings chosen earlier, by header signature. */
  remembered: [string, ColumnChoice[]][];
  /** Columns chosen in this import's mapping step, by position in the expanded file list. */
  chosen: [number, ColumnChoice[]][];
}

export type ImportResponseMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; outcome: ImportOutcome; index: LinkIndex }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Right after start, while nobody waits: a file picked meanwhile waits at most for this (~0.1 s).
setTimeout(() => {
  try {
    warmUpImporter();
  } catch {
    // only a head start; a real import reports its own problems
  }
}, 0);

scope.onmessage = async (event: MessageEvent<ImportRequestMessage>) => {
  const { base, mode, remembered, chosen } = event.data;
  const post = (message: ImportResponseMessage) => scope.postMessage(message);
  try {
    const files = withChoices(await expandContainers(await readBlobs(event.data.files)), chosen);
    let lastPost = 0;
    const reportProgress = (progress: ImportProgress) => {
      const now = performance.now();
      if (now - lastPost > 50 || progress.overall >= 1) {
        lastPost = now;
        post({ type: 'progress', ...progress });
      }
    };
    const outcome = runImport(files, base, mode, reportProgress, { remembered: new Map(remembered) });
    // The link columns and their index (built here, off the page's thread) move to the page without a copy.
    const { links } = outcome.workspace;
    const index = linkIndexOf(outcome.workspace);
    scope.postMessage({ type: 'done', outcome, index } satisfies ImportResponseMessage, [
      links.member.buffer,
      links.skill.buffer,
      links.level.buffer,
      links.interest.buffer,
      index.skillStart.buffer,
      index.bySkill.buffer,
      index.memberStart.buffer,
      index.byMember.buffer,
    ]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
