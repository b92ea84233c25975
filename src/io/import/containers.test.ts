import { describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { emptyWorkspace } from '../../domain/types';
import { makeXlsx } from '../../../tests/helpers/xlsx';
import { expandContainers } from './containers';
import { runImport } from './runImport';
import { expertiseList } from '../../domain/types';

describe('containers', () => {
  test('each sheet of an Excel workbook is read like a CSV file, numbers as numbers', async () => {
    const bytes = makeXlsx([
      {
        name: 'Сотрудники',
        rows: [
          ['ФИО', 'Статус', 'Загрузка'],
          ['Анна Петрова', 'амбассадор', 45.5],
          ['Иван Орлов', 'сотрудник', 80],
        ],
      },
      {
        name: 'Навыки',
        rows: [
          ['ФИО', 'Навык', 'Уровень'],
          ['Анна Петрова', 'SQL', 4],
          ['Иван Орлов', 'SQL', 'эксперт'],
        ],
      },
    ]);
    const files = await expandContainers([{ name: 'club.xlsx', bytes }]);
    expect(files.map((f) => f.name)).toEqual(['club.xlsx › Сотрудники', 'club.xlsx › Навыки']);
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(report.files.map((f) => [f.kind, f.format, f.rowsRead])).toEqual([
      ['members', 'xlsx', 2],
      ['expertise', 'xlsx', 2],
    ]);
    expect(workspace.members.map((m) => [m.name, m.status, m.workload])).toEqual([
      ['Анна Петрова', 'ambassador', 45.5],
      ['Иван Орлов', 'employee', 80],
    ]);
    expect(expertiseList(workspace).map((e) => e.level)).toEqual([4, 5]);
  });

  test('text that Excel marks with its quote prefix stays text', async () => {
    const bytes = makeXlsx([
      {
        name: 'Sheet1',
        rows: [
          ['name', 'department'],
          ['Ann', { text: '=SUM(A1)', quotePrefix: true }],
        ],
      },
    ]);
    const { workspace } = runImport(
      await expandContainers([{ name: 'a.xlsx', bytes }]),
      emptyWorkspace(),
      'replace',
    );
    expect(workspace.members[0].department).toBe('=SUM(A1)');
  });

  test('a zip of CSV files (as Export workspace writes it) is expanded into its files', async () => {
    const bytes = zipSync({
      'members.csv': strToU8('name,status\nAnn,ambassador\n'),
      'expertise.csv': strToU8('name,skill,level\nAnn,SQL,4\n'),
      'readme.md': strToU8('not imported'),
    });
    const files = await expandContainers([{ name: 'ws.zip', bytes }]);
    expect(files.map((f) => f.name)).toEqual([
      'ws.zip/expertise.csv',
      'ws.zip/members.csv',
      'ws.zip/readme.md',
    ]);
    expect(files[2].skipped).toBe(true);
  });

  test('a workbook inside a zip is read sheet by sheet, and a document beside it is named, not dropped', async () => {
    const bytes = zipSync({
      'members.csv': strToU8('name,status\nAnn,ambassador\n'),
      'levels.xlsx': makeXlsx([
        {
          name: 'Sheet1',
          rows: [
            ['name', 'skill', 'level'],
            ['Ann', 'SQL', 4],
          ],
        },
      ]),
      'readme.docx': strToU8('not a table'),
    });
    const files = await expandContainers([{ name: 'mixed.zip', bytes }]);
    expect(files.map((f) => f.name)).toEqual([
      'mixed.zip/levels.xlsx',
      'mixed.zip/members.csv',
      'mixed.zip/readme.docx',
    ]);
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(report.totals).toEqual({ members: 1, skills: 1, links: 1 });
    expect(report.files[2]).toMatchObject({ fileName: 'mixed.zip/readme.docx', fatal: 'file_not_table' });
    expect(workspace.members[0].status).toBe('ambassador');
  });

  test('a workload column formatted as percentages in Excel (fractions in the cells) is read as percentages', async () => {
    const bytes = makeXlsx([
      {
        name: 'Sheet1',
        rows: [
          ['ФИО', 'Загрузка'],
          ['Анна', 0.75],
          ['Иван', 0.4],
          ['Олег', 1],
        ],
      },
    ]);
    const { workspace, report } = runImport(
      await expandContainers([{ name: 'p.xlsx', bytes }]),
      emptyWorkspace(),
      'replace',
    );
    expect(workspace.members.map((m) => m.workload)).toEqual([75, 40, 100]);
    expect(report.issues.map((i) => i.code)).toContain('workload_fraction');
  });

  test('a damaged workbook is left for the importer to report', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const files = await expandContainers([{ name: 'bad.xlsx', bytes }]);
    const { report } = runImport(files, emptyWorkspace(), 'replace');
    expect(report.files[0].fatal).toBe('file_xlsx');
  });
});

