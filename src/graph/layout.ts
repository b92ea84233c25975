// Where each node is drawn, as a pure function of the elements: computed in one pass plus a bounded overlap
// removal (relax.ts), never by a force simulation on the page's only thread. Overview: one cluster per category
// (its skills on a grid roomy enough for the people who hold them); each person at the weighted centre of their
// skills, pulled into the category where most of their expertise lies. Focus: rings around the focused node.
import type { ElementDefinition } from 'cytoscape';
import {
  CATEGORY_FONT,
  drawnMemberLabel,
  memberExtent,
  skillExtent,
  type ActivityMark,
  type Extent,
} from './labels';
import { settle, type Body } from './relax';

export interface Point {
  x: number;
  y: number;
}

export type LayoutFocus = { kind: 'none' } | { kind: 'radial'; centre: string; rings: string[][] };

/** Air around the largest skill of a category in its grid's cells, before room is made for people. */
const CELL_AIR = { x: 10, y: 16 };
/** Space between category boxes (the category's name sits above its box). */
const CLUSTER_GAP = { x: 36, y: 30 + CATEGORY_FONT };
/** Room around the skills inside a category box, where people may stand. */
const CLUSTER_MARGIN = 14;
/** Free area per area of people's boxes: leaves the overlap removal room to work. */
const SLACK = 1.6;
/** Width ÷ height of the whole map: a laptop's map area. */
const ASPECT = 1.75;
/** How far a person is drawn from the centre of all their skills towards those in their own category. */
const HOME_PULL = 0.8;

interface NodeInfo {
  id: string;
  kind: string;
  label: string;
  extent: Extent;
}

function infoOf(node: ElementDefinition): NodeInfo {
  const data = node.data as {
    id: string;
    kind: string;
    label?: string;
    target?: number;
    named?: boolean;
    activity?: ActivityMark;
  };
  const label = data.label ?? '';
  const extent =
    data.kind === 'skill'
      ? skillExtent(label, data.target ?? 1)
      : memberExtent(drawnMemberLabel(label, data.activity), data.named ?? data.kind !== 'member');
  return { id: data.id, kind: data.kind, label, extent };
}

/** Positions for every node id (categories get none: cytoscape sizes them around their skills). */
export function layoutPositions(
  nodes: ElementDefinition[],
  edges: ElementDefinition[],
  focus: LayoutFocus,
): Map<string, Point> {
  const info = new Map<string, NodeInfo>();
  for (const node of nodes) info.set(String(node.data.id), infoOf(node));
  return focus.kind === 'radial' ? radial(focus, info) : clusters(nodes, edges, info);
}

const extentOf = (info: Map<string, NodeInfo>, id: string): Extent =>
  info.get(id)?.extent ?? memberExtent('', false);

/** Room along a ring for each node: its label's width, plus a margin. */
const RING_ARC_MARGIN = 16;
/** Distance between two sub-rings of one ring: a label's height and some air. */
const SUB_RING_STEP = 44;
/** Distance between the rings of different kinds (holders, candidates, others). */
const RING_GAP = 80;

/**
 * Rings of ring groups; a group whose labels do not fit on one circle spills onto further circles, every other
 * one turned by half a step so that neighbouring labels sit at different angles.
 */
function radial(
  focus: { centre: string; rings: string[][] },
  info: Map<string, NodeInfo>,
): Map<string, Point> {
  const positions = new Map<string, Point>([[focus.centre, { x: 0, y: 0 }]]);
  const centre = extentOf(info, focus.centre);
  let radius = Math.max(centre.right, centre.bottom) + 40;
  let first = true;
  for (const ring of focus.rings) {
    if (ring.length === 0) continue;
    if (!first) radius += RING_GAP;
    first = false;
    const arc = Math.max(
      ...ring.map((id) => extentOf(info, id).right - extentOf(info, id).left + RING_ARC_MARGIN),
    );
    let placed = 0;
    for (let sub = 0; placed < ring.length; sub++) {
      if (sub > 0) radius += SUB_RING_STEP;
      const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / arc));
      const count = Math.min(capacity, ring.length - placed);
      // a last, partial circle spreads its nodes over the whole circle
      const step = (2 * Math.PI) / count;
      const turn = sub % 2 === 1 ? step / 2 : 0;
      for (let i = 0; i < count; i++) {
        const angle = -Math.PI / 2 + turn + i * step;
        positions.set(ring[placed + i], { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      }
      placed += count;
    }
  }
  // what the circles could not keep apart (a wide label at the side of a ring) is pushed apart
  const bodies: Body[] = [];
  const ids: string[] = [];
  for (const [id, p] of positions) {
    ids.push(id);
    bodies.push({ ...extentOf(info, id), x: p.x, y: p.y, fixed: id === focus.centre });
  }
  settle(bodies);
  ids.forEach((id, i) => positions.set(id, { x: bodies[i].x, y: bodies[i].y }));
  return positions;
}

