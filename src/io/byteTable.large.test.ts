// byteTable past its limits: files larger than the 4 MiB prefix it guesses the encoding from, and more
// distinct cells than it interns.
import { describe, expect, test } from 'vitest';
import { byteTable } from './byteTable';
import { decodeBytes } from './encoding';
import { concat, cp1251, utf8, UTF8_BOM } from '../../tests/helpers/bytes';
import { expectSameAsTextPath, reading, textPath } from '../../tests/helpers/byteTables';

// ---- files past the 4 MiB prefix ----

const MiB = 1 << 20;

/** ASCII rows `T<i>;Person <i>;Skill <i>;<level>` until the text is `bytes` long. */
function asciiRows(bytes: number): { text: string; rows: string[][] } {
  const rows: string[][] = [];
  const lines: string[] = ['id;name;skill;level'];
  let length = lines[0].length + 1;
  for (let i = 0; length < bytes; i++) {
    const row = [`T${i}`, `Person ${i % 997}`, `Skill ${i % 41}`, String(i % 6)];
    rows.push(row);
    const line = row.join(';');
    lines.push(line);
    length += line.length + 1;
  }
  return { text: lines.join('\n') + '\n', rows };
}

describe('files larger than the 4 MiB prefix', () => {
  test('ASCII for 4.5 MiB, then a Cyrillic name in Windows-1251: `each` settles on windows-1251, rows as the text path', () => {
    const head = asciiRows(4.5 * MiB);
    const bytes = concat(
      utf8(head.text),
      cp1251('T999999;Ёлкина Анна;Skill 1;3\n')!,
      utf8('T1000000;Person 1;Skill 2;4\n'),
    );
    expect(bytes.length).toBeGreaterThan(4.5 * MiB);
    const table = byteTable(bytes);
    expect(table).not.toBeNull();
    // The prefix is ASCII, so the first guess is UTF-8; reading on finds the code page (the importer takes it from `each`).
    expect(table!.encoding).toBe('utf-8');
    const fast = reading(table!.source, table!.encoding, table!.delimiter);
    const text = textPath(bytes)!;
    expect(text.encoding).toBe('windows-1251');
    expect(fast.eachEncoding).toBe('windows-1251');
    expect(fast.badBytes).toEqual([]);
    expect(fast.rows.at(-2)).toEqual(['T999999', 'Ёлкина Анна', 'Skill 1', '3']);
    expect({ ...fast, encoding: fast.eachEncoding, eachEncoding: undefined }).toEqual(text);
  });

  test('UTF-8 with Cyrillic up front and one invalid byte (0xFF) in a late row: that row reported, U+FFFD in its cell', () => {
    const lines = ['Табельный номер;ФИО;Навык;Уровень'];
    const rows: string[][] = [];
    let length = 0;
    for (let i = 0; length < 4.5 * MiB; i++) {
      const row = [`T${i}`, `Иванов Пётр ${i % 1000}`, `Навык ${i % 30}`, String(i % 6)];
      rows.push(row);
      lines.push(row.join(';'));
      length += utf8(lines[lines.length - 1]).length + 1;
    }
    const badRowNumber = rows.length + 2; // header is row 1
    // The same bad cell twice: both rows are reported, though the cell is decoded once.
    const bytes = concat(
      utf8(lines.join('\n') + '\nT-bad;Петр'),
      [0xff],
      utf8('ов;Навык 1;3\nT-last;Иванов Пётр 1;Навык 2;4\nT-bad2;Петр'),
      [0xff],
      utf8('ов;Навык 2;2\n'),
    );
    const table = byteTable(bytes);
    expect(table).not.toBeNull();
    expect(table!.encoding).toBe('utf-8');
    const fast = reading(table!.source, table!.encoding, table!.delimiter);
    expect(fast.badBytes).toEqual([badRowNumber, badRowNumber + 2]);
    expect(fast.eachEncoding).toBeUndefined();
    expect(fast.headers).toEqual(['Табельный номер', 'ФИО', 'Навык', 'Уровень']);
    expect(fast.rows).toEqual([
      ...rows,
      ['T-bad', 'Петр\uFFFDов', 'Навык 1', '3'],
      ['T-last', 'Иванов Пётр 1', 'Навык 2', '4'],
      ['T-bad2', 'Петр\uFFFDов', 'Навык 2', '2'],
    ]);
    expect(fast.rowNumbers.at(-3)).toBe(badRowNumber);
    // By design the text path differs here: decodeBytes finds the whole file invalid UTF-8 and reads it as a code page.
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'windows-1251' });
  });

  test('5 MiB of quoted cells with line breaks, delimiters and quotes (across papaparse chunks) read as the text path', () => {
    const cells = ['"Ёлкин, Пётр\r\nмладший"', '"a ""b"" c"', 'plain', '"x;y"', '""', '', '"😀\n"'];
    const lines = ['sep=;', 'ФИО;Навык;Уровень;Заметка'];
    let length = 0;
    for (let i = 0; length < 5 * MiB; i++) {
      const line = [cells[i % 7], `"Навык ${i % 13}"`, String(i % 6), cells[(i * 3) % 7]].join(';');
      lines.push(line);
      length += line.length * 1.5;
    }
    expect(expectSameAsTextPath(concat(UTF8_BOM, utf8(lines.join('\r\n'))))).toBe(true);
  });
});

describe('cell ids past the interning limit', () => {
  // Scanner.intern keeps at most MAX_INTERNED (2^21) entries. Before 00f1875 every cell first met after that got
  // -1, the empty cell's number, so the importer's Recall took such names for one another.
  test('after 2^21 distinct cells, new cells get no number that equals another cell, and never -1', () => {
    const wide = ['Анна', 'Python', '3'];
    for (let i = 0; i <= 1 << 21; i++) wide.push(`u${i.toString(36)}`);
    const text = ['ФИО;Навык;Уровень', wide.join(';'), 'Борис;Python;3', 'Вера;Python;3', 'Анна;;3'].join(
      '\n',
    );
    const table = byteTable(utf8(text))!;
    const late: [string[], number[]][] = [];
    table.source.each((cells, row, ids) => {
      if (row >= 2) late.push([cells.slice(), Array.from(ids!.subarray(0, cells.length))]);
    });
    const [wideRow, boris, vera, anna] = late;
    // Every one of the 2^21 distinct cells reads as written (equal hashes are told apart by their bytes), and
    // no two of them share a number.
    expect(wideRow[0].length).toBe(wide.length);
    let wrong = 0;
    const taken = new Uint8Array(wide.length);
    for (let i = 0; i < wide.length; i++) {
      if (wideRow[0][i] !== wide[i]) wrong++;
      const id = wideRow[1][i];
      if (id >= 0 && taken[id]++) wrong++;
    }
    expect(wrong).toBe(0);
    expect(boris[0]).toEqual(['Борис', 'Python', '3']);
    for (const id of [boris[1][0], vera[1][0]]) expect(id).not.toBe(-1);
    // Numbers below -1 equal nothing; numbered cells stay numbered (Python, 3, Анна were met early).
    if (boris[1][0] >= 0 || vera[1][0] >= 0) expect(boris[1][0]).not.toBe(vera[1][0]);
    expect(vera[1].slice(1)).toEqual(boris[1].slice(1));
    expect(boris[1][1]).toBeGreaterThanOrEqual(0);
    expect(anna[1][0]).toBeGreaterThanOrEqual(0);
    expect(anna[1][1]).toBe(-1);
  });
});
