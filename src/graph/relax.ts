// A cheap, deterministic way to keep boxes apart: fixed boxes first, then each movable box, in order, at the
// free spot nearest to where it wants to be (searched outwards on a fine grid). Each box is compared only with
// those in nearby buckets, so the pass costs about the number of boxes times the spots tried.
import type { Extent } from './labels';

export interface Body extends Extent {
  x: number;
  y: number;
  /** Fixed bodies (skills, a focused centre) stay where they are; the others find room around them. */
  fixed: boolean;
  /** Where a movable body's box must stay (its category's area), if anywhere. */
  bounds?: { minX: number; maxX: number; minY: number; maxY: number };
}

/** Space kept between two boxes. */
export const CLEARANCE = 3;
const BUCKET = 64;
const STEP = 8;
const REACH = 48; // spots tried up to STEP × REACH px away
/** Cell size of the grid of surely taken spots: finer than STEP, so few spots are left for the box test. */
const CELL = 4;

let spots: Int16Array | null = null;
/** Grid offsets (in STEPs) by distance from the origin, then by angle: the order spots are tried in. */
function spotOrder(): Int16Array {
  if (spots) return spots;
  const list: { i: number; j: number; d: number; a: number }[] = [];
  for (let i = -REACH; i <= REACH; i++)
    for (let j = -REACH; j <= REACH; j++)
      if (i * i + j * j <= REACH * REACH) list.push({ i, j, d: i * i + j * j, a: Math.atan2(j, i) });
  list.sort((p, q) => p.d - q.d || p.a - q.a);
  spots = new Int16Array(list.flatMap((p) => [p.i, p.j]));
  return spots;
}

