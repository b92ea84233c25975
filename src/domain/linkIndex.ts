// The links grouped by skill and by member (compressed rows), built once per link table in O(links). Only links
// (level ≥ 1) are indexed: an interest-only record is no expertise, so coverage, holders, the map, the matrix,
// skill pairs and the cohort planner, which all read through this index, never meet one. The interest-only
// records have their own index by skill, for the growth candidates (docs/contract.md#growth-candidates).
import type { LinkTable, Workspace } from './types';

export interface LinkIndex {
  /** Links of skill s are bySkill[skillStart[s] .. skillStart[s + 1]). */
  skillStart: Uint32Array;
  bySkill: Uint32Array;
  memberStart: Uint32Array;
  byMember: Uint32Array;
}

/** The interest-only records of skill s are bySkill[skillStart[s] .. skillStart[s + 1]). */
export interface InterestOnlyIndex {
  skillStart: Uint32Array;
  bySkill: Uint32Array;
}

const cache = new WeakMap<LinkTable, { members: number; skills: number; index: LinkIndex }>();
const interestCache = new WeakMap<LinkTable, { skills: number; index: InterestOnlyIndex }>();

export function linkIndexOf(workspace: Workspace): LinkIndex {
  const { links } = workspace;
  const hit = cache.get(links);
  if (hit && hit.members === workspace.members.length && hit.skills === workspace.skills.length)
    return hit.index;
  const [skillStart, bySkill] = group(links.skill, workspace.skills.length, links.level, true);
  const [memberStart, byMember] = group(links.member, workspace.members.length, links.level, true);
  const index = { skillStart, bySkill, memberStart, byMember };
  rememberLinkIndex(workspace, index);
  return index;
}

/** Registers an index built elsewhere (the import worker builds it and sends it with the workspace). */
export function rememberLinkIndex(workspace: Workspace, index: LinkIndex): void {
  cache.set(workspace.links, { members: workspace.members.length, skills: workspace.skills.length, index });
}

/** The interest-only records (level 0) grouped by skill. */
export function interestOnlyIndexOf(workspace: Workspace): InterestOnlyIndex {
  const { links } = workspace;
  const hit = interestCache.get(links);
  if (hit && hit.skills === workspace.skills.length) return hit.index;
  const [skillStart, bySkill] = group(links.skill, workspace.skills.length, links.level, false);
  const index = { skillStart, bySkill };
  interestCache.set(links, { skills: workspace.skills.length, index });
  return index;
}

/**
 * Counting sort of the positions of links (`links` true: level ≥ 1) or of interest-only records (false:
 * level 0) by owner: starts (length owners + 1) and the ordered positions.
 */
function group(
  owner: Uint32Array,
  owners: number,
  level: Uint8Array,
  links: boolean,
): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(owners + 1);
  for (let i = 0; i < owner.length; i++) if (level[i] > 0 === links) start[owner[i] + 1]++;
  for (let o = 0; o < owners; o++) start[o + 1] += start[o];
  const next = start.slice(0, owners);
  const order = new Uint32Array(start[owners]);
  for (let i = 0; i < owner.length; i++) if (level[i] > 0 === links) order[next[owner[i]]++] = i;
  return [start, order];
}
