// Member and skill fields described once (docs/contract.md "Data model"): each field's value kind, default,
// canonical column in the workspace CSV export, and how storage keeps it. The stored format, the workspace
// CSV and the import's attribute lists read them from here, so a new field is one row in one table.
import type { LinkTable, Member, MemberStatus, Skill } from './types';
import { SKILL_DEFAULTS } from './types';

/** What a field holds, and so how it is repaired on load and written to CSV. */
export type FieldKind =
  | 'text' // '' when absent
  | 'status' // a MemberStatus; employee when absent or unknown
  | 'number' // a number with its own default (target, required level, weight)
  | 'numberOrNull' // a number, null when unknown (workload, activity)
  | 'tags'; // a list of texts (community roles), written to CSV joined by "; "

/** The part a field plays: the internal key and the name are required; id and name identify; the rest are attributes. */
export type FieldRole = 'key' | 'id' | 'name' | 'attribute';

/** How a member field is kept as a stored column (members are stored as one column per field). */
export type ColumnEncoding =
  | 'texts' // a list of strings
  | 'float64' // a Float64Array, NaN for null
  | 'nulJoined'; // a list of strings, the tags joined by NUL (table cells never hold one)

/** A column's header in the workspace export; the English one is also the import's field name. */
export interface ColumnNames {
  readonly en: string;
  readonly ru: string;
}
export type ColumnLang = keyof ColumnNames;

export interface FieldSpec {
  readonly property: string;
  readonly kind: FieldKind;
  readonly role: FieldRole;
  readonly default: string | number | null | readonly string[];
  /** null: never exported (the internal key). */
  readonly column: ColumnNames | null;
}

export interface MemberFieldSpec extends FieldSpec {
  readonly stored: ColumnEncoding;
}

export const MEMBER_STATUSES: readonly MemberStatus[] = ['ambassador', 'employee', 'alumni'];

/** Member fields in storage and export order. */
// prettier-ignore
export const MEMBER_FIELDS = [
  { property: 'key',        kind: 'text',         role: 'key',       default: '',         column: null,                                       stored: 'texts' },
  { property: 'memberId',   kind: 'text',         role: 'id',        default: '',         column: { en: 'member_id', ru: 'id сотрудника' },   stored: 'texts' },
  { property: 'name',       kind: 'text',         role: 'name',      default: '',         column: { en: 'name', ru: 'ФИО' },                  stored: 'texts' },
  { property: 'department', kind: 'text',         role: 'attribute', default: '',         column: { en: 'department', ru: 'подразделение' },  stored: 'texts' },
  { property: 'location',   kind: 'text',         role: 'attribute', default: '',         column: { en: 'location', ru: 'город' },            stored: 'texts' },
  { property: 'title',      kind: 'text',         role: 'attribute', default: '',         column: { en: 'title', ru: 'должность' },           stored: 'texts' },
  { property: 'email',      kind: 'text',         role: 'attribute', default: '',         column: { en: 'email', ru: 'email' },               stored: 'texts' },
  { property: 'status',     kind: 'status',       role: 'attribute', default: 'employee', column: { en: 'status', ru: 'статус' },             stored: 'texts' },
  { property: 'workload',   kind: 'numberOrNull', role: 'attribute', default: null,       column: { en: 'workload', ru: 'загрузка' },         stored: 'float64' },
  { property: 'activity',   kind: 'numberOrNull', role: 'attribute', default: null,       column: { en: 'activity', ru: 'активность' },       stored: 'float64' },
  { property: 'roles',      kind: 'tags',         role: 'attribute', default: [],         column: { en: 'roles', ru: 'роли' },                stored: 'nulJoined' },
] as const satisfies readonly MemberFieldSpec[];

/** Skill fields in storage and export order. Skills are stored as objects (a few hundred at most). */
// prettier-ignore
export const SKILL_FIELDS = [
  { property: 'key',           kind: 'text',   role: 'key',       default: '',                          column: null },
  { property: 'skillId',       kind: 'text',   role: 'id',        default: '',                          column: { en: 'skill_id', ru: 'код навыка' } },
  { property: 'name',          kind: 'text',   role: 'name',      default: '',                          column: { en: 'skill', ru: 'навык' } },
  { property: 'category',      kind: 'text',   role: 'attribute', default: '',                          column: { en: 'category', ru: 'категория' } },
  { property: 'target',        kind: 'number', role: 'attribute', default: SKILL_DEFAULTS.target,        column: { en: 'target', ru: 'цель' } },
  { property: 'requiredLevel', kind: 'number', role: 'attribute', default: SKILL_DEFAULTS.requiredLevel, column: { en: 'required_level', ru: 'требуемый уровень' } },
  { property: 'weight',        kind: 'number', role: 'attribute', default: SKILL_DEFAULTS.weight,        column: { en: 'weight', ru: 'вес' } },
] as const satisfies readonly FieldSpec[];

/**
 * The link columns of the expertise file, after the member's id and name and the skill's id and name.
 * Links are stored as the typed-array columns of `LinkTable`.
 */
export const LINK_COLUMNS = {
  level: { en: 'level', ru: 'уровень' },
  interest: { en: 'interest', ru: 'интерес' },
} as const satisfies Partial<Record<keyof LinkTable, ColumnNames>>;

// ---- derived lists ----

/** The fields a table has a column for, in column order. */
export type Exported<F extends FieldSpec> = Extract<F, { column: ColumnNames }>;

export function exportedFields<F extends FieldSpec>(fields: readonly F[]): Exported<F>[] {
  return fields.filter((f): f is Exported<F> => f.column !== null);
}

/** The one field of a table that plays `role` ('key', 'id' or 'name'). */
export function fieldWithRole<F extends FieldSpec, R extends Exclude<FieldRole, 'attribute'>>(
  fields: readonly F[],
  role: R,
): Extract<F, { role: R }> {
  return fields.find((f): f is Extract<F, { role: R }> => f.role === role)!;
}

function isAttribute<F extends FieldSpec>(f: F): f is Extract<F, { role: 'attribute' }> {
  return f.role === 'attribute';
}

/** Member attributes kept as plain text: the import copies their cleaned cells as they are. */
export const MEMBER_TEXT_ATTRIBUTES = MEMBER_FIELDS.filter(isAttribute)
  .filter((f): f is Extract<typeof f, { kind: 'text' }> => f.kind === 'text')
  .map((f) => f.property);

/** The import's field names (the English headers) of member and skill attributes, in table order. */
export const MEMBER_ATTRIBUTE_COLUMNS = MEMBER_FIELDS.filter(isAttribute).map((f) => f.column.en);
export const SKILL_ATTRIBUTE_COLUMNS = SKILL_FIELDS.filter(isAttribute).map((f) => f.column.en);

// ---- compile-time agreement with types.ts ----

interface ValueOfKind {
  text: string;
  status: MemberStatus;
  number: number;
  numberOrNull: number | null;
  tags: string[];
}

/** The record a field table describes: one property per field, typed by its kind. */
export type FieldValues<Fields extends readonly FieldSpec[]> = {
  -readonly [F in Fields[number] as F['property']]: ValueOfKind[F['kind']];
};

/** true when each type is assignable to the other: the same properties with the same value types. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

// These compile only while the tables and the interfaces list the same properties with the same types.
export type MemberFieldsAgree = Assert<Same<FieldValues<typeof MEMBER_FIELDS>, Member>>;
export type SkillFieldsAgree = Assert<Same<FieldValues<typeof SKILL_FIELDS>, Skill>>;
