// runImport row by row: bad cells and their spreadsheet row numbers, workbook sheets, every row accounted for
// (a property), an unclosed quote.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runImport } from './runImport';
import type { ImportFile } from './types';
import { emptyWorkspace } from '../../domain/types';
import {
  textFile,
  importFiles,
  issuesOf,
  expectEveryRowAccounted,
  counts,
} from '../../../tests/helpers/importFiles';

describe('bad cells and row numbers', () => {
  test('bad cells are reported with file, spreadsheet row and column', () => {
    const { workspace, report } = importFiles(
      textFile('m.csv', 'name,status,workload,activity\nAnna,ambassador,301,1\nBoris,chief,50%,-2\n'),
    );
    // Row 2: workload 301 is outside 0–300 (120 was refused while the range stopped at 100; see the test below).
    // Row 3: status "chief" unknown, activity −2 below 0; 50% is fine.
    expect(issuesOf(report, 'cell_bad_value').map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['m.csv', 2, 'workload', '301'],
      ['m.csv', 3, 'status', 'chief'],
      ['m.csv', 3, 'activity', '-2'],
    ]);
    // The rest of each row is kept.
    expect(workspace.members.map((m) => [m.name, m.status, m.workload, m.activity])).toEqual([
      ['Anna', 'ambassador', null, 1],
      ['Boris', 'employee', 50, null],
    ]);
  });

  test('a workload over 100 % is an overloaded person, read up to 300 %; 301 % or below 0 is unreadable', () => {
    const { workspace, report } = importFiles(
      textFile(
        'm.csv',
        'name,workload\nAnna,120%\nBoris,300\nClara,301\nDmitri,"0,5"\nElena,-1%\nFedor,"150,5%"\n',
      ),
    );
    expect(workspace.members.map((m) => [m.name, m.workload])).toEqual([
      ['Anna', 120],
      ['Boris', 300],
      ['Clara', null],
      ['Dmitri', 50],
      ['Elena', null],
      ['Fedor', 150.5],
    ]);
    expect(issuesOf(report, 'cell_bad_value').map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['m.csv', 4, 'workload', '301'],
      ['m.csv', 6, 'workload', '-1%'],
    ]);
    // The column writes `%` in its first rows, so a bare 0,5 is still a share of one: 50 %, with a warning.
    expect(issuesOf(report, 'cell_workload_fraction').map((i) => [i.row, i.value])).toEqual([[5, '0,5']]);
  });

  test('row numbers count blank lines and treat a quoted multi-line cell as one row', () => {
    // Spreadsheet rows: 1 header, 2 Anna (two physical lines), 3 blank, 4 Boris (physical line 5).
    const text = 'name,department,workload\r\n"Anna\r\nLee",Sales,40\r\n\r\nBoris,IT,lots\r\n';
    const { workspace, report } = importFiles(textFile('m.csv', text));
    expect(issuesOf(report, 'cell_bad_value')).toEqual([
      expect.objectContaining({ row: 4, column: 'workload', value: 'lots' }),
    ]);
    expect(workspace.members.map((m) => m.name)).toEqual(['Anna Lee', 'Boris']);
    expect(report.files[0].blankLines).toBe(1);
  });

  test('a row with more cells than the header is rejected, and trailing empty cells are not extra', () => {
    const { workspace, report } = importFiles(
      textFile('m.csv', 'name,department\nAnna,IT,,\nBoris,IT,oops\n'),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Anna']);
    expect(report.rejectedRows.map((r) => [r.row, r.reason])).toEqual([[3, 'row_extra_cells']]);
    expectEveryRowAccounted(report);
  });

  test('a safe-cell quote is removed on import', () => {
    const { workspace } = importFiles(textFile('m.csv', "name,department\n'=Anna,'-IT\n"));
    expect(workspace.members.map((m) => [m.name, m.department])).toEqual([['=Anna', '-IT']]);
  });

  test('a file whose headers name no member or skill is rejected row by row', () => {
    const { report } = importFiles(textFile('x.csv', 'foo,bar\n1,2\n3,4\n'));
    expect(report.files[0].fatal).toBe('file_unrecognised');
    expect(counts(report, 'x.csv')).toEqual({ rowsRead: 2, imported: 0, merged: 0, rejected: 2 });
  });

  test('an expertise file without a level column is rejected row by row', () => {
    const { report } = importFiles(textFile('x.csv', 'name,skill\nAnna,Python\n'));
    expect(report.files[0].fatal).toBe('file_no_level_column');
    expect(counts(report, 'x.csv')).toEqual({ rowsRead: 1, imported: 0, merged: 0, rejected: 1 });
  });
});