/** Moves the movable bodies in place to free spots; returns how many found none (and stayed where they wanted). */
export function settle(bodies: Body[]): number {
  const buckets = new Map<number, Body[]>();
  const keyOf = (cx: number, cy: number) => cx * 100003 + cy;
  const span = (b: Body, x: number, y: number, visit: (key: number) => boolean | void): boolean => {
    for (let cx = Math.floor((x + b.left) / BUCKET); cx <= Math.floor((x + b.right) / BUCKET); cx++)
      for (let cy = Math.floor((y + b.top) / BUCKET); cy <= Math.floor((y + b.bottom) / BUCKET); cy++)
        if (visit(keyOf(cx, cy)) === false) return false;
    return true;
  };
  const place = (b: Body) =>
    span(b, b.x, b.y, (key) => {
      const list = buckets.get(key);
      if (list) list.push(b);
      else buckets.set(key, [b]);
    });
  const free = (b: Body, x: number, y: number) => {
    const left = x + b.left - CLEARANCE;
    const right = x + b.right + CLEARANCE;
    const top = y + b.top - CLEARANCE;
    const bottom = y + b.bottom + CLEARANCE;
    for (let cx = Math.floor(left / BUCKET); cx <= Math.floor(right / BUCKET); cx++)
      for (let cy = Math.floor(top / BUCKET); cy <= Math.floor(bottom / BUCKET); cy++) {
        const list = buckets.get(keyOf(cx, cy));
        if (list)
          for (const o of list)
            if (left < o.x + o.right && o.x + o.left < right && top < o.y + o.bottom && o.y + o.top < bottom)
              return false;
      }
    return true;
  };
  // Cells (CELL wide) where no movable body's centre can stand: each placed box grown by the smallest movable
  // box (and the clearance) on every side. A spot whose centre falls in one is taken for sure, which rejects
  // nearly every spot in a crowd with one array read instead of looking at boxes.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const core = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
  for (const b of bodies) {
    minX = Math.min(minX, b.x + b.left);
    minY = Math.min(minY, b.y + b.top);
    maxX = Math.max(maxX, b.x + b.right);
    maxY = Math.max(maxY, b.y + b.bottom);
    if (b.fixed) continue;
    core.left = Math.max(core.left, b.left);
    core.right = Math.min(core.right, b.right);
    core.top = Math.max(core.top, b.top);
    core.bottom = Math.min(core.bottom, b.bottom);
  }
  // no movable body: nothing is searched; a body with an inside-out box: grow by nothing
  if (!(core.left <= core.right && core.top <= core.bottom))
    Object.assign(core, { left: 0, right: 0, top: 0, bottom: 0 });
  // the farthest spot tried lies this many cells beyond the boxes
  const margin = (REACH * STEP) / CELL + 2;
  const originX = Math.floor(minX / CELL) - margin;
  const originY = Math.floor(minY / CELL) - margin;
  const columns = Math.ceil(maxX / CELL) + margin - originX;
  const rows = Math.ceil(maxY / CELL) + margin - originY;
  const taken = columns * rows <= 4_000_000 ? new Uint8Array(columns * rows) : null;
  const mark = (b: Body) => {
    if (!taken) return;
    // centres x with x + core.right + CLEARANCE > b.x + b.left and x + core.left - CLEARANCE < b.x + b.right
    // overlap b; a cell counts only when all of it lies strictly inside that range
    const fromX = Math.max(originX, Math.floor((b.x + b.left - core.right - CLEARANCE) / CELL) + 1);
    const toX = Math.min(originX + columns, Math.floor((b.x + b.right - core.left + CLEARANCE) / CELL));
    const fromY = Math.max(originY, Math.floor((b.y + b.top - core.bottom - CLEARANCE) / CELL) + 1);
    const toY = Math.min(originY + rows, Math.floor((b.y + b.bottom - core.top + CLEARANCE) / CELL));
    for (let cy = fromY; cy < toY; cy++) {
      const row = (cy - originY) * columns - originX;
      for (let cx = fromX; cx < toX; cx++) taken[row + cx] = 1;
    }
  };
  for (const b of bodies)
    if (b.fixed) {
      place(b);
      mark(b);
    }
  const order = spotOrder();
  // Many people want the same spot (the one skill they hold): the next of them starts its search where the
  // last one found room, instead of trying every taken spot again.
  const resume = new Map<number, number>();
  // an area where one body found no room is full: the next ones looking there go straight to pass two
  const full = new Set<Body['bounds']>();
  let stuck = 0;
  for (const b of bodies) {
    if (b.fixed) continue;
    if (b.bounds) {
      // the search starts inside the area, at the point nearest to the wish
      b.x = Math.min(b.bounds.maxX - b.right, Math.max(b.bounds.minX - b.left, b.x));
      b.y = Math.min(b.bounds.maxY - b.bottom, Math.max(b.bounds.minY - b.top, b.y));
    }
    const wish = keyOf(Math.round(b.x / (5 * STEP)), Math.round(b.y / (5 * STEP)));
    const { x: fromX, y: fromY, bounds } = b;
    let found = false;
    // inside its area if it can, else the nearest free spot anywhere
    for (let pass = full.has(bounds) ? 1 : 0; pass < 2 && !found; pass++) {
      // the hot loop: the grid of taken cells first (two divisions and a read), the box test last
      const within = pass === 0 && bounds ? bounds : null;
      for (let k = pass === 0 ? (resume.get(wish) ?? 0) : 0; k < order.length; k += 2) {
        const x = fromX + order[k] * STEP;
        const y = fromY + order[k + 1] * STEP;
        if (taken) {
          const cx = Math.floor(x / CELL) - originX;
          const cy = Math.floor(y / CELL) - originY;
          if (cx >= 0 && cx < columns && cy >= 0 && cy < rows && taken[cy * columns + cx] === 1) continue;
        }
        if (
          within &&
          (x + b.left < within.minX ||
            x + b.right > within.maxX ||
            y + b.top < within.minY ||
            y + b.bottom > within.maxY)
        )
          continue;
        if (free(b, x, y)) {
          b.x = x;
          b.y = y;
          found = true;
          if (pass === 0) resume.set(wish, k);
          break;
        }
      }
      if (!found && pass === 0) full.add(bounds);
    }
    if (!found) stuck++;
    place(b);
    mark(b);
  }
  return stuck;
}
