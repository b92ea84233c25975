import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, describe } from 'vitest';
import fc from 'fast-check';
import { runImport } from './runImport';
import type { ImportFile } from './types';
import { emptyWorkspace, type Member, type Workspace } from '../../domain/types';
import { analyse } from '../../domain/analysis';
import type { ImportReport } from '../report';
import type { IssueCode } from '../codes';
import { workspaceOf, expertiseList } from '../../domain/types';
import { candidatesOf } from '../../domain/analysis';

// ---- helpers ----

const textFile = (name: string, text: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

const fixture = (name: string): ImportFile => ({
  name,
  bytes: new Uint8Array(readFileSync(resolve(__dirname, '../../../tests/fixtures', name))),
});

const importFiles = (...files: ImportFile[]) => runImport(files, emptyWorkspace(), 'replace');

function memberNamed(ws: Workspace, name: string): Member {
  const m = ws.members.find((x) => x.name === name);
  if (!m) throw new Error(`no member named ${name}; have ${ws.members.map((x) => x.name).join(', ')}`);
  return m;
}

/** Every link as "member / skill = level", sorted, so a whole workspace compares with one hand-written list. */
function links(ws: Workspace): string[] {
  const memberName = new Map(ws.members.map((m) => [m.key, m.name]));
  const skillName = new Map(ws.skills.map((s) => [s.key, s.name]));
  return expertiseList(ws)
    .map((e) => `${memberName.get(e.memberKey)} / ${skillName.get(e.skillKey)} = ${e.level}`)
    .sort();
}

const issuesOf = (report: ImportReport, code: IssueCode) => report.issues.filter((i) => i.code === code);
const fileReport = (report: ImportReport, name: string) => report.files.find((f) => f.fileName === name)!;

/** SPEC "Nothing is lost": every row read ends as imported, merged or rejected. */
function expectEveryRowAccounted(report: ImportReport) {
  for (const f of report.files) expect(f.rowsRead, f.fileName).toBe(f.imported + f.merged + f.rejected);
  expect(report.rejectedRows.length).toBe(report.files.reduce((n, f) => n + f.rejected, 0));
}

const counts = (report: ImportReport, name: string) => {
  const f = fileReport(report, name);
  return { rowsRead: f.rowsRead, imported: f.imported, merged: f.merged, rejected: f.rejected };
};

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

// ---- the fixtures of tests/fixtures, against expected.md ----

describe('fixture ru-cp1251-semicolon-long.csv (expertise, Windows-1251, ;)', () => {
  const { workspace, report } = importFiles(fixture('ru-cp1251-semicolon-long.csv'));

  test('is read as a Windows-1251 expertise file with ; delimiters', () => {
    expect(report.files[0]).toMatchObject({
      kind: 'expertise',
      encoding: 'windows-1251',
      delimiter: ';',
      fatal: null,
    });
  });

  test('gives 5 members, 5 skills and 11 links', () => {
    expect(report.totals).toEqual({ members: 5, skills: 5, links: 11 });
  });

  test('accounts for 13 data rows: 11 imported, 1 merged duplicate pair, 1 rejected; 1 blank line skipped', () => {
    expect(counts(report, 'ru-cp1251-semicolon-long.csv')).toEqual({
      rowsRead: 13,
      imported: 11,
      merged: 1,
      rejected: 1,
    });
    expect(report.files[0].blankLines).toBe(1);
    expectEveryRowAccounted(report);
  });

  test('keeps the first spelling as the display name; ё/е, case, spaces and NBSP name the same person', () => {
    expect(workspace.members.map((m) => m.name)).toEqual([
      'Алёшин Пётр Сергеевич',
      'Смирнова Анна Викторовна',
      'Кузнецов Дмитрий Олегович',
      'Фёдорова Мария Ивановна',
      'Волков Игорь Андреевич',
    ]);
    expect(workspace.skills.map((s) => s.name)).toEqual([
      'Python',
      'Kubernetes',
      'SQL',
      'Наставничество',
      'Публичные выступления',
    ]);
  });

  test('reads level words and digits into the hand-computed links', () => {
    expect(links(workspace)).toEqual(
      [
        'Алёшин Пётр Сергеевич / Python = 5',
        'Алёшин Пётр Сергеевич / Kubernetes = 4',
        'Алёшин Пётр Сергеевич / Наставничество = 4', // line 12: "Алешин Петр", empty id, "Продвинутый"
        'Смирнова Анна Викторовна / SQL = 5',
        'Смирнова Анна Викторовна / Python = 3',
        'Смирнова Анна Викторовна / Публичные выступления = 5', // line 13: "  СМИРНОВА  Анна<NBSP>Викторовна "
        'Кузнецов Дмитрий Олегович / Kubernetes = 3', // lines 6 (1) and 15 (3) → higher kept
        'Кузнецов Дмитрий Олегович / SQL = 3',
        'Фёдорова Мария Ивановна / Наставничество = 3',
        'Фёдорова Мария Ивановна / Публичные выступления = 2',
        'Волков Игорь Андреевич / SQL = 2',
      ].sort(),
    );
  });

  test('reports the unreadable level with file, row and column, and rejects that row', () => {
    expect(issuesOf(report, 'row_bad_level')).toEqual([
      expect.objectContaining({
        file: 'ru-cp1251-semicolon-long.csv',
        row: 11,
        column: 'Уровень',
        value: 'гуру',
      }),
    ]);
    expect(report.rejectedRows.map((r) => [r.row, r.reason])).toEqual([[11, 'row_bad_level']]);
  });

  test('reports the duplicate pair as a level conflict, keeping 3 over 1', () => {
    expect(issuesOf(report, 'conflict_level')).toEqual([
      expect.objectContaining({ row: 15, detail: expect.objectContaining({ kept: 3, other: 1 }) }),
    ]);
  });

  test('takes departments from the expertise rows, without conflicts', () => {
    expect(workspace.members.map((m) => m.department)).toEqual([
      'ИТ',
      'Аналитика',
      'ИТ',
      'Персонал',
      'Продажи',
    ]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([]);
    expect(workspace.members.every((m) => m.status === 'employee')).toBe(true);
  });
});

describe('fixture ru-cp1251-members.csv (members)', () => {
  const { workspace, report } = importFiles(fixture('ru-cp1251-members.csv'));

  test('gives 6 members with statuses and workloads read from Russian words, % and decimal commas', () => {
    expect(report.files[0]).toMatchObject({ kind: 'members', encoding: 'windows-1251', delimiter: ';' });
    expect(
      workspace.members.map((m) => [m.memberId, m.name, m.department, m.location, m.status, m.workload]),
    ).toEqual([
      ['1001', 'Алёшин Пётр Сергеевич', 'ИТ', 'Москва', 'ambassador', 80],
      ['1002', 'Смирнова Анна Викторовна', 'Аналитика', 'Санкт-Петербург', 'ambassador', 45.5],
      ['1003', 'Кузнецов Дмитрий Олегович', 'ИТ', 'Казань', 'employee', 60],
      ['1004', 'Фёдорова Мария Ивановна', 'Персонал', 'Москва', 'alumni', 30],
      ['1005', 'Волков Игорь Андреевич', 'Продажи', 'Новосибирск', 'employee', 100],
      ['1006', 'Орлова Елена Павловна', 'Маркетинг', 'Екатеринбург', 'ambassador', 12.5],
    ]);
    expect(counts(report, 'ru-cp1251-members.csv')).toEqual({
      rowsRead: 6,
      imported: 6,
      merged: 0,
      rejected: 0,
    });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('fixtures ru-cp1251-semicolon-long.csv + ru-cp1251-members.csv picked together', () => {
  // Picked expertise first: the members file must still be applied first.
  const { workspace, report } = importFiles(
    fixture('ru-cp1251-semicolon-long.csv'),
    fixture('ru-cp1251-members.csv'),
  );

  test('give 6 members, 5 skills, 11 links with one pair conflict and no attribute conflict', () => {
    expect(report.totals).toEqual({ members: 6, skills: 5, links: 11 });
    expect(issuesOf(report, 'conflict_attribute')).toEqual([]);
    expect(issuesOf(report, 'conflict_level')).toHaveLength(1);
    expect(report.rejectedRows).toHaveLength(1);
    // The expertise file names only people the members file defines: no "member created" warnings.
    expect(issuesOf(report, 'member_created')).toEqual([]);
    expectEveryRowAccounted(report);
  });

  test('analyse to the coverage table of expected.md', () => {
    // Ambassadors 1001, 1002, 1006; default skill settings (target 1, required level 3).
    const a = analyse(workspace, { locale: 'ru' });
    const row = (skill: string) => {
      const e = a.skills.find((x) => x.skill.name === skill)!;
      return [
        e.coverage,
        e.gap,
        e.status,
        e.holders.map((h) => `${h.member.name.split(' ')[0]} ${h.level}`),
        candidatesOf(a, e).map((c) => c.member.name.split(' ')[0]),
      ];
    };
    expect(row('Python')).toEqual([2, 0, 'covered', ['Алёшин 5', 'Смирнова 3'], []]);
    expect(row('SQL')).toEqual([1, 0, 'single_holder', ['Смирнова 5'], ['Кузнецов']]);
    expect(row('Kubernetes')).toEqual([1, 0, 'single_holder', ['Алёшин 4'], ['Кузнецов']]);
    expect(row('Публичные выступления')).toEqual([1, 0, 'single_holder', ['Смирнова 5'], []]);
    expect(row('Наставничество')).toEqual([1, 0, 'single_holder', ['Алёшин 4'], ['Фёдорова']]);
  });
});

describe('fixture matrix-utf8-bom-x.csv (matrix, UTF-8 BOM, marks)', () => {
  const { workspace, report } = importFiles(fixture('matrix-utf8-bom-x.csv'));

  test('gives 8 members, 5 skills, 19 links from marks, digits and empty cells', () => {
    expect(report.files[0]).toMatchObject({ kind: 'matrix', encoding: 'utf-8-bom', delimiter: ',' });
    expect(report.totals).toEqual({ members: 8, skills: 5, links: 19 });
    expect(counts(report, 'matrix-utf8-bom-x.csv')).toEqual({
      rowsRead: 8,
      imported: 8,
      merged: 0,
      rejected: 0,
    });
  });

  test('counts links per skill as in expected.md: Python 4, SQL 5, Публичные выступления 4, Kubernetes 3, Наставничество 3', () => {
    const perSkill = workspace.skills.map((s) => [
      s.name,
      expertiseList(workspace).filter((e) => e.skillKey === s.key).length,
    ]);
    expect(perSkill).toEqual([
      ['Python', 4],
      ['SQL', 5],
      ['Публичные выступления', 4],
      ['Kubernetes', 3],
      ['Наставничество', 3],
    ]);
  });

  test('reads a quoted department with a comma as one cell, and 0 as no link', () => {
    expect(memberNamed(workspace, 'Новикова Ольга Дмитриевна').department).toBe('Аналитика, отчётность');
    expect(links(workspace).filter((l) => l.startsWith('Новикова'))).toEqual([
      'Новикова Ольга Дмитриевна / Python = 2',
      'Новикова Ольга Дмитриевна / SQL = 5',
    ]);
  });

  test('ignores the empty trailing column without a skill or an error', () => {
    expect(workspace.skills.some((s) => s.name === '')).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issuesOf(report, 'column_unnamed')).toEqual([]);
  });
});

describe('fixtures ru-cp1251-members.csv + matrix-utf8-bom-x.csv picked together', () => {
  const { workspace, report } = importFiles(
    fixture('matrix-utf8-bom-x.csv'),
    fixture('ru-cp1251-members.csv'),
  );

  test('match the matrix rows to the members by name: 8 members, 5 skills, 19 links', () => {
    expect(report.totals).toEqual({ members: 8, skills: 5, links: 19 });
    expect(memberNamed(workspace, 'Алёшин Пётр Сергеевич')).toMatchObject({
      memberId: '1001',
      status: 'ambassador',
    });
    expectEveryRowAccounted(report);
  });

  test('let the matrix, applied later, win Смирнова’s department and report that one conflict', () => {
    expect(memberNamed(workspace, 'Смирнова Анна Викторовна').department).toBe('Аналитика, отчётность');
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'matrix-utf8-bom-x.csv',
        value: 'Аналитика, отчётность',
        detail: expect.objectContaining({ previous: 'Аналитика' }),
      }),
    ]);
  });
});

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

// ---- behaviour from strings ----

describe('header synonyms', () => {
  test('Russian member headers fill every attribute', () => {
    const { workspace } = importFiles(
      textFile(
        'ru.csv',
        'Таб. номер;Сотрудник;Департамент;Офис;Должность;Почта;Статус;Загруженность;Вклад;Роль в сообществе\n' +
          '7;Анна Ли;ИТ;Москва;Архитектор;anna@example.org;выпускник;12,5%;3,5;architect, voice\n',
      ),
    );
    expect(workspace.members).toEqual([
      expect.objectContaining({
        memberId: '7',
        name: 'Анна Ли',
        department: 'ИТ',
        location: 'Москва',
        title: 'Архитектор',
        email: 'anna@example.org',
        status: 'alumni',
        workload: 12.5,
        activity: 3.5,
        roles: ['architect', 'voice'],
      }),
    ]);
  });

  test('English member headers fill every attribute', () => {
    const { workspace } = importFiles(
      textFile(
        'en.csv',
        'Personnel Number,Person,Division,Region,Job Title,E-mail,Status,Utilisation,Contribution,Community Roles\n' +
          '7,Ann Lee,IT,EMEA,Architect,ann@example.org,candidate,80%,2,"empath; moderator"\n',
      ),
    );
    expect(workspace.members).toEqual([
      expect.objectContaining({
        memberId: '7',
        name: 'Ann Lee',
        department: 'IT',
        location: 'EMEA',
        title: 'Architect',
        email: 'ann@example.org',
        status: 'employee',
        workload: 80,
        activity: 2,
        roles: ['empath', 'moderator'],
      }),
    ]);
  });

  test('Russian skill headers fill every attribute', () => {
    const { workspace } = importFiles(
      textFile(
        'ru-skills.csv',
        'Код навыка;Компетенция;Область;Целевое покрытие;Минимальный уровень;Приоритет\nPY;Python;Разработка;2;продвинутый;1,5\n',
      ),
    );
    expect(workspace.skills).toEqual([
      expect.objectContaining({
        skillId: 'PY',
        name: 'Python',
        category: 'Разработка',
        target: 2,
        requiredLevel: 4,
        weight: 1.5,
      }),
    ]);
  });

  test('a skills file without those columns takes the defaults: target 1, required level 3, weight 1, no category', () => {
    const { workspace } = importFiles(textFile('s.csv', 'skill\nPython\n'));
    expect(workspace.skills).toEqual([
      expect.objectContaining({ name: 'Python', category: '', target: 1, requiredLevel: 3, weight: 1 }),
    ]);
  });
});

describe('identity', () => {
  test('names differing only in ё/е, case and white space are the same member, shown as first written', () => {
    const { workspace, report } = importFiles(
      textFile(
        'e.csv',
        'ФИО,Навык,Уровень\nЁлкин Артём,Python,3\n  ЕЛКИН\u00a0\u00a0артем ,SQL,4\nелкин артём,python,5\n',
      ),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Ёлкин Артём']);
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
    // Line 4 names the pair of line 2 again (python = Python): 3 vs 5 → 5 kept.
    expect(links(workspace)).toEqual(['Ёлкин Артём / Python = 5', 'Ёлкин Артём / SQL = 4']);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 3, imported: 2, merged: 1, rejected: 0 });
  });

  test('a display name created from a reference is trimmed with white space folded', () => {
    const { workspace } = importFiles(
      textFile('e.csv', 'name,skill,level\n"  Anna \t  Lee ","  Public\u00a0 Speaking ",2\n'),
    );
    expect(workspace.members[0].name).toBe('Anna Lee');
    expect(workspace.skills[0].name).toBe('Public Speaking');
  });

  test('a members file giving another name to a known id renames the member and reports the conflict', () => {
    const { workspace, report } = importFiles(
      textFile('a.csv', 'member_id,name\nM1,Anna Lee\n'),
      textFile('b.csv', 'member_id,name\nM1,Anna Smith\n'),
    );
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([['M1', 'Anna Smith']]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'b.csv',
        column: 'name',
        value: 'Anna Smith',
        detail: expect.objectContaining({ previous: 'Anna Lee' }),
      }),
    ]);
  });

  test('another spelling of a skill name in a skills file keeps the first spelling, without a conflict', () => {
    const { workspace, report } = importFiles(
      textFile('s.csv', 'skill,weight\nPublic Speaking,2\npublic  speaking,2\n'),
    );
    expect(workspace.skills.map((s) => s.name)).toEqual(['Public Speaking']);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([]);
  });

  test('the same name under two different ids is two people', () => {
    const { workspace } = importFiles(textFile('m.csv', 'member_id,name\n1,Anna Lee\n2,Anna Lee\n'));
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([
      ['1', 'Anna Lee'],
      ['2', 'Anna Lee'],
    ]);
  });

  test('an empty id cell falls back to the name', () => {
    const { workspace } = importFiles(
      textFile('m.csv', 'member_id,name,department\nM1,Anna Lee,IT\n,anna lee,Sales\n'),
    );
    expect(workspace.members.map((m) => [m.memberId, m.name, m.department])).toEqual([
      ['M1', 'Anna Lee', 'Sales'],
    ]);
  });
});

