// The renderer's ids, private to src/graph: the rest of the app speaks of entity references ({ kind, key }).
// A prefix keeps a member, a skill and a category with the same key apart; elements are looked up with
// cy.getElementById(id), never with a selector built from user text.
import type { EntityKind, EntityRef } from '../domain/entities';

export const nodeId = {
  member: (key: string) => `m:${key}`,
  skill: (key: string) => `s:${key}`,
  category: (name: string) => `c:${name}`,
};

const kindByPrefix = { m: 'member', s: 'skill', c: 'category' } as const;

/** The node id drawing this entity. */
export function nodeIdOf(entity: EntityRef): string {
  return nodeId[entity.kind](entity.key);
}

/** The entity a node id draws; null for an id that is no node id (an edge's, say). */
export function parseNodeId(id: string): { kind: EntityKind; key: string } | null {
  if (id.length < 2 || id[1] !== ':') return null;
  const prefix = id[0];
  if (prefix !== 'm' && prefix !== 's' && prefix !== 'c') return null;
  return { kind: kindByPrefix[prefix], key: id.slice(2) };
}

/** `e:<memberKey>|<skillKey>`; a `|` or `\` inside the member key is escaped so two links never share an id. */
export function edgeId(memberKey: string, skillKey: string): string {
  return `e:${memberKey.replace(/[\\|]/g, '\\$&')}|${skillKey}`;
}
