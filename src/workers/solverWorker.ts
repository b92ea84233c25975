/// <reference lib="webworker" />
// The solver worker's entry: HiGHS (WebAssembly) proves how good a cohort is, off the page's thread. HiGHS is
// loaded on the first request only, and its wasm is a bundled asset whose URL Vite gives us.
import wasmUrl from 'highs/runtime?url';
import type { SolveRequest } from '../io/solverMessages';
import { answerSolve } from './solverHandler';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function loadSolver() {
  const { default: load } = await import('highs');
  return load({ locateFile: () => wasmUrl });
}

scope.onmessage = (event: MessageEvent<SolveRequest>) =>
  void answerSolve(event.data, (message) => scope.postMessage(message), loadSolver);
