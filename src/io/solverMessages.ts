// What the page and the solver worker say to each other (the best possible cohort, docs/architecture.md). Plain
// data: the model is CPLEX LP text whose names carry no user text; values travel in the order of `columns`.

export interface SolveRequest {
  /** The integer program. */
  lp: string;
  /** The same without integrality, solved first for an upper bound. */
  relaxedLp: string;
  /** The columns whose values come back, and the order of `start` and of the answer's `values`. */
  columns: string[];
  /** A feasible cohort to start from (the greedy plan), in `columns` order. */
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
