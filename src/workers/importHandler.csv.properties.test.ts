// @vitest-environment node
// CSV-like texts through the whole import as the worker runs it: header words the app knows in Russian and
// English (and `__proto__`, `constructor`), delimiters , ; Tab, quoting or not, CRLF, LF or CR, empty lines, very
// long cells, written in UTF-8, Windows-1251 and UTF-16. Never the error answer; every row read imported, merged
// or rejected with a reason; and, for a regular table, as many rows read as were written.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  csvLikeArb,
  expectRowsAsWritten,
  importAndMap,
  writeCsvLike,
} from '../../tests/helpers/importAccounting';

describe('CSV-like texts through the import worker', () => {
  test('one table: an outcome, every row accounted for, every written row read', async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(csvLikeArb, fc.boolean(), async (table, merge) => {
        const file = writeCsvLike(table, 'table.csv');
        for (const report of await importAndMap([file], merge))
          if (expectRowsAsWritten(report, file, 0)) counted++;
      }),
      { numRuns: 4000 },
    );
    // The independent count is not vacuous.
    expect(counted).toBeGreaterThan(200);
  });

  test('two tables in one import (members and expertise, either order): every row accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(csvLikeArb, csvLikeArb, fc.boolean(), async (a, b, merge) => {
        const files = [writeCsvLike(a, 'a.csv'), writeCsvLike(b, 'b.csv')];
        for (const report of await importAndMap(files, merge))
          files.forEach((f, i) => expectRowsAsWritten(report, f, i));
      }),
      { numRuns: 2000 },
    );
  });
});
