// Hand-made files of tests/fixtures/dialects (listed in tests/fixtures/README.md), imported whole: line
// endings, quoted fields, blank lines, trailing empty columns, `sep=` lines. Every expectation was worked out
// by hand from the bytes.
import { describe, expect, test } from 'vitest';
import { runImport } from './import/runImport';
import { parseTable } from './parse';
import { decodeBytes } from './encoding';
import { emptyWorkspace, newMember } from '../domain/types';
import { cellError, dialectBytes, importDialect } from '../../tests/helpers/dialects';

describe('line endings', () => {
  const anna = newMember({
    key: 'i:m1',
    memberId: 'M1',
    name: 'Anna Petrova',
    department: 'IT',
    location: 'Moscow',
    status: 'ambassador',
    workload: 40,
  });
  const boris = newMember({
    key: 'i:m2',
    memberId: 'M2',
    name: 'Boris Ivanov',
    department: 'HR',
    location: 'Kazan',
    workload: 55.5,
  });
  const clara = newMember({
    key: 'i:m3',
    memberId: 'M3',
    name: 'Clara Smith',
    department: 'Sales',
    location: 'Tver',
    status: 'alumni',
  });

  // LF (Unix, Numbers, Google Sheets), CRLF (Windows Excel), lone CR (Excel for Mac 2011 and older):
  // papaparse guesses the line ending from the text, so all three read the same.
  test.each(['members-lf.csv', 'members-crlf.csv', 'members-cr.csv'])(
    '%s imports the same three members',
    (name) => {
      const { workspace, report, file } = importDialect(name);
      expect(file).toMatchObject({
        encoding: 'utf-8',
        delimiter: ',',
        kind: 'members',
        rowsRead: 3,
        imported: 3,
        merged: 0,
        rejected: 0,
        blankLines: 0,
      });
      expect(report.issues).toEqual([]);
      expect(workspace.members).toEqual([anna, boris, clara]);
      expect(workspace.skills).toEqual([]);
      expect(report.totals).toEqual({ members: 3, skills: 0, links: 0 });
    },
  );
});

describe('quoted fields', () => {
  const name = 'quoted-fields.csv';

  test('the parser keeps delimiters, doubled quotes and line breaks inside quotes as cell text', () => {
    const decoded = decodeBytes(dialectBytes(name));
    if (!decoded.ok) throw new Error('not decoded');
    const table = parseTable(decoded.text, ',');
    expect(table.rows).toEqual([
      ['M1', 'Petrova, Anna', 'R&D, "North" lab', 'Lead\nengineer', 'ambassador'],
      ['M2', 'Boris Ivanov', 'Ops', 'Analyst', 'boss'],
      ['M3', 'Smith "CJ" Clara', 'Sales', 'Account\r\nmanager', 'employee'],
    ]);
    // Spreadsheet rows, as Excel numbers them: M1's two-line title stays in row 2, so M2 is row 3 (line 4).
    expect(table.rowNumbers).toEqual([2, 3, 4]);
  });

  test('imports three members; a line break inside a cell becomes a space; the bad status is on spreadsheet row 3', () => {
    const { workspace, report, file } = importDialect(name);
    expect(file).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      kind: 'members',
      rowsRead: 3,
      imported: 3,
      rejected: 0,
      blankLines: 0,
    });
    expect(workspace.members).toEqual([
      newMember({
        key: 'i:m1',
        memberId: 'M1',
        name: 'Petrova, Anna',
        department: 'R&D, "North" lab',
        title: 'Lead engineer',
        status: 'ambassador',
      }),
      // `boss` is no status: the cell is reported and Boris keeps the default.
      newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', department: 'Ops', title: 'Analyst' }),
      newMember({
        key: 'i:m3',
        memberId: 'M3',
        name: 'Smith "CJ" Clara',
        department: 'Sales',
        title: 'Account manager',
      }),
    ]);
    expect(report.issues).toEqual([cellError(name, 3, 'status', 'boss')]);
  });
});

