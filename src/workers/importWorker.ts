/// <reference lib="webworker" />
// The import worker's entry: the import runs here, off the page's thread (expanding workbooks, decoding,
// parsing, building the workspace). The only module that knows the worker's global scope.
import { AHEAD_WORKER_NAME, type ImportRequestMessage } from '../io/import/messages';
import { WARM_UP_SLICES, warmUpImporter } from '../io/import/warmUp';
import { answerImport } from './importHandler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let requested = false;

// A worker started ahead, while nobody waits, runs a made-up import in small slices, each its own task: a file
// picked meanwhile waits for one slice at most, and the slices left are skipped. A worker started for a real
// import goes straight to it.
if (scope.name === AHEAD_WORKER_NAME) {
  let slice = 0;
  const warmSlice = () => {
    if (requested || slice++ >= WARM_UP_SLICES) return;
    try {
      warmUpImporter();
    } catch {
      return; // only a head start; a real import reports its own problems
    }
    setTimeout(warmSlice, 0);
  };
  setTimeout(warmSlice, 0);
}

scope.onmessage = (event: MessageEvent<ImportRequestMessage>) => {
  requested = true;
  return answerImport(event.data, (message, transfer = []) => scope.postMessage(message, transfer));
};
