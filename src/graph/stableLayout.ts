// A filter must not rearrange the map under the reader's eyes: the positions of the unfiltered map (per mode,
// focus and steps) are computed once and kept; a filtered map draws the nodes it shares with it where they
// were, and finds room near their links for the few it adds (people the member cap had left out).
import type { ElementDefinition } from 'cytoscape';
import { drawnMemberLabel, memberExtent, skillExtent, type ActivityMark } from './labels';
import { parseNodeId } from './nodeIds';
import type { Point } from './layout';
import { settle, type Body } from './relax';

/** Positions of every node in `base` kept; the others placed near what they link to, clear of everything. */
export function keepPositions(
  nodes: ElementDefinition[],
  edges: ElementDefinition[],
  base: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const byId = new Map(nodes.map((n) => [String(n.data.id), n]));
  const added: ElementDefinition[] = [];
  for (const node of nodes) {
    const id = String(node.data.id);
    if (node.data.kind === 'category') continue; // cytoscape sizes its box around its skills
    const p = base.get(id);
    if (p) positions.set(id, { ...p });
    else added.push(node);
  }
  if (added.length === 0) return positions;

  const neighbours = new Map<string, { id: string; weight: number }[]>();
  const link = (from: string, to: string, weight: number) => {
    const list = neighbours.get(from);
    if (list) list.push({ id: to, weight });
    else neighbours.set(from, [{ id: to, weight }]);
  };
  for (const edge of edges) {
    const { source, target, level } = edge.data as { source: string; target: string; level?: number };
    link(String(source), String(target), Math.max(1, level ?? 1));
    link(String(target), String(source), Math.max(1, level ?? 1));
  }
  // outside the map's right edge, for a node linked to nothing already placed
  let right = 0;
  for (const p of positions.values()) right = Math.max(right, p.x);
  const aside = { x: right + 120, y: 0 };

  // People the filter left out free their places, each clear of everything kept: a person the filter brings in
  // (one the member cap had left out) starts at the free place nearest to what they link to.
  const vacated: (Point | null)[] = [];
  for (const [id, p] of base) if (!byId.has(id) && parseNodeId(id)?.kind === 'member') vacated.push(p);
  const nearestVacated = (to: Point): Point => {
    let best = -1;
    for (let i = 0; i < vacated.length; i++) {
      const p = vacated[i];
      if (p && (best < 0 || dist(p, to) < dist(vacated[best]!, to))) best = i;
    }
    if (best < 0) return to;
    const p = vacated[best]!;
    vacated[best] = null;
    return p;
  };

  // skills first, so that the people added with them can stand near them
  const skills = added.filter((n) => n.data.kind === 'skill');
  const others = added.filter((n) => n.data.kind !== 'skill');
  for (const group of [skills, others]) {
    if (group.length === 0) continue;
    const bodies: Body[] = [];
    for (const [id, p] of positions) bodies.push({ ...extentOf(byId.get(id)), ...p, fixed: true });
    const start = bodies.length;
    group.forEach((node) => {
      const wish = weightedCentre(neighbours.get(String(node.data.id)) ?? [], positions) ?? aside;
      const at = node.data.kind === 'member' ? nearestVacated(wish) : wish;
      bodies.push({ ...extentOf(node), ...at, fixed: false });
    });
    settle(bodies);
    group.forEach((node, i) =>
      positions.set(String(node.data.id), { x: bodies[start + i].x, y: bodies[start + i].y }),
    );
  }
  return positions;
}

function extentOf(node: ElementDefinition | undefined) {
  const data = (node?.data ?? {}) as {
    kind?: string;
    label?: string;
    target?: number;
    named?: boolean;
    activity?: ActivityMark;
  };
  return data.kind === 'skill'
    ? skillExtent(data.label ?? '', data.target ?? 1)
    : memberExtent(drawnMemberLabel(data.label ?? '', data.activity), data.named ?? data.kind !== 'member');
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function weightedCentre(
  links: { id: string; weight: number }[],
  positions: ReadonlyMap<string, Point>,
): Point | null {
  let x = 0;
  let y = 0;
  let total = 0;
  for (const { id, weight } of links) {
    const p = positions.get(id);
    if (!p) continue;
    x += p.x * weight;
    y += p.y * weight;
    total += weight;
  }
  return total > 0 ? { x: x / total, y: y / total } : null;
}
