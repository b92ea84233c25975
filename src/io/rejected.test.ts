import { test, expect, describe } from 'vitest';
import { rejectedRowsTable } from './rejected';
import type { RejectedRow } from './report';

const row = (file: string, n: number, headers: string[], cells: string[]): RejectedRow => ({
  file,
  row: n,
  reason: 'row_no_member',
  headers,
  cells,
});

describe('rejectedRowsTable', () => {
  test('puts each row’s cells under the union of the files’ headers, after file, row and reason', () => {
    const t = rejectedRowsTable(
      [row('a.csv', 3, ['name', 'level'], ['', '4']), row('b.csv', 7, ['level', 'skill'], ['2', 'Go'])],
      (r) => `why ${r.row}`,
    );
    // Columns: name, level (from a.csv), then skill (new in b.csv).
    expect(t.header).toEqual(['file', 'row', 'reason', 'name', 'level', 'skill']);
    expect(t.rows).toEqual([
      ['a.csv', 3, 'why 3', '', '4', ''],
      ['b.csv', 7, 'why 7', '', '2', 'Go'],
    ]);
  });

  test('keeps cells beyond the header at the end of the row', () => {
    const t = rejectedRowsTable(
      [row('c.csv', 3, ['name', 'department', 'status'], ['Boris', 'IT', 'ambassador', 'EXTRA', '42'])],
      () => 'extra',
    );
    expect(t.rows).toEqual([['c.csv', 3, 'extra', 'Boris', 'IT', 'ambassador', 'EXTRA', '42']]);
  });
});
