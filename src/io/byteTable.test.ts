// byteTable (bytes → rows, cells interned) against the text path it stands in for: decodeBytes →
// detectDelimiter → textTable. Whenever byteTable takes a file, everything the importer reads from it must be
// what the text path gives for the same bytes; the files it leaves alone return null.
import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { byteTable } from './byteTable';
import { decodeBytes, type TextEncodingName } from './encoding';
import { detectDelimiter, type Delimiter } from './delimiter';
import { textTable, type TableSource } from './parse';

// ---- the two paths, read down to what the importer sees ----

interface Reading {
  encoding: TextEncodingName;
  /** The encoding `each` settled on, when it differs from the one above. */
  eachEncoding: TextEncodingName | undefined;
  delimiter: Delimiter;
  headers: string[];
  headerRow: number;
  sample: string[][];
  repairedQuotes: number[];
  rows: string[][];
  rowNumbers: number[];
  blankLines: number;
  quoteErrors: number[];
  badBytes: number[];
}

function walk(source: TableSource) {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  // `cells` may be the same array for every row: copied.
  const visit = source.each((cells, row) => {
    rows.push(cells.slice());
    rowNumbers.push(row);
  });
  return { rows, rowNumbers, visit };
}

function reading(source: TableSource, encoding: TextEncodingName, delimiter: Delimiter): Reading {
  const { rows, rowNumbers, visit } = walk(source);
  return {
    encoding,
    eachEncoding: visit.encoding,
    delimiter,
    headers: source.headers,
    headerRow: source.headerRow,
    sample: source.sample,
    repairedQuotes: source.repairedQuotes,
    rows,
    rowNumbers,
    blankLines: visit.blankLines,
    quoteErrors: visit.quoteErrors,
    badBytes: visit.badBytes ?? [],
  };
}

/** The text path, as the importer runs it when byteTable returns null; null when the bytes are no text. */
function textPath(bytes: Uint8Array): Reading | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return null;
  const delimiter = detectDelimiter(decoded.text);
  return reading(textTable(decoded.text, delimiter), decoded.encoding, delimiter);
}

function bytePath(bytes: Uint8Array): Reading | null {
  const table = byteTable(bytes);
  return table && reading(table.source, table.encoding, table.delimiter);
}

/**
 * byteTable's reading equals the text path's when byteTable takes the file; returns whether it did.
 * Bytes that are no text at all (empty, binary) are never taken.
 */
function expectSameAsTextPath(bytes: Uint8Array): boolean {
  const fast = bytePath(bytes);
  const text = textPath(bytes);
  if (text === null) {
    expect(fast).toBeNull();
    return false;
  }
  if (fast === null) return false;
  expect(fast).toEqual(text);
  return true;
}

// ---- writing tables ----

const utf8 = (text: string) => new TextEncoder().encode(text);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Windows-1251 as the platform reads it, reversed: character → byte. */
const CP1251 = (() => {
  const all = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const map = new Map<string, number>();
  for (let i = 0; i < 256; i++) if (!map.has(all[i])) map.set(all[i], i);
  return map;
})();

/** The text in Windows-1251, or null when a character has no byte there (an emoji). */
function cp1251(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = CP1251.get(text[i]);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
const LINE_BREAKS = ['\r\n', '\n', '\r'] as const;
type LineBreak = (typeof LINE_BREAKS)[number];

/** Everything a cell may hold: letters, digits, spaces, quotes, every delimiter, line breaks, Cyrillic, a dash (3 bytes in UTF-8), an emoji. */
const CHARS = [
  'a',
  'b',
  'z',
  'Q',
  'X',
  '0',
  '3',
  '9',
  ' ',
  ' ',
  '"',
  ',',
  ';',
  '\t',
  '|',
  '\r',
  '\n',
  'А',
  'ж',
  'я',
  'Щ',
  'ё',
  'Ё',
  '—',
  '😀',
];
const char = fc.constantFrom(...CHARS);
const freeText = fc.array(char, { maxLength: 7 }).map((cs) => cs.join(''));
/** Some cells repeat (names, levels), most are random. */
const cellText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('', '', 'a', 'Анна', 'Ёлкин Пётр', 'x y', '3', '"q"', 'a;b,c') },
  { weight: 3, arbitrary: freeText },
);

interface Cell {
  text: string;
  /** Quoted even when nothing asks for it. */
  needless: boolean;
}

const cellArb: fc.Arbitrary<Cell> = fc.record({
  text: cellText,
  needless: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

interface Table {
  header: Cell[];
  rows: Cell[][];
  delimiter: Delimiter;
  lineBreak: LineBreak;
  trailing: boolean;
  blanks: { at: number; kind: 'empty' | 'spaces' | 'delimiters' }[];
  bom: boolean;
  sep: boolean;
  cp1251: boolean;
}

const tableArb: fc.Arbitrary<Table> = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    header: fc.array(cellArb, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { maxLength: 30, size: 'max' }),
    delimiter: fc.constantFrom(...DELIMITERS),
    lineBreak: fc.constantFrom(...LINE_BREAKS),
    trailing: fc.boolean(),
    blanks: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('empty', 'spaces', 'delimiters') as fc.Arbitrary<
          'empty' | 'spaces' | 'delimiters'
        >,
      }),
      {
        maxLength: 3,
      },
    ),
    bom: fc.boolean(),
    sep: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    cp1251: fc.boolean(),
  }),
);

