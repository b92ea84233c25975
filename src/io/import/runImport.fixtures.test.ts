// runImport on the English and UTF-16 hand-made fixtures of tests/fixtures (each checked against
// tests/fixtures/expected.md), file kinds from the headers, and the broken files.
import { describe, expect, test } from 'vitest';
import {
  textFile,
  fixture,
  importFiles,
  links,
  issuesOf,
  expectEveryRowAccounted,
  counts,
} from '../../../tests/helpers/importFiles';

// ---- file kinds ----

describe('file kind from the headers', () => {
  test.each([
    ['members', 'member_id,name,department,location,status,workload\nM1,Anna,IT,Moscow,ambassador,40\n'],
    ['skills', 'skill_id,skill,category,target,required_level,weight\nPY,Python,Engineering,2,3,1\n'],
    ['expertise', 'member_id,skill,level\nM1,Python,4\n'],
    ['matrix', 'ФИО;Отдел;Python;SQL\nАнна;ИТ;3;x\n'],
  ])('a %s file is recognised', (kind, text) => {
    const { report } = importFiles(textFile('f.csv', text));
    expect(report.files[0].kind).toBe(kind);
    expect(report.files[0].fatal).toBe(null);
    expect(report.files[0].imported).toBe(1);
  });
});

// ---- the English fixtures of tests/fixtures, against expected.md ----

describe('fixture en-tab-synonyms.tsv (expertise with English synonyms, tab)', () => {
  const { workspace, report } = importFiles(fixture('en-tab-synonyms.tsv'));

  test('maps Employee ID, Full Name, Team, City, Competency, Proficiency, Is Ambassador', () => {
    expect(report.files[0].columns.map((c) => c.role)).toEqual([
      'member_id',
      'name',
      'department',
      'location',
      'skill',
      'level',
      'ambassador',
    ]);
    expect(report.files[0]).toMatchObject({ kind: 'expertise', delimiter: '\t' });
  });

  test('gives 6 members (3 ambassadors), 5 skills and 11 links', () => {
    expect(report.totals).toEqual({ members: 6, skills: 5, links: 11 });
    expect(counts(report, 'en-tab-synonyms.tsv')).toEqual({
      rowsRead: 11,
      imported: 11,
      merged: 0,
      rejected: 0,
    });
    expect(workspace.members.filter((m) => m.status === 'ambassador').map((m) => m.name)).toEqual([
      'Alice Johnson',
      'Carol White',
      'Eve Davis',
    ]);
    expect(workspace.members.map((m) => m.department)).toEqual([
      'Platform',
      'Data',
      'Data',
      'Platform',
      'People',
      'Sales',
    ]);
  });

  test('reads capitalised level words', () => {
    expect(links(workspace)).toEqual(
      [
        'Alice Johnson / Python = 5',
        'Alice Johnson / Kubernetes = 4',
        'Bob Smith / SQL = 3',
        'Bob Smith / Python = 1',
        'Carol White / SQL = 5', // "Expert"
        'Carol White / Public Speaking = 3',
        'David Brown / Kubernetes = 1',
        'David Brown / Mentoring = 4',
        'Eve Davis / Mentoring = 5',
        'Eve Davis / Public Speaking = 4',
        'Frank Miller / Public Speaking = 3', // "proficient"
      ].sort(),
    );
  });
});

describe('fixture en-skills.csv (skills)', () => {
  test('gives 6 skills with ids, categories, targets, required levels and weights', () => {
    const { workspace, report } = importFiles(fixture('en-skills.csv'));
    expect(report.files[0].kind).toBe('skills');
    expect(report.totals).toEqual({ members: 0, skills: 6, links: 0 });
    expect(
      workspace.skills.map((s) => [s.skillId, s.name, s.category, s.target, s.requiredLevel, s.weight]),
    ).toEqual([
      ['PY', 'Python', 'Engineering', 2, 3, 3],
      ['K8S', 'Kubernetes', 'Engineering', 1, 4, 2],
      ['SQL', 'SQL', 'Data', 2, 3, 2],
      ['PS', 'Public Speaking', 'Community', 3, 3, 1],
      ['MEN', 'Mentoring', 'Community', 2, 3, 1.5],
      ['UX', 'UX Research', 'Design', 1, 3, 1],
    ]);
  });

  test('with en-tab-synonyms.tsv: expertise rows name the skills by name, giving 6 members, 6 skills, 11 links', () => {
    const { workspace, report } = importFiles(fixture('en-tab-synonyms.tsv'), fixture('en-skills.csv'));
    expect(report.totals).toEqual({ members: 6, skills: 6, links: 11 });
    expect(issuesOf(report, 'skill_created')).toEqual([]);
    expect(workspace.skills.find((s) => s.name === 'Python')!.target).toBe(2);
  });
});

