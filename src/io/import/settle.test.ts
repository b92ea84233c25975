// The link merge rules on hand-made logs: each case can be checked on paper against settle.ts's header.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { entryValue, LinkLog, storedValue } from './linkLog';
import { settleLinks } from './settle';

interface Given {
  m: number;
  s: number;
  level: number;
  interest?: boolean | null;
  counts?: boolean;
  row?: number;
  file?: number;
}

function logOf(entries: Given[]): LinkLog {
  const log = new LinkLog(1);
  entries.forEach((e, i) =>
    log.push(
      e.m,
      e.s,
      entryValue(e.level, e.interest ?? null, e.counts ?? true),
      e.row ?? i + 2,
      e.file ?? 0,
    ),
  );
  return log;
}

function storedOf(links: { m: number; s: number; level: number; interest?: boolean }[]): LinkLog {
  const log = new LinkLog(1);
  for (const l of links) log.push(l.m, l.s, storedValue(l.level, l.interest ?? false), 0, 0);
  return log;
}

function settle(given: Given[], stored: Parameters<typeof storedOf>[0] = [], files = 1) {
  const result = settleLinks(logOf(given), storedOf(stored), 10, 10, files);
  const links = Array.from(result.links.level, (level, i) => ({
    m: result.links.member[i],
    s: result.links.skill[i],
    level,
    interest: result.links.interest[i] === 1,
  }));
  return { ...result, links, imported: [...result.imported], merged: [...result.merged] };
}

