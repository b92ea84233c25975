// How a file's bytes are laid out, found before its rows are read: the encoding its first 4 MiB show, the
// delimiter, the line break papaparse would take, where the first record starts (after a BOM and a `sep=`
// line), and whether every quote is the plain RFC 4180 kind byteTable.ts reads. Null: the file goes the text
// way (UTF-16, a BOM the bytes contradict, irregular quotes).
import { detectDelimiter, type Delimiter } from './delimiter';
import { looksCyrillic, sniff, type TextEncodingName } from './encoding';
import { SEP_LINE } from './parse';

/** Bytes decoded up front to find the encoding, delimiter and line break: at least papaparse's 1 M characters. */
const PREFIX_BYTES = 4 << 20;
export const QUOTE = 0x22;
const CR = 0x0d;
export const LF = 0x0a;

export interface FoundDialect {
  dialect: ByteDialect;
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

export function byteDialect(bytes: Uint8Array): FoundDialect | null {
  const sniffed = sniff(bytes);
  if (sniffed.kind !== 'text' || sniffed.encoding === 'utf-16le' || sniffed.encoding === 'utf-16be')
    return null;
  const prefix = readPrefix(bytes, sniffed.bomLength);
  if (!prefix) return null;
  const { text, encoding, whole } = prefix;
  const sep = SEP_LINE.exec(text);
  // A first line that the prefix does not hold in full is left to the text way.
  if (sep && !whole && sep[0].length >= text.length) return null;
  const body = sep ? text.slice(sep[0].length) : text;
  const delimiter = detectDelimiter(text);
  const newline = guessNewline(body);
  let start = sniffed.bomLength + (sep ? byteLength(sep[0], encoding) : 0);
  // papaparse drops one more BOM at the start of its text (a second one, or one after the `sep=` line).
  if (
    bytes[start] === 0xef &&
    bytes[start + 1] === 0xbb &&
    bytes[start + 2] === 0xbf &&
    encoding !== 'windows-1251' &&
    encoding !== 'windows-1252'
  )
    start += 3;
  const dialect: ByteDialect = {
    start,
    delimiter: delimiter.charCodeAt(0),
    newline: newline.charCodeAt(0),
    newlineLength: newline.length,
  };
  if (!plainQuotes(bytes, dialect)) return null;
  return { dialect, encoding, delimiter };
}

type Newline = '\r\n' | '\n' | '\r';

/**
 * The line break papaparse would guess for this text: from its first 1 M characters with quoted parts
 * removed, `\n` when it comes before any `\r`, else `\r\n` when at least half the `\r` are followed by `\n`.
 */
export function guessNewline(text: string): Newline {
  const head = text.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

interface Prefix {
  text: string;
  encoding: TextEncodingName;
  /** Whether the prefix is the whole file. */
  whole: boolean;
}

/**
 * The file's beginning as text, and the encoding it shows: UTF-8 when those bytes are valid UTF-8 (the rest
 * is checked cell by cell while reading), else the code page `decodeBytes` would pick.
 */
function readPrefix(bytes: Uint8Array, bomLength: number): Prefix | null {
  let end = Math.min(bytes.length, bomLength + PREFIX_BYTES);
  // Cut at a character boundary: never inside a UTF-8 sequence.
  if (end < bytes.length) while (end > bomLength && (bytes[end] & 0xc0) === 0x80) end--;
  const whole = end === bytes.length;
  const head = bytes.subarray(bomLength, end);
  try {
    // A BOM's bytes are skipped above; a second one stays, as the text way keeps it.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(head);
    return { text, encoding: bomLength ? 'utf-8-bom' : 'utf-8', whole };
  } catch {
    if (bomLength) return null; // a BOM says UTF-8, the bytes say otherwise: the text way decides
  }
  try {
    const codePage = looksCyrillic(bytes) ? 'windows-1251' : 'windows-1252';
    return { text: new TextDecoder(codePage).decode(head), encoding: codePage, whole };
  } catch {
    return null; // a runtime without the code pages
  }
}

function byteLength(text: string, encoding: TextEncodingName): number {
  return encoding === 'utf-8' || encoding === 'utf-8-bom'
    ? new TextEncoder().encode(text).length
    : text.length;
}

export interface ByteDialect {
  /** Where the first record starts (after a BOM and a `sep=` line). */
  start: number;
  delimiter: number;
  /** The first byte of the line break, and whether it is two bytes (`\r\n`). */
  newline: number;
  newlineLength: number;
}

/** Whether a line break (the dialect's own) ends just before `i`. */
function afterNewline(bytes: Uint8Array, i: number, d: ByteDialect): boolean {
  return d.newlineLength === 2
    ? bytes[i - 1] === LF && bytes[i - 2] === CR && i - 2 >= d.start
    : bytes[i - 1] === d.newline;
}

/** Whether a line break (the dialect's own) starts at `i`. */
function atNewline(bytes: Uint8Array, i: number, d: ByteDialect): boolean {
  return bytes[i] === d.newline && (d.newlineLength === 1 || bytes[i + 1] === LF);
}

/**
 * Every quote opens a cell (at the start of the file, after a delimiter or a line break) or closes one
 * (followed by a delimiter, a line break or the end), `""` inside standing for one quote.
 */
function plainQuotes(bytes: Uint8Array, d: ByteDialect): boolean {
  const n = bytes.length;
  for (let open = bytes.indexOf(QUOTE, d.start); open !== -1;) {
    if (open !== d.start && bytes[open - 1] !== d.delimiter && !afterNewline(bytes, open, d)) return false;
    let close = bytes.indexOf(QUOTE, open + 1);
    while (close !== -1 && bytes[close + 1] === QUOTE) close = bytes.indexOf(QUOTE, close + 2);
    if (close === -1) return false;
    const next = close + 1;
    if (next !== n && bytes[next] !== d.delimiter && !atNewline(bytes, next, d)) return false;
    open = bytes.indexOf(QUOTE, next);
  }
  return true;
}
