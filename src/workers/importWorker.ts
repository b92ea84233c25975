/// <reference lib="webworker" />
// The import worker's entry: the import runs here, off the page's thread (expanding workbooks, decoding,
// parsing, building the workspace). The only module that knows the worker's global scope.
import { AHEAD_WORKER_NAME, type ImportRequestMessage } from '../io/import/messages';
import { WARM_UP_SLICES, warmUpImporter } from '../io/import/warmUp';
import { answerImport } from './importHandler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let busy = false;
let slicesLeft = WARM_UP_SLICES;

// While nobody waits, a worker runs a made-up import in small slices, each its own task, to compile its hot code:
// a worker started ahead does it at once, one started for a small import (the sample's, at the start) once that
// import is answered. A file picked meanwhile waits for one slice at most, and the slices left wait until it is done.
const warmSlice = () => {
  if (busy || slicesLeft <= 0) return;
  slicesLeft--;
  try {
    warmUpImporter();
  } catch {
    slicesLeft = 0; // only a head start; a real import reports its own problems
    return;
  }
  setTimeout(warmSlice, 0);
};
if (scope.name === AHEAD_WORKER_NAME) setTimeout(warmSlice, 0);

/** An import this large has compiled the hot code itself: the made-up one is not needed after it. */
const WARMING_BYTES = 1024 * 1024;

scope.onmessage = async (event: MessageEvent<ImportRequestMessage>) => {
  busy = true;
  const bytes = event.data.files.reduce((sum, f) => sum + (f.blob?.size ?? f.bytes.byteLength), 0);
  if (bytes >= WARMING_BYTES) slicesLeft = 0;
  try {
    await answerImport(event.data, (message, transfer = []) => scope.postMessage(message, transfer));
  } finally {
    busy = false;
    setTimeout(warmSlice, 0);
  }
};
