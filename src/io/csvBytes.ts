// CSV text → the bytes of the chosen encoding (docs/contract.md#csv-defaults).
import { encodeWindows1251, type EncodedText } from './windows1251';

export type CsvEncoding = 'utf-8' | 'windows-1251';

export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'windows-1251'];

/** UTF-8 holds every character, so only Windows-1251 ever replaces any (counted, never silently). */
export function csvBytes(text: string, encoding: CsvEncoding): EncodedText {
  if (encoding === 'windows-1251') return encodeWindows1251(text);
  return { bytes: new TextEncoder().encode(text), replaced: 0 };
}

export function csvMimeType(encoding: CsvEncoding): string {
  return `text/csv;charset=${encoding}`;
}
