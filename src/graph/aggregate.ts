// The organisation overview: when the detailed map would not be readable, the map opens on skill categories ×
// departments and drills down from there (a category's skills × departments, a department's people). Pure, like
// toElements; the counts come from one pass over the links grouped by member, in typed arrays.
import type { ElementDefinition } from 'cytoscape';
import type { ActivityModel } from '../domain/activity';
import type { Analysis } from '../domain/analysis';
import { memberMask, skillMask, type ExplorerFilter } from '../domain/explorerFilter';
import type { Workspace } from '../domain/types';
import type { Translate } from '../i18n/i18n';
import type { WeightedEdge } from './aggregateLayout';
import {
  categoryData,
  categoryStats,
  departmentElements,
  departmentsOf,
  edgeElements,
  percent,
  positioned,
  type CategorySummaryData,
  type Departments,
} from './aggregateNodes';
import {
  MAX_GRAPH_MEMBERS,
  memberNodeData,
  skillNodeData,
  type GraphElements,
  type GraphMode,
  type MemberNodeData,
  type SkillNodeData,
} from './elements';
import { nodeId } from './nodeIds';

/**
 * Above this many skills the detailed map's category boxes no longer fit a laptop screen at a zoom where their
 * labels are drawn (about 10 × 12 cells of 150 × 70 px at half size).
 */
export const OVERVIEW_SKILLS = 120;
/** Above this many people the detailed map hides some (it draws at most MAX_GRAPH_MEMBERS). */
export const OVERVIEW_PEOPLE = MAX_GRAPH_MEMBERS;
/** Edges drawn per category or skill: its strongest departments, so the overview stays readable. */
export const TOP_EDGES = 3;

export type AggregateStep = { kind: 'category' | 'department'; key: string } | null;

export interface AggregateView {
  mode: GraphMode;
  filter: ExplorerFilter;
  /** null = the overview; a category = its skills × departments; a department = its people. */
  step: AggregateStep;
  t: Translate;
  /** The ambassadors' activity states: a department's overloaded and quiet ambassadors are marked. */
  activity?: ActivityModel;
}

export interface AggregateElements extends GraphElements {
  level: 'overview' | 'category' | 'department';
  /** People and skills the view stands for (after the filter). */
  people: number;
  skills: number;
}

export function isAggregate(elements: GraphElements): elements is AggregateElements {
  return 'level' in elements;
}

/** Whether the detailed map would be unreadable: more people or skills than it can draw legibly. */
export function needsOverview(analysis: Analysis, mode: GraphMode, filter: ExplorerFilter): boolean {
  const { workspace } = analysis;
  const skills = skillMask(analysis, filter);
  let shownSkills = 0;
  for (let s = 0; s < skills.length; s++) shownSkills += skills[s];
  if (shownSkills > OVERVIEW_SKILLS) return true;
  const members = memberMask(workspace, filter);
  const { memberStart } = analysis.links;
  let people = 0;
  for (let m = 0; m < members.length; m++) {
    if (!members[m] || memberStart[m + 1] === memberStart[m]) continue;
    if (mode === 'everyone' || analysis.ambassador[m] || analysis.leaver[m]) people++;
    if (people > OVERVIEW_PEOPLE) return true;
  }
  return false;
}

export interface HolderCounts {
  /** weights[g * departments + d]: people of department d holding at least one skill of group g. */
  weights: Uint32Array;
  /** Distinct holders per group, over all departments. */
  holders: Uint32Array;
}

/**
 * Holders per group of skills and department, in one pass over the links grouped by member. A holder is a person
 * who counts in this mode (an ambassador; anyone in "everyone") at or above the skill's required level and the
 * filter's minimum level. `groupOf[s]` is skill s's group, -1 for a skill not counted.
 */
export function countHolders(
  analysis: Analysis,
  groupOf: Int32Array,
  groups: number,
  ofMember: Int32Array,
  departments: number,
  mode: GraphMode,
  minLevel: number,
): HolderCounts {
  const { workspace } = analysis;
  const { byMember, memberStart } = analysis.links;
  const { skill: linkSkill, level: linkLevel } = workspace.links;
  const required = new Uint8Array(workspace.skills.length);
  for (let s = 0; s < required.length; s++)
    required[s] = Math.max(workspace.skills[s].requiredLevel, minLevel);
  const weights = new Uint32Array(groups * departments);
  const holders = new Uint32Array(groups);
  const seenBy = new Int32Array(groups).fill(-1); // the member who last counted for each group
  for (let m = 0; m < ofMember.length; m++) {
    const d = ofMember[m];
    if (d < 0 || (mode === 'ambassadors' && !analysis.ambassador[m])) continue;
    for (let k = memberStart[m]; k < memberStart[m + 1]; k++) {
      const link = byMember[k];
      const s = linkSkill[link];
      const g = groupOf[s];
      if (g < 0 || seenBy[g] === m || linkLevel[link] < required[s]) continue;
      seenBy[g] = m;
      holders[g]++;
      weights[g * departments + d]++;
    }
  }
  return { weights, holders };
}

