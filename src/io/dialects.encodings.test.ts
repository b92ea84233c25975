// Hand-made files of tests/fixtures/dialects (listed in tests/fixtures/README.md), imported whole: UTF-16
// with a BOM, Windows-1251, UTF-8 with a BOM and decimal commas, a pipe-delimited file. Every expectation was
// worked out by hand from the bytes.
import { describe, expect, test } from 'vitest';
import { newMember, newSkill } from '../domain/types';
import { cellError, dialectBytes, importDialect, linksWithInterest } from '../../tests/helpers/dialects';

describe('UTF-16 with BOM, tab-delimited (Excel "Unicode text")', () => {
  test.each([
    ['utf16le-bom-tab.txt', 'utf-16le'],
    ['utf16be-bom-tab.txt', 'utf-16be'],
  ])('%s imports as %s: 3 links, the unreadable level on row 5 rejected', (name, encoding) => {
    const { workspace, report, file } = importDialect(name);
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
      newMember({ key: 'n:анна петрова', name: 'Анна Петрова' }),
      newMember({ key: 'n:борис иванов', name: 'Борис Иванов' }),
    ]);
    expect(workspace.skills).toEqual([
      newSkill({ key: 'n:python', name: 'Python' }),
      newSkill({ key: 'n:sql', name: 'SQL' }),
    ]);
    expect(linksWithInterest(workspace)).toEqual([
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
    const koi8 = new TextDecoder('koi8-r', { fatal: true }).decode(dialectBytes(name));
    const latin = new TextDecoder('windows-1252').decode(dialectBytes(name));
    expect(koi8).not.toContain('Алёшин');
    expect(latin).not.toContain('Алёшин');
  });

  test('a Russian members file decodes as Cyrillic: ё, Ё, «», №, — and decimal commas included', () => {
    const { workspace, report, file } = importDialect(name);
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
      newMember({
        key: 'i:1001',
        memberId: '1001',
        name: 'Алёшин Пётр',
        department: 'Отдел «Север»',
        location: 'Москва',
        status: 'ambassador',
        workload: 80,
      }),
      newMember({
        key: 'i:1002',
        memberId: '1002',
        name: 'Щукина Эльвира',
        department: 'Цех №2',
        location: 'Санкт-Петербург',
        workload: 45.5,
      }),
      newMember({
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
  const { workspace, report, file } = importDialect(name);
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
    newSkill({
      key: 'i:py',
      skillId: 'PY',
      name: 'Python',
      category: 'Разработка, бэкенд',
      target: 2,
      requiredLevel: 4,
      weight: 1.5,
    }),
    newSkill({
      key: 'i:sql',
      skillId: 'SQL',
      name: 'SQL',
      category: 'Данные',
      target: 1,
      requiredLevel: 4,
      weight: 0.75,
    }),
    newSkill({
      key: 'i:men',
      skillId: 'MEN',
      name: 'Наставничество',
      category: 'Сообщество',
      target: 3,
      requiredLevel: 3,
      weight: 2,
    }),
    // A target counts ambassadors, so `1,5` is no target: reported, and the default 1 stays.
    newSkill({
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
  const { workspace, report, file } = importDialect(name);
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
    newMember({ key: 'i:e1', memberId: 'E1', name: 'Smith, John' }),
    newMember({ key: 'i:e2', memberId: 'E2', name: 'Lee | Kim' }),
  ]);
  expect(workspace.skills).toEqual([
    newSkill({ key: 'n:python', name: 'Python' }),
    newSkill({ key: 'n:sql', name: 'SQL' }),
    newSkill({ key: 'n:go', name: 'Go' }),
  ]);
  expect(linksWithInterest(workspace)).toEqual([
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
