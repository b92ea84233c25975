// Huge inputs are refused or cut before they reach the report: a row, a cell or a width past the limits, and a
// zip member that would unpack past MAX_INFLATED_BYTES (tests/e2e/huge-inputs.spec.ts drills them in a browser).
import { describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { emptyWorkspace } from '../../domain/types';
import { expandContainers } from './containers';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROW_BYTES } from './prepare';
import { REPORT_TEXT_MAX } from '../report';
import { runImport } from './runImport';
import { importFiles, issuesOf, textFile } from '../../../tests/helpers/importFiles';

describe('huge inputs', () => {
  test('a row longer than MAX_ROW_BYTES among the first is refused by its row and size', () => {
    const { workspace, report } = importFiles(
      textFile('long.csv', `name,skill,level\n"${'x'.repeat(MAX_ROW_BYTES + 1)}",Python,3\n`),
    );
    expect(issuesOf(report, 'file_row_too_long')).toEqual([
      expect.objectContaining({ severity: 'error', detail: { row: 2, size: 33, limit: 32 } }),
    ]);
    expect(workspace.members).toHaveLength(0);
  });

  test('a file of short rows ending in a lone CR (Excel for Mac) is not one long row, however large', () => {
    const notes = 'n'.repeat(50_000);
    const rows = Array.from(
      { length: Math.ceil(MAX_ROW_BYTES / notes.length) + 20 },
      (_, i) => `P${i},Go,3,${notes}`,
    );
    const { workspace, report } = importFiles(
      textFile('mac.csv', ['name,skill,level,notes', ...rows].join('\r')),
    );
    expect(issuesOf(report, 'file_row_too_long')).toEqual([]);
    expect(workspace.members).toHaveLength(rows.length);
  });

  test('a header or cell longer than MAX_CELL_CHARS refuses the file, naming its row', () => {
    const header = importFiles(
      textFile('h.csv', `name,skill,level,${'H'.repeat(MAX_CELL_CHARS + 1)}\nA,B,3,x\n`),
    );
    expect(issuesOf(header.report, 'file_cell_too_long')[0].detail).toEqual({
      row: 1,
      length: MAX_CELL_CHARS + 1,
      limit: MAX_CELL_CHARS,
    });
    const cell = importFiles(
      textFile('c.csv', `name,skill,level\nA,B,3\n${'c'.repeat(MAX_CELL_CHARS + 1)},B,3\n`),
    );
    expect(issuesOf(cell.report, 'file_cell_too_long')[0].row).toBe(3);
    expect(cell.workspace.members).toHaveLength(0);
  });

  test('the long cell is named by its row as a spreadsheet numbers it, blank lines above counted', () => {
    const long = 'c'.repeat(MAX_CELL_CHARS + 1);
    // blank lines between the header and the first data row and between data rows
    const csv = importFiles(textFile('c.csv', `name,skill,level\n\nA,B,3\n\n\n${long},B,3\n`));
    expect(issuesOf(csv.report, 'file_cell_too_long').map((i) => [i.row, i.detail?.row])).toEqual([[6, 6]]);
    const sheet = importFiles({
      name: 'book.xlsx',
      bytes: new Uint8Array(0),
      format: 'xlsx',
      rows: [['Title'], [], ['name', 'skill', 'level'], [], ['A', 'B', '3'], [''], [long, 'B', '3']],
    });
    expect(issuesOf(sheet.report, 'file_cell_too_long').map((i) => [i.row, i.detail?.row])).toEqual([[7, 7]]);
  });

  test('a file wider than MAX_COLUMNS is named too wide', () => {
    const header = Array.from({ length: MAX_COLUMNS + 1 }, (_, c) => `C${c}`).join(',');
    const { report } = importFiles(textFile('wide.csv', `name,${header}\nA,${'1,'.repeat(MAX_COLUMNS)}1\n`));
    expect(issuesOf(report, 'file_too_wide')[0].detail).toEqual({
      count: MAX_COLUMNS + 2,
      limit: MAX_COLUMNS,
    });
  });

  test('the report carries long headers and cells cut; the workspace keeps the value whole', () => {
    const long = 'L'.repeat(5_000);
    const { workspace, report } = importFiles(textFile('l.csv', `name,${long}\n${long},3\n`));
    const file = report.files[0];
    for (const text of [
      ...file.preview!.headers,
      ...file.preview!.rows.flat(),
      ...file.columns.map((c) => c.header),
    ])
      expect(text.length).toBeLessThanOrEqual(REPORT_TEXT_MAX + 1);
    for (const issue of report.issues) {
      expect((issue.column ?? '').length).toBeLessThanOrEqual(REPORT_TEXT_MAX + 1);
      expect((issue.value ?? '').length).toBeLessThanOrEqual(REPORT_TEXT_MAX + 1);
    }
    expect(workspace.members.map((m) => m.name.length)).toEqual([5_000]);
  });

  test('a zip member that would unpack past the limit is named too large with its size, not inflated', async () => {
    const zip = zipSync({
      'big.csv': strToU8(`name,skill,level\n${'A,B,3\n'.repeat(1000)}`),
      'ok.csv': strToU8('name\nA\n'),
    });
    const files = await expandContainers([{ name: 'z.zip', bytes: zip }], 100);
    expect(files.map((f) => [f.name, f.tooLarge])).toEqual([
      ['z.zip/ok.csv', undefined],
      ['z.zip/big.csv', 6017],
    ]);
    const { report } = runImport(files, emptyWorkspace(), 'replace');
    expect(issuesOf(report, 'file_too_large')[0]).toEqual(
      expect.objectContaining({ file: 'z.zip/big.csv', detail: { size: 1, limit: 1536 } }),
    );
  });
});