describe('references to unknown members and skills', () => {
  test('an expertise row naming an unknown member creates it, with a warning when a members file is in the import', () => {
    const { workspace, report } = importFiles(
      textFile('members.csv', 'name,status\nAnna,ambassador\n'),
      textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nBoris,Python,3\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Anna', 'ambassador'],
      ['Boris', 'employee'],
    ]);
    expect(issuesOf(report, 'member_created')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'expertise.csv', row: 3, value: 'Boris' }),
    ]);
    expect(counts(report, 'expertise.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('without a members file, members created from references are summed up, not warned one by one', () => {
    const { report } = importFiles(
      textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nBoris,Python,3\n'),
    );
    expect(issuesOf(report, 'member_created')).toEqual([]);
    expect(issuesOf(report, 'members_created_summary')).toEqual([
      expect.objectContaining({ detail: { count: 2 } }),
    ]);
  });

  test('an expertise row naming an unknown skill creates it, with a warning when a skills file is in the import', () => {
    const { workspace, report } = importFiles(
      textFile('skills.csv', 'skill,target\nPython,2\n'),
      textFile('expertise.csv', 'name,skill,level\nAnna,Go,4\n'),
    );
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'Go']);
    expect(issuesOf(report, 'skill_created')).toEqual([expect.objectContaining({ row: 2, value: 'Go' })]);
  });

  test('level 0 makes no link but still creates the member and the skill it names', () => {
    const { workspace, report } = importFiles(
      textFile('e.csv', 'name,skill,level\nAnna,Python,0\nBoris,SQL,нет\n'),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Anna', 'Boris']);
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
    expect(expertiseList(workspace)).toEqual([]);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('an expertise row without a member or a skill is rejected with its reason', () => {
    const { report } = importFiles(textFile('e.csv', 'name,skill,level\n,Python,3\nAnna,,3\n'));
    expect(report.rejectedRows.map((r) => [r.row, r.reason])).toEqual([
      [2, 'row_no_member'],
      [3, 'row_no_skill'],
    ]);
    expectEveryRowAccounted(report);
  });
});

describe('matrix skill columns', () => {
  // Skills: id Go = "Golang", id G2 = "Go", id PY = "Python".
  const skills = textFile('skills.csv', 'skill_id,skill\nGo,Golang\nG2,Go\nPY,Python\n');

  test('a column header is matched to a skill id before a skill name', () => {
    // Column "Go" is the id of Golang (and the name of G2): the id wins. Column "python" matches Python by name.
    const { workspace } = importFiles(skills, textFile('matrix.csv', 'name,Go,python\nAnna,4,5\n'));
    expect(links(workspace)).toEqual(['Anna / Golang = 4', 'Anna / Python = 5']);
    expect(workspace.skills).toHaveLength(3);
  });

  test('an unknown column header creates a skill; an empty cell is no expertise', () => {
    const { workspace, report } = importFiles(textFile('matrix.csv', 'ФИО,Rust,Python\nАнна,,x\nБорис,2,\n'));
    expect(workspace.skills.map((s) => s.name)).toEqual(['Rust', 'Python']);
    expect(links(workspace)).toEqual(['Анна / Python = 3', 'Борис / Rust = 2']);
    expect(counts(report, 'matrix.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('an unreadable matrix cell is reported and the rest of the row is kept', () => {
    // SQL has 2 readable levels out of 3 filled cells, enough for a level column.
    const { workspace, report } = importFiles(
      textFile('matrix.csv', 'name,Python,SQL,Go\nAnna,4,4,3\nBoris,5,lots,4\nVera,1,2,3\n'),
    );
    expect(issuesOf(report, 'cell_bad_value')).toEqual([
      expect.objectContaining({ row: 3, column: 'SQL', value: 'lots' }),
    ]);
    expect(links(workspace).filter((l) => l.startsWith('Boris'))).toEqual([
      'Boris / Go = 4',
      'Boris / Python = 5',
    ]);
  });
});

describe('links', () => {
  test('the same pair twice in one import keeps the higher level and reports the conflict', () => {
    const { workspace, report } = importFiles(
      textFile('a.csv', 'name,skill,level\nAnna,Python,4\n'),
      textFile('b.csv', 'name,skill,level\nanna,PYTHON,2\n'),
    );
    expect(links(workspace)).toEqual(['Anna / Python = 4']);
    expect(issuesOf(report, 'conflict_level')).toEqual([
      expect.objectContaining({
        file: 'b.csv',
        row: 2,
        detail: expect.objectContaining({ kept: 4, other: 2 }),
      }),
    ]);
  });

  test('Merge: a pair already in the workspace takes the imported level and counts as merged', () => {
    const base: Workspace = workspaceOf(
      [{ ...emptyWorkspaceMember('i:m1', 'M1', 'Anna'), status: 'ambassador' }],
      [
        {
          key: 'n:python',
          skillId: '',
          name: 'Python',
          category: 'Dev',
          target: 2,
          requiredLevel: 3,
          weight: 2,
        },
      ],
      [{ memberKey: 'i:m1', skillKey: 'n:python', level: 5, interest: false }],
    );
    const { workspace, report } = runImport(
      [textFile('e.csv', 'member_id,skill,level\nM1,Python,2\nM1,SQL,3\n')],
      base,
      'merge',
    );
    // The stored 5 is replaced by the imported 2, no conflict (only duplicates inside one import are conflicts).
    expect(links(workspace)).toEqual(['Anna / Python = 2', 'Anna / SQL = 3']);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 2, imported: 1, merged: 1, rejected: 0 });
    expect(issuesOf(report, 'conflict_level')).toEqual([]);
    // The workspace's own data stays: status, skill settings.
    expect(workspace.members[0].status).toBe('ambassador');
    expect(workspace.skills[0]).toMatchObject({ category: 'Dev', target: 2, weight: 2 });
    expect(report.totals).toEqual({ members: 1, skills: 2, links: 2 });
  });

  test('Merge: level 0 for a stored pair replaces it with no link', () => {
    const base: Workspace = workspaceOf(
      [emptyWorkspaceMember('n:anna', '', 'Anna')],
      [
        {
          key: 'n:python',
          skillId: '',
          name: 'Python',
          category: '',
          target: 1,
          requiredLevel: 3,
          weight: 1,
        },
      ],
      [{ memberKey: 'n:anna', skillKey: 'n:python', level: 4, interest: false }],
    );
    const { workspace, report } = runImport(
      [textFile('e.csv', 'name,skill,level\nAnna,Python,none\n')],
      base,
      'merge',
    );
    expect(expertiseList(workspace)).toEqual([]);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 1, imported: 0, merged: 1, rejected: 0 });
  });

  test('Replace ignores the previous workspace', () => {
    const base: Workspace = workspaceOf([emptyWorkspaceMember('n:old', '', 'Old')], [], []);
    const { workspace } = runImport([textFile('m.csv', 'name\nNew\n')], base, 'replace');
    expect(workspace.members.map((m) => m.name)).toEqual(['New']);
  });

  test('the interest column reads yes/no words', () => {
    const { workspace } = importFiles(
      textFile('e.csv', 'name,skill,level,wants to grow\nAnna,Python,2,да\nAnna,SQL,3,\n'),
    );
    expect(expertiseList(workspace).map((e) => e.interest)).toEqual([true, false]);
  });
});

