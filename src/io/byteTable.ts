// Bytes → rows without decoding the whole file first. A long list repeats the same few thousand people and
// skills on every row, so each cell's bytes are hashed as they are scanned and looked up among the cells met
// before: only a cell never seen is decoded into a string, and every row after it gets that same string.
// Reading a 50 MB file this way makes no garbage per cell, where decoding it and splitting the text makes
// five strings per row.
//
// The rows are exactly those papaparse gives for the decoded text (a property test compares the two), with one
// exception: a file whose first 4 MiB are UTF-8 with letters beyond ASCII and which has bytes later that UTF-8
// cannot have keeps UTF-8, its bad bytes shown as U+FFFD and their rows reported, where decoding the whole file
// first would read all of it in a code page, garbling every letter. Files this reader does not take on return
// null and go the text way (parse.ts): UTF-16, and quotes that are not the plain RFC 4180 kind — a quote inside
// an unquoted cell, text after a closing quote, a quote never closed.
import { byteDialect, LF, QUOTE, type ByteDialect } from './byteDialect';
import type { Delimiter } from './delimiter';
import { looksCyrillic, type TextEncodingName } from './encoding';
import { SAMPLE_ROWS, tableSource, type TableSource } from './parse';

export interface ByteTable {
  source: TableSource;
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

/** Distinct cells kept for reuse; past this, cells are decoded one by one (a column of unique notes). */
const MAX_INTERNED = 1 << 21;
/** The entry number of a cell that got none (past MAX_INTERNED): equal to no other cell. */
export const NOT_NUMBERED = -2;
/** Longest cell decoded by hand (two-byte UTF-8). */
const CODE_BUFFER = 256;
const END = -1;

export function byteTable(bytes: Uint8Array): ByteTable | null {
  const found = byteDialect(bytes);
  if (!found) return null;
  const { dialect, encoding, delimiter } = found;

  const head: string[][] = [];
  const preview = new Scanner(bytes, dialect, encoding);
  for (let record = preview.next(); record && head.length < SAMPLE_ROWS + 50; record = preview.next())
    head.push(record);
  const source = tableSource(head, [], (walker, progress) => {
    const scanner = new Scanner(bytes, dialect, encoding);
    // One array for every record: a visitor keeps a copy of the cells it needs after its visit.
    const reuse: string[] = [];
    let count = 0;
    for (let record = scanner.next(reuse); record; record = scanner.next(reuse)) {
      walker.one(record, scanner.ids);
      if ((++count & 0x3fff) === 0) progress?.(scanner.position / bytes.length);
    }
    progress?.(1);
    return {
      quoteErrors: [],
      encoding: scanner.encoding === encoding ? undefined : scanner.encoding,
      badBytes: scanner.badRecords.map((index) => index + 1),
    };
  });
  return { encoding, delimiter, source };
}

/** Reads records one by one, each cell's string shared with every equal cell before it. */
class Scanner {
  position: number;
  encoding: TextEncodingName;
  /** Records (0-based, the header's line included) with bytes the encoding has no character for. */
  readonly badRecords: number[] = [];
  private records = 0;
  private done: boolean;
  private sawNonAscii = false;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private codePage: Uint16Array | null = null;
  private readonly view: DataView;
  private readonly codes = new Uint16Array(CODE_BUFFER);
  // Interned cells: an open-addressing table of entry numbers; an entry is a byte range and its string.
  private slots = new Int32Array(1 << 12).fill(-1);
  private starts = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private hashes = new Int32Array(1 << 11);
  private strings: string[] = [];
  /** Entries decoded with U+FFFD for bytes the encoding has no character for; whether the last decode was. */
  private readonly badEntries = new Set<number>();
  private decodedBad = false;
  /** The entry `intern` found or made (NOT_NUMBERED past MAX_INTERNED). */
  private lastEntry = -1;
  /**
   * The record `next()` returned, as entry numbers: equal numbers, equal cells, so what a row means can be
   * remembered per entry instead of worked out again from its strings. -1 is an empty cell, NOT_NUMBERED a
   * cell past MAX_INTERNED.
   */
  ids = new Int32Array(64);