interface Cluster {
  id: string;
  skills: string[];
  members: string[];
  columns: number;
  rows: number;
  cell: { width: number; height: number };
  width: number;
  height: number;
  /** Top-left corner of the cluster's area. */
  x: number;
  y: number;
}

function clusters(
  nodes: ElementDefinition[],
  edges: ElementDefinition[],
  info: Map<string, NodeInfo>,
): Map<string, Point> {
  const parentOf = new Map<string, string>();
  const byId = new Map<string, Cluster>();
  const order: Cluster[] = [];
  const clusterOf = (id: string) => {
    let c = byId.get(id);
    if (!c) {
      c = {
        id,
        skills: [],
        members: [],
        columns: 1,
        rows: 1,
        cell: { width: 0, height: 0 },
        width: 0,
        height: 0,
        x: 0,
        y: 0,
      };
      byId.set(id, c);
      order.push(c);
    }
    return c;
  };
  const memberIds: string[] = [];
  for (const node of nodes) {
    const { id, kind, parent } = node.data as { id: string; kind: string; parent?: string };
    if (kind === 'category') clusterOf(id);
    else if (kind === 'skill') {
      clusterOf(parent ?? '').skills.push(id);
      parentOf.set(id, parent ?? '');
    } else if (kind === 'member') memberIds.push(id);
  }

  // Each member's links weighted by level, and the cluster holding most weight (the first such, on a tie).
  const linksOf = new Map<string, { skill: string; weight: number }[]>();
  for (const edge of edges) {
    const { source, target, level } = edge.data as { source: string; target: string; level?: number };
    const link = { skill: target, weight: Math.max(1, level ?? 1) };
    const list = linksOf.get(source);
    if (list) list.push(link);
    else linksOf.set(source, [link]);
  }
  const homeOf = new Map<string, Cluster>();
  for (const member of memberIds) {
    const weights = new Map<string, number>();
    let home: string | null = null;
    for (const { skill, weight } of linksOf.get(member) ?? []) {
      const cluster = parentOf.get(skill);
      if (cluster === undefined) continue;
      const w = (weights.get(cluster) ?? 0) + weight;
      weights.set(cluster, w);
      if (home === null || w > weights.get(home)!) home = cluster;
    }
    const cluster = clusterOf(home ?? '');
    cluster.members.push(member);
    homeOf.set(member, cluster);
  }

  for (const c of order) sizeCluster(c, info);
  packClusters(order);

  const positions = new Map<string, Point>();
  for (const c of order) placeSkills(c, info, positions);

  const bodies: Body[] = [];
  const bodyIds: string[] = [];
  for (const [id, p] of positions) {
    bodies.push({ ...extentOf(info, id), x: p.x, y: p.y, fixed: true });
    bodyIds.push(id);
  }
  const boundsOf = new Map(
    order.map((c) => [c, { minX: c.x, maxX: c.x + c.width, minY: c.y, maxY: c.y + c.height }]),
  );
  memberIds.forEach((id, i) => {
    const home = homeOf.get(id)!;
    const all = centroid(linksOf.get(id) ?? [], positions, () => true);
    const own = centroid(linksOf.get(id) ?? [], positions, (s) => parentOf.get(s) === home.id);
    const start = own ?? all ?? { x: home.x + home.width / 2, y: home.y + home.height / 2 };
    const to = all ?? start;
    // a small turn by the golden angle per person, so that people with the same skills do not start as one
    const angle = i * 2.399963;
    bodies.push({
      ...extentOf(info, id),
      x: start.x + (1 - HOME_PULL) * (to.x - start.x) + 3 * Math.cos(angle),
      y: start.y + (1 - HOME_PULL) * (to.y - start.y) + 3 * Math.sin(angle),
      fixed: false,
      bounds: boundsOf.get(home),
    });
    bodyIds.push(id);
  });
  settle(bodies);
  bodyIds.forEach((id, i) => positions.set(id, { x: bodies[i].x, y: bodies[i].y }));
  return positions;
}

function centroid(
  links: { skill: string; weight: number }[],
  positions: Map<string, Point>,
  keep: (skill: string) => boolean,
): Point | null {
  let x = 0;
  let y = 0;
  let total = 0;
  for (const { skill, weight } of links) {
    const p = positions.get(skill);
    if (!p || !keep(skill)) continue;
    x += p.x * weight;
    y += p.y * weight;
    total += weight;
  }
  return total > 0 ? { x: x / total, y: y / total } : null;
}

/**
 * Skills on a grid spanning the cluster's whole area, the outer ones touching its edges: the category box
 * cytoscape draws around them is then the area its people are kept in.
 */