describe('a workload column in Excel’s percent format', () => {
  const pct = (number: number) => ({ number, percent: true as const });
  const importSheet = async (rows: Parameters<typeof makeXlsx>[0][0]['rows']) => {
    const files = await expandContainers([
      { name: 'club.xlsx', bytes: makeXlsx([{ name: 'Sheet1', rows }]) },
    ]);
    return { files, ...runImport(files, emptyWorkspace(), 'replace') };
  };

  test('the sheet reader gives the stored share, not the 50 % Excel shows: the format is not known', async () => {
    const { files } = await importSheet([
      ['name', 'workload'],
      ['Anna', pct(0.5)],
    ]);
    expect(files[0].rows).toEqual([
      ['name', 'workload'],
      ['Anna', '0.5'],
    ]);
  });

  test('shares of one are read as percentages, with a warning naming the file, the column and an example', async () => {
    const { workspace, report } = await importSheet([
      ['name', 'Загрузка'],
      ['Anna', pct(0.5)],
      ['Boris', pct(0.95)],
      ['Clara', pct(1)],
      ['Denis', ''],
    ]);
    expect(workspace.members.map((m) => [m.name, m.workload])).toEqual([
      ['Anna', 50],
      ['Boris', 95],
      ['Clara', 100],
      ['Denis', null],
    ]);
    expect(report.issues.filter((i) => i.code === 'workload_fraction')).toEqual([
      {
        severity: 'warning',
        code: 'workload_fraction',
        file: 'club.xlsx',
        row: 1,
        column: 'Загрузка',
        value: '0.5',
        detail: { percent: 50 },
      },
    ]);
  });

  test('a share above one is an overloaded person: 1.2 is 120 %, 3 is 300 %', async () => {
    const { workspace, report } = await importSheet([
      ['name', 'workload'],
      ['Anna', pct(1.2)],
      ['Boris', pct(0.5)],
      ['Clara', pct(3)],
    ]);
    expect(workspace.members.map((m) => [m.name, m.workload])).toEqual([
      ['Anna', 120],
      ['Boris', 50],
      ['Clara', 300],
    ]);
    expect(report.issues.filter((i) => i.code === 'cell_bad_value')).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'workload_fraction')).toEqual([
      expect.objectContaining({ column: 'workload', value: '1.2', detail: { percent: 120 } }),
    ]);
  });

  test('whole numbers or a number above 3 leave the column in percents, without a word', async () => {
    for (const cells of [
      [1, 2, 3],
      [0.5, 80],
    ]) {
      const { workspace, report } = await importSheet([
        ['name', 'workload'],
        ...cells.map((cell, i) => [`M${i}`, cell]),
      ]);
      expect(workspace.members.map((m) => m.workload)).toEqual(cells);
      expect(report.issues.map((i) => i.code)).not.toContain('workload_fraction');
    }
  });

  test('a cell written with % makes the column one of percents: a bare share in it is the cell’s own warning', async () => {
    const { workspace, report } = await importSheet([
      ['name', 'workload'],
      ['Anna', '80%'],
      ['Boris', 0.5],
    ]);
    expect(workspace.members.map((m) => m.workload)).toEqual([80, 50]);
    expect(report.issues.map((i) => i.code)).not.toContain('workload_fraction');
    expect(report.issues.filter((i) => i.code === 'cell_workload_fraction')).toEqual([
      expect.objectContaining({ row: 3, value: '0.5' }),
    ]);
  });
});
