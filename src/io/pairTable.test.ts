// PairTable: (member, skill) → value 0–255 in one flat array, checked against a Map.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PairTable } from './pairTable';

const MAX_SKILL = (1 << 24) - 1;

/** The table's entries as "member/skill" → value, to compare with a model. */
function asMap(table: PairTable): Map<string, number> {
  const { member, skill, value } = table.entries();
  expect(skill.length).toBe(member.length);
  expect(value.length).toBe(member.length);
  const map = new Map<string, number>();
  for (let i = 0; i < member.length; i++) {
    const key = `${member[i]}/${skill[i]}`;
    expect(map.has(key), `pair ${key} listed twice`).toBe(false);
    map.set(key, value[i]);
  }
  return map;
}

describe('PairTable', () => {
  test('an empty table has nothing: get is -1, size 0, no entries', () => {
    const table = new PairTable();
    expect(table.get(0, 0)).toBe(-1);
    expect(table.get(5, 7)).toBe(-1);
    expect(table.size).toBe(0);
    expect(asMap(table).size).toBe(0);
  });

  test('set then get; setting again replaces the value without adding a pair', () => {
    const table = new PairTable(4);
    table.set(3, 9, 4);
    table.set(9, 3, 5);
    expect(table.get(3, 9)).toBe(4);
    expect(table.get(9, 3)).toBe(5);
    expect(table.get(3, 3)).toBe(-1);
    table.set(3, 9, 1);
    expect(table.get(3, 9)).toBe(1);
    expect(table.size).toBe(2);
    expect(asMap(table)).toEqual(
      new Map([
        ['3/9', 1],
        ['9/3', 5],
      ]),
    );
  });

  test('member 0, skill 0, value 0 is a pair like any other (not a free slot)', () => {
    const table = new PairTable(1);
    table.set(0, 0, 0);
    expect(table.get(0, 0)).toBe(0);
    expect(table.size).toBe(1);
    expect(asMap(table)).toEqual(new Map([['0/0', 0]]));
  });

  test('slot / valueAt / put: find a place, read it, store in it', () => {
    const table = new PairTable(2);
    const free = table.slot(7, 11);
    expect(table.valueAt(free)).toBe(-1);
    table.put(free, 7, 11, 6);
    expect(table.size).toBe(1);
    // The same pair is found in the same slot; put there replaces the value and adds nothing.
    const again = table.slot(7, 11);
    expect(again).toBe(free);
    expect(table.valueAt(again)).toBe(6);
    table.put(again, 7, 11, 200);
    expect(table.size).toBe(1);
    expect(table.get(7, 11)).toBe(200);
    // Another pair gets another slot.
    const other = table.slot(11, 7);
    expect(other).not.toBe(again);
    expect(table.valueAt(other)).toBe(-1);
  });

  test('every value 0–255 round-trips, next to the largest skill', () => {
    const table = new PairTable(8);
    for (let v = 0; v <= 255; v++) {
      table.set(v, MAX_SKILL - v, v);
      table.set(v, v, 255 - v);
    }
    for (let v = 0; v <= 255; v++) {
      expect(table.get(v, MAX_SKILL - v)).toBe(v);
      expect(table.get(v, v)).toBe(255 - v);
    }
    const map = asMap(table);
    expect(map.size).toBe(512);
    for (let v = 0; v <= 255; v++) expect(map.get(`${v}/${MAX_SKILL - v}`)).toBe(v);
  });

  test('skills up to 2^24 − 1 work; 2^24 and above throw RangeError', () => {
    const table = new PairTable();
    table.set(1, MAX_SKILL, 255);
    expect(table.get(1, MAX_SKILL)).toBe(255);
    expect(table.get(1, MAX_SKILL - 1)).toBe(-1);
    expect(table.entries().skill[0]).toBe(MAX_SKILL);
    expect(() => table.set(1, MAX_SKILL + 1, 1)).toThrow(RangeError);
    expect(() => table.get(1, MAX_SKILL + 1)).toThrow(RangeError);
    expect(() => table.slot(1, 2 ** 25)).toThrow(RangeError);
    // The failed calls changed nothing.
    expect(table.size).toBe(1);
    expect(asMap(table)).toEqual(new Map([[`1/${MAX_SKILL}`, 255]]));
  });

  test('large member indexes (millions of members) are kept exactly', () => {
    const table = new PairTable(1);
    const members = [0, 1, 1_000_000, 16_777_215, 16_777_216, 2 ** 30];
    members.forEach((m, i) => table.set(m, i, i + 1));
    members.forEach((m, i) => expect(table.get(m, i)).toBe(i + 1));
    expect([...table.entries().member].sort((a, b) => a - b)).toEqual(members);
  });

  test('grows from a tiny capacity: 10 000 random pairs agree with a Map', () => {
    const op = fc.record({
      member: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 200_000 })),
      skill: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: MAX_SKILL })),
      value: fc.integer({ min: 0, max: 255 }),
      how: fc.constantFrom('set', 'slot+put'),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 10_000, maxLength: 10_000 }), fc.integer({ min: 0, max: 16 }), (ops, capacity) => {
        const table = new PairTable(capacity);
        const model = new Map<string, number>();
        for (const { member, skill, value, how } of ops) {
          const key = `${member}/${skill}`;
          if (how === 'set') table.set(member, skill, value);
          else {
            const slot = table.slot(member, skill);
            expect(table.valueAt(slot)).toBe(model.get(key) ?? -1);
            table.put(slot, member, skill, value);
          }
          model.set(key, value);
        }
        expect(table.size).toBe(model.size);
        expect(asMap(table)).toEqual(model);
        for (const { member, skill } of ops.slice(0, 500)) expect(table.get(member, skill)).toBe(model.get(`${member}/${skill}`));
        // Pairs never set are absent.
        for (let i = 0; i < 200; i++) {
          const member = 300_000 + i;
          expect(table.get(member, i)).toBe(-1);
        }
      }),
      { numRuns: 12 },
    );
  });
});
