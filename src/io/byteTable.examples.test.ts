// byteTable on small hand-written files: the ones it leaves to the text path (returns null), and the ones it
// reads exactly as the text path does, cell ids included.
import { describe, expect, it, test } from 'vitest';
import { byteTable } from './byteTable';
import { decodeBytes } from './encoding';
import { concat, cp1251, utf16, utf8, UTF8_BOM } from '../../tests/helpers/bytes';
import { bytePath, expectSameAsTextPath, textPath } from '../../tests/helpers/byteTables';

// ---- examples ----

describe('files byteTable leaves to the text path', () => {
  test.each([
    ['UTF-16 LE with BOM', utf16('ФИО;Навык;Уровень\r\nАнна;SQL;3\r\n', true)],
    ['UTF-16 BE with BOM', utf16('ФИО;Навык;Уровень\r\nАнна;SQL;3\r\n', false)],
    ['UTF-16 LE without BOM', utf16('ФИО;Навык;Уровень\r\nАнна;SQL;3\r\n', true).subarray(2)],
  ])('%s → null (the text path reads it)', (_, bytes) => {
    expect(byteTable(bytes)).toBeNull();
    const text = textPath(bytes);
    expect(text?.headers).toEqual(['ФИО', 'Навык', 'Уровень']);
    expect(text?.rows).toEqual([['Анна', 'SQL', '3']]);
  });

  test.each([
    ['a quote inside an unquoted cell', 'name;skill\nAnna "Ann" Li;SQL\n'],
    ['text after a closing quote', 'name;skill\n"Anna" Li;SQL\n'],
    ['a space between a closing quote and the delimiter (papaparse allows it)', 'name;skill\n"Anna" ;SQL\n'],
    ['a quote never closed', 'name;skill\n"Anna;SQL\nBoris;Go\n'],
    ['a quote never closed at the very end', 'name;skill\nAnna;"'],
    ['a quoted cell after a line break the file does not use', 'name;skill\r\nAnna;SQL\n"Boris";Go\r\n'],
  ])('%s → null', (_, text) => {
    expect(byteTable(utf8(text))).toBeNull();
    // The text path still reads it (and reports what it repaired).
    expect(textPath(utf8(text))).not.toBeNull();
  });

  test.each([
    ['empty bytes', new Uint8Array(0)],
    ['white space only', utf8(' \r\n\t\n')],
    ['a UTF-8 BOM only', new Uint8Array(UTF8_BOM)],
    ['binary with a NUL', concat(utf8('name;skill\nAnna;'), [0], utf8(';SQL\n'))],
    ['a zip (xlsx) signature', concat([0x50, 0x4b, 0x03, 0x04], utf8('name;skill\n'))],
    ['an OLE2 (xls) signature', concat([0xd0, 0xcf, 0x11, 0xe0], utf8('name;skill\n'))],
  ])('%s → null', (_, bytes) => {
    expect(byteTable(bytes)).toBeNull();
    expect(decodeBytes(bytes).ok).toBe(false);
  });

  test('a BOM that says UTF-8 before bytes that are not → null (decodeBytes replaces them)', () => {
    const bytes = concat(UTF8_BOM, utf8('name;skill\nAnna;'), [0xc0, 0xff], utf8('\n'));
    expect(byteTable(bytes)).toBeNull();
  });
});

