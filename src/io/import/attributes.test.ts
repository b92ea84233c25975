// Attribute conflicts are values; the report's words for them are made in one place.
import { describe, expect, test } from 'vitest';
import { planColumns } from '../detect';
import { recordsTable } from '../parse';
import { emptyFileReport } from '../report';
import { conflictIssue } from './attributes';
import { rowContext } from './context';

function contextAtRow(headers: string[], row: number) {
  const source = recordsTable([headers, headers.map(() => 'x')]);
  const ctx = rowContext(source, planColumns(source.headers, source.sample), emptyFileReport('b.csv'), 0);
  ctx.row = row;
  return ctx;
}

describe('conflictIssue', () => {
  test('two values in this import: a conflict_attribute at the later row, naming the earlier one', () => {
    const ctx = contextAtRow(['ФИО', 'Подразделение'], 7);
    const issue = conflictIssue(
      {
        kind: 'between_rows',
        owner: 'Анна',
        field: 'department',
        value: 'ИТ',
        previous: { value: 'Финансы', file: 'a.csv', row: 3 },
      },
      ctx,
    );
    expect(issue).toEqual({
      severity: 'warning',
      code: 'conflict_attribute',
      file: 'b.csv',
      row: 7,
      column: 'Подразделение',
      value: 'ИТ',
      detail: {
        owner: 'Анна',
        field: 'department',
        previous: 'Финансы',
        previousFile: 'a.csv',
        previousRow: 3,
      },
    });
  });

  test('a stored value replaced in a Merge: a conflict_stored; without its own column the field names it', () => {
    const ctx = contextAtRow(['name', 'ambassador'], 2);
    const issue = conflictIssue(
      { kind: 'over_stored', owner: 'Ann', field: 'status', value: 'ambassador', previous: 'employee' },
      ctx,
    );
    expect(issue).toEqual({
      severity: 'warning',
      code: 'conflict_stored',
      file: 'b.csv',
      row: 2,
      column: 'status',
      value: 'ambassador',
      detail: { owner: 'Ann', field: 'status', previous: 'employee' },
    });
  });
});
