// The drawn graph as a pure function of workspace + analysis + view (no cytoscape at runtime).
import type { ElementDefinition } from 'cytoscape';
import type { Analysis, SkillCoverage } from '../domain/analysis';
import type { EntityRef } from '../domain/entities';
import type { MemberStatus, SkillStatus, Workspace } from '../domain/types';
import { hasUniqueExpertise } from '../domain/unique';
import { layoutPositions, type LayoutFocus } from './layout';
import { edgeId, nodeId } from './nodeIds';

export type GraphMode = 'ambassadors' | 'everyone';

export interface GraphView {
  /** 'ambassadors': skills + ambassadors (+ candidates of the focused skill); 'everyone': all members. */
  mode: GraphMode;
  /** The skill, member or category to focus on: only its neighbourhood is shown. One not in the workspace is ignored. */
  focus: EntityRef | null;
  /** null = all categories; else only skills whose `category` is in the set ('' = uncategorised). */
  categories: ReadonlySet<string> | null;
  /** Display name for category '' (localised by the caller). */
  uncategorisedLabel: string;
}

export interface GraphElements {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
  truncated: boolean;
  hiddenMembers: number;
  /** Links below the required level were left out to keep the map responsive. */
  thinnedEdges: boolean;
}

export interface SkillNodeData {
  id: string;
  label: string;
  kind: 'skill';
  status: SkillStatus;
  coverage: number;
  target: number;
  gap: number;
  /** The category node, in the grouped overview only. */
  parent?: string;
}
export interface CategoryNodeData {
  id: string;
  label: string;
  kind: 'category';
}
/** A member as drawn: their status, except that an ambassador marked as leaving is drawn as `leaving`. */
export type DrawnMemberStatus = MemberStatus | 'leaving';

export interface MemberNodeData {
  id: string;
  label: string;
  kind: 'member';
  status: DrawnMemberStatus;
  /** The only ambassador holding some skill: unique expertise, drawn so that it stands out. */
  unique: boolean;
  /** Name drawn at all times (the club, and everyone around a focus); others show theirs on hover or selection. */
  named: boolean;
}
export interface LinkEdgeData {
  id: string;
  source: string;
  target: string;
  level: number;
  /** level ≥ the skill's required level */
  holds: boolean;
}

/** Never hand cytoscape tens of thousands of elements. */
export const MAX_GRAPH_MEMBERS = 150;
/** Beyond this many links only those at the required level are drawn (the ones that make coverage). */
export const MAX_GRAPH_EDGES = 800;

type Focus =
  | { kind: 'none' }
  | { kind: 'skill'; entry: SkillCoverage }
  | { kind: 'member'; member: number }
  | { kind: 'category'; name: string };

function resolveFocus(analysis: Analysis, focus: EntityRef | null): Focus {
  if (focus === null) return { kind: 'none' };
  if (focus.kind === 'skill') {
    const entry = analysis.bySkill.get(focus.key);
    return entry ? { kind: 'skill', entry } : { kind: 'none' };
  }
  if (focus.kind === 'member') {
    const member = analysis.memberIndex.get(focus.key);
    return member === undefined ? { kind: 'none' } : { kind: 'member', member };
  }
  return analysis.skills.some((e) => e.skill.category === focus.key)
    ? { kind: 'category', name: focus.key }
    : { kind: 'none' };
}

/**
 * The club as the map shows it: ambassadors, and those marked as leaving (drawn apart, so that marking one
 * shows what their leaving opens). Read from the analysis, never from `member.status`.
 */
function inClub(analysis: Analysis, m: number): boolean {
  return analysis.ambassador[m] === 1 || analysis.leaver[m] === 1;
}

function drawnStatus(analysis: Analysis, m: number): DrawnMemberStatus {
  return analysis.leaver[m] ? 'leaving' : analysis.workspace.members[m].status;
}

/**
 * A member's links to the visible skills, one per skill (the higher level if the table names a pair twice).
 * Reuses its buffers, so walking 20,000 members allocates nothing per member.
 */
