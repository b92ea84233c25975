// What the page and the solver worker say to each other (the best possible cohort, docs/architecture.md). Plain
// data: the problem in numbers (member and skill indexes, no user text), from which the worker writes the LP text;
// values travel in column order, the candidates' `x` first, then the gap skills' `c`.
import type { CohortProblem } from '../domain/cohortLp';

export interface SolveRequest {
  /** The integer program in numbers (not trivial); its relaxation is solved first for an upper bound. */
  problem: CohortProblem;
  /** A feasible cohort to start from (the greedy plan), in column order. */
  start: number[];
  /** What the start closes: when the relaxation's bound is no higher, the start is proven best at once. */
  startObjective: number;
  /** Seconds each solve may take before it stops with the best it has. */
  timeLimit: number;
}

export type SolverResponse =
  /** The LP relaxation's optimum: no cohort closes more. */
  | { type: 'bound'; upperBound: number; seconds: number }
  /** The integer solve found a better cohort (objective only; the cohort comes with `done`). */
  | { type: 'progress'; best: number; upperBound: number | null; seconds: number }
  /**
   * The integer solve ended: `values` of the best cohort found (null when it found none), the best proven bound,
   * and whether the optimum is proven (it stopped for no limit).
   */
  | { type: 'done'; values: number[] | null; upperBound: number | null; proven: boolean; seconds: number }
  | { type: 'failed'; stage: 'load' | 'solve'; message: string };
