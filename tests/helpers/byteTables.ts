// byteTable's reading beside the text path's (decodeBytes → detectDelimiter → textTable), and random RFC 4180
// tables to feed both: the byteTable tests compare what the importer would see either way.
import { expect } from 'vitest';
import fc from 'fast-check';
import { byteTable } from '../../src/io/byteTable';
import { decodeBytes, type TextEncodingName } from '../../src/io/encoding';
import { detectDelimiter, type Delimiter } from '../../src/io/delimiter';
import { textTable, type TableSource } from '../../src/io/parse';
import { concat, cp1251, utf8, UTF8_BOM } from './bytes';

// ---- the two paths, read down to what the importer sees ----

export interface Reading {
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

export function reading(source: TableSource, encoding: TextEncodingName, delimiter: Delimiter): Reading {
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
export function textPath(bytes: Uint8Array): Reading | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return null;
  const delimiter = detectDelimiter(decoded.text);
  return reading(textTable(decoded.text, delimiter), decoded.encoding, delimiter);
}

export function bytePath(bytes: Uint8Array): Reading | null {
  const table = byteTable(bytes);
  return table && reading(table.source, table.encoding, table.delimiter);
}

/**
 * byteTable's reading equals the text path's when byteTable takes the file; returns whether it did.
 * Bytes that are no text at all (empty, binary) are never taken.
 */
export function expectSameAsTextPath(bytes: Uint8Array): boolean {
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

// ---- random RFC 4180 tables, and the bytes a spreadsheet would write for them ----

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
const LINE_BREAKS = ['\r\n', '\n', '\r'] as const;
type LineBreak = (typeof LINE_BREAKS)[number];

/** Everything a cell may hold: letters, digits, spaces, quotes, every delimiter, line breaks, Cyrillic, a dash (3 bytes in UTF-8), an emoji. */
export const CHARS = [
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

export interface Cell {
  text: string;
  /** Quoted even when nothing asks for it. */
  needless: boolean;
}

const cellArb: fc.Arbitrary<Cell> = fc.record({
  text: cellText,
  needless: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

export interface Table {
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

export const tableArb: fc.Arbitrary<Table> = fc.integer({ min: 1, max: 6 }).chain((width) =>
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

export function writeCsv(t: Table): string {
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
export function encodeTable(t: Table, text = writeCsv(t)): Uint8Array {
  const ansi = t.cp1251 ? cp1251(text) : null;
  if (ansi) return ansi;
  return t.bom ? concat(UTF8_BOM, utf8(text)) : utf8(text);
}
