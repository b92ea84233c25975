// The links grouped by skill and by member (compressed rows), built once per link table in O(links).
import type { LinkTable, Workspace } from './types';

export interface LinkIndex {
  /** Links of skill s are bySkill[skillStart[s] .. skillStart[s + 1]). */
  skillStart: Uint32Array;
  bySkill: Uint32Array;
  memberStart: Uint32Array;
  byMember: Uint32Array;
}

const cache = new WeakMap<LinkTable, { members: number; skills: number; index: LinkIndex }>();

export function linkIndexOf(workspace: Workspace): LinkIndex {
  const { links } = workspace;
  const hit = cache.get(links);
  if (hit && hit.members === workspace.members.length && hit.skills === workspace.skills.length)
    return hit.index;
  const [skillStart, bySkill] = group(links.skill, workspace.skills.length);
  const [memberStart, byMember] = group(links.member, workspace.members.length);
  const index = { skillStart, bySkill, memberStart, byMember };
  rememberLinkIndex(workspace, index);
  return index;
}

/** Registers an index built elsewhere (the import worker builds it and sends it with the workspace). */
export function rememberLinkIndex(workspace: Workspace, index: LinkIndex): void {
  cache.set(workspace.links, { members: workspace.members.length, skills: workspace.skills.length, index });
}

/** Counting sort of link positions by owner: starts (length owners + 1) and the ordered positions. */
function group(owner: Uint32Array, owners: number): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(owners + 1);
  for (let i = 0; i < owner.length; i++) start[owner[i] + 1]++;
  for (let o = 0; o < owners; o++) start[o + 1] += start[o];
  const next = start.slice(0, owners);
  const order = new Uint32Array(owner.length);
  for (let i = 0; i < owner.length; i++) order[next[owner[i]]++] = i;
  return [start, order];
}