describe('fixture utf16le-unicode-text.txt (Excel "Unicode text")', () => {
  test('gives 4 members with an Excel-quoted department and a decimal-comma workload', () => {
    const { workspace, report } = importFiles(fixture('utf16le-unicode-text.txt'));
    expect(report.files[0]).toMatchObject({ kind: 'members', encoding: 'utf-16le', delimiter: '\t' });
    expect(
      workspace.members.map((m) => [m.memberId, m.name, m.department, m.location, m.status, m.workload]),
    ).toEqual([
      ['2001', 'Петров Иван Николаевич', 'ИТ', 'Москва', 'ambassador', 70],
      ['2002', 'Сидорова Ольга Петровна', 'Финансы', 'Тверь', 'employee', 50],
      ['2003', 'Ёлкин Артём Владимирович', 'Отдел "Север"', 'Сочи', 'alumni', 20],
      ['2004', 'Зайцева Дарья Игоревна', 'ИТ', 'Москва', 'ambassador', 35.5],
    ]);
  });
});

describe('a UTF-16 file cut one byte short', () => {
  test('keeps its members, makes no member "�" and says the last byte was left out', () => {
    const whole = fixture('utf16le-unicode-text.txt');
    // one byte more: half a character after the last line break
    const cut = { ...whole, bytes: Uint8Array.from([...whole.bytes, 0x41]) };
    const { workspace, report } = importFiles(cut);
    expect(workspace.members.map((m) => m.name)).toEqual([
      'Петров Иван Николаевич',
      'Сидорова Ольга Петровна',
      'Ёлкин Артём Владимирович',
      'Зайцева Дарья Игоревна',
    ]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'file_odd_byte', file: whole.name }),
    );
    expect(importFiles(whole).report.issues.map((i) => i.code)).not.toContain('file_odd_byte');
  });
});

describe('broken files', () => {
  test.each([
    ['broken-empty.csv', 'file_empty'],
    ['broken-header-only.csv', 'file_header_only'],
    ['broken-binary.bin', 'file_binary'],
    ['broken-fake.xlsx', 'file_xlsx'],
  ] as const)('%s imports nothing and reports %s', (name, code) => {
    const { report } = importFiles(fixture(name));
    expect(report.totals).toEqual({ members: 0, skills: 0, links: 0 });
    expect(report.files[0].fatal).toBe(code);
    expect(issuesOf(report, code)).toEqual([expect.objectContaining({ severity: 'error', file: name })]);
    expectEveryRowAccounted(report);
  });

  test('a broken file does not stop the good files picked with it', () => {
    const { report } = importFiles(fixture('broken-binary.bin'), fixture('ru-cp1251-members.csv'));
    expect(report.totals.members).toBe(6);
  });

  test('broken-duplicate-headers.csv reports the second name column and reads the first', () => {
    const { workspace, report } = importFiles(fixture('broken-duplicate-headers.csv'));
    expect(issuesOf(report, 'column_duplicate')).toEqual([
      expect.objectContaining({ column: 'name', row: 1 }),
    ]);
    expect(workspace.members.map((m) => [m.name, m.department, m.status])).toEqual([
      ['Anna Petrova', 'Sales', 'ambassador'],
      ['Boris Ivanov', 'IT', 'employee'],
    ]);
  });

  test('broken-extra-cells.csv rejects line 3 with its extra cells and keeps the others', () => {
    const { workspace, report } = importFiles(fixture('broken-extra-cells.csv'));
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Anna Petrova', 'employee'],
      ['Clara Smith', 'alumni'],
    ]);
    expect(counts(report, 'broken-extra-cells.csv')).toEqual({
      rowsRead: 3,
      imported: 2,
      merged: 0,
      rejected: 1,
    });
    expect(issuesOf(report, 'row_extra_cells')).toEqual([
      expect.objectContaining({ file: 'broken-extra-cells.csv', row: 3 }),
    ]);
    expect(report.rejectedRows).toEqual([
      expect.objectContaining({
        row: 3,
        reason: 'row_extra_cells',
        cells: ['Boris Ivanov', 'IT', 'ambassador', 'EXTRA', '42'],
      }),
    ]);
  });

  test('broken-unreadable-values.csv keeps all 3 members and reports the 2 bad cells', () => {
    const { workspace, report } = importFiles(fixture('broken-unreadable-values.csv'));
    expect(workspace.members.map((m) => [m.name, m.status, m.workload])).toEqual([
      ['Anna Petrova', 'ambassador', 40],
      ['Boris Ivanov', 'employee', 50],
      ['Clara Smith', 'employee', null],
    ]);
    expect(counts(report, 'broken-unreadable-values.csv')).toEqual({
      rowsRead: 3,
      imported: 3,
      merged: 0,
      rejected: 0,
    });
    expect(issuesOf(report, 'cell_bad_value').map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['broken-unreadable-values.csv', 3, 'status', 'boss'],
      ['broken-unreadable-values.csv', 4, 'workload', 'lots'],
    ]);
  });
});
