import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, describe } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter } from './delimiter';
import type { Delimiter } from './delimiter';
import { decodeBytes } from './encoding';

function fixtureText(name: string): string {
  const result = decodeBytes(new Uint8Array(readFileSync(resolve(__dirname, '../../tests/fixtures', name))));
  if (!result.ok) throw new Error(`${name} did not decode: ${result.reason}`);
  return result.text;
}

describe('detectDelimiter', () => {
  test('a comma-separated header gives a comma', () => {
    expect(detectDelimiter('member_id,name,department,status\n1,Anna,Sales,ambassador\n')).toBe(',');
  });

  test('a semicolon-separated header gives a semicolon', () => {
    expect(detectDelimiter('ФИО;Отдел;Навык;Уровень\r\nИванов Иван;ИТ;SQL;3\r\n')).toBe(';');
  });

  test('a tab-separated header gives a tab', () => {
    expect(detectDelimiter('Full Name\tTeam\tCompetency\nAlice Johnson\tPlatform\tPython\n')).toBe('\t');
  });

  test('a pipe-separated header gives a pipe', () => {
    expect(detectDelimiter('name|skill|level\nAnna|SQL|4\n')).toBe('|');
  });

  test('delimiters inside quoted header cells are not counted', () => {
    expect(detectDelimiter('"Фамилия, имя, отчество";Отдел\r\n"Иванов, Иван";ИТ\r\n')).toBe(';');
    expect(detectDelimiter('"Name, full"\t"Team; unit"\tSkill\nAnna\tSales\tSQL\n')).toBe('\t');
    expect(detectDelimiter('"a|b|c|d",name,skill\nx,Anna,SQL\n')).toBe(',');
  });

  test('escaped quotes inside a quoted header cell keep the cell quoted', () => {
    expect(detectDelimiter('"Отдел ""Север; Юг""";ФИО;Навык\n')).toBe(';');
  });

  test('a line break inside a quoted header cell stays in the header', () => {
    expect(detectDelimiter('"Notes\nx,y,z,w";Name;Skill\n"a";Anna;SQL\n')).toBe(';');
  });

  test('a quote in the middle of a cell is a literal character', () => {
    expect(detectDelimiter('name,screen 15" or 17",skill\nAnna,15",SQL\n')).toBe(',');
  });

  test('a header with a single column gives a comma', () => {
    expect(detectDelimiter('ФИО\nИванов Иван\nПетрова Анна\n')).toBe(',');
    expect(detectDelimiter('Загрузка\n1,5\n2,5\n')).toBe(',');
  });

  test('decimal commas in data rows do not beat a semicolon header', () => {
    const text =
      'ФИО;Загрузка;Активность\r\nИванов Иван;45,5;1,25\r\nПетрова Анна;80,0;2,5\r\nСидоров Олег;12,5;0,75\r\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  test('blank lines and a BOM before the header are skipped', () => {
    expect(detectDelimiter('\ufeff\r\n   \r\n\nname|skill|level\nAnna|SQL|4\n')).toBe('|');
  });

  test('a tie in the header goes to the delimiter the data rows repeat', () => {
    // The header has one `,` and one `;`, but every row has exactly one `,`.
    expect(detectDelimiter('Name,Load; %\nAnna,45\nBoris,80\nClara,12\n')).toBe(',');
    expect(detectDelimiter('name|notes, free text\nAnna|ok\nBoris|fine\n')).toBe('|');
  });

  test('a tie the data cannot break falls back to tab, then semicolon, then comma, then pipe', () => {
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('a|b,c')).toBe(',');
    expect(detectDelimiter('a\tb;c')).toBe('\t');
    expect(detectDelimiter('a|b;c,d\te')).toBe('\t');
  });

  test('Excel’s sep= line names the delimiter', () => {
    expect(detectDelimiter('sep=;\r\nname,notes;x\r\nAnna,ok;1\r\n')).toBe(';');
    expect(detectDelimiter('sep=|\nname|skill\n')).toBe('|');
  });

  test('old Mac line endings (CR only) end the header line', () => {
    expect(detectDelimiter('name;skill\rAnna,Boris,Clara;SQL\r')).toBe(';');
  });

  test('empty text gives a comma', () => {
    expect(detectDelimiter('')).toBe(',');
    expect(detectDelimiter('\n\n')).toBe(',');
  });

  test('an unterminated quote neither hides the header nor makes detection scan a huge file', () => {
    const text = `"name;skill;level\n${'Anna;SQL;3\n'.repeat(2_000_000)}`;
    const started = performance.now();
    expect(detectDelimiter(text)).toBe(';');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('finds the delimiter a generated table was written with', () => {
    const cell = fc.stringMatching(/^[A-Za-zА-яЁё0-9][A-Za-zА-яЁё0-9 .]{0,7}$/);
    const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t', '|');
    const table = fc
      .integer({ min: 2, max: 6 })
      .chain((columns) =>
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 10 }),
      );
    fc.assert(
      fc.property(table, delimiter, (rows, separator) => {
        const text = rows.map((row) => row.join(separator)).join('\r\n');
        expect(detectDelimiter(text)).toBe(separator);
      }),
    );
  });
});

describe('fixtures are read with the delimiter they were written with', () => {
  test.each<[string, Delimiter]>([
    ['ru-cp1251-semicolon-long.csv', ';'],
    ['ru-cp1251-members.csv', ';'],
    ['matrix-utf8-bom-x.csv', ','],
    ['en-tab-synonyms.tsv', '\t'],
    ['en-skills.csv', ','],
    ['utf16le-unicode-text.txt', '\t'],
    ['broken-header-only.csv', ','],
    ['broken-duplicate-headers.csv', ','],
    ['broken-extra-cells.csv', ','],
    ['broken-unreadable-values.csv', ','],
  ])('%s uses %j', (name, delimiter) => {
    expect(detectDelimiter(fixtureText(name))).toBe(delimiter);
  });
});