function visibleLinkReader(workspace: Workspace, analysis: Analysis, visible: Uint8Array) {
  const { byMember, memberStart } = analysis.links;
  const { skill: linkSkill, level: linkLevel } = workspace.links;
  const seenInRead = new Uint32Array(visible.length); // which read() last met each skill
  let reads = 0;
  const levelOf = new Uint8Array(visible.length);
  const skills: number[] = [];
  return {
    skills,
    levelOf,
    /** Fills `skills` (in link order) and `levelOf`; returns how many there are. */
    read(member: number): number {
      skills.length = 0;
      reads++;
      for (let k = memberStart[member]; k < memberStart[member + 1]; k++) {
        const link = byMember[k];
        const s = linkSkill[link];
        if (!visible[s]) continue;
        if (seenInRead[s] !== reads) {
          seenInRead[s] = reads;
          levelOf[s] = linkLevel[link];
          skills.push(s);
        } else if (linkLevel[link] > levelOf[s]) levelOf[s] = linkLevel[link];
      }
      return skills.length;
    },
  };
}

/** The skills drawn: the focused skill alone, the focused category's, or those of the visible categories. */
function visibleSkills(
  workspace: Workspace,
  analysis: Analysis,
  view: GraphView,
  focus: Focus,
): SkillCoverage[] {
  if (focus.kind === 'skill') return [focus.entry]; // an explicit focus wins over the category filter
  if (focus.kind === 'category') return analysis.skills.filter((e) => e.skill.category === focus.name);
  const inCategories = (e: SkillCoverage) =>
    view.categories === null || view.categories.has(e.skill.category);
  if (focus.kind === 'member') {
    const { byMember, memberStart } = analysis.links;
    const linked = new Set<number>();
    for (let k = memberStart[focus.member]; k < memberStart[focus.member + 1]; k++)
      linked.add(workspace.links.skill[byMember[k]]);
    return analysis.skills.filter((e) => linked.has(e.index) && inCategories(e));
  }
  return analysis.skills.filter(inCategories);
}

/** Indexes of the members drawn, before the MAX_GRAPH_MEMBERS cap. */
function memberPool(
  workspace: Workspace,
  analysis: Analysis,
  view: GraphView,
  focus: Focus,
  skills: SkillCoverage[],
  linkCount: (member: number) => number,
): number[] {
  const { members } = workspace;
  if (focus.kind === 'member') {
    const pool = new Set<number>([focus.member]);
    for (const entry of skills)
      for (const { member } of entry.holders) pool.add(analysis.memberIndex.get(member.key)!);
    return [...pool];
  }
  if (focus.kind === 'skill') {
    // only the focused skill's links need a look, not every member's
    const { skill, index } = focus.entry;
    const { bySkill, skillStart } = analysis.links;
    const pool = new Set<number>();
    for (let k = skillStart[index]; k < skillStart[index + 1]; k++) {
      const link = bySkill[k];
      const m = workspace.links.member[link];
      // outside the club, ambassadors mode shows only candidates: at or above the required level
      if (
        view.mode === 'everyone' ||
        inClub(analysis, m) ||
        (analysis.candidate[m] && workspace.links.level[link] >= skill.requiredLevel)
      )
        pool.add(m);
    }
    return [...pool];
  }
  const pool: number[] = [];
  for (let m = 0; m < members.length; m++) {
    if ((view.mode === 'everyone' || inClub(analysis, m)) && linkCount(m) > 0) pool.push(m);
  }
  return pool;
}