describe('workbook sheets', () => {
  test('a sheet handed over as rows is imported like a CSV file, blank rows counted in the row numbers', () => {
    const sheet: ImportFile = {
      name: 'book.xlsx',
      bytes: new Uint8Array(),
      rows: [
        ['ФИО', 'Статус', 'Загрузка'],
        ['Анна', 'амбассадор', '40'],
        ['', '', ''],
        ['Борис', 'сотрудник', 'много'],
      ],
    };
    const { workspace, report } = importFiles(sheet);
    expect(report.files[0]).toMatchObject({
      format: 'xlsx',
      kind: 'members',
      rowsRead: 2,
      imported: 2,
      blankLines: 1,
    });
    expect(workspace.members.map((m) => [m.name, m.status, m.workload])).toEqual([
      ['Анна', 'ambassador', 40],
      ['Борис', 'employee', null],
    ]);
    expect(issuesOf(report, 'cell_bad_value')).toEqual([
      expect.objectContaining({ file: 'book.xlsx', row: 4, column: 'Загрузка' }),
    ]);
  });
});

// ---- property: nothing is lost ----

const HEADER_POOL = [
  'member_id',
  'name',
  'ФИО',
  'department',
  'status',
  'workload',
  'skill',
  'skill_id',
  'level',
  'category',
  'target',
  'Python',
  'SQL',
  'notes',
  '',
];
const CELL_POOL = [
  '',
  ' ',
  'Anna',
  'anna ',
  'Ёлкин',
  'Елкин',
  'M1',
  '3',
  '0',
  'x',
  'expert',
  'гуру',
  'ambassador',
  'boss',
  '80%',
  '1,5',
  'a,b',
  'say "hi"',
  'line\nbreak',
  '=1+1',
];

const quoteCell = (c: string) => `"${c.replace(/"/g, '""')}"`;

const tableArb = fc
  .record({
    headers: fc.uniqueArray(fc.constantFrom(...HEADER_POOL), { minLength: 1, maxLength: 6 }),
    rows: fc.array(fc.array(fc.constantFrom(...CELL_POOL), { maxLength: 8 }), { maxLength: 8 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .filter(({ headers }) => headers.some((h) => h !== ''));

describe('every row is accounted for', () => {
  test('for every file, rowsRead = imported + merged + rejected, and rowsRead counts the non-blank data rows', () => {
    fc.assert(
      fc.property(fc.array(tableArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (tables, merge) => {
        const files = tables.map(({ headers, rows, eol }, i) =>
          textFile(`t${i}.csv`, [headers, ...rows].map((r) => r.map(quoteCell).join(',')).join(eol) + eol),
        );
        const base = merge
          ? runImport(
              [textFile('base.csv', 'name,skill,level\nAnna,Python,2\n')],
              emptyWorkspace(),
              'replace',
            ).workspace
          : emptyWorkspace();
        const { report } = runImport(files, base, merge ? 'merge' : 'replace');
        tables.forEach(({ rows }, i) => {
          const f = report.files[i];
          // A row whose cells are all blank is a blank line, not a data row.
          const dataRows = rows.filter((r) => r.some((c) => c.trim() !== '')).length;
          expect(f.rowsRead).toBe(dataRows);
          expect(f.rowsRead).toBe(f.imported + f.merged + f.rejected);
          expect(report.rejectedRows.filter((r) => r.file === f.fileName)).toHaveLength(f.rejected);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('an unclosed quote', () => {
  test('does not swallow the rows after it: the stray quote is read as a character and the row reported', () => {
    const text = 'name,skill,level\nAnna,SQL,4\n"Boris,SQL,4\nCarl,SQL,3\nDina,Python,2\n';
    const { workspace, report } = importFiles(textFile('q.csv', text));
    expect(report.files[0]).toMatchObject({ rowsRead: 4, imported: 4, rejected: 0 });
    expect(workspace.members.map((m) => m.name)).toEqual(['Anna', 'Boris', 'Carl', 'Dina']);
    expect(issuesOf(report, 'row_quote_unclosed')).toMatchObject([{ row: 3 }]);
  });
});
