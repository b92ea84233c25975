/// <reference lib="webworker" />
// The import worker's entry: the import runs here, off the page's thread (expanding workbooks, decoding,
// parsing, building the workspace). The only module that knows the worker's global scope.
import type { ImportRequestMessage } from '../io/import/messages';
import { warmUpImporter } from '../io/import/warmUp';
import { answerImport } from './importHandler';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Right after start, while nobody waits: a file picked meanwhile waits at most for this (~0.1 s).
setTimeout(() => {
  try {
    warmUpImporter();
  } catch {
    // only a head start; a real import reports its own problems
  }
}, 0);

scope.onmessage = (event: MessageEvent<ImportRequestMessage>) =>
  answerImport(event.data, (message, transfer = []) => scope.postMessage(message, transfer));
