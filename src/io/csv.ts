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

function quote(value: string, delimiter: string): string {
  if (value.includes('"') || value.includes(delimiter) || value.includes('\n') || value.includes('\r')) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

export type CsvValue = string | number | null | undefined;

function formatValue(value: CsvValue, delimiter: Delimiter): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const text = String(value);
    // With `;` (the Russian Excel dialect) numbers use a decimal comma, as Excel there reads them.
    return delimiter === ';' ? text.replace('.', ',') : text;
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
