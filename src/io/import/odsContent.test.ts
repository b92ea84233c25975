import { describe, expect, test } from 'vitest';
import { OdsContentReader, readOdsContent, ODS_LIMITS } from './odsContent';
import { XmlScanner } from '../xmlScan';
import { contentXml } from '../../../tests/helpers/ods';

const text = (s: string, repeat = '') =>
  `<table:table-cell${repeat} office:value-type="string" calcext:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
const number = (v: string) =>
  `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v.replace('.', ',')}</text:p></table:table-cell>`;
const row = (cells: string, repeat = '') => `<table:table-row${repeat}>${cells}</table:table-row>`;
const trailing =
  '<table:table-cell table:number-columns-repeated="1021"/>' +
  '</table:table-row><table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/>';

function rowsOf(xml: string) {
  const sheets = readOdsContent(xml);
  expect(sheets).not.toBeNull();
  return sheets!;
}

describe('OpenDocument content.xml', () => {
  test('each table is a sheet named by table:name; trailing empty cells and rows cost nothing', () => {
    const xml = contentXml(
      `<table:table table:name="Участники"><table:table-column table:number-columns-repeated="3"/>` +
        row(text('ФИО') + text('Навык') + text('Уровень')) +
        row(text('Анна Петрова') + text('SQL') + number('4') + trailing) +
        row('') +
        `</table:table-row></table:table>` +
        `<table:table table:name="Пустой"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
    );
    const sheets = rowsOf(xml);
    expect(sheets.map((s) => s.name)).toEqual(['Участники', 'Пустой']);
    expect(sheets[0].rows).toEqual([
      ['ФИО', 'Навык', 'Уровень'],
      ['Анна Петрова', 'SQL', '4'],
    ]);
    expect(sheets[1].rows).toEqual([]);
  });

  test('values: numbers with a decimal, percentages, dates, booleans, typed strings', () => {
    const xml = contentXml(
      '<table:table table:name="a">' +
        row(
          number('3.5') +
            '<table:table-cell office:value-type="percentage" office:value="0.75"><text:p>75%</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="currency" office:currency="RUB" office:value="1200.5"><text:p>1 200,50 ₽</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="date" office:date-value="2024-03-01T10:00:00"><text:p>01.03.24</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>ИСТИНА</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="string" office:string-value="as attribute"/>' +
            number('1E-05'),
        ) +
        '</table:table>',
    );
    expect(rowsOf(xml)[0].rows).toEqual([
      ['3.5', '0.75', '1200.5', '2024-03-01', 'true', 'as attribute', '0.00001'],
    ]);
  });

  test('text: paragraphs, text:s, tabs, line breaks, spans, links and entities; comments left out', () => {
    const cell =
      '<table:table-cell office:value-type="string"><text:p>Иван<text:s/>  <text:s text:c="2"/>Орлов</text:p>' +
      '<text:p><text:span text:style-name="T1">Python</text:span>,<text:tab/><text:a xlink:href="https://x">&quot;adv&quot; &amp; &lt;b&gt; &#1071;&#x44f;</text:a><text:line-break/>ok</text:p>' +
      '<office:annotation><dc:creator>A</dc:creator><text:p>a comment</text:p></office:annotation></table:table-cell>';
    const xml = contentXml(`<table:table table:name="&quot;Q&quot; &amp; Co">${row(cell)}</table:table>`);
    const [sheet] = rowsOf(xml);
    expect(sheet.name).toBe('"Q" & Co');
    expect(sheet.rows).toEqual([['Иван    Орлов\nPython,\t"adv" & <b> Яя\nok']]);
  });

  test('repeated cells and rows, covered cells of a merge, blank rows between filled ones kept', () => {
    const xml = contentXml(
      '<table:table table:name="m">' +
        row(text('a', ' table:number-columns-repeated="3"') + text('b')) +
        row(
          '<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>wide</text:p></table:table-cell>' +
            '<table:covered-table-cell/>' +
            '<table:covered-table-cell office:value-type="string"><text:p>under</text:p></table:table-cell>',
        ) +
        row('<table:table-cell/>', ' table:number-rows-repeated="2"') +
        row(
          `<table:table-cell table:number-columns-repeated="2"/>${number('5')}`,
          ' table:number-rows-repeated="2"',
        ) +
        '</table:table>',
    );
    expect(rowsOf(xml)[0].rows).toEqual([
      ['a', 'a', 'a', 'b'],
      ['wide', '', 'under'],
      [],
      [],
      ['', '', '5'],
      ['', '', '5'],
    ]);
  });

  test('the same sheets whatever the chunks the XML arrives in', () => {
    const xml = contentXml(
      '<table:table table:name="Лист1"><!-- a > comment -->' +
        row(text('x &amp; y') + number('2.25')) +
        row(text('<![CDATA[not a tag]]>') + text('z')) +
        '</table:table>',
    );
    const whole = readOdsContent(xml);
    for (const size of [1, 2, 3, 7, 64]) {
      const reader = new OdsContentReader();
      const scanner = new XmlScanner(reader);
      for (let i = 0; i < xml.length; i += size) expect(scanner.feed(xml.slice(i, i + size))).toBe('ok');
      expect(scanner.end()).toBe(true);
      expect(reader.sheets).toEqual(whole);
    }
    expect(whole![0].rows).toEqual([
      ['x & y', '2.25'],
      ['not a tag', 'z'],
    ]);
  });

  describe('namespaces are matched by URI, whatever prefixes the root element binds to them', () => {
    const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
    const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
    const usual = contentXml(
      '<table:table table:name="Лист1">' +
        row(text('ФИО') + text('Навык'), ' table:number-rows-repeated="2"') +
        row(
          text('a', ' table:number-columns-repeated="2"') +
            '<table:table-cell><text:p>x<text:s text:c="3"/>y</text:p></table:table-cell>',
        ) +
        '</table:table>',
    );
    /** The document with each prefix written as another (declarations included). */
    const renamed = (xml: string, prefixes: Record<string, string>) =>
      xml.replace(
        /(<\/?|\s)(?:(office|table|text):|xmlns:(office|table|text)=)/g,
        (_, before: string, prefix?: string, declared?: string) =>
          prefix
            ? `${before}${prefixes[prefix] ?? prefix}:`
            : `${before}xmlns:${prefixes[declared!] ?? declared}=`,
      );

    test('table and text under other prefixes, or swapped, read the same sheets', () => {
      const whole = rowsOf(usual);
      expect(whole[0]).toMatchObject({
        name: 'Лист1',
        rows: [
          ['ФИО', 'Навык'],
          ['ФИО', 'Навык'],
          ['a', 'a', 'x   y'],
        ],
      });
      const other = renamed(usual, { table: 't', text: 'tx', office: 'o' });
      expect(other).toContain(`xmlns:t="${TABLE}"`);
      expect(other).toContain('<t:table t:name="Лист1"><t:table-row t:number-rows-repeated="2">');
      expect(rowsOf(other)).toEqual(whole);
      expect(rowsOf(renamed(usual, { table: 'text', text: 'table' }))).toEqual(whole);
    });

    test('the table namespace as the default one (its attributes keep a prefix)', () => {
      const xml = renamed(usual, { table: 'tbl' })
        .replace(/(<\/?)tbl:/g, '$1')
        .replace('xmlns:tbl=', `xmlns="${TABLE}" xmlns:tbl=`);
      expect(xml).toContain('<table-row tbl:number-rows-repeated="2">');
      expect(rowsOf(xml)).toEqual(rowsOf(usual));
    });

    test('the usual prefix bound to another namespace names none of its elements', () => {
      const xml = usual.replace(`xmlns:table="${TABLE}"`, 'xmlns:table="urn:example:not-odf"');
      expect(rowsOf(xml)).toEqual([]);
      // text: bound to the table namespace: its paragraphs are no paragraphs, so every cell is empty
      const noText = usual.replace(`xmlns:text="${TEXT}"`, `xmlns:text="${TABLE}"`);
      expect(rowsOf(noText)).toEqual([{ name: 'Лист1', rows: [] }]);
    });
  });

  test('a document cut short is not read', () => {
    const xml = contentXml(`<table:table table:name="a">${row(text('x'))}</table:table>`);
    expect(readOdsContent(xml.slice(0, xml.indexOf('<text:p>') + 3))).toBeNull();
  });

  describe('repeats of filled cells are capped, with the row where the sheet went over', () => {
    const limits = { columns: 10, rows: 20, cells: 60 };
    test('columns', () => {
      const xml = contentXml(
        '<table:table table:name="wide">' +
          row(text('ok')) +
          row(text('x', ' table:number-columns-repeated="1000000000"')) +
          '</table:table><table:table table:name="next">' +
          row(text('y')) +
          '</table:table>',
      );
      const sheets = readOdsContent(xml, limits)!;
      expect(sheets[0]).toEqual({ name: 'wide', rows: [], refused: { code: 'file_ods_columns', row: 2 } });
      expect(sheets[1].rows).toEqual([['y']]);
    });
    test('rows, counting the blank rows before them', () => {
      const xml = contentXml(
        '<table:table table:name="long">' +
          row(text('ok')) +
          row('<table:table-cell/>', ' table:number-rows-repeated="5"') +
          row(text('x'), ' table:number-rows-repeated="2147483647"') +
          '</table:table>',
      );
      expect(readOdsContent(xml, limits)![0].refused).toEqual({ code: 'file_ods_rows', row: 7 });
    });
    test('cells over the whole workbook', () => {
      const many = row(text('x', ' table:number-columns-repeated="10"'), ' table:number-rows-repeated="4"');
      const xml = contentXml(
        `<table:table table:name="a">${many}</table:table><table:table table:name="b">${many}${many}</table:table>`,
      );
      const sheets = readOdsContent(xml, limits)!;
      expect(sheets[0].rows).toHaveLength(4);
      expect(sheets[1]).toMatchObject({ rows: [], refused: { code: 'file_ods_cells', row: 1 } });
    });
    test('a sheet refused for the workbook’s cells does not use up the sheets after it', () => {
      const many = row(text('x', ' table:number-columns-repeated="10"'), ' table:number-rows-repeated="4"');
      const huge = row(text('x', ' table:number-columns-repeated="10"'), ' table:number-rows-repeated="15"');
      const xml = contentXml(
        `<table:table table:name="a">${many}</table:table>` +
          `<table:table table:name="huge">${huge}</table:table>` +
          `<table:table table:name="skills">${row(text('Анна') + text('SQL'))}</table:table>`,
      );
      const sheets = readOdsContent(xml, limits)!;
      expect(sheets[1]).toMatchObject({
        name: 'huge',
        rows: [],
        refused: { code: 'file_ods_cells', row: 1 },
      });
      expect(sheets[2]).toEqual({ name: 'skills', rows: [['Анна', 'SQL']] });
    });
    test('the real limits hold a full LibreOffice sheet of empties, in no time', () => {
      const xml = contentXml(
        `<table:table table:name="a">${row(text('x', ' table:number-columns-repeated="16384"'), ' table:number-rows-repeated="1221"')}</table:table>`,
      );
      const started = performance.now();
      const sheets = readOdsContent(xml)!;
      expect(sheets[0].refused).toEqual({ code: 'file_ods_cells', row: 1 });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(ODS_LIMITS.cells).toBe(20_000_000);
    });
  });
});