/** RFC 4180: a cell with the delimiter, a quote or a line break is quoted, its quotes doubled. */
function writeCell(cell: Cell, delimiter: Delimiter): string {
  const t = cell.text;
  const needed = t.includes(delimiter) || t.includes('"') || t.includes('\r') || t.includes('\n');
  return needed || cell.needless ? `"${t.replace(/"/g, '""')}"` : t;
}

function writeCsv(t: Table): string {
  const lines = [t.header, ...t.rows].map((row) =>
    row.map((c) => writeCell(c, t.delimiter)).join(t.delimiter),
  );
  for (const blank of t.blanks) {
    const text = blank.kind === 'empty' ? '' : blank.kind === 'spaces' ? ' \t ' : t.delimiter.repeat(2);
    lines.splice(blank.at % (lines.length + 1), 0, text);
  }
  const body = lines.join(t.lineBreak) + (t.trailing ? t.lineBreak : '');
  return (t.sep ? `sep=${t.delimiter}${t.lineBreak}` : '') + body;
}

/** Windows-1251 when asked for and every character has a byte there, else UTF-8 (with a BOM when asked for). */
function encodeTable(t: Table, text = writeCsv(t)): Uint8Array {
  const ansi = t.cp1251 ? cp1251(text) : null;
  if (ansi) return ansi;
  return t.bom ? concat(UTF8_BOM, utf8(text)) : utf8(text);
}

// ---- properties ----

describe('byteTable reads what the text path reads', () => {
  test('well-formed RFC 4180 tables: taken, and read exactly as decodeBytes + textTable read them', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(tableArb, (t) => {
        runs++;
        const bytes = encodeTable(t);
        const decoded = decodeBytes(bytes);
        const same = expectSameAsTextPath(bytes);
        // Quoted the RFC way for its own delimiter; when detection picks another one, the quotes may be irregular.
        if (decoded.ok && detectDelimiter(decoded.text) === t.delimiter)
          expect(same, 'byteTable refused a well-formed table').toBe(true);
        if (same) taken++;
      }),
      { numRuns: 300 },
    );
    // Most generated tables are taken, so the comparison above is not vacuous.
    expect(taken).toBeGreaterThan(runs * 0.6);
  });

  test('irregular input: whenever byteTable takes it, it reads it as the text path does', () => {
    const tokens = fc.constantFrom(
      ...CHARS,
      '"',
      '"',
      '""',
      '" ',
      ' "',
      '"\r\n',
      '\r\n"',
      ';"',
      '",',
      'sep=;\n',
      '\uFEFF',
    );
    // Often a beginning where the first line matters: a U+FEFF (a second BOM after a real one), a sep= line.
    const start = fc.constantFrom('', '', '', '\uFEFF', 'sep=;\n', '\uFEFFsep=,\r\n', ' sep=|\r', 'sep=\t');
    const randomText = fc
      .tuple(start, fc.array(tokens, { maxLength: 80, size: 'max' }))
      .map(([s, ts]) => s + ts.join(''));
    // A well-formed table with a few characters put in or taken out: stray quotes, unclosed ones, text after a closing one.
    const damaged = fc
      .tuple(
        tableArb,
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom('"', '"', ' ', 'x', '\n', '\r', ';', ',', '\t', '|', '')),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([t, edits]) => {
        let text = writeCsv(t);
        for (const [at, insert] of edits) {
          const i = at % (text.length + 1);
          text =
            insert === '' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + insert + text.slice(i);
        }
        return { t, text };
      });
    const input = fc.oneof(
      fc
        .record({ text: randomText, encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1251') })
        .map(({ text, encoding }) => {
          const ansi = encoding === 'windows-1251' ? cp1251(text) : null;
          return ansi ?? (encoding === 'utf-8-bom' ? concat(UTF8_BOM, utf8(text)) : utf8(text));
        }),
      damaged.map(({ t, text }) => encodeTable(t, text)),
      // A byte anywhere overwritten: invalid UTF-8, half a BOM, a code page byte in a UTF-8 file.
      fc.tuple(tableArb, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([t, at, byte]) => {
        const bytes = encodeTable(t).slice();
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return bytes;
      }),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        expectSameAsTextPath(bytes);
      }),
      { numRuns: 300 },
    );
  });

  test('within one `each`, equal ids are equal cells, and -1 is exactly the empty (unquoted) cell', () => {
    // parse.ts: equal numbers ≥ -1 are equal cells; a number below -1 equals nothing (cells past the interning limit).
    // Empty cells are never quoted here: a quoted empty cell `""` gets an entry of its own (see the example below).
    const noQuotedEmpty = tableArb.map((t) => {
      const fix = (c: Cell) => (c.text === '' ? { ...c, needless: false } : c);
      return { ...t, header: t.header.map(fix), rows: t.rows.map((r) => r.map(fix)) };
    });
    fc.assert(
      fc.property(noQuotedEmpty, (t) => {
        const table = byteTable(encodeTable(t));
        if (!table) return;
        const textOf = new Map<number, string>();
        table.source.each((cells, _row, ids) => {
          expect(ids).toBeDefined();
          for (let i = 0; i < cells.length; i++) {
            const id = ids![i];
            if (id === -1) expect(cells[i]).toBe('');
            if (id >= 0) {
              if (textOf.has(id)) expect(cells[i]).toBe(textOf.get(id));
              else textOf.set(id, cells[i]);
            }
            // Only under the table's own delimiter are all empty cells unquoted ones.
            if (table.delimiter === t.delimiter && cells[i] === '') expect(id).toBe(-1);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

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