  constructor(
    private readonly bytes: Uint8Array,
    private readonly d: ByteDialect,
    encoding: TextEncodingName,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.position = d.start;
    this.done = d.start >= bytes.length;
    this.encoding = encoding;
    if (encoding === 'windows-1251' || encoding === 'windows-1252') this.codePage = codePageTable(encoding);
  }

  /** The next record; into `reuse` when given (then valid only until the next call). */
  next(reuse: string[] | null = null): string[] | null {
    if (this.done) return null;
    const b = this.bytes;
    const n = b.length;
    const { delimiter, newline, newlineLength } = this.d;
    const cells: string[] = reuse ?? [];
    let count = 0;
    let ids = this.ids;
    let pos = this.position;
    for (;;) {
      let c: number;
      if (pos < n && b[pos] === QUOTE) {
        // A quoted cell (plainQuotes made sure it closes and is followed by a delimiter, line break or end).
        let close = b.indexOf(QUOTE, pos + 1);
        while (b[close + 1] === QUOTE) close = b.indexOf(QUOTE, close + 2);
        cells[count] = this.intern(pos, close + 1, this.hash(pos, close + 1));
        ids[count++] = this.lastEntry;
        pos = close + 1;
        c = pos < n ? b[pos] : END;
      } else {
        let i = pos;
        let h = HASH_START;
        c = END;
        for (; i < n; i++) {
          const byte = b[i];
          if (byte === delimiter || (byte === newline && (newlineLength === 1 || b[i + 1] === LF))) {
            c = byte;
            break;
          }
          h = Math.imul(h ^ byte, HASH_PRIME);
        }
        if (i === pos) {
          cells[count] = '';
          ids[count++] = -1;
        } else {
          cells[count] = this.intern(pos, i, finishHash(h, i - pos));
          ids[count++] = this.lastEntry;
        }
        pos = i;
      }
      if (c === delimiter) {
        pos++;
        if (count === ids.length) this.ids = ids = grown(ids);
        continue;
      }
      if (cells.length !== count) cells.length = count;
      if (c === END) {
        this.done = true;
        this.position = n;
      } else {
        this.position = pos + newlineLength;
      }
      this.records++;
      return cells;
    }
  }

  /** The hash of the bytes start…end: the one the unquoted-cell scan computes as it goes. */
  private hash(start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = Math.imul(h ^ this.bytes[i], HASH_PRIME);
    return finishHash(h, end - start);
  }

  /** The current record has bytes its encoding has no character for. */
  private markBad() {
    if (this.badRecords[this.badRecords.length - 1] !== this.records) this.badRecords.push(this.records);
  }

  private intern(start: number, end: number, hash: number): string {
    const length = end - start;
    const b = this.bytes;
    const mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (let entry = this.slots[slot]; entry !== -1; entry = this.slots[slot]) {
      if (this.hashes[entry] === hash && this.lengths[entry] === length) {
        const other = this.starts[entry];
        const view = this.view;
        let k = 0;
        while (k + 4 <= length && view.getInt32(other + k, true) === view.getInt32(start + k, true)) k += 4;
        while (k < length && b[other + k] === b[start + k]) k++;
        if (k === length) {
          this.lastEntry = entry;
          // Every row with such a cell is reported, not only the first.
          if (this.badEntries.size > 0 && this.badEntries.has(entry)) this.markBad();
          return this.strings[entry];
        }
      }
      slot = (slot + 1) & mask;
    }
    this.decodedBad = false;
    const text = this.decodeCell(start, end);
    const entry = this.strings.length;
    this.lastEntry = entry < MAX_INTERNED ? entry : NOT_NUMBERED;
    if (entry >= MAX_INTERNED) return text;
    if (this.decodedBad) this.badEntries.add(entry);
    if (entry === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.hashes = grown(this.hashes);
    }
    this.strings.push(text);
    this.starts[entry] = start;
    this.lengths[entry] = length;
    this.hashes[entry] = hash;
    this.slots[slot] = entry;
    if ((entry + 1) * 2 > this.slots.length) this.rehash();
    return text;
  }

