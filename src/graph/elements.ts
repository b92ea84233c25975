// The drawn graph as a pure function of workspace + analysis + view (no cytoscape at runtime).
import type { ElementDefinition } from 'cytoscape';
import type { Analysis, SkillCoverage } from '../domain/analysis';
import type { Member, MemberStatus, SkillStatus, Workspace } from '../domain/types';

export type GraphMode = 'ambassadors' | 'everyone';

export interface GraphView {
  /** 'ambassadors': skills + ambassadors (+ candidates of the focused skill); 'everyone': all members. */
  mode: GraphMode;
  /**
   * The node to focus on: a node id (`s:…`, `m:…`, `c:…`, as `nodeId` makes them) or a raw skill/member key
   * (a skill wins when a key names both). When set, only its neighbourhood is shown. An unknown key is ignored.
   */
  focusKey: string | null;
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
}

export interface SkillNodeData {
  id: string;
  label: string;
  kind: 'skill';
  status: SkillStatus;
  coverage: number;
  target: number;
  gap: number;
  parent: string;
}
export interface CategoryNodeData {
  id: string;
  label: string;
  kind: 'category';
}
export interface MemberNodeData {
  id: string;
  label: string;
  kind: 'member';
  status: MemberStatus;
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
export const MAX_GRAPH_MEMBERS = 600;

export const nodeId = {
  member: (key: string) => `m:${key}`,
  skill: (key: string) => `s:${key}`,
  category: (name: string) => `c:${name}`,
};

const kindByPrefix = { m: 'member', s: 'skill', c: 'category' } as const;

export function parseNodeId(id: string): { kind: 'member' | 'skill' | 'category'; key: string } | null {
  if (id.length < 2 || id[1] !== ':') return null;
  const prefix = id[0];
  if (prefix !== 'm' && prefix !== 's' && prefix !== 'c') return null;
  return { kind: kindByPrefix[prefix], key: id.slice(2) };
}

/** `e:<memberKey>|<skillKey>`; a `|` or `\` inside the member key is escaped so two links never share an id. */
export function edgeId(memberKey: string, skillKey: string): string {
  return `e:${memberKey.replace(/[\\|]/g, '\\$&')}|${skillKey}`;
}

type Focus =
  | { kind: 'none' }
  | { kind: 'skill'; entry: SkillCoverage }
  | { kind: 'member'; member: Member }
  | { kind: 'category'; name: string };

function resolveFocus(analysis: Analysis, focusKey: string | null): Focus {
  if (focusKey === null) return { kind: 'none' };
  const parsed = parseNodeId(focusKey);
  const asSkill = (key: string): Focus | null => {
    const entry = analysis.bySkill.get(key);
    return entry ? { kind: 'skill', entry } : null;
  };
  const asMember = (key: string): Focus | null => {
    const member = analysis.memberByKey.get(key);
    return member ? { kind: 'member', member } : null;
  };
  if (parsed?.kind === 'skill') return asSkill(parsed.key) ?? { kind: 'none' };
  if (parsed?.kind === 'member') return asMember(parsed.key) ?? { kind: 'none' };
  if (parsed?.kind === 'category') {
    return analysis.skills.some((e) => e.skill.category === parsed.key) ? { kind: 'category', name: parsed.key } : { kind: 'none' };
  }
  return asSkill(focusKey) ?? asMember(focusKey) ?? { kind: 'none' };
}

/** The skills drawn: the focused skill alone, the focused category's, or those of the visible categories. */
function visibleSkills(analysis: Analysis, view: GraphView, focus: Focus): SkillCoverage[] {
  if (focus.kind === 'skill') return [focus.entry]; // an explicit focus wins over the category filter
  if (focus.kind === 'category') return analysis.skills.filter((e) => e.skill.category === focus.name);
  const inCategories = (e: SkillCoverage) => view.categories === null || view.categories.has(e.skill.category);
  if (focus.kind === 'member') {
    const levels = analysis.levelsByMember.get(focus.member.key);
    return analysis.skills.filter((e) => levels?.has(e.skill.key) === true && inCategories(e));
  }
  return analysis.skills.filter(inCategories);
}

function countLinks(levels: Map<string, number> | undefined, skills: ReadonlyMap<string, SkillCoverage>): number {
  if (!levels) return 0;
  let links = 0;
  if (levels.size <= skills.size) {
    for (const skillKey of levels.keys()) if (skills.has(skillKey)) links++;
  } else {
    for (const skillKey of skills.keys()) if (levels.has(skillKey)) links++;
  }
  return links;
}

/** The members drawn, before the MAX_GRAPH_MEMBERS cap. */
function candidateMembers(
  workspace: Workspace,
  analysis: Analysis,
  view: GraphView,
  focus: Focus,
  skills: ReadonlyMap<string, SkillCoverage>,
): Member[] {
  if (focus.kind === 'member') {
    const seen = new Set<string>([focus.member.key]);
    const members = [focus.member];
    for (const entry of skills.values()) {
      for (const { member } of entry.holders) {
        if (!seen.has(member.key)) {
          seen.add(member.key);
          members.push(member);
        }
      }
    }
    return members;
  }
  const focusSkill = focus.kind === 'skill' ? focus.entry.skill : null;
  return workspace.members.filter((m) => {
    const levels = analysis.levelsByMember.get(m.key);
    if (countLinks(levels, skills) === 0) return false;
    if (view.mode === 'everyone' || m.status === 'ambassador') return true;
    // a candidate of the focused skill: a non-ambassador at or above its required level
    return focusSkill !== null && (levels?.get(focusSkill.key) ?? 0) >= focusSkill.requiredLevel;
  });
}

export function toElements(workspace: Workspace, analysis: Analysis, view: GraphView): GraphElements {
  const focus = resolveFocus(analysis, view.focusKey);
  const skillList = visibleSkills(analysis, view, focus);
  const skills = new Map(skillList.map((e) => [e.skill.key, e]));

  const categoryNodes = new Map<string, ElementDefinition>();
  const skillNodes: ElementDefinition[] = [];
  for (const { skill, coverage, gap, status } of skillList) {
    const parent = nodeId.category(skill.category);
    if (!categoryNodes.has(skill.category)) {
      const label = skill.category === '' ? view.uncategorisedLabel : skill.category;
      const data: CategoryNodeData = { id: parent, label, kind: 'category' };
      categoryNodes.set(skill.category, { group: 'nodes', data });
    }
    const data: SkillNodeData = { id: nodeId.skill(skill.key), label: skill.name, kind: 'skill', status, coverage, target: skill.target, gap, parent };
    skillNodes.push({ group: 'nodes', data });
  }

  const pool = candidateMembers(workspace, analysis, view, focus, skills);
  const links = new Map(pool.map((m) => [m.key, countLinks(analysis.levelsByMember.get(m.key), skills)]));
  const focusedMemberKey = focus.kind === 'member' ? focus.member.key : null;
  const rank = (m: Member) => (m.key === focusedMemberKey ? 0 : m.status === 'ambassador' ? 1 : 2);
  pool.sort(
    (a, b) => rank(a) - rank(b) || (links.get(b.key) ?? 0) - (links.get(a.key) ?? 0) || analysis.compareNames(a, b),
  );
  const members = pool.slice(0, MAX_GRAPH_MEMBERS);

  const memberNodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  for (const m of members) {
    const source = nodeId.member(m.key);
    const data: MemberNodeData = { id: source, label: m.name, kind: 'member', status: m.status };
    memberNodes.push({ group: 'nodes', data });
    const levels = analysis.levelsByMember.get(m.key);
    if (!levels) continue;
    for (const [skillKey, level] of levels) {
      const entry = skills.get(skillKey);
      if (!entry) continue;
      const edge: LinkEdgeData = {
        id: edgeId(m.key, skillKey),
        source,
        target: nodeId.skill(skillKey),
        level,
        holds: level >= entry.skill.requiredLevel,
      };
      edges.push({ group: 'edges', data: edge });
    }
  }

  return {
    // parents before children, so cytoscape can attach each skill to its category as it adds it
    nodes: [...categoryNodes.values(), ...skillNodes, ...memberNodes],
    edges,
    truncated: pool.length > members.length,
    hiddenMembers: pool.length - members.length,
  };
}