export function toElements(workspace: Workspace, analysis: Analysis, view: GraphView): GraphElements {
  const { members } = workspace;
  const focus = resolveFocus(analysis, view.focus);
  const skillList = visibleSkills(workspace, analysis, view, focus);
  const visible = new Uint8Array(workspace.skills.length);
  for (const entry of skillList) visible[entry.index] = 1;

  const categoryNodes = new Map<string, ElementDefinition>();
  const skillNodes: ElementDefinition[] = [];
  // Rings around a focused skill or person have no room for category boxes: there the skills stand alone.
  const grouped = focus.kind !== 'skill' && focus.kind !== 'member';
  for (const { skill, coverage, gap, status } of skillList) {
    const data: SkillNodeData = {
      id: nodeId.skill(skill.key),
      label: skill.name,
      kind: 'skill',
      status,
      coverage,
      target: skill.target,
      gap,
    };
    if (grouped) {
      data.parent = nodeId.category(skill.category);
      if (!categoryNodes.has(skill.category)) {
        const label = skill.category === '' ? view.uncategorisedLabel : skill.category;
        const category: CategoryNodeData = { id: data.parent, label, kind: 'category' };
        categoryNodes.set(skill.category, { group: 'nodes', data: category });
      }
    }
    skillNodes.push({ group: 'nodes', data });
  }

  const reader = visibleLinkReader(workspace, analysis, visible);
  const links = new Int32Array(members.length);
  const linkCount = (m: number) => (links[m] = reader.read(m));
  const pool = memberPool(workspace, analysis, view, focus, skillList, linkCount);
  if (focus.kind !== 'none' && focus.kind !== 'category') for (const m of pool) linkCount(m);

  const focusedMember = focus.kind === 'member' ? focus.member : -1;
  // Ambassadors first in their own view; in "everyone" the best-connected people, whatever their status.
  const rank = (m: number) =>
    m === focusedMember ? 0 : view.mode === 'everyone' || inClub(analysis, m) ? 1 : 2;
  // most links first (ambassadors first); ties by workspace order, so the cut costs no name collation
  pool.sort((a, b) => rank(a) - rank(b) || links[b] - links[a] || a - b);
  const kept = pool.slice(0, MAX_GRAPH_MEMBERS);
  kept.sort(
    (a, b) => rank(a) - rank(b) || links[b] - links[a] || analysis.compareNames(members[a], members[b]),
  );

  const memberNodes: ElementDefinition[] = [];
  let edges: ElementDefinition[] = [];
  for (const m of kept) {
    const member = members[m];
    const source = nodeId.member(member.key);
    const data: MemberNodeData = {
      id: source,
      label: member.name,
      kind: 'member',
      status: drawnStatus(analysis, m),
      unique: hasUniqueExpertise(analysis, member.key),
      named: focus.kind === 'skill' || focus.kind === 'member' || inClub(analysis, m),
    };
    memberNodes.push({ group: 'nodes', data });
    reader.read(m);
    for (const s of reader.skills) {
      const skill = workspace.skills[s];
      const level = reader.levelOf[s];
      const edge: LinkEdgeData = {
        id: edgeId(member.key, skill.key),
        source,
        target: nodeId.skill(skill.key),
        level,
        holds: level >= skill.requiredLevel,
      };
      edges.push({ group: 'edges', data: edge });
    }
  }

  const thinnedEdges = edges.length > MAX_GRAPH_EDGES;
  if (thinnedEdges) edges = edges.filter((e) => (e.data as LinkEdgeData).holds);

  // parents before children, so cytoscape can attach each skill to its category as it adds it
  const nodes = [...categoryNodes.values(), ...skillNodes, ...memberNodes];
  const positions = layoutPositions(
    nodes,
    edges,
    layoutFocus(
      focus,
      skillList,
      memberNodes,
      edges,
      focusedMember >= 0 ? nodeId.member(members[focusedMember].key) : '',
    ),
  );
  for (const node of nodes) {
    const p = positions.get(String(node.data.id));
    if (p) node.position = p;
  }
  return {
    nodes,
    edges,
    truncated: pool.length > kept.length,
    hiddenMembers: pool.length - kept.length,
    thinnedEdges,
  };
}

/** Rings for a focused skill (holders, then candidates, then the rest) or member (skills, then people). */
function layoutFocus(
  focus: Focus,
  skills: SkillCoverage[],
  memberNodes: ElementDefinition[],
  edges: ElementDefinition[],
  focusedMemberId: string,
): LayoutFocus {
  if (focus.kind === 'skill') {
    const { entry } = focus;
    const holders = new Set(entry.holders.map((h) => nodeId.member(h.member.key)));
    const rings: string[][] = [[], [], []];
    const holdsEdge = new Set(
      edges.filter((e) => (e.data as LinkEdgeData).holds).map((e) => String(e.data.source)),
    );
    for (const node of memberNodes) {
      const id = String(node.data.id);
      // at the required level without holding it: a candidate, unless marked as leaving
      const candidate = holdsEdge.has(id) && (node.data as MemberNodeData).status !== 'leaving';
      rings[holders.has(id) ? 0 : candidate ? 1 : 2].push(id);
    }
    return { kind: 'radial', centre: nodeId.skill(entry.skill.key), rings };
  }
  if (focus.kind === 'member') {
    const centre = focusedMemberId;
    const others = memberNodes.map((n) => String(n.data.id)).filter((id) => id !== centre);
    return { kind: 'radial', centre, rings: [skills.map((e) => nodeId.skill(e.skill.key)), others] };
  }
  return { kind: 'none' };
}
