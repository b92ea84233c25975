import { test, expect, describe } from 'vitest';
import fc from 'fast-check';
import { safeCell, toCsv } from './csv';
import { decodeBytes } from './encoding';
import { detectDelimiter, type Delimiter } from './delimiter';
import { parseTable } from './parse';
import { unescapeCell } from './values';
import { rejectedRowsTable } from './rejected';

describe('safe cells', () => {
  test.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+7 999 123', "'+7 999 123"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
  ])('a text cell starting %j gets a leading quote', (value, safe) => {
    expect(safeCell(value)).toBe(safe);
  });

  test.each(['Anna', '', ' =not first', 'a=b', "O'Brien", '5'])('%j is left as it is', (value) => {
    expect(safeCell(value)).toBe(value);
  });

  test('numbers are numbers, not text: a negative number gets no quote', () => {
    expect(toCsv(['n'], [[-5]], { delimiter: ',', bom: false })).toBe('n\r\n-5\r\n');
  });

  test('toCsv writes dangerous text cells safely', () => {
    expect(toCsv(['a', 'b'], [['=1+1', '@x']], { delimiter: ',', bom: false })).toBe("a,b\r\n'=1+1,'@x\r\n");
  });

  test('header cells taken from user files are written safely too', () => {
    // Rejected rows keep the user's own headers; a header "=cmd()" must not run either.
    const t = rejectedRowsTable(
      [{ file: 'f.csv', row: 2, reason: 'row_no_member', headers: ['=cmd()', 'name'], cells: ['x', ''] }],
      (r) => r.reason,
    );
    expect(toCsv(t.header, t.rows, { delimiter: ',', bom: false }).split('\r\n')[0]).toBe(
      "file,row,reason,'=cmd(),name",
    );
  });
});

describe('quoting', () => {
  const line = (value: string, delimiter: Delimiter = ',') =>
    toCsv(['h'], [[value]], { delimiter, bom: false, lineEnding: '\n' })
      .split('\n')
      .slice(1)
      .join('\n');

  test('a cell with the delimiter is quoted', () => {
    expect(line('a,b')).toBe('"a,b"\n');
    expect(line('a;b', ';')).toBe('"a;b"\n');
    expect(line('a\tb', '\t')).toBe('"a\tb"\n');
    expect(line('a|b', '|')).toBe('"a|b"\n');
  });

  test('a comma, semicolon or tab is quoted whatever the delimiter (LibreOffice splits on all three by default)', () => {
    expect(line('a,b', ';')).toBe('"a,b"\n');
    expect(line('Smith; John', ',')).toBe('"Smith; John"\n');
    expect(line('a\tb', ',')).toBe('"a\tb"\n');
    expect(line('Python, advanced', ';')).toBe('"Python, advanced"\n');
    // a member named `Doe,=1+1` stays one cell, so no split can start a cell with `=1+1`
    expect(line('Doe,=1+1', ';')).toBe('"Doe,=1+1"\n');
    expect(line('plain text', ';')).toBe('plain text\n');
  });

  test('a decimal comma (semicolon files) is quoted; whole numbers and comma files need nothing', () => {
    expect(toCsv(['n', 'm'], [[1.5, 40]], { delimiter: ';', bom: false })).toBe('n;m\r\n"1,5";40\r\n');
    expect(toCsv(['n'], [[1.5]], { delimiter: ',', bom: false })).toBe('n\r\n1.5\r\n');
  });

  test('quotes inside a cell are doubled', () => {
    expect(line('say "hi"')).toBe('"say ""hi"""\n');
  });

  test('a line break inside a cell is kept inside quotes', () => {
    expect(line('one\ntwo')).toBe('"one\ntwo"\n');
    expect(line('one\r\ntwo')).toBe('"one\r\ntwo"\n');
  });

  test('a safe-cell quote comes inside the CSV quotes', () => {
    expect(line('=a,b')).toBe(`"'=a,b"\n`);
  });

  test('empty and missing values are empty cells', () => {
    expect(toCsv(['a', 'b', 'c'], [['', null, undefined]], { delimiter: ',', bom: false })).toBe(
      'a,b,c\r\n,,\r\n',
    );
  });

  test('numbers keep a decimal point with , and take a decimal comma with ;', () => {
    expect(toCsv(['w'], [[1.5]], { delimiter: ',', bom: false })).toBe('w\r\n1.5\r\n');
    expect(toCsv(['w'], [[1.5]], { delimiter: ';', bom: false })).toBe('w\r\n"1,5"\r\n');
  });
});

