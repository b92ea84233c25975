// What a person points at in the UI — a member, a skill or a category — by its workspace key.
// Stores and features speak of these; only src/graph turns them into the renderer's node ids.

export type EntityKind = 'member' | 'skill' | 'category';

export interface EntityRef {
  kind: EntityKind;
  /** A member's or skill's `key`; for a category its name ('' = uncategorised). */
  key: string;
}

export function memberRef(key: string): EntityRef {
  return { kind: 'member', key };
}

export function skillRef(key: string): EntityRef {
  return { kind: 'skill', key };
}

export function categoryRef(name: string): EntityRef {
  return { kind: 'category', key: name };
}

/** Two references name the same entity (both null counts as the same: nothing). */
export function sameEntity(a: EntityRef | null, b: EntityRef | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.key === b.key;
}

/** A step of the map's drill-down path: an entity, or a department (members' `department` value, '' = none). */
export type DrillKind = EntityKind | 'department';

export interface DrillStep {
  kind: DrillKind;
  /** As in EntityRef; for a department its name. */
  key: string;
}

export function departmentStep(name: string): DrillStep {
  return { kind: 'department', key: name };
}