/** The strongest `TOP_EDGES` departments of each group (ties: the department met first). */
function topEdges(counts: HolderCounts, groupIds: string[], departmentIds: string[]): WeightedEdge[] {
  const edges: WeightedEdge[] = [];
  const D = departmentIds.length;
  for (let g = 0; g < groupIds.length; g++) {
    const order: number[] = [];
    for (let d = 0; d < D; d++) if (counts.weights[g * D + d] > 0) order.push(d);
    order.sort((a, b) => counts.weights[g * D + b] - counts.weights[g * D + a] || a - b);
    for (const d of order.slice(0, TOP_EDGES))
      edges.push({ source: groupIds[g], target: departmentIds[d], weight: counts.weights[g * D + d] });
  }
  return edges;
}

export function toAggregateElements(
  workspace: Workspace,
  analysis: Analysis,
  view: AggregateView,
): AggregateElements {
  const skills = skillMask(analysis, view.filter);
  const included = memberMask(workspace, view.filter);
  const depts = departmentsOf(analysis, included);
  let shownSkills = 0;
  for (let s = 0; s < skills.length; s++) shownSkills += skills[s];
  const base = { people: depts.members.reduce((a, b) => a + b, 0), skills: shownSkills };
  const { step } = view;
  if (step?.kind === 'department') {
    const d = depts.names.indexOf(step.key);
    if (d >= 0) return { ...base, ...departmentLevel(analysis, view, skills, depts, d) };
  }
  const entries = analysis.skills.filter(
    (e) => skills[e.index] && (step?.kind !== 'category' || e.skill.category === step.key),
  );
  const level = step?.kind === 'category' && entries.length > 0 ? 'category' : 'overview';
  const groupOf = new Int32Array(workspace.skills.length).fill(-1);
  const groupIds: string[] = [];
  const groupNodes: ElementDefinition[] = [];
  const t = view.t;
  if (level === 'category') {
    const maxCoverage = Math.max(1, ...entries.map((e) => e.coverage));
    for (const entry of entries) {
      groupOf[entry.index] = groupIds.push(nodeId.skill(entry.skill.key)) - 1;
      const data: SkillNodeData & { summary: true; size: number } = {
        ...skillNodeData(entry),
        summary: true,
        size: percent(entry.coverage, maxCoverage),
      };
      groupNodes.push({ group: 'nodes', data });
    }
  } else {
    for (const c of categoryStats(analysis, skills)) {
      for (const index of c.skillIndexes) groupOf[index] = groupIds.length;
      groupIds.push(nodeId.category(c.name));
      groupNodes.push({ group: 'nodes', data: categoryData(c, 0, t) });
    }
  }
  const departmentIds = depts.names.map((name) => nodeId.department(name));
  const counts = countHolders(
    analysis,
    groupOf,
    groupIds.length,
    depts.ofMember,
    depts.names.length,
    view.mode,
    view.filter.minLevel,
  );
  if (level === 'overview') {
    const maxHolders = Math.max(1, ...counts.holders);
    groupNodes.forEach((node, c) => {
      const data = node.data as CategorySummaryData;
      data.holders = counts.holders[c];
      data.size = percent(data.holders, maxHolders);
    });
  }
  const edges = topEdges(counts, groupIds, departmentIds);
  const nodes = positioned([...groupNodes, ...departmentElements(depts, t)], groupIds, departmentIds, edges);
  return {
    ...base,
    level,
    nodes,
    edges: edgeElements(edges),
    truncated: false,
    hiddenMembers: 0,
    thinnedEdges: false,
  };
}

/**
 * A department's people (capped at MAX_GRAPH_MEMBERS, most holdings first) with the skills they hold, or the
 * categories of those skills when the skills would be too many to read.
 */