describe('small files read the same both ways (examples)', () => {
  test.each([
    [
      'sep= line, CRLF, BOM',
      concat(UTF8_BOM, utf8('sep=,\r\nФИО,Навык\r\n"Ёлкин, Пётр",SQL\r\n\r\n"a ""b""",""\r\n')),
    ],
    ['lone CR line breaks with LF inside quotes', utf8('name|skill\r"a\nb"|c\r\rd|"e|f"\r')],
    ['LF file with CR inside unquoted cells', utf8('name,skill\nab\rc,d\n"x\r\ny",z\n')],
    [
      'title lines above the header',
      utf8('Матрица компетенций 2024\n\nФИО;Навык;Уровень\nАнна;SQL;3\n;;\nБорис;Go;2\n\n'),
    ],
    ['tab-delimited with quoted tabs', utf8('name\tskill\n"a\tb"\tc\n\t\n"""q"""\t""\n')],
    ['Windows-1251', cp1251('ФИО;Навык\r\nЁлкин;Щи\r\n')!],
    [
      'Windows-1252 (Western single accented letters)',
      concat(utf8('name;skill\nJos'), [0xe9], utf8(';SQL\nM'), [0xfc], utf8('ller;Go\n')),
    ],
    ['no line break at all', utf8('"a;b";c;"d"')],
    ['a quoted cell ending the file', utf8('a;b\n1;"2\n3"')],
    ['ragged rows', utf8('a;b;c\n1\n1;2;3;4;5\n;\n')],
    ['SEP= in capitals with trailing spaces', utf8('SEP=|  \r\nname|skill\r\na|"b|c"\r\n')],
    ['a sep= line naming no candidate', utf8('sep=x\nname;skill\na;b\n')],
    ['a sep= line with a two-byte character', utf8('sep=ж\nname;skill\na;b\n')],
    ['white space (NBSP, a blank line) before sep=', utf8('\u00a0\n sep=,\nname,skill\n"a,b",c\n')],
    ['a sep= line and nothing else', utf8('sep=;')],
    ['a sep= line in Windows-1251', cp1251('sep=;\r\nФИО;Навык\r\nЁж;"Щи;борщ"\r\n')!],
    [
      'a BOM, then a sep= line, then a second U+FEFF',
      concat(UTF8_BOM, utf8('sep=;\n\uFEFFname;skill\nA;B\n')),
    ],
    [
      'long UTF-8 cells (past the short two-byte decoding, past 1024 ASCII bytes)',
      utf8(`name;note\nЖ${'ж'.repeat(300)};${'a'.repeat(2000)}\nЁ—€;"${'щ'.repeat(129)}"\n`),
    ],
    [
      'a Windows-1251 cell longer than 4096 bytes',
      cp1251(`ФИО;Заметка\r\nЁлкин;${'Длинная заметка; '.repeat(700).replace(/;/g, ',')}\r\n`)!,
    ],
  ])('%s', (_, bytes) => {
    expect(expectSameAsTextPath(bytes)).toBe(true);
  });

  test('a quoted empty cell `""` reads as "" with an entry of its own; an unquoted empty one is -1', () => {
    const table = byteTable(utf8('a;b\n"";x\n;x\n"";x\n'))!;
    const seen: [string[], number[]][] = [];
    table.source.each((cells, _row, ids) =>
      seen.push([cells.slice(), Array.from(ids!.subarray(0, cells.length))]),
    );
    expect(seen.map(([cells]) => cells)).toEqual([
      ['', 'x'],
      ['', 'x'],
      ['', 'x'],
    ]);
    const [quoted, unquoted, again] = seen.map(([, ids]) => ids);
    expect(unquoted[0]).toBe(-1);
    // Either way equal ids still mean equal cells: both `""` cells share one entry.
    expect(again[0]).toBe(quoted[0]);
    expect(quoted[1]).toBe(unquoted[1]);
  });

  // A BOM written twice (a tool that prepends one to a file that has one): decodeBytes strips one U+FEFF and
  // SEP_LINE takes the second (`[\s\uFEFF]*`). Before 00f1875 byteTable stripped the second from its prefix text
  // without counting its 3 bytes in `start`, so scanning began inside the `sep=;` line and the header was ['='].
  test('a doubled UTF-8 BOM before a sep= line reads as the text path reads it', () => {
    const bytes = concat(UTF8_BOM, UTF8_BOM, utf8('sep=;\nname;skill\nA;B\n'));
    expect(textPath(bytes)?.headers).toEqual(['name', 'skill']);
    expect(expectSameAsTextPath(bytes)).toBe(true);
  });

  // Found by the irregular-input property. decodeBytes strips the first BOM; papaparse (stripBom) strips the
  // second U+FEFF and reads no record at all; byteTable skips a second BOM's bytes likewise.
  it('a second BOM and nothing else (EF BB BF EF BB BF): no record, headerRow 1, as the text path', () => {
    const bytes = new Uint8Array([...UTF8_BOM, ...UTF8_BOM]);
    const text = textPath(bytes)!;
    const fast = bytePath(bytes)!;
    expect(fast.headers).toEqual([]);
    expect(text.headerRow).toBe(1);
    expect(fast.headerRow).toBe(1);
  });

  // Node's windows-1252 decoder given ignoreBOM drops a leading 0xFF (nodejs/node#56542); neither way passes it.
  test('a Windows-1252 file starting with ÿ (0xFF) keeps it, both ways', () => {
    const bytes = concat([0xff], utf8('ber;skill\nJos'), [0xe9], utf8(';SQL\n'));
    expect(expectSameAsTextPath(bytes)).toBe(true);
    const fast = bytePath(bytes)!;
    expect(fast.encoding).toBe('windows-1252');
    expect(fast.headers).toEqual(['ÿber', 'skill']);
    expect(fast.rows).toEqual([['José', 'SQL']]);
  });

  test('a doubled UTF-8 BOM without a sep= line reads the same', () => {
    expect(expectSameAsTextPath(concat(UTF8_BOM, UTF8_BOM, utf8('name;skill\nA;B\n')))).toBe(true);
  });
});