function emptyWorkspaceMember(key: string, memberId: string, name: string): Member {
  return {
    key,
    memberId,
    name,
    department: '',
    location: '',
    title: '',
    email: '',
    status: 'employee',
    workload: null,
    activity: null,
    roles: [],
  };
}

describe('order and conflicts between files', () => {
  const members = textFile('members.csv', 'member_id,name,department\nM1,Anna,Sales\n');
  const expertise = textFile('expertise.csv', 'member_id,department,skill,level\nM1,IT,Python,4\n');

  test.each([
    ['members first', [members, expertise]],
    ['expertise first', [expertise, members]],
  ])('members files are applied before expertise whatever the pick order (%s)', (_, files) => {
    const { workspace, report } = importFiles(...files);
    // Applied members → expertise, so the expertise file is "later": its IT wins over Sales, and Anna keeps the
    // name from the members file (the expertise file names her only by id).
    expect(workspace.members.map((m) => [m.memberId, m.name, m.department])).toEqual([['M1', 'Anna', 'IT']]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'expertise.csv',
        value: 'IT',
        detail: expect.objectContaining({ previous: 'Sales', previousFile: 'members.csv' }),
      }),
    ]);
    expect(issuesOf(report, 'member_created')).toEqual([]);
    // The report lists files in the order they were picked.
    expect(report.files.map((f) => f.fileName)).toEqual(files.map((f) => f.name));
  });

  test('a skills file picked after the expertise file still defines the skills the expertise rows name', () => {
    const { workspace, report } = importFiles(
      textFile('expertise.csv', 'name,skill,level\nAnna,go,4\n'),
      textFile('skills.csv', 'skill_id,skill,target,required_level\nGO,Go,2,4\n'),
    );
    // "go" matches the id GO first: one skill, shown as the skills file wrote it, with its settings.
    expect(workspace.skills.map((s) => [s.skillId, s.name, s.target, s.requiredLevel])).toEqual([
      ['GO', 'Go', 2, 4],
    ]);
    expect(links(workspace)).toEqual(['Anna / Go = 4']);
    expect(issuesOf(report, 'skill_created')).toEqual([]);
  });

  test('two files giving a member different departments: the later wins and the conflict is reported', () => {
    const { workspace, report } = importFiles(
      textFile('first.csv', 'name,department\nAnna,Sales\n'),
      textFile('second.csv', 'name,department\nANNA,IT\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.department])).toEqual([['Anna', 'IT']]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'second.csv',
        row: 2,
        column: 'department',
        value: 'IT',
        detail: expect.objectContaining({ previous: 'Sales' }),
      }),
    ]);
    expect(counts(report, 'second.csv')).toEqual({ rowsRead: 1, imported: 0, merged: 1, rejected: 0 });
  });

  test('the same value from two files is no conflict', () => {
    const { report } = importFiles(
      textFile('a.csv', 'name,department\nAnna,IT\n'),
      textFile('b.csv', 'name,department\nAnna, IT \n'),
    );
    expect(issuesOf(report, 'conflict_attribute')).toEqual([]);
  });
});

