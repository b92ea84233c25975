import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LEVEL } from '../../domain/types';
import {
  COUNTS,
  entryValue,
  INTEREST_GIVEN,
  INTERESTED,
  LEVEL_MASK,
  LinkLog,
  SET_NOW,
  storedValue,
} from './linkLog';

type Entry = { member: number; skill: number; value: number; row: number; file: number };

function entries(log: LinkLog): Entry[] {
  return Array.from({ length: log.length }, (_, i) => ({
    member: log.member[i],
    skill: log.skill[i],
    value: log.value[i],
    row: log.row[i],
    file: log.file[i],
  }));
}

describe('LinkLog', () => {
  it('keeps what is pushed, growing from a tiny capacity', () => {
    const log = new LinkLog(1);
    for (let i = 0; i < 5000; i++) log.push(i % 37, i % 11, i % 64, i + 2, i % 3);
    expect(log.length).toBe(5000);
    expect(entries(log)[4321]).toEqual({
      member: 4321 % 37,
      skill: 4321 % 11,
      value: 4321 % 64,
      row: 4323,
      file: 4321 % 3,
    });
  });

  it('sorts by member, then skill, keeping the push order of equal pairs (against Array.prototype.sort, which is stable)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.array(fc.record({ m: fc.nat(), s: fc.nat(), value: fc.nat(255) }), { maxLength: 300 }),
        (members, skills, raw) => {
          const log = new LinkLog(4);
          raw.forEach((e, i) => log.push(e.m % members, e.s % skills, e.value, i, i % 7));
          const expected = entries(log).sort((a, b) => a.member - b.member || a.skill - b.skill);
          expect(entries(log.sorted(members, skills))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sorts an empty log, and one with no skills or members counted', () => {
    expect(new LinkLog().sorted(0, 0).length).toBe(0);
    const log = new LinkLog();
    log.push(0, 0, 3, 2, 0);
    expect(entries(log.sorted(1, 1))).toEqual([{ member: 0, skill: 0, value: 3, row: 2, file: 0 }]);
  });
});

describe('link value bits', () => {
  it('each flag has a bit of its own above the level, and all fit in a byte', () => {
    const flags = [INTERESTED, INTEREST_GIVEN, COUNTS, SET_NOW];
    expect(MAX_LEVEL & ~LEVEL_MASK).toBe(0);
    for (const flag of flags) {
      expect(flag & LEVEL_MASK).toBe(0);
      expect(flag).toBeLessThan(256);
      for (const other of flags) if (other !== flag) expect(flag & other).toBe(0);
    }
  });

  it('a log entry keeps its level under the mask and says whether interest was given', () => {
    expect(entryValue(4, null, false)).toBe(4);
    expect(entryValue(4, false, true)).toBe(4 | INTEREST_GIVEN | COUNTS);
    expect(entryValue(2, true, false)).toBe(2 | INTEREST_GIVEN | INTERESTED);
    expect(storedValue(5, true) & LEVEL_MASK).toBe(5);
    expect(storedValue(5, true) & INTEREST_GIVEN).toBe(0);
  });
});
