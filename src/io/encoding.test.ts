import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, describe } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, sniffBytes } from './encoding';
import type { TextEncodingName } from './encoding';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../tests/fixtures', name)));

/** Windows-1251 by hand: А–я are 0xC0–0xFF in alphabet order, Ё/ё sit apart, ASCII is itself. */
function cp1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    else if (code >= 0x0410 && code <= 0x044f) bytes[i] = code - 0x0410 + 0xc0;
    else if (code === 0x0401) bytes[i] = 0xa8;
    else if (code === 0x0451) bytes[i] = 0xb8;
    else if (code === 0x00a0) bytes[i] = 0xa0;
    else throw new Error(`no cp1251 byte for U+${code.toString(16)} in this test table`);
  }
  return bytes;
}

function utf16(text: string, endian: 'le' | 'be', withBom: boolean): Uint8Array {
  const source = withBom ? `\ufeff${text}` : text;
  const bytes = new Uint8Array(source.length * 2);
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    bytes[2 * i + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withUtf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

const russianMembers =
  'Табельный номер;ФИО;Статус\r\n1001;Алёшин Пётр;амбассадор\r\n1002;Смирнова Анна;сотрудник\r\n';

describe('sniffBytes', () => {
  test('a zip signature is an xlsx workbook', () => {
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe('xlsx');
  });

  test('a legacy OLE2 .xls file is binary', () => {
    expect(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toBe(
      'binary',
    );
  });

  test('NUL bytes in text that is not UTF-16 make it binary', () => {
    expect(sniffBytes(utf8('name,skill\nAnna,\u0000SQL\n'))).toBe('binary');
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x00, 0x62]))).toBe('binary');
  });

  test('zero bytes, a lone BOM or only white space are empty', () => {
    expect(sniffBytes(new Uint8Array())).toBe('empty');
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('empty');
    expect(sniffBytes(new Uint8Array([0xff, 0xfe]))).toBe('empty');
    expect(sniffBytes(new Uint8Array([0xfe, 0xff]))).toBe('empty');
    expect(sniffBytes(utf8(' \r\n\t\n'))).toBe('empty');
    expect(sniffBytes(utf16('\r\n  \r\n', 'le', true))).toBe('empty');
  });

  test('CSV text in any supported encoding is text', () => {
    expect(sniffBytes(utf8('name\nAnna\n'))).toBe('text');
    expect(sniffBytes(cp1251(russianMembers))).toBe('text');
    expect(sniffBytes(utf16(russianMembers, 'le', false))).toBe('text');
    expect(sniffBytes(utf16(russianMembers, 'be', true))).toBe('text');
  });
});