test('blank lines between rows are skipped and counted, but still count in the row numbers', () => {
  const name = 'blank-lines.csv';
  const { workspace, report, file } = importDialect(name);
  // Lines 2, 4 (empty), 5 (spaces) and 6 (`,,`) are blank; the two empty lines at the end are not counted.
  expect(file).toMatchObject({
    encoding: 'utf-8',
    delimiter: ',',
    kind: 'members',
    rowsRead: 3,
    imported: 3,
    rejected: 0,
    blankLines: 4,
  });
  expect(workspace.members).toEqual([
    newMember({ key: 'n:anna', name: 'Anna', department: 'IT', status: 'ambassador' }),
    newMember({ key: 'n:boris', name: 'Boris', department: 'HR' }),
    newMember({ key: 'n:clara', name: 'Clara', department: 'Sales', status: 'alumni' }),
  ]);
  // Boris is on line 7.
  expect(report.issues).toEqual([cellError(name, 7, 'status', 'boss')]);
});

test('trailing empty columns (`a;b;;;`) are no columns and no extra cells', () => {
  const { workspace, report, file } = importDialect('trailing-empty-columns.csv');
  expect(file).toMatchObject({
    encoding: 'utf-8',
    delimiter: ';',
    kind: 'members',
    rowsRead: 3,
    imported: 3,
    rejected: 0,
    blankLines: 1,
  });
  expect(file.columns).toEqual([
    { header: 'ФИО', role: 'name' },
    { header: 'Отдел', role: 'department' },
    { header: 'Статус', role: 'status' },
  ]);
  expect(report.issues).toEqual([]);
  expect(workspace.members).toEqual([
    newMember({ key: 'n:анна петрова', name: 'Анна Петрова', department: 'ИТ', status: 'ambassador' }),
    newMember({ key: 'n:борис иванов', name: 'Борис Иванов', department: 'Продажи' }),
    newMember({ key: 'n:клара смит', name: 'Клара Смит', department: 'Персонал', status: 'alumni' }),
  ]);
});

test('a `sep=;` first line names the delimiter and is neither the header nor a row', () => {
  const name = 'sep-line.csv';
  const { workspace, report, file } = importDialect(name);
  expect(file).toMatchObject({
    encoding: 'utf-8',
    delimiter: ';',
    kind: 'members',
    rowsRead: 3,
    imported: 3,
    rejected: 0,
    blankLines: 0,
  });
  expect(file.columns.map((c) => c.header)).toEqual(['member_id', 'name', 'workload', 'status']);
  expect(workspace.members).toEqual([
    newMember({ key: 'i:m1', memberId: 'M1', name: 'Anna Petrova', workload: 45.5, status: 'ambassador' }),
    newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', workload: 80 }),
    newMember({ key: 'i:m3', memberId: 'M3', name: 'Clara Smith' }),
  ]);
  // Excel hides the sep line: the header is row 1 there, so Clara's `lots` is on row 4 (line 5 of the file).
  expect(report.issues).toEqual([cellError(name, 4, 'workload', 'lots')]);
});

test('a `sep=;` line ending in a lone CR (Excel for Mac 2011) is skipped too', () => {
  const name = 'sep-line-cr.csv';
  const { workspace, report, file } = importDialect(name);
  expect(file).toMatchObject({
    encoding: 'utf-8',
    delimiter: ';',
    kind: 'members',
    rowsRead: 2,
    imported: 2,
    rejected: 0,
  });
  expect(file.columns.map((c) => c.header)).toEqual(['member_id', 'name', 'department', 'status']);
  expect(workspace.members).toEqual([
    newMember({
      key: 'i:m1',
      memberId: 'M1',
      name: 'Anna Petrova',
      department: 'R&D, lab',
      status: 'ambassador',
    }),
    newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', department: 'HR' }),
  ]);
  expect(report.issues).toEqual([cellError(name, 3, 'status', 'retired')]);
});

test('a `sep=;` line with trailing spaces is skipped like a bare one', () => {
  const text = 'sep=;  \r\nname;status\r\nAnna;ambassador\r\n';
  const { workspace, report } = runImport(
    [{ name: 'spaces.csv', bytes: new TextEncoder().encode(text) }],
    emptyWorkspace(),
    'replace',
  );
  expect(report.files[0].columns).toEqual([
    { header: 'name', role: 'name' },
    { header: 'status', role: 'status' },
  ]);
  expect(workspace.members).toEqual([newMember({ key: 'n:anna', name: 'Anna', status: 'ambassador' })]);
});
