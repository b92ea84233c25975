// Bytes → text. The encoding is found from the bytes alone: spreadsheets name files `.csv` whatever they hold.

export type TextEncodingName =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      /** UTF-16 with an odd number of bytes: the last byte, half a character, was left out (and is reported). */
      oddByte?: true;
    }
  | { ok: false; reason: 'empty' | 'xlsx' | 'binary' };

type Utf16 = 'utf-16le' | 'utf-16be';

/** How many leading bytes the UTF-16-without-BOM heuristic looks at; enough for a header and many rows. */
const UTF16_SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) {
    if (bytes[i] !== signature[i]) return false;
  }
  return true;
}

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": .xlsx, .ods, any zip
const OLE2_COMPOUND = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls / .doc
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } | null {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8-bom', bomLength: 3 };
  if (startsWith(bytes, UTF16LE_BOM)) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, UTF16BE_BOM)) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * UTF-16 without a BOM. In UTF-16 text the high byte of each code unit — at odd offsets for little-endian,
 * even offsets for big-endian — takes very few values: 0x00 for ASCII (delimiters, digits, line breaks,
 * which every CSV has) and one block byte such as 0x04 for Cyrillic. In 8-bit text or binary data the bytes
 * at either parity vary, so a stray NUL there never passes this test.
 */
function detectUtf16WithoutBom(bytes: Uint8Array): Utf16 | null {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  const units = length / 2;
  const histograms = [new Uint32Array(256), new Uint32Array(256)]; // [even offsets, odd offsets]
  for (let i = 0; i < length; i += 2) {
    histograms[0][bytes[i]]++;
    histograms[1][bytes[i + 1]]++;
  }
  const looksLikeHighBytes = (high: Uint32Array, low: Uint32Array): boolean => {
    const zeros = high[0];
    let commonest = 0;
    for (let value = 1; value < 256; value++) commonest = Math.max(commonest, high[value]);
    return (
      zeros >= Math.max(2, units * 0.02) && // some ASCII: a CSV always has delimiters and line breaks
      zeros + commonest >= units * 0.9 && // one script block at most besides ASCII
      low[0] <= zeros * 0.05 // the low bytes are (almost) never zero
    );
  };
  if (looksLikeHighBytes(histograms[1], histograms[0])) return 'utf-16le';
  if (looksLikeHighBytes(histograms[0], histograms[1])) return 'utf-16be';
  return null;
}

function isAsciiWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c;
}

/** True when everything from `start` on is white space; stops at the first other byte, so it is cheap. */
function onlyWhiteSpace(bytes: Uint8Array, start: number, encoding: TextEncodingName): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const le = encoding === 'utf-16le';
    for (let i = start; i + 1 < bytes.length; i += 2) {
      const low = le ? bytes[i] : bytes[i + 1];
      const high = le ? bytes[i + 1] : bytes[i];
      if (high !== 0 || !isAsciiWhiteSpace(low)) return false;
    }
    return true;
  }
  for (let i = start; i < bytes.length; i++) {
    if (!isAsciiWhiteSpace(bytes[i])) return false;
  }
  return true;
}

export interface Sniffed {
  kind: 'xlsx' | 'binary' | 'text' | 'empty';
  /** Known only when the bytes alone settle it (a BOM or the UTF-16 pattern). */
  encoding?: TextEncodingName;
  bomLength: number;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty', bomLength: 0 };
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return { kind: 'xlsx', bomLength: 0 };
  if (startsWith(bytes, OLE2_COMPOUND)) return { kind: 'binary', bomLength: 0 };

  const bom = bomEncoding(bytes);
  const encoding = bom?.encoding ?? detectUtf16WithoutBom(bytes) ?? undefined;
  const bomLength = bom?.bomLength ?? 0;
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  // A NUL has no place in a CSV; outside UTF-16 it means the file is not text at all.
  if (!utf16 && bytes.indexOf(0) !== -1) return { kind: 'binary', bomLength };
  if (onlyWhiteSpace(bytes, bomLength, encoding ?? 'utf-8')) return { kind: 'empty', encoding, bomLength };
  return { kind: 'text', encoding, bomLength };
}

/** What the bytes are: a zip (Excel workbook), another binary file, text, or nothing worth reading. */
export function sniffBytes(bytes: Uint8Array): 'xlsx' | 'binary' | 'text' | 'empty' {
  return sniff(bytes).kind;
}

function stripLeadingBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeWith(label: string, bytes: Uint8Array): string {
  // ignoreBOM keeps a Unicode decoder from eating a BOM itself, so exactly one leading U+FEFF is stripped below.
  // A code page has no BOM (and Node's windows-1252 decoder given ignoreBOM drops a leading 0xFF byte).
  const unicode = label === 'utf-8' || label.startsWith('utf-16');
  return stripLeadingBom(new TextDecoder(label, unicode ? { ignoreBOM: true } : {}).decode(bytes));
}

/** The text when the bytes are well-formed UTF-8, else null: one native pass that stops at the first bad byte. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return stripLeadingBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * Cyrillic words in Windows-1251 are runs of bytes ≥ 0xC0 (letters); Western text in 1252 has its accented
 * letters alone between ASCII ones ("José", "Müller"). So: do most high bytes stand next to another high byte?
 */
export function looksCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  const limit = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < limit && bytes[i + 1] >= 0x80)) paired++;
  }
  return high === 0 || paired / high >= 0.5;
}

/** Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE, else Windows-1251 or 1252. Never throws. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const sniffed = sniff(bytes);
  if (sniffed.kind !== 'text') return { ok: false, reason: sniffed.kind };

  try {
    switch (sniffed.encoding) {
      case 'utf-8-bom':
        return { ok: true, encoding: 'utf-8-bom', text: decodeWith('utf-8', bytes) };
      case 'utf-16le':
      case 'utf-16be': {
        // A file cut one byte short would end in U+FFFD, read as a member or skill named "�": the half character
        // is left out and the report says so.
        const odd = (bytes.length - sniffed.bomLength) % 2 === 1;
        const whole = odd ? bytes.subarray(0, bytes.length - 1) : bytes;
        const text = decodeWith(sniffed.encoding, whole);
        return odd
          ? { ok: true, encoding: sniffed.encoding, text, oddByte: true }
          : { ok: true, encoding: sniffed.encoding, text };
      }
      default: {
        const utf8 = decodeStrictUtf8(bytes);
        if (utf8 !== null) return { ok: true, encoding: 'utf-8', text: utf8 };
        // Not UTF-8: an ANSI code page. Russian Excel and 1C write Windows-1251; Western Excel writes 1252.
        const codePage = looksCyrillic(bytes) ? 'windows-1251' : 'windows-1252';
        return { ok: true, encoding: codePage, text: decodeWith(codePage, bytes) };
      }
    }
  } catch {
    // Only a runtime without the ICU code pages gets here (TextDecoder rejects the label).
    return { ok: false, reason: 'binary' };
  }
}
