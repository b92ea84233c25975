// How good the greedy plan is: the best possible cohort of the same size and constraints, proven by HiGHS in a
// worker started only when the panel asks. A change of plan inputs stops that worker and starts a new one, so a
// late answer for an old plan is never shown.
import { useEffect, useMemo, useState } from 'react';
import type { Analysis } from '../domain/analysis';
import {
  cohortProblem,
  readSolution,
  startOf,
  type CohortOptimum,
  type CohortProblem,
} from '../domain/cohortOptimum';
import type { CohortPlan } from '../domain/cohortTypes';
import type { SolveRequest, SolverResponse } from '../io/solverMessages';
import { useAnalysis } from './analysis';

/** Seconds the integer solve may take; the relaxation's bound comes first whatever happens. */
export const SOLVER_TIME_LIMIT = 10;

/** Starts a solve; answers come through `onMessage` until the returned stop is called. */
export type StartSolver = (request: SolveRequest, onMessage: (message: SolverResponse) => void) => () => void;

export const startSolverWorker: StartSolver = (request, onMessage) => {
  if (typeof Worker === 'undefined') {
    queueMicrotask(() => onMessage({ type: 'failed', stage: 'load', message: 'no Worker here' }));
    return () => {};
  }
  const worker = new Worker(new URL('../workers/solverWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<SolverResponse>) => onMessage(event.data);
  worker.onerror = (event) =>
    onMessage({ type: 'failed', stage: 'load', message: event.message || 'worker failed' });
  worker.postMessage(request);
  return () => worker.terminate();
};

export interface BestCohort {
  /** `bounding`: waiting for the relaxation; `solving`: the integer solve runs; `done` or `failed`. */
  status: 'bounding' | 'solving' | 'done' | 'failed';
  failedAt: 'load' | 'solve' | null;
  /** No cohort of this size and these constraints closes more (null until known). */
  upperBound: number | null;
  /** The best cohort found: the solver's, or the greedy plan when the solver found nothing better. */
  best: CohortOptimum;
  /** While solving: the weighted gap the solver's best cohort so far closes. */
  bestSoFar: number | null;
  /** The best is proven optimal. */
  proven: boolean;
  /** The greedy plan as a cohort, for comparison. */
  greedy: CohortOptimum;
}

interface Answer {
  model: CohortProblem;
  status: BestCohort['status'];
  failedAt: BestCohort['failedAt'];
  upperBound: number | null;
  found: CohortOptimum | null;
  bestSoFar: number | null;
  proven: boolean;
}

const EPSILON = 1e-6;

// Per plan (made on one analysis), outside React: a render React interrupts and starts again reuses it.
const problems = new WeakMap<CohortPlan, { analysis: Analysis; problem: CohortProblem }>();

function problemOf(analysis: Analysis, plan: CohortPlan): CohortProblem {
  const cached = problems.get(plan);
  if (cached?.analysis === analysis) return cached.problem;
  const started = performance.now();
  // Numbers only: the worker writes the LP text (megabytes at 20,000 members) off the page's thread.
  const problem = cohortProblem(analysis, plan.options);
  // User Timing entry read by `npm run bench`: what describing the problem costs the page.
  performance.measure?.('expertise-map:cohort-model', { start: started, end: performance.now() });
  problems.set(plan, { analysis, problem });
  return problem;
}

function fold(analysis: Analysis, answer: Answer, message: SolverResponse): Answer {
  switch (message.type) {
    case 'bound':
      return { ...answer, status: 'solving', upperBound: message.upperBound };
    case 'progress':
      return {
        ...answer,
        status: 'solving',
        bestSoFar: message.best,
        upperBound: message.upperBound ?? answer.upperBound,
      };
    case 'done':
      return {
        ...answer,
        status: 'done',
        upperBound: message.upperBound ?? answer.upperBound,
        found: message.values ? readSolution(analysis, answer.model, message.values) : null,
        proven: message.proven,
      };
    case 'failed':
      return { ...answer, status: 'failed', failedAt: message.stage };
  }
}

export function useBestCohort(plan: CohortPlan, start: StartSolver = startSolverWorker): BestCohort {
  const analysis = useAnalysis();
  const greedy = useMemo<CohortOptimum>(
    () => ({
      memberKeys: plan.picks.map((p) => p.member.key),
      weightedGapClosed: plan.totals.weightedGapClosed,
    }),
    [plan],
  );
  const model = problemOf(analysis, plan);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (model.trivial) return;
    let live = true;
    let current: Answer = {
      model,
      status: 'bounding',
      failedAt: null,
      upperBound: null,
      found: null,
      bestSoFar: null,
      proven: false,
    };
    const stop = start(
      {
        problem: model,
        start: startOf(analysis, model, greedy.memberKeys),
        startObjective: greedy.weightedGapClosed,
        timeLimit: SOLVER_TIME_LIMIT,
      },
      (message) => {
        if (!live) return;
        current = fold(analysis, current, message);
        setAnswer(current);
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, [analysis, model, greedy, start]);

  // Nothing left to choose: the plan is the best, no solver needed.
  if (model.trivial)
    return {
      status: 'done',
      failedAt: null,
      upperBound: greedy.weightedGapClosed,
      best: greedy,
      bestSoFar: null,
      proven: true,
      greedy,
    };
  // An answer for an earlier model is stale: this model's solve has just started.
  const now = answer?.model === model ? answer : null;
  // The greedy plan is a cohort too: the best found is never below it, and no bound below the best found.
  const best =
    now?.found && now.found.weightedGapClosed > greedy.weightedGapClosed + EPSILON ? now.found : greedy;
  const upperBound =
    now?.upperBound === null || !now ? null : Math.max(now.upperBound, best.weightedGapClosed);
  const proven =
    !!now && (now.proven || (upperBound !== null && upperBound - best.weightedGapClosed < EPSILON));
  return {
    status: now?.status ?? 'bounding',
    failedAt: now?.failedAt ?? null,
    upperBound,
    best,
    bestSoFar: now?.bestSoFar ?? null,
    proven,
    greedy,
  };
}
