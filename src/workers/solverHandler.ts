// What the solver worker does with a request: the LP text written from the problem's numbers (megabytes at
// 20,000 members: here, not on the page), the LP relaxation first (an upper bound, posted at once), then the
// integer program from the greedy start, within the time limit. Apart from the worker entry so that a test can
// drive it with HiGHS in Node and a stand-in for the worker's scope.
import type { Highs } from 'highs';
import { cohortLp } from '../domain/cohortLp';
import type { SolveRequest, SolverResponse } from '../io/solverMessages';

/** A bound this close to the best found proves it (weights are given to a few decimals). */
const PROVEN_GAP = 1e-6;

export type PostSolverResponse = (message: SolverResponse) => void;
export type LoadSolver = () => Promise<Highs>;

export async function answerSolve(
  request: SolveRequest,
  post: PostSolverResponse,
  load: LoadSolver,
): Promise<void> {
  let highs: Highs;
  try {
    highs = await load();
  } catch (error) {
    post({ type: 'failed', stage: 'load', message: messageOf(error) });
    return;
  }
  try {
    post(solve(highs, request, post));
  } catch (error) {
    post({ type: 'failed', stage: 'solve', message: messageOf(error) });
  }
}

function solve(highs: Highs, request: SolveRequest, post: PostSolverResponse): SolverResponse {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const options = { output_flag: false, time_limit: request.timeLimit } as const;
  const { lp, relaxedLp, columns } = cohortLp(request.problem);

  let upperBound: number | null = null;
  const relaxed = highs.solve(relaxedLp, options);
  if (relaxed.Status === 'Optimal') {
    upperBound = relaxed.ObjectiveValue;
    post({ type: 'bound', upperBound, seconds: seconds() });
    // Nothing can beat the start: no integer solve needed (at scale it may not even prove this in time).
    if (upperBound <= request.startObjective + PROVEN_GAP)
      return { type: 'done', values: request.start, upperBound, proven: true, seconds: seconds() };
  }

  const model = highs.createModel({ format: 'lp', data: lp });
  try {
    // A gap of 0: "proven" means proven, not within the default 0.01 %.
    model.options.set({ ...options, mip_rel_gap: 0 });
    const index = columns.map((name) => model.getColByName(name));
    const start = new Float64Array(model.getDimensions().numCols);
    index.forEach((column, i) => (start[column] = request.start[i]));
    // HiGHS checks the start and keeps it as the first incumbent when it is feasible.
    model.setSolution({ colValue: start });
    const { callbackType, modelStatus } = highs.constants;
    const run = model.run({
      [callbackType.mipImprovingSolution](event) {
        const best = event.data.objective_function_value;
        const bound = event.data.mip_dual_bound;
        if (best !== undefined)
          post({
            type: 'progress',
            best,
            upperBound: tighter(upperBound, bound ?? null),
            seconds: seconds(),
          });
        return undefined;
      },
    });
    const proven = run.modelStatus === modelStatus.optimal;
    const feasible = Number(model.info.get('primal_solution_status')) === 2;
    const solution = feasible ? model.getSolution().colValue : null;
    const values = solution ? index.map((column) => solution[column]) : null;
    const bound = proven ? model.getObjectiveValue() : Number(model.info.get('mip_dual_bound'));
    return {
      type: 'done',
      values,
      upperBound: tighter(upperBound, Number.isFinite(bound) ? bound : null),
      proven,
      seconds: seconds(),
    };
  } finally {
    model.dispose();
  }
}

function tighter(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
