// Where the overview's nodes go: two tiers, groups (categories, skills or people) above and what they link to
// (departments, or a department's skills) below, each tier in rows; the lower tier ordered by where its links
// come from above (the weighted mean of their x), so that edges run mostly downwards instead of across.
import type { Point } from './layout';

export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

/** Room for a label of about two lines of 160 px under each node. */
const CELL = { width: 200, height: 130 };
const TIER_GAP = 260;

/** Up to 7 in one row; beyond that about three times as wide as tall, so a laptop screen shows labels legibly. */
function columnsFor(count: number): number {
  return count <= 7 ? Math.max(1, count) : Math.ceil(Math.sqrt(count * 3));
}

function grid(ids: string[], top: number, positions: Map<string, Point>): number {
  const columns = columnsFor(ids.length);
  const rows = Math.ceil(ids.length / columns);
  ids.forEach((id, i) => {
    const row = Math.floor(i / columns);
    // the last row is centred under the others
    const inRow = row === rows - 1 ? ids.length - row * columns : columns;
    const column = i - row * columns;
    positions.set(id, {
      x: (column - (inRow - 1) / 2) * CELL.width,
      y: top + row * CELL.height,
    });
  });
  return top + Math.max(0, rows - 1) * CELL.height;
}

export function tierPositions(top: string[], bottom: string[], edges: WeightedEdge[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const end = grid(top, 0, positions);
  const pull = new Map<string, { sum: number; weight: number }>();
  for (const e of edges) {
    const from = positions.get(e.source);
    if (!from) continue;
    const p = pull.get(e.target) ?? { sum: 0, weight: 0 };
    p.sum += from.x * e.weight + from.y * e.weight * 1e-3; // rows apart break ties
    p.weight += e.weight;
    pull.set(e.target, p);
  }
  const centre = (id: string) => {
    const p = pull.get(id);
    return p && p.weight > 0 ? p.sum / p.weight : Infinity; // unlinked ones at the end
  };
  const order = bottom.map((id, i) => ({ id, i, x: centre(id) }));
  order.sort((a, b) => a.x - b.x || a.i - b.i);
  grid(
    order.map((o) => o.id),
    end + TIER_GAP,
    positions,
  );
  return positions;
}
