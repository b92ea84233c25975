// The overview's nodes and edges as cytoscape elements: categories (a pie of their skills' statuses), departments,
// weighted edges, and where they go. Used by src/graph/aggregate.ts, which decides what is drawn.
import type { ElementDefinition } from 'cytoscape';
import type { Analysis } from '../domain/analysis';
import type { SkillStatus } from '../domain/types';
import type { Translate } from '../i18n/i18n';
import { tierPositions, type WeightedEdge } from './aggregateLayout';
import { aggregateEdgeId, nodeId } from './nodeIds';

export interface CategorySummaryData {
  id: string;
  label: string;
  kind: 'categorySummary';
  skills: number;
  gaps: number;
  singles: number;
  holders: number;
  /** The category's worst status: any gap skill makes it `gap`. */
  status: SkillStatus;
  /** Shares of its skills in percent, for the pie: gap, single holder, covered. */
  gapShare: number;
  singleShare: number;
  coveredShare: number;
  /** 0–100, relative to the largest node of its kind on the canvas. */
  size: number;
}

export interface DepartmentNodeData {
  id: string;
  label: string;
  kind: 'department';
  members: number;
  ambassadors: number;
  size: number;
}

export interface AggregateEdgeData {
  id: string;
  source: string;
  target: string;
  kind: 'aggregate';
  /** Holders behind the edge (people of the department holding the group's skills). */
  weight: number;
  size: number;
}

export interface Departments {
  names: string[];
  /** Department index by member; -1 for a member the filter leaves out. */
  ofMember: Int32Array;
  members: Uint32Array;
  ambassadors: Uint32Array;
}

export function departmentsOf(analysis: Analysis, included: Uint8Array): Departments {
  const { members } = analysis.workspace;
  const index = new Map<string, number>();
  const names: string[] = [];
  const ofMember = new Int32Array(members.length).fill(-1);
  for (let m = 0; m < members.length; m++) {
    if (!included[m]) continue;
    const name = members[m].department;
    let d = index.get(name);
    if (d === undefined) index.set(name, (d = names.push(name) - 1));
    ofMember[m] = d;
  }
  const count = new Uint32Array(names.length);
  const ambassadors = new Uint32Array(names.length);
  for (let m = 0; m < members.length; m++) {
    const d = ofMember[m];
    if (d < 0) continue;
    count[d]++;
    ambassadors[d] += analysis.ambassador[m];
  }
  return { names, ofMember, members: count, ambassadors };
}

export interface CategoryStats {
  name: string;
  skillIndexes: number[];
  gaps: number;
  singles: number;
}

/** The shown skills by category, in the analysis' order of skills. */
export function categoryStats(analysis: Analysis, skills: Uint8Array): CategoryStats[] {
  const byName = new Map<string, CategoryStats>();
  for (const e of analysis.skills) {
    if (!skills[e.index]) continue;
    let c = byName.get(e.skill.category);
    if (!c)
      byName.set(e.skill.category, (c = { name: e.skill.category, skillIndexes: [], gaps: 0, singles: 0 }));
    c.skillIndexes.push(e.index);
    if (e.status === 'gap') c.gaps++;
    else if (e.status === 'single_holder') c.singles++;
  }
  return [...byName.values()];
}

/** A category node: "Data · 12 skills · 3 gaps", a pie of its statuses; its holders and size set by the caller. */
export function categoryData(c: CategoryStats, holders: number, t: Translate): CategorySummaryData {
  const n = c.skillIndexes.length;
  return {
    id: nodeId.category(c.name),
    label: [
      c.name || t('category.uncategorised'),
      t('overview.skills', { count: n }),
      t('overview.gaps', { count: c.gaps }),
    ].join(' · '),
    kind: 'categorySummary',
    skills: n,
    gaps: c.gaps,
    singles: c.singles,
    holders,
    status: c.gaps > 0 ? 'gap' : c.singles > 0 ? 'single_holder' : 'covered',
    gapShare: percent(c.gaps, n),
    singleShare: percent(c.singles, n),
    coveredShare: 100 - percent(c.gaps, n) - percent(c.singles, n),
    size: 50,
  };
}

export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

export function edgeElements(edges: WeightedEdge[]): ElementDefinition[] {
  const max = Math.max(1, ...edges.map((e) => e.weight));
  return edges.map((e) => {
    const data: AggregateEdgeData = {
      id: aggregateEdgeId(e.source, e.target),
      source: e.source,
      target: e.target,
      kind: 'aggregate',
      weight: e.weight,
      size: percent(e.weight, max),
    };
    return { group: 'edges', data };
  });
}

export function departmentElements(depts: Departments, t: Translate): ElementDefinition[] {
  const max = Math.max(1, ...depts.members);
  return depts.names.map((name, d) => {
    const data: DepartmentNodeData = {
      id: nodeId.department(name),
      label: [
        name || t('overview.noDepartment'),
        t('overview.people', { count: depts.members[d] }),
        t('overview.ambassadors', { count: depts.ambassadors[d] }),
      ].join(' · '),
      kind: 'department',
      members: depts.members[d],
      ambassadors: depts.ambassadors[d],
      size: percent(depts.members[d], max),
    };
    return { group: 'nodes', data };
  });
}

export function positioned(
  nodes: ElementDefinition[],
  top: string[],
  bottom: string[],
  edges: WeightedEdge[],
): ElementDefinition[] {
  const positions = tierPositions(top, bottom, edges);
  for (const node of nodes) {
    const p = positions.get(String(node.data.id));
    if (p) node.position = p;
  }
  return nodes;
}
