// The whole import as the page asks for it, in one place for the worker and for the inline way (where no
// Worker exists): read the picked files, open workbooks and zips, apply the columns chosen in the mapping
// step, then import.
import type { ColumnChoice } from '../detect';
import { expandContainers } from './containers';
import { readIntakes, splitIntakeFiles } from './intakes';
import { runImport } from './runImport';
import type { ImportFile, ImportOutcome, ImportProgress, ImportRequest } from './types';

/**
 * Runs an import. `beforeImport` is called once the files are read and expanded, before any row is: the last
 * moment to stop cheaply (it may throw).
 */
export async function importPipeline(
  request: ImportRequest,
  onProgress?: (p: ImportProgress) => void,
  beforeImport?: () => void,
): Promise<ImportOutcome> {
  // A zip's snapshot folders are not part of the workspace: split off first, so the chosen columns and the
  // report's files are the workspace's own.
  const split = splitIntakeFiles(await expandContainers(await readBlobs(request.files)));
  const files = withChoices(split.files, request.chosen);
  beforeImport?.();
  const outcome = runImport(files, request.base, request.mode, onProgress, {
    remembered: request.remembered,
  });
  return split.intakes.length > 0 ? { ...outcome, intakes: readIntakes(split.intakes) } : outcome;
}

/** Reads the files that came as blobs (a worker reads a 50 MB file without the page copying it first). */
export async function readBlobs(files: ImportFile[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (f) =>
      f.blob ? { name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) } : f,
    ),
  );
}

/** Attaches the columns chosen in the mapping step to the files, by position in the (expanded) list. */
export function withChoices(files: ImportFile[], chosen: ReadonlyMap<number, ColumnChoice[]>): ImportFile[] {
  return files.map((f, i) => (chosen.has(i) ? { ...f, columns: chosen.get(i) } : f));
}
