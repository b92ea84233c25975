// runImport on files as HR people write them: decorated headers, titles above the header, total lines,
// personnel numbers with leading zeros, rows saved with another delimiter, workloads written as shares.
import { describe, expect, test } from 'vitest';
import { expertiseList } from '../../domain/types';
import {
  textFile,
  importFiles,
  links,
  issuesOf,
  expectEveryRowAccounted,
} from '../../../tests/helpers/importFiles';

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

  test('a lone title line with no separators (a 1С export) does not turn a semicolon file into one column', () => {
    const text =
      'Выгрузка из 1С:ЗУП на 01.03.2025\nФИО;Подразделение;Навык;Уровень\nАнна;ИТ;SQL;4\nИван;ИТ;Python;3\n';
    const { workspace, report } = importFiles(textFile('hr.csv', text));
    expect(report.files[0]).toMatchObject({ delimiter: ';', rowsRead: 2, imported: 2 });
    expect(workspace.members.map((m) => [m.name, m.department])).toEqual([
      ['Анна', 'ИТ'],
      ['Иван', 'ИТ'],
    ]);
    expect(workspace.skills.map((s) => s.name).sort()).toEqual(['Python', 'SQL']);
    expect(issuesOf(report, 'rows_above_header')).toMatchObject([{ row: 2, detail: { count: 1 } }]);
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
