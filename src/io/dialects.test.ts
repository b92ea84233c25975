// One hand-made file per dialect spreadsheets really write (tests/fixtures/dialects, listed in
// tests/fixtures/README.md), imported whole; every expectation below was worked out by hand from the bytes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runImport } from './import/runImport';
import { parseTable } from './parse';
import { decodeBytes } from './encoding';
import { emptyWorkspace, expertiseList, newMember, type Skill, type Workspace } from '../domain/types';
import type { ImportIssue, ImportReport } from './report';

const DIR = resolve(__dirname, '../../tests/fixtures/dialects');

const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));

function importFixture(name: string) {
  const outcome = runImport([{ name, bytes: bytesOf(name) }], emptyWorkspace(), 'replace');
  expectEveryRowAccounted(outcome.report);
  return { ...outcome, file: outcome.report.files[0] };
}

/** docs/contract.md#nothing-is-lost: every row read ends as imported, merged or rejected. */
function expectEveryRowAccounted(report: ImportReport) {
  for (const f of report.files) expect(f.rowsRead, f.fileName).toBe(f.imported + f.merged + f.rejected);
  expect(report.rejectedRows).toHaveLength(report.files.reduce((n, f) => n + f.rejected, 0));
}

const member = newMember;

/** A skill with docs/contract.md#defaults: target 1, required level 3, weight 1, no category. */
function skill(fields: Partial<Skill> & Pick<Skill, 'key' | 'name'>): Skill {
  return { skillId: '', category: '', target: 1, requiredLevel: 3, weight: 1, ...fields };
}

/** Every link as "member / skill = level", `+ interest` when set, sorted. */
function links(ws: Workspace): string[] {
  const memberName = new Map(ws.members.map((m) => [m.key, m.name]));
  const skillName = new Map(ws.skills.map((s) => [s.key, s.name]));
  return expertiseList(ws)
    .map(
      (e) =>
        `${memberName.get(e.memberKey)} / ${skillName.get(e.skillKey)} = ${e.level}${e.interest ? ' + interest' : ''}`,
    )
    .sort();
}

const cellError = (file: string, row: number, column: string, value: string): ImportIssue => ({
  severity: 'error',
  code: 'cell_bad_value',
  file,
  row,
  column,
  value,
});

