// Rejected rows as CSV: the source row number, the reason, and the row's own cells under its headers.
import type { RejectedRow } from './report';
import type { CsvValue } from './csv';

/** The three leading columns, in the UI language. */
export interface RejectedWords {
  file: string;
  row: string;
  reason: string;
}

const ENGLISH_WORDS: RejectedWords = { file: 'file', row: 'row', reason: 'reason' };

export function rejectedRowsTable(
  rows: RejectedRow[],
  reasonText: (row: RejectedRow) => string,
  words: RejectedWords = ENGLISH_WORDS,
): { header: string[]; rows: CsvValue[][] } {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const h of r.headers) {
      if (!seen.has(h)) {
        seen.add(h);
        columns.push(h);
      }
    }
  }
  const index = new Map(columns.map((h, i) => [h, i]));
  const body = rows.map((r) => {
    const cells: CsvValue[] = new Array(columns.length).fill('');
    r.headers.forEach((h, i) => (cells[index.get(h)!] = r.cells[i] ?? ''));
    // Cells beyond the header (a row with extra cells) are kept at the end, never dropped.
    const extra = r.cells.slice(r.headers.length).filter((c) => c !== '');
    return [r.file, r.row, reasonText(r), ...cells, ...extra];
  });
  return { header: [words.file, words.row, words.reason, ...columns], rows: body };
}
