// Domain → CSV text: RFC 4180 quoting, safe cells (docs/contract.md#safe-cells), optional BOM.
import type { Delimiter } from './delimiter';

export interface CsvOptions {
  delimiter: Delimiter;
  bom: boolean;
  /** Excel on Windows expects CRLF; LibreOffice reads both. */
  lineEnding?: '\r\n' | '\n';
}

// A value that already starts with `'` + a dangerous character gets one more `'`, so that the import,
// which removes one, gives back exactly what was written.
const DANGEROUS_START = /^'*[=+\-@\t\r]/;

/** A text cell a spreadsheet could run as a formula gets a leading `'`. */
export function safeCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

// Spreadsheets guess: LibreOffice's text-import dialog ticks comma, semicolon and tab together by default, and a
// file opened there splits on each. So a cell holding any of them is quoted whatever the file's own delimiter is,
// and no guess can split it (or start a new cell with what follows, e.g. `Doe,=1+1` read with commas).
const NEEDS_QUOTES = /[",;\t\n\r]/;

function quote(value: string, delimiter: string): string {
  if (NEEDS_QUOTES.test(value) || value.includes(delimiter)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export type CsvValue = string | number | null | undefined;

function formatValue(value: CsvValue, delimiter: Delimiter): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const text = String(value);
    // With `;` (the Russian Excel dialect) numbers use a decimal comma, as Excel there reads them; quoted, so
    // that a reader splitting on commas too keeps it one cell (spreadsheets still read a quoted number as a number).
    return delimiter === ';' ? quote(text.replace('.', ','), delimiter) : text;
  }
  return quote(safeCell(value), delimiter);
}

export function toCsv(header: string[], rows: CsvValue[][], options: CsvOptions): string {
  const eol = options.lineEnding ?? '\r\n';
  // Headers can come from user files too (rejected rows keep theirs), so they are made safe like any text cell.
  const lines = [header.map((h) => quote(safeCell(h), options.delimiter)).join(options.delimiter)];
  for (const row of rows)
    lines.push(row.map((v) => formatValue(v, options.delimiter)).join(options.delimiter));
  return (options.bom ? '\ufeff' : '') + lines.join(eol) + eol;
}