function placeSkills(c: Cluster, info: Map<string, NodeInfo>, positions: Map<string, Point>) {
  const extents = c.skills.map((id) => extentOf(info, id));
  const half = Math.max(0, ...extents.map((e) => e.right));
  const top = Math.max(0, ...extents.map((e) => -e.top));
  const bottom = Math.max(0, ...extents.map((e) => e.bottom));
  const left = c.x + CLUSTER_MARGIN + half;
  const stepX = c.columns > 1 ? (c.width - 2 * CLUSTER_MARGIN - 2 * half) / (c.columns - 1) : 0;
  const upper = c.y + CLUSTER_MARGIN + top;
  const stepY = c.rows > 1 ? (c.height - 2 * CLUSTER_MARGIN - top - bottom) / (c.rows - 1) : 0;
  c.skills.forEach((id, i) => {
    // a short last row is centred under the others
    const row = Math.floor(i / c.columns);
    const inRow = Math.min(c.columns, c.skills.length - row * c.columns);
    const col = (i % c.columns) + (c.columns - inRow) / 2;
    positions.set(id, {
      x: c.columns > 1 ? left + col * stepX : c.x + c.width / 2,
      y: c.rows > 1 ? upper + row * stepY : c.y + c.height / 2 - (bottom - top) / 2,
    });
  });
}

/** A grid of skill cells, widened until the free area can take the cluster's people. */
function sizeCluster(c: Cluster, info: Map<string, NodeInfo>) {
  const boxArea = (id: string) => {
    const e = extentOf(info, id);
    return (e.right - e.left + 8) * (e.bottom - e.top + 8);
  };
  const peopleArea = c.members.reduce((n, id) => n + boxArea(id), 0) * SLACK;
  const extents = c.skills.map((id) => extentOf(info, id));
  // a cell as big as the largest skill with its label, and some air
  const cell = {
    width: Math.max(0, ...extents.map((e) => e.right - e.left)) + CELL_AIR.x,
    height: Math.max(0, ...extents.map((e) => e.bottom - e.top)) + CELL_AIR.y,
  };
  const k = Math.max(1, c.skills.length);
  c.columns = Math.max(1, Math.round(Math.sqrt(k * 1.6)));
  c.rows = Math.ceil(k / c.columns);
  const gridArea = c.columns * c.rows * cell.width * cell.height;
  const scale = Math.sqrt(Math.max(1, (c.skills.length * cell.width * cell.height + peopleArea) / gridArea));
  c.cell = { width: cell.width * scale, height: cell.height * scale };
  c.width = c.columns * c.cell.width + 2 * CLUSTER_MARGIN;
  c.height = c.rows * c.cell.height + 2 * CLUSTER_MARGIN;
}

/**
 * Shelves of clusters (tallest first), the shelf width chosen among every width a run of clusters can make so
 * that the whole map, fitted into a box of the map area's shape, is drawn largest.
 */
function packClusters(order: Cluster[]) {
  if (order.length === 0) return;
  const byHeight = [...order].sort((a, b) => b.height - a.height);
  const widths = new Set<number>();
  for (let i = 0; i < byHeight.length; i++) {
    let w = -CLUSTER_GAP.x;
    for (let j = i; j < byHeight.length; j++) widths.add((w += byHeight[j].width + CLUSTER_GAP.x));
  }
  let best: { scale: number; rows: Cluster[][] } | null = null;
  for (const limit of [...widths].sort((a, b) => a - b)) {
    const rows = shelves(byHeight, limit);
    const width = Math.max(...rows.map(rowWidth));
    const height = rows.reduce((n, row) => n + row[0].height + CLUSTER_GAP.y, -CLUSTER_GAP.y);
    const scale = Math.min(ASPECT / width, 1 / height);
    if (!best || scale > best.scale) best = { scale, rows };
  }
  const rows = best!.rows;
  const widest = Math.max(...rows.map(rowWidth));
  let y = 0;
  for (const row of rows) {
    let left = (widest - rowWidth(row)) / 2;
    const height = row[0].height;
    for (const c of row) {
      c.x = left;
      c.y = y + (height - c.height) / 2;
      left += c.width + CLUSTER_GAP.x;
    }
    y += height + CLUSTER_GAP.y;
  }
}

const rowWidth = (row: Cluster[]) => row.reduce((n, c) => n + c.width, 0) + (row.length - 1) * CLUSTER_GAP.x;

function shelves(clusters: Cluster[], limit: number): Cluster[][] {
  const rows: Cluster[][] = [[]];
  let x = 0;
  for (const c of clusters) {
    if (x > 0 && x + c.width > limit) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push(c);
    x += c.width + CLUSTER_GAP.x;
  }
  return rows;
}

/** The area the drawn nodes and their labels cover, for fitting the view (category boxes add their padding). */
export function drawnBounds(
  nodes: ElementDefinition[],
): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (!node.position) continue;
    const e = infoOf(node).extent;
    minX = Math.min(minX, node.position.x + e.left);
    maxX = Math.max(maxX, node.position.x + e.right);
    minY = Math.min(minY, node.position.y + e.top);
    maxY = Math.max(maxY, node.position.y + e.bottom);
  }
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : null;
}