function departmentLevel(
  analysis: Analysis,
  view: AggregateView,
  skills: Uint8Array,
  depts: Departments,
  d: number,
): Omit<AggregateElements, 'people' | 'skills'> {
  const { workspace } = analysis;
  const { byMember, memberStart } = analysis.links;
  const { skill: linkSkill, level: linkLevel } = workspace.links;
  const minLevel = view.filter.minLevel;
  const holds = (link: number) => {
    const s = linkSkill[link];
    return skills[s] === 1 && linkLevel[link] >= Math.max(workspace.skills[s].requiredLevel, minLevel);
  };
  const pool: number[] = [];
  const held = new Uint32Array(workspace.members.length);
  for (let m = 0; m < depts.ofMember.length; m++) {
    if (depts.ofMember[m] !== d) continue;
    if (view.mode === 'ambassadors' && !analysis.ambassador[m] && !analysis.leaver[m]) continue;
    for (let k = memberStart[m]; k < memberStart[m + 1]; k++) held[m] += Number(holds(byMember[k]));
    if (held[m] > 0) pool.push(m);
  }
  pool.sort((a, b) => held[b] - held[a] || a - b);
  const kept = pool.slice(0, MAX_GRAPH_MEMBERS);
  const skillSeen = new Uint8Array(workspace.skills.length);
  let distinct = 0;
  for (const m of kept)
    for (let k = memberStart[m]; k < memberStart[m + 1]; k++) {
      const link = byMember[k];
      if (holds(link) && !skillSeen[linkSkill[link]]) distinct += skillSeen[linkSkill[link]] = 1;
    }
  const bySkill = distinct <= OVERVIEW_SKILLS;
  const groupIdOf = (s: number) =>
    bySkill ? nodeId.skill(workspace.skills[s].key) : nodeId.category(workspace.skills[s].category);
  const weights = new Map<string, number>();
  const memberIds: string[] = [];
  const nodes: ElementDefinition[] = [];
  for (const m of kept) {
    // a department's people are few enough to be named
    const data: MemberNodeData = memberNodeData(analysis, m, true, view.activity);
    const { id } = data;
    memberIds.push(id);
    nodes.push({ group: 'nodes', data });
    for (let k = memberStart[m]; k < memberStart[m + 1]; k++) {
      const link = byMember[k];
      if (!holds(link)) continue;
      const key = `${id}\u0000${groupIdOf(linkSkill[link])}`; // NUL never appears in a node id's prefix
      weights.set(key, (weights.get(key) ?? 0) + 1);
    }
  }
  let edges: WeightedEdge[] = [];
  for (const [key, weight] of weights) {
    const cut = key.indexOf('\u0000', 2);
    edges.push({ source: key.slice(0, cut), target: key.slice(cut + 1), weight });
  }
  // By category, every person links to most of them: each is drawn by the category they hold most skills in.
  if (!bySkill) {
    const strongest = new Map<string, WeightedEdge>();
    for (const e of edges) {
      const best = strongest.get(e.source);
      if (!best || e.weight > best.weight) strongest.set(e.source, e);
    }
    edges = [...strongest.values()];
    // people above the category they are drawn by, so each category gathers its own cluster
    const groupOrder = new Map(categoryStats(analysis, skills).map((c, i) => [nodeId.category(c.name), i]));
    const rank = (id: string) => groupOrder.get(strongest.get(id)?.target ?? '') ?? Infinity;
    memberIds.sort((a, b) => rank(a) - rank(b));
  }
  const groupIds = [...new Set(edges.map((e) => e.target))];
  if (bySkill) {
    for (const e of analysis.skills) {
      if (!skillSeen[e.index]) continue;
      const data: SkillNodeData = {
        id: nodeId.skill(e.skill.key),
        label: e.skill.name,
        kind: 'skill',
        status: e.status,
        coverage: e.coverage,
        target: e.skill.target,
        gap: e.gap,
      };
      nodes.push({ group: 'nodes', data });
    }
  } else {
    const shown = new Set(groupIds);
    for (const c of categoryStats(analysis, skills))
      if (shown.has(nodeId.category(c.name)))
        nodes.push({ group: 'nodes', data: categoryData(c, 0, view.t) });
  }
  return {
    level: 'department',
    nodes: positioned(nodes, memberIds, groupIds, edges),
    edges: edgeElements(edges),
    truncated: pool.length > kept.length,
    hiddenMembers: pool.length - kept.length,
    thinnedEdges: false,
  };
}
