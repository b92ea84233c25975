// Text → rows with papaparse. Row numbers are what a spreadsheet shows (header = row 1).
import Papa from 'papaparse';
import type { Delimiter } from './delimiter';

export interface Table {
  headers: string[];
  /** Data rows (blank ones removed), each padded or kept as parsed. */
  rows: string[][];
  /** The spreadsheet row number of each entry in `rows`. */
  rowNumbers: number[];
  blankLines: number;
  /** Rows papaparse flagged for broken quotes. */
  quoteErrors: number[];
}

/** Excel's optional first line `sep=;` names the delimiter; it is not the header. */
const SEP_LINE = /^sep=.\r?\n/i;

export function parseTable(text: string, delimiter: Delimiter): Table {
  text = text.replace(SEP_LINE, '');
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const table = tableFromRecords(parsed.data);
  table.quoteErrors = parsed.errors
    .filter((e) => e.type === 'Quotes' && typeof e.row === 'number')
    .map((e) => (e.row as number) + 1);
  return table;
}

/** Records (a sheet, or what papaparse read) → header + data rows, blank rows counted and skipped. */
export function tableFromRecords(records: string[][]): Table {
  // A file ending with a line break yields one last empty record: it is not a row.
  while (records.length > 0 && isBlank(records[records.length - 1])) records.pop();
  let start = 0;
  while (start < records.length && isBlank(records[start])) start++;
  const headerCells = records[start] ?? [];
  const headers = trimTrailingEmpty(headerCells.map((h) => h.trim()));
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let blankLines = 0;
  for (let i = start + 1; i < records.length; i++) {
    const record = records[i];
    if (isBlank(record)) {
      blankLines++;
      continue;
    }
    rows.push(record);
    rowNumbers.push(i + 1);
  }
  return { headers, rows, rowNumbers, blankLines, quoteErrors: [] };
}

function isBlank(record: string[]): boolean {
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
