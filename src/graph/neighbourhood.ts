// Which skills and people the map draws: the explorer filter (docs/contract.md#explorer-filters), the focus and
// how far its neighbourhood reaches, and the MAX_GRAPH_MEMBERS cap. Pure: workspace indexes in, indexes out.
import type { Analysis, SkillCoverage } from '../domain/analysis';
import type { EntityRef } from '../domain/entities';
import { memberMask, skillMask, type ExplorerFilter } from '../domain/explorerFilter';
import type { Workspace } from '../domain/types';

export type GraphMode = 'ambassadors' | 'everyone';

/** How far a focus reaches: 1 = what it links to; 2 = also what those link to. */
export type FocusSteps = 1 | 2;

/** Never hand cytoscape tens of thousands of elements. */
export const MAX_GRAPH_MEMBERS = 150;

export interface NeighbourhoodView {
  mode: GraphMode;
  focus: EntityRef | null;
  filter: ExplorerFilter;
  steps: FocusSteps;
}

export type Focus =
  | { kind: 'none' }
  | { kind: 'skill'; entry: SkillCoverage }
  | { kind: 'member'; member: number }
  | { kind: 'category'; name: string };

export function resolveFocus(analysis: Analysis, focus: EntityRef | null): Focus {
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
export function inClub(analysis: Analysis, m: number): boolean {
  return analysis.ambassador[m] === 1 || analysis.leaver[m] === 1;
}

/**
 * A member's links at `minLevel` or above to the visible skills, one per skill (the higher level if the table
 * names a pair twice). Reuses its buffers, so walking 20,000 members allocates nothing per member.
 */
export function visibleLinkReader(
  workspace: Workspace,
  analysis: Analysis,
  visible: Uint8Array,
  minLevel: number,
) {
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
        if (!visible[s] || linkLevel[link] < minLevel) continue;
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

export interface Neighbourhood {
  focus: Focus;
  /** The skills drawn: the first step's, then (with two steps) the others the drawn people link to. */
  skills: SkillCoverage[];
  /** How many of `skills`, from the end, the second step added. */
  secondStep: number;
  /** Members drawn, in drawing order (at most MAX_GRAPH_MEMBERS). */
  members: number[];
  /** Members that qualified but were cut by the cap. */
  hiddenMembers: number;
}

/**
 * The skills of the first step: the focused skill alone (an explicit focus wins over the filter), the focused
 * category's (narrowed by the risk filter), a focused person's, or every skill the filter shows.
 */
function firstSkills(workspace: Workspace, analysis: Analysis, view: NeighbourhoodView, focus: Focus) {
  if (focus.kind === 'skill') return [focus.entry];
  if (focus.kind === 'category') {
    const risks = skillMask(analysis, { ...view.filter, categories: [] });
    return analysis.skills.filter((e) => e.skill.category === focus.name && risks[e.index]);
  }
  const shown = skillMask(analysis, view.filter);
  if (focus.kind === 'member') {
    const { byMember, memberStart } = analysis.links;
    const linked = new Set<number>();
    for (let k = memberStart[focus.member]; k < memberStart[focus.member + 1]; k++)
      if (workspace.links.level[byMember[k]] >= view.filter.minLevel)
        linked.add(workspace.links.skill[byMember[k]]);
    return analysis.skills.filter((e) => linked.has(e.index) && shown[e.index]);
  }
  return analysis.skills.filter((e) => shown[e.index]);
}

export function neighbourhood(
  workspace: Workspace,
  analysis: Analysis,
  view: NeighbourhoodView,
): Neighbourhood {
  const { members } = workspace;
  const { filter, mode } = view;
  const focus = resolveFocus(analysis, view.focus);
  const shownMember = memberMask(workspace, filter);
  const skills = firstSkills(workspace, analysis, view, focus);
  const visible = new Uint8Array(workspace.skills.length);
  for (const entry of skills) visible[entry.index] = 1;

  const reader = visibleLinkReader(workspace, analysis, visible, filter.minLevel);
  const links = new Int32Array(members.length);
  const linkCount = (m: number) => (links[m] = reader.read(m));

  const pool = new Set<number>();
  /** The people around a skill, as focusing it shows them: in ambassadors mode, the club and its candidates. */
  const addLinkedTo = ({ skill, index }: SkillCoverage) => {
    const { bySkill, skillStart } = analysis.links;
    for (let k = skillStart[index]; k < skillStart[index + 1]; k++) {
      const link = bySkill[k];
      const m = workspace.links.member[link];
      const level = workspace.links.level[link];
      if (level < filter.minLevel || !shownMember[m]) continue;
      if (
        mode === 'everyone' ||
        inClub(analysis, m) ||
        (analysis.candidate[m] && level >= skill.requiredLevel)
      )
        pool.add(m);
    }
  };
  if (focus.kind === 'member') {
    pool.add(focus.member); // an explicit focus wins over the filter
    for (const entry of skills)
      for (const { member, level } of entry.holders) {
        const m = analysis.memberIndex.get(member.key)!;
        if (shownMember[m] && level >= filter.minLevel) pool.add(m);
      }
    if (view.steps === 2) for (const entry of skills) addLinkedTo(entry);
  } else if (focus.kind === 'skill') addLinkedTo(focus.entry);
  else {
    for (let m = 0; m < members.length; m++)
      if (shownMember[m] && (mode === 'everyone' || inClub(analysis, m)) && linkCount(m) > 0) pool.add(m);
  }
  const candidates = [...pool];
  if (focus.kind === 'skill' || focus.kind === 'member') for (const m of candidates) linkCount(m);

  const focusedMember = focus.kind === 'member' ? focus.member : -1;
  // Ambassadors first in their own view; in "everyone" the best-connected people, whatever their status.
  const rank = (m: number) => (m === focusedMember ? 0 : mode === 'everyone' || inClub(analysis, m) ? 1 : 2);
  // most links first (ambassadors first); ties by workspace order, so the cut costs no name collation
  candidates.sort((a, b) => rank(a) - rank(b) || links[b] - links[a] || a - b);
  const kept = candidates.slice(0, MAX_GRAPH_MEMBERS);
  kept.sort(
    (a, b) => rank(a) - rank(b) || links[b] - links[a] || analysis.compareNames(members[a], members[b]),
  );

  let secondStep = 0;
  if (view.steps === 2 && (focus.kind === 'skill' || focus.kind === 'category')) {
    // the drawn people's other skills, as the filter shows them
    const others = visibleLinkReader(workspace, analysis, skillMask(analysis, filter), filter.minLevel);
    const added = new Uint8Array(workspace.skills.length);
    for (const m of kept) {
      others.read(m);
      for (const s of others.skills) if (!visible[s]) added[s] = 1;
    }
    for (const entry of analysis.skills)
      if (added[entry.index]) {
        skills.push(entry);
        secondStep++;
      }
  }
  return { focus, skills, secondStep, members: kept, hiddenMembers: candidates.length - kept.length };
}
