// runImport on the Russian hand-made fixtures of tests/fixtures (Windows-1251 expertise and members files, a
// UTF-8 matrix), alone and picked together, each checked against tests/fixtures/expected.md.
import { describe, expect, test } from 'vitest';
import { expertiseList } from '../../domain/types';
import { analyse, candidatesOf } from '../../domain/analysis';
import {
  fixture,
  importFiles,
  memberNamed,
  links,
  issuesOf,
  expectEveryRowAccounted,
  counts,
} from '../../../tests/helpers/importFiles';

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
