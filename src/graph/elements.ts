// The drawn graph as a pure function of workspace + analysis + view (no cytoscape at runtime).
import type { ElementDefinition } from 'cytoscape';
import type { ActivityModel } from '../domain/activity';
import type { Analysis, SkillCoverage } from '../domain/analysis';
import type { EntityRef } from '../domain/entities';
import type { ExplorerFilter } from '../domain/explorerFilter';
import type { MemberStatus, SkillStatus, Workspace } from '../domain/types';
import { hasUniqueExpertise } from '../domain/unique';
import { isFiltering, NO_FILTER } from '../domain/explorerFilter';
import { layoutPositions, type LayoutFocus, type Point } from './layout';
import {
  MAX_GRAPH_MEMBERS,
  inClub,
  neighbourhood,
  visibleLinkReader,
  type Focus,
  type FocusSteps,
  type GraphMode,
} from './neighbourhood';
import { edgeId, nodeId } from './nodeIds';
import { keepPositions } from './stableLayout';
import type { ActivityMark } from './labels';

export type { FocusSteps, GraphMode };
export { MAX_GRAPH_MEMBERS };

export interface GraphView {
  /** 'ambassadors': skills + ambassadors (+ candidates of the focused skill); 'everyone': all members. */
  mode: GraphMode;
  /** The skill, member or category to focus on: only its neighbourhood is shown. One not in the workspace is ignored. */
  focus: EntityRef | null;
  /** What narrows the map (docs/contract.md#explorer-filters); the focused entity itself is drawn whatever it says. */
  filter: ExplorerFilter;
  /** How far a focus reaches: a skill's people (1) and their other skills (2); a person's skills and their holders (1) and everyone else around those skills (2). */
  steps: FocusSteps;
  /** Display name for category '' (localised by the caller). */
  uncategorisedLabel: string;
  /** The ambassadors' activity states: overloaded and quiet ones are marked. None given, nobody is. */
  activity?: ActivityModel;
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
  /** An ambassador to talk to: overloaded or quiet (src/domain/activity.ts). Absent for everyone else. */
  activity?: ActivityMark;
}

export type { ActivityMark };

/**
 * The member's mark, if any. A leaver is not marked: they are drawn as leaving already, and the offboarding list
 * leaves them out for the same reason.
 */
export function activityMarkOf(
  model: ActivityModel | undefined,
  memberKey: string,
): ActivityMark | undefined {
  const row = model?.byKey.get(memberKey);
  if (!row || row.leaving) return undefined;
  return row.state === 'overloaded' || row.state === 'quiet' ? row.state : undefined;
}

/** A member's node data; `activity` only when there is a mark, so unmarked nodes carry no extra field. */
export function memberNodeData(
  analysis: Analysis,
  m: number,
  named: boolean,
  activity: ActivityModel | undefined,
): MemberNodeData {
  const member = analysis.workspace.members[m];
  const data: MemberNodeData = {
    id: nodeId.member(member.key),
    label: member.name,
    kind: 'member',
    status: drawnStatus(analysis, m),
    unique: hasUniqueExpertise(analysis, member.key),
    named,
  };
  const mark = activityMarkOf(activity, member.key);
  if (mark) data.activity = mark;
  return data;
}
export interface LinkEdgeData {
  id: string;
  source: string;
  target: string;
  level: number;
  /** level ≥ the skill's required level */
  holds: boolean;
}

/** Beyond this many links only those at the required level are drawn (the ones that make coverage). */
export const MAX_GRAPH_EDGES = 800;

function drawnStatus(analysis: Analysis, m: number): DrawnMemberStatus {
  return analysis.leaver[m] ? 'leaving' : analysis.workspace.members[m].status;
}

/** A skill as drawn: its name, status and coverage against its target (the overview's category level too). */
export function skillNodeData({ skill, coverage, gap, status }: SkillCoverage): SkillNodeData {
  return {
    id: nodeId.skill(skill.key),
    label: skill.name,
    kind: 'skill',
    status,
    coverage,
    target: skill.target,
    gap,
  };
}