describe('settleLinks', () => {
  test('a new pair is imported with its level', () => {
    const r = settle([{ m: 1, s: 2, level: 3 }]);
    expect(r.links).toEqual([{ m: 1, s: 2, level: 3, interest: false }]);
    expect(r.imported).toEqual([1]);
    expect(r.merged).toEqual([0]);
    expect(r.conflicts).toEqual([]);
  });

  test('the same pair twice in one import keeps the higher level, reports the conflict and counts as merged', () => {
    const r = settle([
      { m: 0, s: 0, level: 4, row: 5 },
      { m: 0, s: 0, level: 2, row: 9 },
    ]);
    expect(r.links).toEqual([{ m: 0, s: 0, level: 4, interest: false }]);
    expect(r.conflicts).toEqual([{ file: 0, row: 9, member: 0, skill: 0, kept: 4, other: 2 }]);
    expect(r.imported).toEqual([1]);
    expect(r.merged).toEqual([1]);
  });

  test('the same level twice is no conflict', () => {
    const r = settle([
      { m: 0, s: 0, level: 3 },
      { m: 0, s: 0, level: 3 },
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.links).toHaveLength(1);
  });

  test('Merge: the imported level replaces a stored one, even a higher one, and counts as merged', () => {
    const r = settle([{ m: 0, s: 1, level: 2 }], [{ m: 0, s: 1, level: 5 }]);
    expect(r.links).toEqual([{ m: 0, s: 1, level: 2, interest: false }]);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual([1]);
    expect(r.imported).toEqual([0]);
  });

  test('Merge: level 0 removes a stored pair', () => {
    const r = settle([{ m: 0, s: 1, level: 0 }], [{ m: 0, s: 1, level: 4 }]);
    expect(r.links).toEqual([]);
    expect(r.merged).toEqual([1]);
  });

  test('level 0 beside another level of the same pair is no conflict, in either order; the other level is kept', () => {
    const r = settle([
      { m: 0, s: 0, level: 0, row: 2 },
      { m: 0, s: 0, level: 3, row: 3 },
      { m: 1, s: 0, level: 4, row: 4 },
      { m: 1, s: 0, level: 0, row: 5 },
    ]);
    expect(r.links).toEqual([
      { m: 0, s: 0, level: 3, interest: false },
      { m: 1, s: 0, level: 4, interest: false },
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.imported).toEqual([2]);
    expect(r.merged).toEqual([2]);
  });

  test('a level 0 between two levels leaves the conflict between those two', () => {
    const r = settle([
      { m: 0, s: 0, level: 4, row: 2 },
      { m: 0, s: 0, level: 0, row: 3 },
      { m: 0, s: 0, level: 5, row: 4 },
    ]);
    expect(r.links).toEqual([{ m: 0, s: 0, level: 5, interest: false }]);
    expect(r.conflicts).toEqual([{ file: 0, row: 4, member: 0, skill: 0, kept: 5, other: 4 }]);
  });

  test('Merge: level 0 then a level for a stored pair gives that level, without a conflict', () => {
    const r = settle(
      [
        { m: 0, s: 1, level: 0 },
        { m: 0, s: 1, level: 2 },
      ],
      [{ m: 0, s: 1, level: 4 }],
    );
    expect(r.links).toEqual([{ m: 0, s: 1, level: 2, interest: false }]);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual([2]);
  });

  test('stored pairs the import does not name stay, in member then skill order among the new ones', () => {
    const r = settle(
      [{ m: 1, s: 1, level: 2 }],
      [
        { m: 2, s: 0, level: 1 },
        { m: 0, s: 3, level: 5, interest: true },
      ],
    );
    expect(r.links).toEqual([
      { m: 0, s: 3, level: 5, interest: true },
      { m: 1, s: 1, level: 2, interest: false },
      { m: 2, s: 0, level: 1, interest: false },
    ]);
  });

  test('a row without an interest cell keeps the stored flag; a given "no" clears it', () => {
    const kept = settle(
      [{ m: 0, s: 0, level: 2, interest: null }],
      [{ m: 0, s: 0, level: 4, interest: true }],
    );
    expect(kept.links).toEqual([{ m: 0, s: 0, level: 2, interest: true }]);
    const cleared = settle(
      [{ m: 0, s: 0, level: 2, interest: false }],
      [{ m: 0, s: 0, level: 4, interest: true }],
    );
    expect(cleared.links).toEqual([{ m: 0, s: 0, level: 2, interest: false }]);
  });

  test('given twice in one import, "interested" from either row is kept', () => {
    const yesThenNo = settle([
      { m: 0, s: 0, level: 2, interest: true },
      { m: 0, s: 0, level: 2, interest: false },
    ]);
    expect(yesThenNo.links[0].interest).toBe(true);
    const noThenYes = settle([
      { m: 0, s: 0, level: 2, interest: false },
      { m: 0, s: 0, level: 2, interest: true },
    ]);
    expect(noThenYes.links[0].interest).toBe(true);
  });

  test('only entries flagged to count are counted, per file', () => {
    const r = settle(
      [
        { m: 0, s: 0, level: 1, file: 0, counts: false },
        { m: 1, s: 0, level: 1, file: 1 },
        { m: 1, s: 0, level: 2, file: 1 },
      ],
      [],
      2,
    );
    expect(r.imported).toEqual([0, 1]);
    expect(r.merged).toEqual([0, 1]);
  });

  test('conflicts come in file, then row order, whatever the pair order', () => {
    const r = settle(
      [
        { m: 5, s: 0, level: 1, file: 0, row: 2 },
        { m: 0, s: 0, level: 1, file: 1, row: 3 },
        { m: 0, s: 0, level: 2, file: 1, row: 4 },
        { m: 5, s: 0, level: 3, file: 0, row: 7 },
      ],
      [],
      2,
    );
    expect(r.conflicts.map((c) => [c.file, c.row])).toEqual([
      [0, 7],
      [1, 4],
    ]);
  });

  test('every pair comes out once, sorted, with the highest level this import gave it (Replace)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ m: fc.nat(9), s: fc.nat(9), level: fc.integer({ min: 1, max: 5 }) }), {
          maxLength: 60,
        }),
        (given) => {
          const r = settle(given);
          const best = new Map<string, number>();
          for (const g of given) best.set(`${g.m},${g.s}`, Math.max(best.get(`${g.m},${g.s}`) ?? 0, g.level));
          const expected = [...best]
            .map(([pair, level]) => {
              const [m, s] = pair.split(',').map(Number);
              return { m, s, level, interest: false };
            })
            .sort((a, b) => a.m - b.m || a.s - b.s);
          expect(r.links).toEqual(expected);
          expect(r.imported[0] + r.merged[0]).toBe(given.length);
          expect(r.imported[0]).toBe(best.size);
        },
      ),
    );
  });

  test('with levels 0–5, each pair keeps its highest level ≥ 1, and no conflict names a level 0 (Replace)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ m: fc.nat(4), s: fc.nat(4), level: fc.integer({ min: 0, max: 5 }) }), {
          maxLength: 40,
        }),
        (given) => {
          const r = settle(given);
          const best = new Map<string, number>();
          for (const g of given) best.set(`${g.m},${g.s}`, Math.max(best.get(`${g.m},${g.s}`) ?? 0, g.level));
          const expected = [...best]
            .filter(([, level]) => level > 0)
            .map(([pair, level]) => {
              const [m, s] = pair.split(',').map(Number);
              return { m, s, level, interest: false };
            })
            .sort((a, b) => a.m - b.m || a.s - b.s);
          expect(r.links).toEqual(expected);
          expect(r.conflicts.every((c) => c.other > 0)).toBe(true);
          expect(r.imported[0] + r.merged[0]).toBe(given.length);
          expect(r.imported[0]).toBe(best.size);
        },
      ),
    );
  });
});

