// Runs an import in the module worker (or inline where no Worker exists, as in unit tests).
import type { ImportFile, ImportMode, ImportOutcome, ImportProgress } from '../io/importer';
import type { ImportRequestMessage, ImportResponseMessage } from '../io/worker';
import type { Workspace } from '../domain/types';
import { rememberLinkIndex } from '../domain/linkIndex';

export interface RunningImport {
  done: Promise<ImportOutcome>;
  cancel: () => void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export function startImport(
  files: ImportFile[],
  base: Workspace,
  mode: ImportMode,
  onProgress: (p: ImportProgress) => void,
): RunningImport {
  if (typeof Worker === 'undefined') return runInline(files, base, mode, onProgress);
  const worker = new Worker(new URL('../io/worker.ts', import.meta.url), { type: 'module' });
  let rejectDone: (reason: unknown) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve, reject) => {
    rejectDone = reject;
    worker.onmessage = (event: MessageEvent<ImportResponseMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else {
        worker.terminate();
        if (message.type === 'done') {
          rememberLinkIndex(message.outcome.workspace, message.index);
          resolve(message.outcome);
        }
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
  });
  const request: ImportRequestMessage = { files, base, mode };
  worker.postMessage(
    request,
    files.map((f) => f.bytes.buffer as ArrayBuffer),
  );
  return {
    done,
    cancel: () => {
      worker.terminate();
      rejectDone(new ImportCancelled());
    },
  };
}

function runInline(files: ImportFile[], base: Workspace, mode: ImportMode, onProgress: (p: ImportProgress) => void): RunningImport {
  let cancelled = false;
  const done = (async () => {
    const [{ runImport }, { expandContainers }] = await Promise.all([import('../io/importer'), import('../io/containers')]);
    const expanded = await expandContainers(files);
    if (cancelled) throw new ImportCancelled();
    return runImport(expanded, base, mode, onProgress);
  })();
  return { done, cancel: () => (cancelled = true) };
}