describe('BOM and line endings', () => {
  test('bom: true starts the text with U+FEFF, bom: false does not', () => {
    expect(toCsv(['a'], [['1']], { delimiter: ',', bom: true }).startsWith('\ufeffa')).toBe(true);
    expect(toCsv(['a'], [['1']], { delimiter: ',', bom: false }).startsWith('a')).toBe(true);
  });

  test('lines end with CRLF unless LF is asked for', () => {
    expect(toCsv(['a'], [['1']], { delimiter: ',', bom: false })).toBe('a\r\n1\r\n');
    expect(toCsv(['a'], [['1']], { delimiter: ',', bom: false, lineEnding: '\n' })).toBe('a\n1\n');
  });
});

describe('round trip: what the app writes reads back as it was', () => {
  /** Export → bytes → the import pipeline's own decode, delimiter detection, parse and unescape. */
  function readBack(csv: string): string[][] {
    const decoded = decodeBytes(new TextEncoder().encode(csv));
    if (!decoded.ok) throw new Error(decoded.reason);
    const table = parseTable(decoded.text, detectDelimiter(decoded.text));
    return [table.headers, ...table.rows.map((r) => r.map(unescapeCell))];
  }

  const HOSTILE = [
    '=HYPERLINK("http://x","y")',
    '+7 (999) 123-45-67',
    '-1',
    '@SUM(1)',
    '\tleading tab',
    '\rleading CR',
    'a,b;c|d\te',
    'He said "hi"',
    '"',
    'line one\nline two',
    'line one\r\nline two',
    "'=already quoted",
    "'",
    "O'Brien",
    'Ёлкин Артём',
    '',
  ];

  test.each([',', ';', '\t', '|'] as Delimiter[])(
    'hostile strings survive with the %j delimiter, with and without BOM',
    (delimiter) => {
      const header = ['id', 'value', 'other'];
      const rows = HOSTILE.map((v, i) => [`r${i}`, v, HOSTILE[HOSTILE.length - 1 - i]]);
      for (const bom of [true, false]) {
        expect(readBack(toCsv(header, rows, { delimiter, bom }))).toEqual([header, ...rows]);
      }
    },
  );

  test('any string made of hostile characters survives (property)', () => {
    const hostileText = fc.string({
      unit: fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '"',
        "'",
        ',',
        ';',
        '|',
        ' ',
        'a',
        'ё',
        '1',
      ),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        fc.boolean(),
        fc.array(fc.tuple(hostileText, hostileText), { minLength: 1, maxLength: 5 }),
        (delimiter, bom, cells) => {
          const header = ['id', 'a', 'b'];
          // The id keeps every row non-blank: a row of blank cells is a blank line to the importer.
          const rows = cells.map(([a, b], i) => [`r${i}`, a, b]);
          expect(readBack(toCsv(header, rows, { delimiter, bom }))).toEqual([header, ...rows]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('read by a spreadsheet that splits on comma, semicolon and tab at once (LibreOffice’s default)', () => {
  /** Splits CSV text on all three separators, honouring double quotes: a reader's guess, not ours. */
  function readEverySeparator(text: string): string[][] {
    const records: string[][] = [];
    let cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',' || ch === ';' || ch === '\t') {
        cells.push(cell);
        cell = '';
      } else if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        cells.push(cell);
        records.push(cells);
        cells = [];
        cell = '';
      } else cell += ch;
    }
    return records;
  }

  const textCell = fc.string({
    unit: fc.constantFrom('a', 'Я', ' ', ',', ';', '\t', '"', '=', '+', '-', '@', '1', '\n', "'"),
    maxLength: 12,
  });

  test('every row keeps its columns and no cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';'),
        fc.array(
          fc.array(fc.oneof(textCell, fc.double({ noNaN: true, noDefaultInfinity: true })), {
            minLength: 3,
            maxLength: 3,
          }),
        ),
        (delimiter, rows) => {
          const text = toCsv(['a', 'b', 'c'], rows, { delimiter, bom: false });
          const records = readEverySeparator(text);
          expect(records).toHaveLength(rows.length + 1);
          records.forEach((record, r) => {
            expect(record).toHaveLength(3);
            if (r === 0) return;
            record.forEach((cell, c) => {
              if (typeof rows[r - 1][c] === 'string') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
            });
          });
        },
      ),
    );
  });
});
