// Members and skills as storage keeps them, read from the field table (src/domain/fields.ts): members as one
// column per field, and the repair of a stored record — defaults for what is missing or ill-typed.
import {
  MEMBER_FIELDS,
  MEMBER_STATUSES,
  SKILL_FIELDS,
  type FieldKind,
  type FieldSpec,
  type MemberFieldSpec,
} from '../domain/fields';
import type { Member, MemberStatus, Skill } from '../domain/types';

/** Members as columns: a list or a typed array per field, each as long as the member list. */
export type MemberColumns = Record<string, string[] | Float64Array>;

const TAG_SEPARATOR = '\u0000';

/** One column per member field, encoded as the table says (20,000 objects cost the page 3× more to store). */
export function encodeMemberColumns(members: readonly Member[]): MemberColumns {
  const columns: MemberColumns = {};
  for (const field of MEMBER_FIELDS) {
    switch (field.stored) {
      case 'texts':
        columns[field.property] = members.map((m) => m[field.property]);
        break;
      case 'float64':
        columns[field.property] = Float64Array.from(members, (m) => m[field.property] ?? NaN);
        break;
      case 'nulJoined':
        columns[field.property] = members.map((m) => m[field.property].join(TAG_SEPARATOR));
        break;
    }
  }
  return columns;
}

/**
 * Member columns as members again, repaired; null when the columns do not fit together or a member has no key
 * or name (links point at members by index: dropping one would shift the rest onto other people).
 */
export function decodeMemberColumns(value: unknown): Member[] | null {
  if (!isObject(value) || !Array.isArray(value.key)) return null;
  const n = value.key.length;
  for (const field of MEMBER_FIELDS) {
    const column = value[field.property];
    const fits = field.stored === 'float64' ? column instanceof Float64Array : Array.isArray(column);
    if (!fits || (column as unknown[] | Float64Array).length !== n) return null;
  }
  // Column by column: one field's decoding and repair over all members at a time.
  const records: Record<string, unknown>[] = Array.from({ length: n }, () => ({}));
  for (const field of MEMBER_FIELDS) {
    const column = value[field.property] as unknown[] | Float64Array;
    const required = isRequired(field);
    for (let i = 0; i < n; i++) {
      const raw = decodeCell(field, column[i]);
      // A status that is none of the three is damage, not a default: turning an ambassador into an employee would
      // change coverage without a word. Such data is set aside (and offered for download) instead.
      if (field.kind === 'status' && !MEMBER_STATUSES.includes(raw as MemberStatus)) return null;
      const cell = repair(field.kind, raw, field.default);
      if (required && cell === '') return null;
      records[i][field.property] = cell;
    }
  }
  // The table describes exactly Member's properties (checked at compile time in fields.ts).
  return records as unknown as Member[];
}

function decodeCell(field: MemberFieldSpec, cell: unknown): unknown {
  switch (field.stored) {
    case 'texts':
      return cell;
    case 'float64':
      return Number.isNaN(cell) ? null : cell;
    case 'nulJoined':
      return typeof cell === 'string' ? cell.split(TAG_SEPARATOR).filter(Boolean) : [];
  }
}

/** A stored member with defaults for missing or ill-typed fields; null without a key or a name. */
export function restoreMember(raw: Record<string, unknown>): Member | null {
  // The table describes exactly Member's properties (checked at compile time in fields.ts).
  return restoreRecord(MEMBER_FIELDS, raw) as unknown as Member | null;
}

/** A stored skill with defaults for missing or ill-typed fields; null without a key or a name. */
export function restoreSkill(raw: Record<string, unknown>): Skill | null {
  return restoreRecord(SKILL_FIELDS, raw) as unknown as Skill | null;
}

function restoreRecord(
  fields: readonly FieldSpec[],
  raw: Record<string, unknown>,
): Record<string, unknown> | null {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const value = repair(field.kind, raw[field.property], field.default);
    if (isRequired(field) && value === '') return null;
    record[field.property] = value;
  }
  return record;
}

/** A record without its key or name cannot be used. */
const isRequired = (field: FieldSpec) => field.role === 'key' || field.role === 'name';

function repair(kind: FieldKind, value: unknown, fallback: FieldSpec['default']): unknown {
  switch (kind) {
    case 'text':
      return text(value);
    case 'status':
      return MEMBER_STATUSES.includes(value as MemberStatus) ? value : fallback;
    case 'number':
      return finiteNumber(value) ?? fallback;
    case 'numberOrNull':
      return finiteNumber(value);
    case 'tags':
      return Array.isArray(value) ? value.map(text).filter(Boolean) : [];
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a stored list that are objects and restore; the caller compares lengths where indexes matter. */
export function restoreAll<T>(list: unknown[], restore: (raw: Record<string, unknown>) => T | null): T[] {
  return list
    .filter(isObject)
    .map(restore)
    .filter((x): x is T => x !== null);
}
