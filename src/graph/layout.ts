// Where each node is drawn, as a pure function of the elements: computed in one pass, never by a force
// simulation on the page's only thread. Overview: one cluster per category (its skills in a grid, the people
// whose links are mostly there on a ring around it, each turned towards their other skills). Focus: rings
// around the focused node.
import type { ElementDefinition } from 'cytoscape';

export interface Point {
  x: number;
  y: number;
}

export type LayoutFocus = { kind: 'none' } | { kind: 'radial'; centre: string; rings: string[][] };

const SKILL_CELL = { width: 150, height: 70 };
const MEMBER_SPACING = 18;
const BAND_STEP = 22;
const CLUSTER_GAP = 90;
const RADIAL_SPACING = 70;

interface Cluster {
  id: string;
  skills: string[];
  members: string[];
  columns: number;
  coreWidth: number;
  coreHeight: number;
  /** Semi-axes of the ellipse the members sit on, hugging the skill grid. */
  ringX: number;
  ringY: number;
  bands: number;
  /** Half the cluster's bounding box. */
  halfWidth: number;
  halfHeight: number;
  centre: Point;
}

/** Positions for every node id (categories get none: cytoscape sizes them around their skills). */
export function layoutPositions(
  nodes: ElementDefinition[],
  edges: ElementDefinition[],
  focus: LayoutFocus,
): Map<string, Point> {
  return focus.kind === 'radial' ? radial(focus) : clusters(nodes, edges);
}

function radial(focus: { centre: string; rings: string[][] }): Map<string, Point> {
  const positions = new Map<string, Point>([[focus.centre, { x: 0, y: 0 }]]);
  let radius = 0;
  focus.rings.forEach((ring) => {
    if (ring.length === 0) return;
    // Each node on a ring gets room for its label (names run to a hundred pixels).
    radius = Math.max(radius + 140, (ring.length * RADIAL_SPACING) / (2 * Math.PI));
    ring.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  return positions;
}

function clusters(nodes: ElementDefinition[], edges: ElementDefinition[]): Map<string, Point> {
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
        coreWidth: 0,
        coreHeight: 0,
        ringX: 0,
        ringY: 0,
        bands: 1,
        halfWidth: 0,
        halfHeight: 0,
        centre: { x: 0, y: 0 },
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
      const cluster = clusterOf(parent ?? '');
      cluster.skills.push(id);
      parentOf.set(id, cluster.id);
    } else if (kind === 'member') memberIds.push(id);
  }

  // Each member's links, and the cluster holding most of them (the first such, on a tie).
  const linksOf = new Map<string, string[]>();
  for (const edge of edges) {
    const { source, target } = edge.data as { source: string; target: string };
    const list = linksOf.get(source);
    if (list) list.push(target);
    else linksOf.set(source, [target]);
  }
  const homeless: string[] = [];
  for (const member of memberIds) {
    const counts = new Map<string, number>();
    let home: string | null = null;
    for (const skill of linksOf.get(member) ?? []) {
      const cluster = parentOf.get(skill);
      if (cluster === undefined) continue;
      const n = (counts.get(cluster) ?? 0) + 1;
      counts.set(cluster, n);
      if (home === null || n > counts.get(home)!) home = cluster;
    }
    if (home === null) homeless.push(member);
    else byId.get(home)!.members.push(member);
  }
  if (homeless.length) clusterOf('').members.push(...homeless);

  for (const c of order) sizeCluster(c);
  packClusters(order);

  const positions = new Map<string, Point>();
  for (const c of order) {
    c.skills.forEach((id, i) => {
      const col = i % c.columns;
      const row = Math.floor(i / c.columns);
      positions.set(id, {
        x: c.centre.x - c.coreWidth / 2 + (col + 0.5) * SKILL_CELL.width,
        y: c.centre.y - c.coreHeight / 2 + (row + 0.5) * SKILL_CELL.height,
      });
    });
  }
  for (const c of order) placeMembers(c, linksOf, positions);
  return positions;
}

const RING_MARGIN = 40;

function sizeCluster(c: Cluster) {
  c.columns = Math.max(1, Math.ceil(Math.sqrt(c.skills.length * 1.5)));
  const rows = Math.max(1, Math.ceil(c.skills.length / c.columns));
  c.coreWidth = c.skills.length ? c.columns * SKILL_CELL.width : 0;
  c.coreHeight = c.skills.length ? rows * SKILL_CELL.height : 0;
  c.ringX = c.coreWidth / 2 + RING_MARGIN;
  c.ringY = c.coreHeight / 2 + RING_MARGIN;
  // Ramanujan's approximation of the ellipse's perimeter.
  const perimeter =
    Math.PI * (3 * (c.ringX + c.ringY) - Math.sqrt((3 * c.ringX + c.ringY) * (c.ringX + 3 * c.ringY)));
  const perBand = Math.max(8, Math.floor(perimeter / MEMBER_SPACING));
  c.bands = Math.max(1, Math.ceil(c.members.length / perBand));
  const outer = c.members.length ? (c.bands - 1) * BAND_STEP + 25 : 0;
  c.halfWidth = c.members.length ? c.ringX + outer : c.coreWidth / 2 + 20;
  c.halfHeight = c.members.length ? c.ringY + outer : c.coreHeight / 2 + 20;
}

/** Rows of cluster boxes, about twice as wide as tall overall, to fill the map area of a laptop screen. */
function packClusters(order: Cluster[]) {
  const area = order.reduce(
    (n, c) => n + (2 * c.halfWidth + CLUSTER_GAP) * (2 * c.halfHeight + CLUSTER_GAP),
    0,
  );
  const rowWidth = Math.max(...order.map((c) => 2 * c.halfWidth), Math.sqrt(area * 2.2));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const c of order) {
    const width = 2 * c.halfWidth;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += rowHeight + CLUSTER_GAP;
      rowHeight = 0;
    }
    c.centre = { x: x + c.halfWidth, y: y + c.halfHeight };
    x += width + CLUSTER_GAP;
    rowHeight = Math.max(rowHeight, 2 * c.halfHeight);
  }
}

/** Members on an ellipse around the skills (a zig-zag band when there are many), each turned towards the skills it links to. */
function placeMembers(c: Cluster, linksOf: Map<string, string[]>, positions: Map<string, Point>) {
  if (c.members.length === 0) return;
  const wanted = c.members.map((id, i) => {
    let sx = 0;
    let sy = 0;
    let n = 0;
    for (const skill of linksOf.get(id) ?? []) {
      const p = positions.get(skill);
      if (!p) continue;
      sx += p.x;
      sy += p.y;
      n++;
    }
    const dx = n ? sx / n - c.centre.x : 0;
    const dy = n ? sy / n - c.centre.y : 0;
    // Members pulled nowhere in particular keep their list order around the ring.
    const angle = Math.hypot(dx, dy) < 1 ? (2 * Math.PI * i) / c.members.length : Math.atan2(dy, dx);
    return { id, angle };
  });
  wanted.sort((a, b) => a.angle - b.angle);
  const start = wanted[0].angle;
  wanted.forEach(({ id }, i) => {
    const angle = start + (2 * Math.PI * i) / wanted.length;
    const band = (i % c.bands) * BAND_STEP;
    positions.set(id, {
      x: c.centre.x + (c.ringX + band) * Math.cos(angle),
      y: c.centre.y + (c.ringY + band) * Math.sin(angle),
    });
  });
}
