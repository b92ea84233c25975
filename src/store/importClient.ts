// Runs an import in the module worker (or inline where no Worker exists, as in unit tests).
import type { ImportFile, ImportOutcome, ImportProgress, ImportRequest } from '../io/import/types';
import {
  AHEAD_WORKER_NAME,
  IMPORT_WORKER_NAME,
  type ImportRequestMessage,
  type ImportResponseMessage,
} from '../io/import/messages';
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

/** The picked files, to be read where the import runs. */
export function importFilesOf(files: readonly File[]): ImportFile[] {
  return files.map((f) => ({ name: f.name, bytes: new Uint8Array(0), blob: f }));
}

// One worker, started when the page is idle, so that the first import does not wait for it to load.
let idleWorker: Worker | null = null;

/** A worker started ahead warms its code up while idle; one started for an import runs it at once. */
function createWorker(name: typeof AHEAD_WORKER_NAME | typeof IMPORT_WORKER_NAME): Worker {
  return new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module', name });
}

export function warmUpImportWorker(): void {
  if (typeof Worker !== 'undefined' && !idleWorker) idleWorker = createWorker(AHEAD_WORKER_NAME);
}

function takeWorker(): Worker {
  const worker = idleWorker ?? createWorker(IMPORT_WORKER_NAME);
  idleWorker = null;
  return worker;
}

/**
 * The import running in a worker now (at the start, the sample's): an import asked for meanwhile waits for that
 * worker, whose code is compiled, instead of starting a cold one beside it.
 */
let running: Promise<unknown> | null = null;

export function startImport(request: ImportRequest, onProgress: (p: ImportProgress) => void): RunningImport {
  if (typeof Worker === 'undefined') return runInline(request, onProgress);
  const before = idleWorker ? null : running;
  if (!before) return runInWorker(request, onProgress);
  let cancelled = false;
  let started: RunningImport | null = null;
  let rejectWaiting: (reason: unknown) => void = () => {};
  const waiting = new Promise<never>((_, reject) => (rejectWaiting = reject));
  const done = Promise.race([
    waiting,
    before.then(() => {
      if (cancelled) throw new ImportCancelled();
      started = runInWorker(request, onProgress);
      return started.done;
    }),
  ]);
  return {
    done,
    cancel: () => {
      cancelled = true;
      if (started) started.cancel();
      else rejectWaiting(new ImportCancelled());
    },
  };
}

function runInWorker(request: ImportRequest, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = takeWorker();
  let settled = false;
  let rejectDone: (reason: unknown) => void = () => {};
  const finish = (reuse: boolean) => {
    settled = true;
    worker.onmessage = null;
    worker.onerror = null;
    // A worker that finished its import is kept (its code is compiled by now); a cancelled one is stopped.
    if (reuse && !idleWorker) idleWorker = worker;
    else worker.terminate();
    warmUpImportWorker(); // ready for the next import
  };
  const done = new Promise<ImportOutcome>((resolve, reject) => {
    rejectDone = reject;
    worker.onmessage = (event: MessageEvent<ImportResponseMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message);
      finish(true);
      if (message.type === 'done') {
        rememberLinkIndex(message.outcome.workspace, message.index);
        resolve(message.outcome);
      } else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      finish(false);
      reject(new Error(event.message || 'worker failed'));
    };
  });
  const message: ImportRequestMessage = {
    files: request.files,
    base: request.base,
    mode: request.mode,
    remembered: [...request.remembered],
    chosen: [...request.chosen],
  };
  // Bytes already in memory move to the worker; picked files go as File handles and are read there.
  worker.postMessage(
    message,
    request.files.filter((f) => f.bytes.byteLength > 0).map((f) => f.bytes.buffer as ArrayBuffer),
  );
  const settledOrFailed = done.catch(() => undefined);
  running = settledOrFailed;
  void settledOrFailed.then(() => {
    if (running === settledOrFailed) running = null;
  });
  return {
    done,
    cancel: () => {
      if (settled) return;
      finish(false);
      rejectDone(new ImportCancelled());
    },
  };
}

/** The same pipeline as the worker's, on the page: where no Worker exists (unit tests). */
function runInline(request: ImportRequest, onProgress: (p: ImportProgress) => void): RunningImport {
  let cancelled = false;
  const done = (async () => {
    const { importPipeline } = await import('../io/import/pipeline');
    return importPipeline(request, onProgress, () => {
      if (cancelled) throw new ImportCancelled();
    });
  })();
  return { done, cancel: () => (cancelled = true) };
}