  private rehash() {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.strings.length; entry++) {
      const hash = this.hashes[entry];
      let slot = (hash ^ (hash >>> 15)) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }

  /** A cell's text: a quoted one without its quotes and with `""` read as `"`. */
  private decodeCell(start: number, end: number): string {
    const b = this.bytes;
    const quoted = b[start] === QUOTE;
    const text = quoted ? this.decode(start + 1, end - 1) : this.decode(start, end);
    return quoted && text.includes('""') ? text.replace(/""/g, '"') : text;
  }

  /**
   * A short cell of ASCII and two-byte UTF-8 sequences only (Cyrillic, Latin accents: most names), decoded
   * here — a decoder call costs more than the work; anything else (three-byte, invalid) → null.
   */
  private twoByteUtf8(start: number, end: number): string | null {
    if (end - start > CODE_BUFFER) return null;
    const b = this.bytes;
    const codes = this.codes;
    let k = 0;
    for (let i = start; i < end; i++) {
      const x = b[i];
      if (x < 0x80) codes[k++] = x;
      else if (x >= 0xc2 && x <= 0xdf && i + 1 < end && (b[i + 1] & 0xc0) === 0x80)
        codes[k++] = ((x & 0x1f) << 6) | (b[++i] & 0x3f);
      else return null;
    }
    return String.fromCharCode.apply(null, codes.subarray(0, k) as unknown as number[]);
  }

  private decode(start: number, end: number): string {
    const b = this.bytes;
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (b[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii)
      return end - start <= 1024
        ? String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[])
        : this.utf8.decode(b.subarray(start, end));
    if (this.codePage) return fromCodePage(b, start, end, this.codePage);
    const short = this.twoByteUtf8(start, end);
    if (short !== null) {
      this.sawNonAscii = true;
      return short;
    }
    try {
      const text = this.utf8.decode(b.subarray(start, end));
      this.sawNonAscii = true;
      return text;
    } catch {
      if (!this.sawNonAscii && this.encoding === 'utf-8') {
        // Everything so far was ASCII, which reads the same in any code page: the file is in one.
        this.encoding = looksCyrillic(b) ? 'windows-1251' : 'windows-1252';
        this.codePage = codePageTable(this.encoding);
        return fromCodePage(b, start, end, this.codePage);
      }
      // UTF-8 up to here (or a BOM said so), then a byte that cannot be: the cell shows U+FFFD, the row is reported.
      this.markBad();
      this.decodedBad = true;
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(start, end));
    }
  }
}

/** FNV-1a over a cell's bytes, then its length mixed in. */
const HASH_START = 0x2545f491;
const HASH_PRIME = 0x01000193;
function finishHash(h: number, length: number): number {
  return Math.imul(h ^ length, 0x9e3779b1) ^ (h >>> 13);
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

const codePages = new Map<string, Uint16Array>();

/** What each byte stands for in a single-byte code page, as the platform's decoder reads it. */
function codePageTable(encoding: 'windows-1251' | 'windows-1252'): Uint16Array {
  let table = codePages.get(encoding);
  if (!table) {
    const all = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    table = Uint16Array.from({ length: 256 }, (_, i) => all.charCodeAt(i));
    codePages.set(encoding, table);
  }
  return table;
}

function fromCodePage(b: Uint8Array, start: number, end: number, table: Uint16Array): string {
  let text = '';
  for (let i = start; i < end; i += 4096) {
    const piece = new Uint16Array(Math.min(4096, end - i));
    for (let k = 0; k < piece.length; k++) piece[k] = table[b[i + k]];
    text += String.fromCharCode.apply(null, piece as unknown as number[]);
  }
  return text;
}
