// Text → rows with papaparse, streamed in chunks so that a million-row file never sits in memory as arrays.
// Row numbers are what a spreadsheet shows: the header is row 1, blank lines and quoted line breaks counted.
import Papa from 'papaparse';
import type { Delimiter } from './delimiter';
import type { TextEncodingName } from './encoding';
import { fieldForHeader, looseFieldForHeader } from './headers';

export interface RowVisit {
  blankLines: number;
  /** Rows papaparse flagged for broken quotes. */
  quoteErrors: number[];
  /** The encoding, when reading the whole file settled it otherwise than its beginning did. */
  encoding?: TextEncodingName;
  /** Rows with bytes that are not valid in the file's encoding (shown as U+FFFD). */
  badBytes?: number[];
}

export interface TableSource {
  /** Rows where a quote that was never closed was read as an ordinary character. */
  repairedQuotes: number[];
  headers: string[];
  /** The spreadsheet row of the header (rows above it, such as a title, are skipped). */
  headerRow: number;
  /** The first data rows (non-blank), to recognise column meanings. */
  sample: string[][];
  /** The spreadsheet row of each sample row: blank lines above one are counted, as `each` counts them. */
  sampleRows: number[];
  /**
   * Visits every non-blank data row in order; `cells` may be reused for the next row (copy what is kept).
   * `ids`, where given, numbers the row's cells: equal numbers ≥ -1 within one `each` are equal cells (-1 is
   * an empty one); a number below -1 equals nothing.
   */
  each(visit: RowVisitor, progress?: (fraction: number) => void): RowVisit;
}

export type RowVisitor = (cells: string[], row: number, ids?: Int32Array) => void;

export const SAMPLE_ROWS = 500;

/**
 * Excel's optional first line `sep=;` names the delimiter; it is not the header. Matches exactly the lines
 * `detectDelimiter` takes as a declaration (any line ending, trailing spaces), so a declared file never has
 * `sep=` as its header.
 */
export const SEP_LINE = /^[\s\uFEFF]*sep=.[ ]*(?:\r\n|\r|\n|$)/i;
const CHUNK_SIZE = 1 << 21;

/**
 * A quote that opens a cell and is never closed makes papaparse read the rest of the file as that one cell, so
 * every later row would vanish into it. Such a quote is taken as an ordinary character instead (and reported).
 * Balanced quotes cost one scan to rule this out.
 */
function repairUnclosedQuotes(
  text: string,
  delimiter: Delimiter,
): { text: string; rows: number[]; quoted: boolean } {
  const rows: number[] = [];
  let quoted = true;
  for (let attempt = 0; attempt < 5; attempt++) {
    let quotes = 0;
    for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes++;
    quoted = quotes > 0;
    if (quotes % 2 === 0) break;
    const missing = Papa.parse<string[]>(text, { delimiter }).errors.find((e) => e.code === 'MissingQuotes');
    if (!missing || typeof missing.index !== 'number' || text[missing.index - 1] !== '"') break;
    text = text.slice(0, missing.index - 1) + text.slice(missing.index);
    if (typeof missing.row === 'number') rows.push(missing.row + 1);
  }
  return { text, rows, quoted };
}

export function textTable(text: string, delimiter: Delimiter): TableSource {
  const repaired = repairUnclosedQuotes(text.replace(SEP_LINE, ''), delimiter);
  text = repaired.text;
  const preview = Papa.parse<string[]>(text, {
    delimiter,
    preview: SAMPLE_ROWS + 50,
    skipEmptyLines: false,
  }).data;
  return tableSource(preview, repaired.rows, (walker, progress) => {
    const quoteErrors: number[] = [];
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: false,
      // Without a single quote in the text, papaparse may simply split (its fast mode).
      fastMode: !repaired.quoted,
      chunkSize: CHUNK_SIZE,
      complete: () => {},
      chunk: (results: Papa.ParseResult<string[]>) => {
        const base = walker.seen;
        for (const e of results.errors)
          if (e.type === 'Quotes' && typeof e.row === 'number') quoteErrors.push(base + e.row + 1);
        walker.take(results.data);
        progress?.(Math.min(1, (results.meta.cursor ?? 0) / (text.length || 1)));
      },
    });
    return { quoteErrors };
  });
}

