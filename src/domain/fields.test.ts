import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  LINK_COLUMNS,
  MEMBER_ATTRIBUTE_COLUMNS,
  MEMBER_FIELDS,
  MEMBER_STATUSES,
  MEMBER_TEXT_ATTRIBUTES,
  SKILL_ATTRIBUTE_COLUMNS,
  SKILL_FIELDS,
  exportedFields,
  fieldWithRole,
  type FieldValues,
  type Same,
} from './fields';
import { newMember, newSkill, type Member, type Skill } from './types';

// A member's attribute columns in table order: the export writes them after the id and the name.
const memberAttributeColumns = [
  'department',
  'location',
  'title',
  'email',
  'status',
  'workload',
  'activity',
  'roles',
];

describe('field tables', () => {
  test('agree with the Member and Skill interfaces, and a table missing a field would not compile as agreeing', () => {
    expectTypeOf<Same<FieldValues<typeof MEMBER_FIELDS>, Member>>().toEqualTypeOf<true>();
    expectTypeOf<Same<FieldValues<typeof SKILL_FIELDS>, Skill>>().toEqualTypeOf<true>();
    type WithoutEmail = Exclude<(typeof MEMBER_FIELDS)[number], { property: 'email' }>[];
    expectTypeOf<Same<FieldValues<WithoutEmail>, Member>>().toEqualTypeOf<false>();
    type StatusAsNumber = (
      | Exclude<(typeof MEMBER_FIELDS)[number], { property: 'status' }>
      | { property: 'status'; kind: 'number'; role: 'attribute'; default: 0; column: null }
    )[];
    expectTypeOf<Same<FieldValues<StatusAsNumber>, Member>>().toEqualTypeOf<false>();
  });

  test('list every property of a new member and a new skill', () => {
    expect(MEMBER_FIELDS.map((f) => f.property).sort()).toEqual(
      Object.keys(newMember({ key: 'k', name: 'n' })).sort(),
    );
    expect(SKILL_FIELDS.map((f) => f.property).sort()).toEqual(
      Object.keys(newSkill({ key: 'k', name: 'n' })).sort(),
    );
  });

  test('defaults are what newMember and newSkill give (status employee, target 1, required level 3, weight 1)', () => {
    const member = newMember({ key: 'k', name: 'n' });
    for (const f of MEMBER_FIELDS)
      if (f.role === 'attribute' || f.role === 'id')
        expect([f.property, f.default]).toEqual([f.property, member[f.property]]);
    const skill = newSkill({ key: 'k', name: 'n' });
    for (const f of SKILL_FIELDS)
      if (f.role === 'attribute' || f.role === 'id')
        expect([f.property, f.default]).toEqual([f.property, skill[f.property]]);
    const status = MEMBER_FIELDS.find((f) => f.kind === 'status');
    expect(MEMBER_STATUSES).toContain(status?.default);
  });

  test('storage encodings follow the value kinds: numbers in Float64 columns, tags joined, the rest as texts', () => {
    for (const f of MEMBER_FIELDS) {
      const expected = f.kind === 'numberOrNull' ? 'float64' : f.kind === 'tags' ? 'nulJoined' : 'texts';
      expect([f.property, f.stored]).toEqual([f.property, expected]);
    }
  });

  test('every field but the internal key has a column; the canonical English and Russian headers', () => {
    expect(exportedFields(MEMBER_FIELDS).map((f) => f.column.en)).toEqual([
      'member_id',
      'name',
      ...memberAttributeColumns,
    ]);
    expect(exportedFields(SKILL_FIELDS).map((f) => f.column.ru)).toEqual([
      'код навыка',
      'навык',
      'категория',
      'цель',
      'требуемый уровень',
      'вес',
    ]);
    expect(fieldWithRole(MEMBER_FIELDS, 'key').column).toBeNull();
    expect(fieldWithRole(SKILL_FIELDS, 'name').column).toEqual({ en: 'skill', ru: 'навык' });
    expect(LINK_COLUMNS.level.en).toBe('level');
  });

  test('attribute lists for the import: text attributes, member and skill attribute columns', () => {
    expect(MEMBER_TEXT_ATTRIBUTES).toEqual(['department', 'location', 'title', 'email']);
    expect(MEMBER_ATTRIBUTE_COLUMNS).toEqual(memberAttributeColumns);
    expect(SKILL_ATTRIBUTE_COLUMNS).toEqual(['category', 'target', 'required_level', 'weight']);
  });
});