describe('decodeBytes', () => {
  test('UTF-8 without a BOM decodes as utf-8', () => {
    expect(decodeBytes(utf8(russianMembers))).toEqual({ ok: true, encoding: 'utf-8', text: russianMembers });
  });

  test('UTF-8 with a BOM decodes as utf-8-bom and the BOM is stripped', () => {
    expect(decodeBytes(withUtf8Bom(russianMembers))).toEqual({
      ok: true,
      encoding: 'utf-8-bom',
      text: russianMembers,
    });
  });

  test('Windows-1251 Russian text decodes as windows-1251', () => {
    expect(decodeBytes(cp1251(russianMembers))).toEqual({
      ok: true,
      encoding: 'windows-1251',
      text: russianMembers,
    });
  });

  test('bytes any single-byte code page would accept decode as Cyrillic, not Latin-1', () => {
    const text = 'ФИО;Навык;Уровень\nЁлкин Семён;Python;эксперт\n';
    const bytes = cp1251(text);
    expect(new TextDecoder('latin1').decode(bytes)).not.toBe(text); // the bytes are "valid" Latin-1 too
    const result = decodeBytes(bytes);
    expect(result).toEqual({ ok: true, encoding: 'windows-1251', text });
  });

  test('ASCII-only text is utf-8', () => {
    expect(decodeBytes(utf8('member_id,name\n1,Anna\n'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  test('UTF-8 with one malformed byte falls back to windows-1251 instead of failing', () => {
    const bytes = new Uint8Array([...utf8('name\n'), 0xc8, 0xe2, 0xe0, 0xed, 0x0a]); // "Иван" in cp1251
    expect(decodeBytes(bytes)).toEqual({ ok: true, encoding: 'windows-1251', text: 'name\nИван\n' });
  });

  test('UTF-16 LE with a BOM decodes as utf-16le without the BOM', () => {
    expect(decodeBytes(utf16(russianMembers, 'le', true))).toEqual({
      ok: true,
      encoding: 'utf-16le',
      text: russianMembers,
    });
  });

  test('UTF-16 BE with a BOM decodes as utf-16be without the BOM', () => {
    expect(decodeBytes(utf16(russianMembers, 'be', true))).toEqual({
      ok: true,
      encoding: 'utf-16be',
      text: russianMembers,
    });
  });

  test('UTF-16 LE without a BOM is recognised from its zero high bytes', () => {
    expect(decodeBytes(utf16(russianMembers, 'le', false))).toEqual({
      ok: true,
      encoding: 'utf-16le',
      text: russianMembers,
    });
  });

  test('UTF-16 BE without a BOM is recognised from its zero high bytes', () => {
    const text = 'name\tskill\tlevel\r\nAnna\tSQL\t3\r\n';
    expect(decodeBytes(utf16(text, 'be', false))).toEqual({ ok: true, encoding: 'utf-16be', text });
  });

  test('Cyrillic-heavy fixtures re-encoded as UTF-16 without a BOM are recognised in both byte orders', () => {
    for (const name of ['ru-cp1251-semicolon-long.csv', 'ru-cp1251-members.csv', 'matrix-utf8-bom-x.csv']) {
      const decoded = decodeBytes(fixture(name));
      if (!decoded.ok) throw new Error(`${name} did not decode`);
      expect(decodeBytes(utf16(decoded.text, 'le', false))).toEqual({
        ok: true,
        encoding: 'utf-16le',
        text: decoded.text,
      });
      expect(decodeBytes(utf16(decoded.text, 'be', false))).toEqual({
        ok: true,
        encoding: 'utf-16be',
        text: decoded.text,
      });
    }
  });

  test('a workbook, a binary file and an empty file are reasons, not text', () => {
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      reason: 'xlsx',
    });
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x00, 0x44]))).toEqual({
      ok: false,
      reason: 'binary',
    });
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });

  test('a file holding only a BOM is empty', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe]))).toEqual({ ok: false, reason: 'empty' });
  });

  test('a view into a larger buffer decodes only its own bytes', () => {
    const buffer = new Uint8Array([0x00, 0x00, ...utf8('name\nАнна\n'), 0x00]);
    const view = buffer.subarray(2, buffer.length - 1);
    expect(decodeBytes(view)).toEqual({ ok: true, encoding: 'utf-8', text: 'name\nАнна\n' });
  });

  test('never throws, and decoded text never starts with a BOM', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeBytes(bytes);
        if (result.ok) expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
      }),
      { numRuns: 500 },
    );
  });

  test('a 50 MB Windows-1251 file decodes in a few seconds', () => {
    const row = cp1251('1001;Алёшин Пётр Сергеевич;ИТ;Python;эксперт\r\n');
    const bytes = new Uint8Array(Math.floor((50 * 1024 * 1024) / row.length) * row.length);
    for (let offset = 0; offset < bytes.length; offset += row.length) bytes.set(row, offset);
    const started = performance.now();
    const result = decodeBytes(bytes);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1251' });
  });
});

describe('fixtures decode with the encoding they were written in', () => {
  const encodings: Array<[string, TextEncodingName]> = [
    ['ru-cp1251-semicolon-long.csv', 'windows-1251'],
    ['ru-cp1251-members.csv', 'windows-1251'],
    ['matrix-utf8-bom-x.csv', 'utf-8-bom'],
    ['en-tab-synonyms.tsv', 'utf-8'],
    ['en-skills.csv', 'utf-8'],
    ['utf16le-unicode-text.txt', 'utf-16le'],
    ['broken-header-only.csv', 'utf-8'],
    ['broken-duplicate-headers.csv', 'utf-8'],
    ['broken-extra-cells.csv', 'utf-8'],
    ['broken-unreadable-values.csv', 'utf-8'],
  ];

  test.each(encodings)('%s decodes as %s', (name, encoding) => {
    const result = decodeBytes(fixture(name));
    expect(result).toMatchObject({ ok: true, encoding });
    if (result.ok) expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('the Russian fixtures read as Cyrillic', () => {
    const long = decodeBytes(fixture('ru-cp1251-semicolon-long.csv'));
    expect(long.ok && long.text.startsWith('Табельный номер;ФИО;Отдел;Навык;Уровень\r\n')).toBe(true);
    const unicodeText = decodeBytes(fixture('utf16le-unicode-text.txt'));
    expect(unicodeText.ok && unicodeText.text.includes('Ёлкин Артём Владимирович')).toBe(true);
  });

  test.each([
    ['broken-empty.csv', 'empty'],
    ['broken-binary.bin', 'binary'],
    ['broken-fake.xlsx', 'xlsx'],
  ])('%s is refused as %s', (name, reason) => {
    expect(decodeBytes(fixture(name))).toEqual({ ok: false, reason });
  });
});

describe('single-byte code pages', () => {
  test('Western text in Windows-1252 ("José García", "Müller") is not read as Cyrillic', () => {
    // J o s \xe9 , G a r c \xed a , M \xfc l l e r
    const bytes = new Uint8Array([
      0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x47, 0x61, 0x72, 0x63, 0xed, 0x61, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65,
      0x72,
    ]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ ok: true, encoding: 'windows-1252', text: 'José,García,Müller' });
  });
});