/** Records already in cells (a workbook sheet). */
export function recordsTable(records: string[][]): TableSource {
  return tableSource(records, [], (walker, progress) => {
    walker.take(records);
    progress?.(1);
    return { quoteErrors: [] };
  });
}

/**
 * A table from its first records (for the header and the sample) and a reader that feeds every record, from
 * the first, to the walker it is given.
 */
export function tableSource(
  head: string[][],
  repairedQuotes: number[],
  read: (walker: RowWalker, progress?: (fraction: number) => void) => Omit<RowVisit, 'blankLines'>,
): TableSource {
  const { headers, headerIndex, sample, sampleRows } = headAndSample(head);
  return {
    repairedQuotes,
    headers,
    headerRow: headerIndex + 1,
    sample,
    sampleRows,
    each(visit, progress) {
      const walker = new RowWalker(headerIndex, visit);
      return { ...read(walker, progress), blankLines: walker.blankLines };
    },
  };
}

/** Records looked at for the header: titles such as "Матрица компетенций на 01.03" may stand above it. */
const HEADER_SEARCH = 30;

/**
 * The header: the first non-blank record, unless it and the records after it hold a single cell each (titles,
 * dates) and are followed by a record of several cells that names a known field — then that record.
 */
function findHeader(records: string[][]): number {
  let first = 0;
  while (first < records.length && isBlank(records[first])) first++;
  for (let i = first; i < Math.min(records.length, first + HEADER_SEARCH); i++) {
    const filled = records[i].filter((c) => c.trim() !== '');
    if (filled.length === 0) continue;
    const named = filled.some((cell) => fieldForHeader(cell) ?? looseFieldForHeader(cell));
    // A lone phrase that names no field is a title line ("Матрица компетенций", "Актуально на 01.03.2024").
    if (filled.length === 1 && !named && /[\s\d]/.test(filled[0].trim())) continue;
    if (filled.length === 1 && !named) return first;
    // Below title lines only a record of several cells naming a field is taken as the header.
    return named && (i === first || filled.length > 1) ? i : first;
  }
  return first;
}

function headAndSample(records: string[][]) {
  const headerIndex = findHeader(records);
  const headers = trimTrailingEmpty((records[headerIndex] ?? []).map((h) => h.trim()));
  const sample: string[][] = [];
  const sampleRows: number[] = [];
  for (let i = headerIndex + 1; i < records.length && sample.length < SAMPLE_ROWS; i++) {
    if (isBlank(records[i])) continue;
    sample.push(records[i]);
    sampleRows.push(i + 1);
  }
  return { headers, headerIndex, sample, sampleRows };
}

/** Numbers records across chunks, skips the header and counts blank lines (not the trailing ones). */
export class RowWalker {
  seen = 0;
  blankLines = 0;
  private pendingBlank = 0;

  constructor(
    private readonly headerIndex: number,
    private readonly visit: RowVisitor,
  ) {}

  take(records: string[][]) {
    for (const record of records) this.one(record);
  }

  one(record: string[], ids?: Int32Array) {
    const index = this.seen++;
    if (index <= this.headerIndex) return;
    if (isBlank(record)) {
      this.pendingBlank++;
      return;
    }
    this.blankLines += this.pendingBlank;
    this.pendingBlank = 0;
    this.visit(record, index + 1, ids);
  }
}

function isBlank(record: string[]): boolean {
  for (const cell of record) {
    if (cell === '') continue;
    // Printable ASCII, or Cyrillic and the scripts up to U+167F, is never white space: no trim needed.
    const code = cell.charCodeAt(0);
    if ((code > 0x20 && code < 0x7f) || (code >= 0x400 && code < 0x1680)) return false;
    if (cell.trim() !== '') return false;
  }
  return true;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** The whole table at once (small texts: tests and previews). */
export function parseTable(text: string, delimiter: Delimiter) {
  const source = textTable(text, delimiter);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const visit = source.each((cells, row) => {
    rows.push(cells);
    rowNumbers.push(row);
  });
  return { headers: source.headers, rows, rowNumbers, ...visit };
}