describe('the yes/no ambassador column', () => {
  test('yes makes an ambassador; no turns an ambassador into an employee and leaves alumni alone', () => {
    const base: Workspace = workspaceOf(
      [
        { ...emptyWorkspaceMember('n:ann', '', 'Ann'), status: 'ambassador' },
        { ...emptyWorkspaceMember('n:bob', '', 'Bob'), status: 'alumni' },
        { ...emptyWorkspaceMember('n:cat', '', 'Cat'), status: 'employee' },
      ],
      [],
      [],
    );
    const { workspace } = runImport(
      [textFile('m.csv', 'Name,Is Ambassador\nAnn,no\nBob,no\nCat,yes\nDan,нет\nEve,да\n')],
      base,
      'merge',
    );
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Ann', 'employee'],
      ['Bob', 'alumni'],
      ['Cat', 'ambassador'],
      ['Dan', 'employee'],
      ['Eve', 'ambassador'],
    ]);
  });

  test('a later file’s "no" overrides an earlier file’s ambassador status', () => {
    const { workspace } = importFiles(
      textFile('status.csv', 'name,status\nAnn,ambassador\nBob,alumni\n'),
      textFile('flags.csv', 'name,амбассадор\nAnn,нет\nBob,нет\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Ann', 'employee'],
      ['Bob', 'alumni'],
    ]);
  });

  test('an unreadable yes/no is a cell error and leaves the status as it was', () => {
    const { workspace, report } = importFiles(
      textFile('m.csv', 'name,status,ambassador\nAnn,alumni,maybe\n'),
    );
    expect(workspace.members[0].status).toBe('alumni');
    expect(issuesOf(report, 'cell_bad_value')).toEqual([
      expect.objectContaining({ row: 2, column: 'ambassador', value: 'maybe' }),
    ]);
  });
});