export function toElements(workspace: Workspace, analysis: Analysis, view: GraphView): GraphElements {
  const { members } = workspace;
  const drawn = neighbourhood(workspace, analysis, view);
  const { focus } = drawn;
  const skillList = drawn.skills;
  const visible = new Uint8Array(workspace.skills.length);
  for (const entry of skillList) visible[entry.index] = 1;

  const categoryNodes = new Map<string, ElementDefinition>();
  const skillNodes: ElementDefinition[] = [];
  // Rings around a focused skill or person have no room for category boxes: there the skills stand alone.
  const grouped = focus.kind !== 'skill' && focus.kind !== 'member';
  for (const entry of skillList) {
    const { skill } = entry;
    const data = skillNodeData(entry);
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

  const reader = visibleLinkReader(workspace, analysis, visible, view.filter.minLevel);
  const kept = drawn.members;
  const focusedMember = focus.kind === 'member' ? focus.member : -1;

  const memberNodes: ElementDefinition[] = [];
  let edges: ElementDefinition[] = [];
  for (const m of kept) {
    const member = members[m];
    const source = nodeId.member(member.key);
    const named = focus.kind === 'skill' || focus.kind === 'member' || inClub(analysis, m);
    const data = memberNodeData(analysis, m, named, view.activity);
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
  // a filtered map keeps the places of the unfiltered one (docs/architecture.md#graph)
  const positions = isFiltering(view.filter)
    ? keepPositions(nodes, edges, unfilteredPositions(workspace, analysis, view))
    : layoutPositions(
        nodes,
        edges,
        layoutFocus(
          focus,
          skillList,
          drawn.secondStep,
          memberNodes,
          edges,
          focusedMember >= 0 ? nodeId.member(members[focusedMember].key) : '',
        ),
      );
  for (const node of nodes) {
    const p = positions.get(String(node.data.id));
    if (p) node.position = p;
  }
  if (!isFiltering(view.filter)) rememberPositions(analysis, view, nodes);
  return {
    nodes,
    edges,
    truncated: drawn.hiddenMembers > 0,
    hiddenMembers: drawn.hiddenMembers,
    thinnedEdges,
  };
}

/** Positions of the unfiltered maps drawn lately, per analysis (a new workspace or analysis starts afresh). */
const unfiltered = new WeakMap<Analysis, Map<string, Map<string, Point>>>();
/** A few views' worth: switching mode, focus or steps and back keeps its places too. */
const REMEMBERED = 8;

const viewKey = (view: GraphView) =>
  `${view.mode}|${view.focus ? `${view.focus.kind}:${view.focus.key}` : ''}|${view.steps}`;

function rememberPositions(analysis: Analysis, view: GraphView, nodes: ElementDefinition[]) {
  let byView = unfiltered.get(analysis);
  if (!byView) unfiltered.set(analysis, (byView = new Map()));
  const positions = new Map<string, Point>();
  for (const node of nodes) if (node.position) positions.set(String(node.data.id), node.position);
  const key = viewKey(view);
  byView.delete(key); // the latest last: the oldest goes first
  byView.set(key, positions);
  if (byView.size > REMEMBERED) byView.delete(byView.keys().next().value!);
}

function unfilteredPositions(workspace: Workspace, analysis: Analysis, view: GraphView) {
  const known = unfiltered.get(analysis)?.get(viewKey(view));
  if (known) return known;
  toElements(workspace, analysis, { ...view, filter: NO_FILTER }); // remembers its positions
  return unfiltered.get(analysis)!.get(viewKey(view))!;
}

/**
 * Rings for a focused skill (holders, then candidates, then the rest, then with two steps their other skills)
 * or member (skills, then people).
 */
function layoutFocus(
  focus: Focus,
  skills: SkillCoverage[],
  secondStep: number,
  memberNodes: ElementDefinition[],
  edges: ElementDefinition[],
  focusedMemberId: string,
): LayoutFocus {
  if (focus.kind === 'skill') {
    const { entry } = focus;
    const holders = new Set(entry.holders.map((h) => nodeId.member(h.member.key)));
    const rings: string[][] = [[], [], []];
    const centre = nodeId.skill(entry.skill.key);
    const holdsEdge = new Set(
      edges
        .filter((e) => e.data.target === centre && (e.data as LinkEdgeData).holds)
        .map((e) => String(e.data.source)),
    );
    for (const node of memberNodes) {
      const id = String(node.data.id);
      // at the required level without holding it: a candidate, unless marked as leaving
      const candidate = holdsEdge.has(id) && (node.data as MemberNodeData).status !== 'leaving';
      rings[holders.has(id) ? 0 : candidate ? 1 : 2].push(id);
    }
    rings.push(skills.slice(skills.length - secondStep).map((e) => nodeId.skill(e.skill.key)));
    return { kind: 'radial', centre, rings };
  }
  if (focus.kind === 'member') {
    const centre = focusedMemberId;
    const others = memberNodes.map((n) => String(n.data.id)).filter((id) => id !== centre);
    return { kind: 'radial', centre, rings: [skills.map((e) => nodeId.skill(e.skill.key)), others] };
  }
  return { kind: 'none' };
}
