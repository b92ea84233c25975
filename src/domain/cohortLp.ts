// The best possible cohort as an integer program (docs/contract.md "Cohort planner"), written for a solver as CPLEX
// LP text. Choose x_i ∈ {0, 1} for each eligible candidate who could close an open gap, at most the places the pins
// leave, under the department and location caps; for each gap skill s, closed_s ≤ its upper bound and closed_s ≤
// pins qualifying + Σ x_i qualifying; maximise Σ weight_s · closed_s. That is the weighted gap a cohort closes,
// whatever the order of picks: it closes min(gap, qualifying) of each.
//
// The page describes the problem in numbers (`cohortProblem` in cohortOptimum.ts: a few typed arrays, cheap) and
// the solver worker writes the text from them here: at 20,000 members the text is megabytes, and writing it on
// the page's thread took longer than a frame may. Variables and rows are named by position only (x0, c0, g0, d0,
// …): no user text ever enters the model.

/** The problem in numbers: plain data that travels to the worker as it is. */
export interface CohortProblem {
  /** Nothing left to choose (no free place, or no eligible candidate closes an open gap): the pins are the best. */
  trivial: boolean;
  /** The places the pins leave. */
  slots: number;
  /** The member index behind each `x` column (in member order). */
  candidates: Int32Array;
  /** The skill index behind each `c` column (in workspace order). */
  gapSkills: Int32Array;
  /** Per `c` column: the skill's weight. */
  weight: Float64Array;
  /** Per `c` column: the most it can close, min(gap, pins qualifying + candidates qualifying). */
  upper: Int32Array;
  /** Per `c` column: the units the pins close already. */
  pinned: Int32Array;
  /** The `c` columns candidate i qualifies for: `gapsOf[gapStart[i] .. gapStart[i + 1])`. */
  gapStart: Int32Array;
  gapsOf: Int32Array;
  /** Per `x` column, its department and location group (-1: none, never capped). */
  department: Int32Array;
  location: Int32Array;
  /** Per group, the places its pins leave under the cap; null when there is no cap. */
  departmentRoom: Int32Array | null;
  locationRoom: Int32Array | null;
  /** The pins taken, by member index: in every cohort. */
  pins: number[];
}

export interface CohortLp {
  /** The integer program. */
  lp: string;
  /** The same without integrality: its optimum bounds every cohort from above. */
  relaxedLp: string;
  /** Every column: the candidates `x0…`, then the gap skills `c0…`. */
  columns: string[];
}

export function cohortLp(problem: CohortProblem): CohortLp {
  if (problem.trivial) return { lp: '', relaxedLp: '', columns: [] };
  const { candidates, gapSkills, weight, upper, pinned, gapStart, gapsOf } = problem;
  const n = candidates.length;

  // Who qualifies for each gap column: the candidate rows turned into column rows (in candidate order).
  const qualifyingStart = new Int32Array(gapSkills.length + 1);
  for (let k = 0; k < gapsOf.length; k++) qualifyingStart[gapsOf[k] + 1]++;
  for (let j = 0; j < gapSkills.length; j++) qualifyingStart[j + 1] += qualifyingStart[j];
  const next = qualifyingStart.slice(0, gapSkills.length);
  const qualifying = new Int32Array(gapsOf.length);
  for (let i = 0; i < n; i++)
    for (let k = gapStart[i]; k < gapStart[i + 1]; k++) qualifying[next[gapsOf[k]]++] = i;

  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  for (let j = 0; j < gapSkills.length; j++) {
    objective.push(`${number(weight[j])} c${j}`);
    bounds.push(`0 <= c${j} <= ${upper[j]}`);
    // Only where the pins leave something the candidates could close; elsewhere the bound says it all.
    if (upper[j] > pinned[j]) {
      const terms = [`c${j}`];
      for (let k = qualifyingStart[j]; k < qualifyingStart[j + 1]; k++) terms.push(`- x${qualifying[k]}`);
      rows.push(row(`g${j}`, terms, pinned[j]));
    }
  }
  const xs = Array.from({ length: n }, (_, i) => `x${i}`);
  rows.push(
    row(
      'size',
      xs.map((x) => `+ ${x}`),
      problem.slots,
    ),
  );
  rows.push(...capRows('d', problem.department, problem.departmentRoom));
  rows.push(...capRows('l', problem.location, problem.locationRoom));
  for (const x of xs) bounds.push(`0 <= ${x} <= 1`);

  const head = [
    'Maximize',
    wrap(
      ' obj:',
      objective.map((t, i) => (i === 0 ? t : `+ ${t}`)),
    ),
    'Subject To',
    ...rows,
  ];
  const tail = ['Bounds', ...bounds.map((b) => ` ${b}`)];
  return {
    lp: [...head, ...tail, 'Generals', wrap('', xs), 'End', ''].join('\n'),
    relaxedLp: [...head, ...tail, 'End', ''].join('\n'),
    columns: [...xs, ...Array.from(gapSkills, (_, j) => `c${j}`)],
  };
}

/** A cap as rows: per group (in the order its first candidate comes), at most the room its pins leave. */
function capRows(prefix: string, group: Int32Array, room: Int32Array | null): string[] {
  if (room === null) return [];
  const columnsIn = new Map<number, number[]>();
  group.forEach((g, i) => {
    if (g < 0) return;
    const list = columnsIn.get(g);
    if (list) list.push(i);
    else columnsIn.set(g, [i]);
  });
  const rows: string[] = [];
  for (const [g, columns] of columnsIn)
    if (columns.length > room[g])
      rows.push(
        row(
          `${prefix}${rows.length}`,
          columns.map((i) => `+ x${i}`),
          room[g],
        ),
      );
  return rows;
}

function row(name: string, terms: string[], rhs: number): string {
  return `${wrap(` ${name}:`, terms)} <= ${rhs}`;
}

/** Terms a few to a line: LP readers may limit the line length. */
function wrap(start: string, terms: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 16) lines.push(terms.slice(i, i + 16).join(' '));
  return `${start} ${lines.join('\n  ')}`;
}

function number(n: number): string {
  // Weights are positive and finite (docs/contract.md); plain notation reads in every LP reader.
  const text = String(n);
  return text.includes('e') ? n.toFixed(12) : text;
}