describe('bad cells and row numbers', () => {
  test('bad cells are reported with file, spreadsheet row and column', () => {
    const { workspace, report } = importFiles(
      textFile('m.csv', 'name,status,workload,activity\nAnna,ambassador,120,1\nBoris,chief,50%,-2\n'),
    );
    // Row 2: workload 120 is outside 0–100. Row 3: status "chief" unknown, activity −2 below 0; 50% is fine.
    expect(issuesOf(report, 'cell_bad_value').map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['m.csv', 2, 'workload', '120'],
      ['m.csv', 3, 'status', 'chief'],
      ['m.csv', 3, 'activity', '-2'],
    ]);
    // The rest of each row is kept.
    expect(workspace.members.map((m) => [m.name, m.status, m.workload, m.activity])).toEqual([
      ['Anna', 'ambassador', null, 1],
      ['Boris', 'employee', 50, null],
    ]);
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

describe('decorated headers', () => {
  test('"Статус участника", "Загруженность, %", "Таб. №" and "Ф.И.О." are read as status, workload, id and name', () => {
    const text =
      'Таб. №;Ф.И.О.;Статус участника;Загруженность, %\n101;Анна Петрова;амбассадор;45,5\n102;Иван Орлов;сотрудник;80%\n';
    const { workspace, report } = importFiles(textFile('hr.csv', text));
    expect(report.files[0].columns.map((c) => c.role)).toEqual(['member_id', 'name', 'status', 'workload']);
    expect(workspace.members.map((m) => [m.memberId, m.name, m.status, m.workload])).toEqual([
      ['101', 'Анна Петрова', 'ambassador', 45.5],
      ['102', 'Иван Орлов', 'employee', 80],
    ]);
  });

  test('"Interested?" is the interest column when its cells are yes/no', () => {
    const text = 'Employee,Skill,Level,Interested?\nAnn,SQL,4,yes\nBob,SQL,2,\n';
    const { workspace, report } = importFiles(textFile('lo.csv', text));
    expect(report.files[0].columns.map((c) => c.role)).toEqual(['name', 'skill', 'level', 'interest']);
    expect(expertiseList(workspace).map((e) => e.interest)).toEqual([true, false]);
  });

  test('a matrix skill whose name begins like a field stays a skill when its cells are levels', () => {
    // "Team leadership" starts with "team" (department) and "Interest rate risk" with "interest": both are skills here.
    const text = 'ФИО;Team leadership;Interest rate risk;Python\nАнна;4;3;x\nИван;;5;2\n';
    const { workspace, report } = importFiles(textFile('m.csv', text));
    expect(report.files[0].kind).toBe('matrix');
    expect(report.files[0].columns.map((c) => c.role)).toEqual(['name', 'skill', 'skill', 'skill']);
    expect(workspace.skills.map((s) => s.name)).toEqual(['Team leadership', 'Interest rate risk', 'Python']);
  });
});

describe('title rows above the header', () => {
  test('a matrix with a title and a date above its header is read from the header on', () => {
    const text =
      'Матрица компетенций ИТ-департамента;;;\nАктуально на 01.03.2024;;;\n;;;\nСотрудник;Отдел;Python;SQL\nАнна;ИТ;4;x\nИван;ИТ;;2\n';
    const { workspace, report } = importFiles(textFile('m.csv', text));
    expect(report.files[0]).toMatchObject({ kind: 'matrix', rowsRead: 2, imported: 2 });
    expect(workspace.members.map((m) => m.name)).toEqual(['Анна', 'Иван']);
    // The header is on spreadsheet row 4: three rows above it were skipped, and said so.
    expect(issuesOf(report, 'rows_above_header')).toMatchObject([{ row: 4, detail: { count: 3 } }]);
  });
});

describe('total lines', () => {
  test('an "Итого" line at the bottom of a matrix is rejected as a total, not imported as a person', () => {
    const text = 'ФИО;Python;SQL\nАнна;4;x\nИван;;2\nИтого;1;2\n';
    const { workspace, report } = importFiles(textFile('m.csv', text));
    expect(workspace.members.map((m) => m.name)).toEqual(['Анна', 'Иван']);
    expect(report.rejectedRows.map((r) => [r.row, r.reason, r.value])).toEqual([[4, 'row_total', 'Итого']]);
    expectEveryRowAccounted(report);
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

describe('a skill only the expertise file names', () => {
  test('takes the defaults (target 1, required level 3, weight 1) and is analysed with them', () => {
    const skills = textFile('skills.csv', 'skill,target,required_level,weight\nPython,2,4,3\n');
    const people = textFile('members.csv', 'name,status\nAnna,ambassador\nBob,employee\n');
    const links = textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nAnna,Go,3\nBob,Go,5\n');
    const { workspace } = importFiles(links, people, skills);
    const go = workspace.skills.find((s) => s.name === 'Go')!;
    expect(go).toMatchObject({ target: 1, requiredLevel: 3, weight: 1, category: '' });
    const a = analyse(workspace, { locale: 'en' });
    // Go: Anna (ambassador, 3 ≥ 3) holds it → coverage 1 = target 1 → gap 0, single holder; Bob (5) is a candidate.
    expect(a.bySkill.get(go.key)).toMatchObject({
      coverage: 1,
      gap: 0,
      status: 'single_holder',
      candidateCount: 1,
    });
    // Python: Anna 4 ≥ 4 → coverage 1 of target 2 → gap 1.
    expect(a.bySkill.get(workspace.skills.find((s) => s.name === 'Python')!.key)).toMatchObject({
      coverage: 1,
      gap: 1,
      status: 'gap',
    });
  });
});

describe('Merge over stored values', () => {
  test('a department the workspace had, replaced by an imported one, is reported with the rule', () => {
    const base = importFiles(
      textFile('a.csv', 'member_id,name,department\nM1,Anna,Data\nM2,Ivan,Risk\n'),
    ).workspace;
    const { workspace, report } = runImport(
      [textFile('b.csv', 'member_id,name,department\nM1,Anna,Sales\nM2,Ivan,Risk\n')],
      base,
      'merge',
    );
    expect(workspace.members.map((m) => m.department)).toEqual(['Sales', 'Risk']);
    // Anna: Data → Sales is a change; Ivan's Risk is the same value, no report.
    expect(issuesOf(report, 'conflict_stored')).toMatchObject([
      { row: 2, value: 'Sales', detail: { owner: 'Anna', previous: 'Data' } },
    ]);
  });
});

describe('Merge keeps what a file does not say', () => {
  test('a stored interest flag survives a merged level from a matrix or a file without an interest column', () => {
    const base = importFiles(
      textFile('a.csv', 'name,skill,level,interest\nAnna,Python,4,yes\nAnna,SQL,3,yes\n'),
    ).workspace;
    const { workspace } = runImport(
      [textFile('m.csv', 'name;Python\nAnna;5\n'), textFile('l.csv', 'name,skill,level\nAnna,SQL,2\n')],
      base,
      'merge',
    );
    expect(expertiseList(workspace).map((e) => [e.level, e.interest])).toEqual([
      [5, true],
      [2, true],
    ]);
  });

  test('a member renamed by id is found by the new name too, not created twice', () => {
    const base = importFiles(textFile('a.csv', 'member_id,name\n7,Ivan Petrov\n')).workspace;
    const { workspace } = runImport(
      [
        textFile('m.csv', 'member_id,name\n7,Ivan Sidorov\n'),
        textFile('e.csv', 'name,skill,level\nIvan Sidorov,Python,4\n'),
      ],
      base,
      'merge',
    );
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([['7', 'Ivan Sidorov']]);
    expect(expertiseList(workspace)).toHaveLength(1);
  });

  test('names that begin like a total ("Sum Li", "Total Quality Jones") are people', () => {
    const { workspace, report } = importFiles(
      textFile('p.csv', 'name,department\nSum Li,IT\nTotal Quality Jones,QA\nTotal:,\n'),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Sum Li', 'Total Quality Jones']);
    expect(report.rejectedRows.map((r) => r.reason)).toEqual(['row_total']);
  });
});

describe('files as HR people save them', () => {
  test('a personnel number with leading zeros (00123) and the same number as Excel re-saves it (123) are one member', () => {
    const { workspace, report } = importFiles(
      textFile(
        'members.csv',
        'Табельный номер;ФИО;Статус\n00123;Иванов Иван;амбассадор\n0042;Петров Пётр;сотрудник\n',
      ),
      textFile(
        'expertise.csv',
        'Табельный номер;ФИО;Навык;Уровень\n123;Иванов Иван;Python;4\n42;Петров Пётр;SQL;3\n',
      ),
    );
    expect(workspace.members.map((m) => [m.memberId, m.name, m.status])).toEqual([
      ['00123', 'Иванов Иван', 'ambassador'],
      ['0042', 'Петров Пётр', 'employee'],
    ]);
    expect(links(workspace)).toEqual(['Иванов Иван / Python = 4', 'Петров Пётр / SQL = 3']);
    expect(issuesOf(report, 'member_created')).toEqual([]);
    expectEveryRowAccounted(report);
  });

  test('ids that differ beyond leading zeros, or are not all digits, stay apart', () => {
    const { workspace, report } = importFiles(
      textFile('members.csv', 'Табельный номер;ФИО\n0123;Анна\n1230;Борис\nA0123;Вера\n0;Глеб\n00;Дина\n'),
    );
    // "0" and "00" are the same number: Дина's row names Глеб's id, and its other name is reported as a conflict.
    expect(workspace.members.map((m) => m.memberId)).toEqual(['0123', '1230', 'A0123', '0']);
    expect(issuesOf(report, 'conflict_attribute').map((i) => [i.row, i.value])).toEqual([[6, 'Дина']]);
  });

  test('a row saved with another delimiter is rejected with that reason, and creates nobody', () => {
    const { workspace, report } = importFiles(
      textFile(
        'expertise.csv',
        'ФИО;Навык;Уровень\nИванов Иван,Python,3\nПетров Петр;SQL;4\nСидоров Сидор\tGo\t2\nКузнецова, Анна;;\n',
      ),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Петров Петр', 'Кузнецова, Анна']);
    const found = issuesOf(report, 'row_other_delimiter').map((i) => [
      i.row,
      i.detail?.found,
      i.detail?.expected,
    ]);
    expect(found).toEqual([
      [2, ',', ';'],
      [4, 'Tab', ';'],
    ]);
    // A name with a comma in an otherwise empty row is no other delimiter: it is a row without a skill.
    expect(issuesOf(report, 'row_no_skill').map((i) => i.row)).toEqual([5]);
    expect(report.rejectedRows.map((r) => [r.row, r.reason])).toEqual([
      [2, 'row_other_delimiter'],
      [4, 'row_other_delimiter'],
      [5, 'row_no_skill'],
    ]);
    expectEveryRowAccounted(report);
  });

  test('a bare share of one (0,5) in a workload column of percentages is read as 50 %, with a warning', () => {
    const { workspace, report } = importFiles(
      textFile('members.csv', 'ФИО;Загрузка\nАнна;75%\nБорис;0,5\nВера;1\nГлеб;0.25\n'),
      textFile('team.csv', 'name,workload\nDora,0.5\nEgor,40\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.workload])).toEqual([
      ['Анна', 75],
      ['Борис', 50],
      ['Вера', 1],
      ['Глеб', 25],
      // No % anywhere in that column: 0.5 stays half a percent (a workspace export writes workloads so).
      ['Dora', 0.5],
      ['Egor', 40],
    ]);
    expect(
      issuesOf(report, 'cell_workload_fraction').map((i) => [i.row, i.value, i.detail?.percent]),
    ).toEqual([
      [3, '0,5', 50],
      [5, '0.25', 25],
    ]);
  });
});
