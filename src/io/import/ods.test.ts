import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { emptyWorkspace, expertiseList } from '../../domain/types';
import { contentXml, makeOds, ODS_MIMETYPE, tableXml } from '../../../tests/helpers/ods';
import { makeXlsx } from '../../../tests/helpers/xlsx';
import { expandContainers } from './containers';
import { runImport } from './runImport';
import { MAX_TAG_CHARS } from '../xmlScan';

const club = contentXml(
  tableXml('Участники', [
    ['ФИО', 'Статус', 'Загрузка'],
    ['Анна Петрова', 'амбассадор', 45.5],
    ['Иван Орлов', 'сотрудник', 80],
  ]) +
    tableXml('Навыки', [
      ['ФИО', 'Навык', 'Уровень'],
      ['Анна Петрова', 'SQL', 4],
      ['Иван Орлов', 'SQL', 'эксперт'],
      ['Иван Орлов', 'Python, pandas', 3],
    ]) +
    tableXml('Пустой', []),
);

describe('OpenDocument spreadsheets (.ods)', () => {
  test('each sheet is read like an xlsx sheet: same names, kinds, rows and workspace', async () => {
    const ods = await expandContainers([{ name: 'club.ods', bytes: makeOds(club) }]);
    expect(ods.map((f) => [f.name, f.format, f.rows?.length])).toEqual([
      ['club.ods › Участники', 'ods', 3],
      ['club.ods › Навыки', 'ods', 4],
      ['club.ods › Пустой', 'ods', 0],
    ]);
    const xlsx = await expandContainers([
      {
        name: 'club.ods',
        bytes: makeXlsx([
          {
            name: 'Участники',
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
              ['Иван Орлов', 'Python, pandas', 3],
            ],
          },
        ]),
      },
    ]);
    expect(ods.slice(0, 2).map((f) => f.rows)).toEqual(xlsx.map((f) => f.rows));
    const fromOds = runImport(ods, emptyWorkspace(), 'replace');
    const fromXlsx = runImport(xlsx, emptyWorkspace(), 'replace');
    expect(fromOds.workspace).toEqual(fromXlsx.workspace);
    expect(fromOds.report.totals).toEqual({ members: 2, skills: 2, links: 3 });
    expect(fromOds.report.files.map((f) => [f.kind, f.format, f.rowsRead, f.fatal])).toEqual([
      ['members', 'ods', 2, null],
      ['expertise', 'ods', 3, null],
      [null, 'ods', 0, 'file_empty'],
    ]);
  });

  test('the fixture LibreOffice wrote: a Russian expertise list with workload shares', async () => {
    const bytes = new Uint8Array(
      readFileSync(resolve(__dirname, '../../../tests/fixtures/ru-libreoffice.ods')),
    );
    const files = await expandContainers([{ name: 'ru-libreoffice.ods', bytes }]);
    expect(files.map((f) => f.name)).toEqual(['ru-libreoffice.ods']);
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(report.totals).toEqual({ members: 3, skills: 3, links: 4 });
    expect(report.files[0]).toMatchObject({ kind: 'expertise', format: 'ods', rowsRead: 4, fatal: null });
    expect(workspace.members.map((m) => [m.name, m.department, m.workload])).toEqual([
      ['Анна Петрова', 'Аналитика', 50],
      ['Иван Орлов', 'Разработка', 125],
      ['Мария Соколова', 'Отдел "Б" & <Ко>', 75],
    ]);
    expect(workspace.skills.map((s) => s.name)).toContain('Python, pandas');
    expect(expertiseList(workspace).map((e) => e.level)).toEqual([4, 3, 5, 2]);
  });

  test('a sheet over the repeat limits is refused with its row; the other sheets are read', async () => {
    const hostile = contentXml(
      tableXml('ok', [
        ['name', 'status'],
        ['Ann', 'ambassador'],
      ]) +
        '<table:table table:name="bomb"><table:table-row table:number-rows-repeated="2000000000">' +
        '<table:table-cell table:number-columns-repeated="2000000000" office:value-type="string"><text:p>x</text:p></table:table-cell>' +
        '</table:table-row></table:table>',
    );
    const started = performance.now();
    const files = await expandContainers([{ name: 'b.ods', bytes: makeOds(hostile) }]);
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(workspace.members.map((m) => m.name)).toEqual(['Ann']);
    expect(report.issues).toContainEqual({
      severity: 'error',
      code: 'file_ods_columns',
      file: 'b.ods › bomb',
      row: 1,
    });
  });

  test('encrypted, damaged and flat files are named, with nothing imported', async () => {
    const encrypted = makeOds(club, {
      'META-INF/manifest.xml': strToU8(
        '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>',
      ),
    });
    const damaged = makeOds(club.slice(0, club.length / 2));
    const notXml = makeOds('', { 'content.xml': new Uint8Array([0x8f, 0x00, 0xff, 0x13, 0x3c]) });
    const flat = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<office:document office:mimetype="${ODS_MIMETYPE}" office:version="1.3"><office:body/></office:document>`,
    );
    const files = await expandContainers([
      { name: 'secret.ods', bytes: encrypted },
      { name: 'cut.ods', bytes: damaged },
      { name: 'noise.ods', bytes: notXml },
      { name: 'flat.fods', bytes: flat },
    ]);
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(workspace.members).toEqual([]);
    expect(report.files.map((f) => [f.fileName, f.fatal])).toEqual([
      ['secret.ods', 'file_ods_unreadable'],
      ['cut.ods', 'file_ods_unreadable'],
      ['noise.ods', 'file_ods_unreadable'],
      ['flat.fods', 'file_fods'],
    ]);
  });

  test('a quote never closed is a damaged file, however much follows; a tag over the limit is too large', async () => {
    const cell =
      "<table:table-row><table:table-cell office:value-type='string'><text:p>x</text:p></table:table-cell></table:table-row>";
    // the quote after table:name is never closed: the rest of the file (17 MB here) would be one tag
    const unclosed = (rows: number) =>
      contentXml(`<table:table table:name="Лист1>${cell.repeat(rows)}</table:table>`);
    const files = await expandContainers([
      { name: 'quote.ods', bytes: makeOds(unclosed(2)) },
      { name: 'quote-large.ods', bytes: makeOds(unclosed(Math.ceil((17 * 2 ** 20) / cell.length))) },
      {
        name: 'attribute.ods',
        bytes: makeOds(
          contentXml(`<table:table table:name="${'x'.repeat(MAX_TAG_CHARS + 1)}"></table:table>`),
        ),
      },
    ]);
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    expect(workspace.members).toEqual([]);
    expect(report.issues.map((i) => [i.file, i.code, i.severity])).toEqual([
      ['quote.ods', 'file_ods_damaged', 'error'],
      ['quote-large.ods', 'file_ods_damaged', 'error'],
      ['attribute.ods', 'file_ods_tag_too_large', 'error'],
    ]);
  });

  test('an .ods whose table namespace has another prefix imports the same rows', async () => {
    const other = club.replace(/(<\/?|\s)table:/g, '$1ts:').replace('xmlns:table=', 'xmlns:ts=');
    expect(other).not.toMatch(/[<\s/]table:/);
    const read = async (content: string) => {
      const files = await expandContainers([{ name: 'club.ods', bytes: makeOds(content) }]);
      return { files: files.map((f) => [f.name, f.rows]), ...runImport(files, emptyWorkspace(), 'replace') };
    };
    const usual = await read(club);
    const renamed = await read(other);
    expect(renamed.files).toEqual(usual.files);
    expect(renamed.report.totals).toEqual({ members: 2, skills: 2, links: 3 });
    expect(renamed.workspace).toEqual(usual.workspace);
  });

  test('an .ods inside a zip is read sheet by sheet; another zip keeps naming its manifest as skipped', async () => {
    const bytes = zipSync({
      'members.csv': strToU8('name,status\nAnn,ambassador\n'),
      'levels.ods': makeOds(
        contentXml(
          tableXml('L', [
            ['name', 'skill', 'level'],
            ['Ann', 'SQL', 4],
          ]),
        ),
      ),
      'META-INF/manifest.xml': strToU8('<manifest/>'),
    });
    const files = await expandContainers([{ name: 'ws.zip', bytes }]);
    expect(files.map((f) => [f.name, f.skipped ?? false])).toEqual([
      ['ws.zip/levels.ods', false],
      ['ws.zip/members.csv', false],
      ['ws.zip/META-INF/manifest.xml', true],
    ]);
    expect(runImport(files, emptyWorkspace(), 'replace').report.totals).toEqual({
      members: 1,
      skills: 1,
      links: 1,
    });
  });
});