describe('line endings', () => {
  const anna = member({
    key: 'i:m1',
    memberId: 'M1',
    name: 'Anna Petrova',
    department: 'IT',
    location: 'Moscow',
    status: 'ambassador',
    workload: 40,
  });
  const boris = member({
    key: 'i:m2',
    memberId: 'M2',
    name: 'Boris Ivanov',
    department: 'HR',
    location: 'Kazan',
    workload: 55.5,
  });
  const clara = member({
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
      const { workspace, report, file } = importFixture(name);
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
    const decoded = decodeBytes(bytesOf(name));
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
    const { workspace, report, file } = importFixture(name);
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
      member({
        key: 'i:m1',
        memberId: 'M1',
        name: 'Petrova, Anna',
        department: 'R&D, "North" lab',
        title: 'Lead engineer',
        status: 'ambassador',
      }),
      // `boss` is no status: the cell is reported and Boris keeps the default.
      member({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', department: 'Ops', title: 'Analyst' }),
      member({
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
  const { workspace, report, file } = importFixture(name);
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
    member({ key: 'n:anna', name: 'Anna', department: 'IT', status: 'ambassador' }),
    member({ key: 'n:boris', name: 'Boris', department: 'HR' }),
    member({ key: 'n:clara', name: 'Clara', department: 'Sales', status: 'alumni' }),
  ]);
  // Boris is on line 7.
  expect(report.issues).toEqual([cellError(name, 7, 'status', 'boss')]);
});

test('trailing empty columns (`a;b;;;`) are no columns and no extra cells', () => {
  const { workspace, report, file } = importFixture('trailing-empty-columns.csv');
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
    member({ key: 'n:анна петрова', name: 'Анна Петрова', department: 'ИТ', status: 'ambassador' }),
    member({ key: 'n:борис иванов', name: 'Борис Иванов', department: 'Продажи' }),
    member({ key: 'n:клара смит', name: 'Клара Смит', department: 'Персонал', status: 'alumni' }),
  ]);
});

test('a `sep=;` first line names the delimiter and is neither the header nor a row', () => {
  const name = 'sep-line.csv';
  const { workspace, report, file } = importFixture(name);
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
    member({ key: 'i:m1', memberId: 'M1', name: 'Anna Petrova', workload: 45.5, status: 'ambassador' }),
    member({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', workload: 80 }),
    member({ key: 'i:m3', memberId: 'M3', name: 'Clara Smith' }),
  ]);
  // Excel hides the sep line: the header is row 1 there, so Clara's `lots` is on row 4 (line 5 of the file).
  expect(report.issues).toEqual([cellError(name, 4, 'workload', 'lots')]);
});

test('a `sep=;` line ending in a lone CR (Excel for Mac 2011) is skipped too', () => {
  const name = 'sep-line-cr.csv';
  const { workspace, report, file } = importFixture(name);
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
    member({
      key: 'i:m1',
      memberId: 'M1',
      name: 'Anna Petrova',
      department: 'R&D, lab',
      status: 'ambassador',
    }),
    member({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov', department: 'HR' }),
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
  expect(workspace.members).toEqual([member({ key: 'n:anna', name: 'Anna', status: 'ambassador' })]);
});

describe('UTF-16 with BOM, tab-delimited (Excel "Unicode text")', () => {
  test.each([
    ['utf16le-bom-tab.txt', 'utf-16le'],
    ['utf16be-bom-tab.txt', 'utf-16be'],
  ])('%s imports as %s: 3 links, the unreadable level on row 5 rejected', (name, encoding) => {
    const { workspace, report, file } = importFixture(name);
    expect(file).toMatchObject({
      encoding,
      delimiter: '\t',
      kind: 'expertise',
      rowsRead: 4,
      imported: 3,
      merged: 0,
      rejected: 1,
      blankLines: 0,
    });
    expect(workspace.members).toEqual([
      member({ key: 'n:анна петрова', name: 'Анна Петрова' }),
      member({ key: 'n:борис иванов', name: 'Борис Иванов' }),
    ]);
    expect(workspace.skills).toEqual([
      skill({ key: 'n:python', name: 'Python' }),
      skill({ key: 'n:sql', name: 'SQL' }),
    ]);
    expect(links(workspace)).toEqual([
      'Анна Петрова / Python = 5 + interest',
      'Анна Петрова / SQL = 3',
      'Борис Иванов / Python = 1 + interest',
    ]);
    expect(report.rejectedRows).toEqual([
      {
        file: name,
        row: 5,
        reason: 'row_bad_level',
        value: 'гуру',
        headers: ['ФИО', 'Навык', 'Уровень', 'Интерес'],
        cells: ['Борис Иванов', 'SQL', 'гуру', ''],
      },
    ]);
    expect(report.issues).toEqual([
      { severity: 'error', code: 'row_bad_level', file: name, row: 5, column: 'Уровень', value: 'гуру' },
      { severity: 'info', code: 'members_created_summary', file: name, detail: { count: 2 } },
      { severity: 'info', code: 'skills_created_summary', file: name, detail: { count: 2 } },
    ]);
  });
});

describe('Windows-1251', () => {
  const name = 'cp1251-members.csv';

  test('the same bytes are valid text in other single-byte code pages too', () => {
    // KOI8-R and Windows-1252 accept every byte of this file, so nothing in the bytes alone rules them out.
    const koi8 = new TextDecoder('koi8-r', { fatal: true }).decode(bytesOf(name));
    const latin = new TextDecoder('windows-1252').decode(bytesOf(name));
    expect(koi8).not.toContain('Алёшин');
    expect(latin).not.toContain('Алёшин');
  });

  test('a Russian members file decodes as Cyrillic: ё, Ё, «», №, — and decimal commas included', () => {
    const { workspace, report, file } = importFixture(name);
    expect(file).toMatchObject({
      encoding: 'windows-1251',
      delimiter: ';',
      kind: 'members',
      rowsRead: 3,
      imported: 3,
      rejected: 0,
    });
    expect(report.issues).toEqual([]);
    expect(workspace.members).toEqual([
      member({
        key: 'i:1001',
        memberId: '1001',
        name: 'Алёшин Пётр',
        department: 'Отдел «Север»',
        location: 'Москва',
        status: 'ambassador',
        workload: 80,
      }),
      member({
        key: 'i:1002',
        memberId: '1002',
        name: 'Щукина Эльвира',
        department: 'Цех №2',
        location: 'Санкт-Петербург',
        workload: 45.5,
      }),
      member({
        key: 'i:1003',
        memberId: '1003',
        name: 'Ёлкина Юлия',
        department: 'ИТ — поддержка',
        location: 'Тверь',
        status: 'alumni',
      }),
    ]);
  });
});

test('UTF-8 with BOM, semicolons and decimal commas: the first header is read without the BOM', () => {
  const name = 'utf8-bom-semicolon-skills.csv';
  const { workspace, report, file } = importFixture(name);
  expect(file).toMatchObject({
    encoding: 'utf-8-bom',
    delimiter: ';',
    kind: 'skills',
    rowsRead: 4,
    imported: 4,
    rejected: 0,
  });
  expect(file.columns).toEqual([
    { header: 'Код навыка', role: 'skill_id' },
    { header: 'Навык', role: 'skill' },
    { header: 'Категория', role: 'category' },
    { header: 'Цель', role: 'target' },
    { header: 'Требуемый уровень', role: 'required_level' },
    { header: 'Вес', role: 'weight' },
  ]);
  expect(workspace.skills).toEqual([
    skill({
      key: 'i:py',
      skillId: 'PY',
      name: 'Python',
      category: 'Разработка, бэкенд',
      target: 2,
      requiredLevel: 4,
      weight: 1.5,
    }),
    skill({
      key: 'i:sql',
      skillId: 'SQL',
      name: 'SQL',
      category: 'Данные',
      target: 1,
      requiredLevel: 4,
      weight: 0.75,
    }),
    skill({
      key: 'i:men',
      skillId: 'MEN',
      name: 'Наставничество',
      category: 'Сообщество',
      target: 3,
      requiredLevel: 3,
      weight: 2,
    }),
    // A target counts ambassadors, so `1,5` is no target: reported, and the default 1 stays.
    skill({
      key: 'i:ux',
      skillId: 'UX',
      name: 'UX-исследования',
      category: 'Дизайн',
      target: 1,
      requiredLevel: 3,
      weight: 1,
    }),
  ]);
  expect(report.issues).toEqual([cellError(name, 5, 'Цель', '1,5')]);
  expect(workspace.members).toEqual([]);
});

test('a pipe-delimited file: commas are text, a quoted pipe is text, level 0 creates its skill but no link', () => {
  const name = 'pipe-expertise.csv';
  const { workspace, report, file } = importFixture(name);
  expect(file).toMatchObject({
    encoding: 'utf-8',
    delimiter: '|',
    kind: 'expertise',
    rowsRead: 4,
    imported: 4,
    merged: 0,
    rejected: 0,
  });
  expect(workspace.members).toEqual([
    member({ key: 'i:e1', memberId: 'E1', name: 'Smith, John' }),
    member({ key: 'i:e2', memberId: 'E2', name: 'Lee | Kim' }),
  ]);
  expect(workspace.skills).toEqual([
    skill({ key: 'n:python', name: 'Python' }),
    skill({ key: 'n:sql', name: 'SQL' }),
    skill({ key: 'n:go', name: 'Go' }),
  ]);
  expect(links(workspace)).toEqual([
    'Lee | Kim / Python = 5',
    'Smith, John / Python = 4',
    'Smith, John / SQL = 3',
  ]);
  expect(report.totals).toEqual({ members: 2, skills: 3, links: 3 });
  expect(report.issues).toEqual([
    { severity: 'info', code: 'members_created_summary', file: name, detail: { count: 2 } },
    { severity: 'info', code: 'skills_created_summary', file: name, detail: { count: 3 } },
  ]);
});
