// Text → Windows-1251 bytes, for spreadsheets that still open CSV in the ANSI code page (older Russian Excel).
// TextEncoder writes UTF-8 only, so the code page is a table here. Windows-1251 has no BOM.

/**
 * The characters of bytes 0x80–0xFF, in byte order: the WHATWG Encoding standard's index, the one
 * `new TextDecoder('windows-1251')` reads with (the tests compare all 128). 0x98 is U+0098 there; 0xA0 is a
 * no-break space and 0xAD a soft hyphen.
 */
export const WINDOWS_1251_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ' +
  'ђ‘’“”•–—\u0098™љ›њќћџ' +
  '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї' +
  '°±Ііґµ¶·ё№є»јЅѕї' +
  'АБВГДЕЖЗИЙКЛМНОП' +
  'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
  'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** What a character 1251 cannot hold is written as. */
const REPLACEMENT = 0x3f; // '?'

// UTF-16 code unit → byte (0 = none); the highest character in the table is ™ (U+2122).
const BYTE_OF = (() => {
  let highest = 0;
  for (let i = 0; i < WINDOWS_1251_HIGH.length; i++)
    highest = Math.max(highest, WINDOWS_1251_HIGH.charCodeAt(i));
  const table = new Uint8Array(highest + 1);
  for (let i = 0; i < WINDOWS_1251_HIGH.length; i++) table[WINDOWS_1251_HIGH.charCodeAt(i)] = 0x80 + i;
  return table;
})();

export interface EncodedText {
  bytes: Uint8Array;
  /** Characters written as `?` because the encoding has none for them (an emoji counts once). */
  replaced: number;
}

export function encodeWindows1251(text: string): EncodedText {
  // One byte per character at most: a surrogate pair (two code units) becomes one `?`.
  const bytes = new Uint8Array(text.length);
  let length = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[length++] = code;
      continue;
    }
    const byte = code < BYTE_OF.length ? BYTE_OF[code] : 0;
    if (byte !== 0) {
      bytes[length++] = byte;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    bytes[length++] = REPLACEMENT;
    replaced++;
  }
  return { bytes: bytes.subarray(0, length), replaced };
}
