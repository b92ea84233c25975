// Which character separates the cells. Excel writes `;` where the decimal separator is a comma (Russian
// locale), `,` elsewhere, tab for "Unicode text"; some exports use `|`.

export type Delimiter = ',' | ';' | '\t' | '|';

/** Also the order ties fall back to: tab and `;` rarely appear inside cells, `,` often does (decimal commas). */
export const CANDIDATES: readonly Delimiter[] = ['\t', ';', ',', '|'];

/** Records after the header used to break a tie. */
const SAMPLE_RECORDS = 20;

/** Characters looked at, so an unterminated quote in a 50 MB file cannot make detection slow. */
const SCAN_LIMIT = 256 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xfeff;
}

/**
 * How many times `delimiter` occurs outside quotes in each non-blank record, header first, reading the text
 * as if `delimiter` were the separator: a quote opens a quoted cell only at the start of a cell, `""` inside
 * one is a literal quote, and line breaks inside quotes stay in the record.
 */
function countPerRecord(
  text: string,
  delimiter: Delimiter,
  maxRecords: number,
  quoteAware: boolean,
): number[] {
  const separator = delimiter.charCodeAt(0);
  const end = Math.min(text.length, SCAN_LIMIT);
  const counts: number[] = [];
  let count = 0;
  let blank = true;
  let atCellStart = true;
  let inQuotes = false;

  const endRecord = (): boolean => {
    if (!blank) counts.push(count);
    count = 0;
    blank = true;
    atCellStart = true;
    return counts.length >= maxRecords;
  };

  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (inQuotes) {
      if (code === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (code === separator) {
      count++;
      atCellStart = true;
      // A line of tabs alone is an empty row, not a header; every other separator is content.
      if (code !== 0x09) blank = false;
    } else if (code === LF || code === CR) {
      if (code === CR && text.charCodeAt(i + 1) === LF) i++;
      if (endRecord()) return counts;
    } else if (code === QUOTE && atCellStart && quoteAware) {
      inQuotes = true;
      atCellStart = false;
      blank = false;
    } else if (isBlankChar(code)) {
      // White space before an opening quote still counts as the start of the cell (`a, "b,c"`).
    } else {
      atCellStart = false;
      blank = false;
    }
  }
  endRecord();
  return counts;
}

/** Excel's own hint, `sep=;` alone on the first line. The CSV reader must then skip that line. */
function declaredDelimiter(text: string): Delimiter | null {
  const match = /^[\s\uFEFF]*sep=(.)[ ]*(?:\r\n|\r|\n|$)/i.exec(text.slice(0, 64));
  const declared = match?.[1];
  return CANDIDATES.find((candidate) => candidate === declared) ?? null;
}

/** Title lines above the header ("Выгрузка из 1С:ЗУП на 01.03.2025") that are looked past, at most. */
const TITLE_LINES = 5;

/**
 * The header-count winner, ties settled by the data rows then by candidate order; null for one column. Leading
 * records in which no candidate occurs (a lone title phrase) are not the header: the first record in which one does
 * is, so that a title line cannot make a semicolon file read as a single column.
 */
function pickByHeader(text: string, quoteAware: boolean): Delimiter | null {
  const counts = CANDIDATES.map((candidate) =>
    countPerRecord(text, candidate, SAMPLE_RECORDS + 1 + TITLE_LINES, quoteAware),
  );
  const noneIn = (record: number) => counts.every((c) => (c[record] ?? 0) === 0);
  let header = 0;
  while (header < TITLE_LINES && noneIn(header) && counts.some((c) => c.length > header + 1)) header++;
  if (noneIn(header)) header = 0;
  let best: Delimiter | null = null;
  let bestHeaderCount = 0;
  let bestConsistency = -1;
  CANDIDATES.forEach((candidate, i) => {
    const [headerCount = 0, ...rows] = counts[i].slice(header, header + SAMPLE_RECORDS + 1);
    if (headerCount === 0 || headerCount < bestHeaderCount) return;
    const consistency = rows.filter((rowCount) => rowCount === headerCount).length;
    if (headerCount > bestHeaderCount || consistency > bestConsistency) {
      best = candidate;
      bestHeaderCount = headerCount;
      bestConsistency = consistency;
    }
  });
  return best;
}

/**
 * Finds the delimiter from the header line (the first non-blank record with a candidate in it, past title lines): the candidate that occurs most
 * often outside quotes there; a tie goes to the one whose count the next records repeat most often, then to
 * the order tab, `;`, `,`, `|`. A header without any candidate is a single column: `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  const declared = declaredDelimiter(text);
  if (declared) return declared;
  const quoted = pickByHeader(text, true);
  if (quoted !== null) return quoted;
  // A stray opening quote can swallow the whole sample; then read the header as if quotes meant nothing.
  const firstQuote = text.indexOf('"');
  if (firstQuote !== -1 && firstQuote < SCAN_LIMIT) return pickByHeader(text, false) ?? ',';
  return ',';
}
