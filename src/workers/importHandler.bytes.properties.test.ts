// @vitest-environment node
// Random bytes through the whole import as the worker runs it: NULs, lone UTF-8 continuation bytes, BOMs of
// UTF-8 and UTF-16 (odd lengths too), zip and OLE signatures, damaged tables, zips of tables. Never the error
// answer; every row read imported, merged or rejected with a reason (tests/helpers/importAccounting.ts).
import { describe, test } from 'vitest';
import fc from 'fast-check';
import { importAndMap, randomBytesArb, zipArb } from '../../tests/helpers/importAccounting';

describe('any bytes through the import worker', () => {
  test('a file of random bytes: an outcome, every row accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(randomBytesArb, fc.boolean(), async (bytes, merge) => {
        await importAndMap([{ name: 'random.csv', bytes }], merge);
      }),
      { numRuns: 3000 },
    );
  });

  test('a zip of damaged tables beside random bytes: an outcome, every row accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(zipArb, randomBytesArb, fc.boolean(), async (zip, bytes, merge) => {
        await importAndMap(
          [
            { name: 'club.zip', bytes: zip },
            { name: 'other.txt', bytes },
          ],
          merge,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
