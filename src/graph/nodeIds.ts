// The renderer's ids, private to src/graph: the rest of the app speaks of entity references ({ kind, key }).
// A prefix keeps a member, a skill and a category with the same key apart; elements are looked up with
// cy.getElementById(id), never with a selector built from user text.
import type { DrillStep, EntityRef } from '../domain/entities';

export const nodeId = {
  member: (key: string) => `m:${key}`,
  skill: (key: string) => `s:${key}`,
  category: (name: string) => `c:${name}`,
  /** A department, drawn only in the organisation overview (src/graph/aggregate.ts). */
  department: (name: string) => `d:${name}`,
};

const kindByPrefix = { m: 'member', s: 'skill', c: 'category', d: 'department' } as const;

/** The node id drawing this entity. */
export function nodeIdOf(entity: EntityRef): string {
  return nodeId[entity.kind](entity.key);
}

/** The entity (or department) a node id draws; null for an id that is no node id (an edge's, say). */
export function parseNodeId(id: string): DrillStep | null {
  if (id.length < 2 || id[1] !== ':') return null;
  const prefix = id[0];
  if (prefix !== 'm' && prefix !== 's' && prefix !== 'c' && prefix !== 'd') return null;
  return { kind: kindByPrefix[prefix], key: id.slice(2) };
}

/** `e:<memberKey>|<skillKey>`; a `|` or `\` inside the member key is escaped so two links never share an id. */
export function edgeId(memberKey: string, skillKey: string): string {
  return `e:${memberKey.replace(/[\\|]/g, '\\$&')}|${skillKey}`;
}

/** `a:<source>|<target>` for an aggregate edge (a category or skill to a department, a person to a group). */
export function aggregateEdgeId(source: string, target: string): string {
  return `a:${source.replace(/[\\|]/g, '\\$&')}|${target}`;
}
