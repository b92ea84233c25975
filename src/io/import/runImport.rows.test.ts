// runImport row by row: bad cells and row numbers, workbook sheets, every row accounted for (a property),
// decorated headers, titles and totals, Merge over stored values, files as HR people save them.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runImport } from './runImport';
import type { ImportFile } from './types';
import { emptyWorkspace, expertiseList } from '../../domain/types';
import { analyse } from '../../domain/analysis';
import {
  textFile,
  importFiles,
  links,
  issuesOf,
  expectEveryRowAccounted,
  counts,
} from '../../../tests/helpers/importFiles';

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