describe('settleLinks: interest without a level (interest-only records)', () => {
  test('a new pair at level 0 with interest marked is kept as level 0, interested, and counts as imported', () => {
    const r = settle([{ m: 0, s: 1, level: 0, interest: true }]);
    expect(r.links).toEqual([{ m: 0, s: 1, level: 0, interest: true }]);
    expect(r.imported).toEqual([1]);
  });

  test('a new pair at level 0 without interest (or with "no") is still nothing', () => {
    const r = settle([
      { m: 0, s: 0, level: 0, interest: null },
      { m: 1, s: 0, level: 0, interest: false },
    ]);
    expect(r.links).toEqual([]);
    expect(r.imported).toEqual([2]);
  });

  test('a real level and a level 0 with interest for one pair make one link: the level, with interest', () => {
    const r = settle([
      { m: 0, s: 0, level: 0, interest: true },
      { m: 0, s: 0, level: 3, interest: false },
      { m: 1, s: 0, level: 2, interest: false },
      { m: 1, s: 0, level: 0, interest: true },
    ]);
    expect(r.links).toEqual([
      { m: 0, s: 0, level: 3, interest: true },
      { m: 1, s: 0, level: 2, interest: true },
    ]);
    expect(r.conflicts).toEqual([]);
  });

  test('Merge: a level 0 marking interest keeps the stored level and sets interest', () => {
    const r = settle([{ m: 0, s: 1, level: 0, interest: true }], [{ m: 0, s: 1, level: 4 }]);
    expect(r.links).toEqual([{ m: 0, s: 1, level: 4, interest: true }]);
    expect(r.merged).toEqual([1]);
  });

  test('Merge: a level 0 with interest "no" removes the stored link; without an interest cell the wish stays', () => {
    const no = settle(
      [{ m: 0, s: 1, level: 0, interest: false }],
      [{ m: 0, s: 1, level: 4, interest: true }],
    );
    expect(no.links).toEqual([]);
    // A matrix 0 says nothing about interest: the level goes, the stored wish is kept as an interest-only record.
    const silent = settle([{ m: 0, s: 1, level: 0 }], [{ m: 0, s: 1, level: 4, interest: true }]);
    expect(silent.links).toEqual([{ m: 0, s: 1, level: 0, interest: true }]);
  });

  test('Merge: a stored interest-only record stays when not named, and takes a level when one is given', () => {
    const r = settle(
      [{ m: 1, s: 0, level: 2 }],
      [
        { m: 0, s: 0, level: 0, interest: true },
        { m: 1, s: 0, level: 0, interest: true },
      ],
    );
    expect(r.links).toEqual([
      { m: 0, s: 0, level: 0, interest: true },
      { m: 1, s: 0, level: 2, interest: true },
    ]);
  });
});
