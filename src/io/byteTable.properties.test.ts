// byteTable (bytes → rows, cells interned) against the text path it stands in for: decodeBytes →
// detectDelimiter → textTable. Whenever byteTable takes a file, everything the importer reads from it must be
// what the text path gives for the same bytes; these properties try random tables, well-formed and damaged.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { byteTable } from './byteTable';
import { decodeBytes } from './encoding';
import { detectDelimiter } from './delimiter';
import { concat, cp1251, utf8, UTF8_BOM } from '../../tests/helpers/bytes';
import {
  CHARS,
  encodeTable,
  expectSameAsTextPath,
  tableArb,
  writeCsv,
  type Cell,
} from '../../tests/helpers/byteTables';

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
