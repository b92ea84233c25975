import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvBytes } from './csvBytes';
import { encodeWindows1251, WINDOWS_1251_HIGH } from './windows1251';

const decode1251 = (bytes: Uint8Array) => new TextDecoder('windows-1251').decode(bytes);
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** Every character Windows-1251 holds: ASCII and the 128 of the high half. */
const REPRESENTABLE = [
  ...Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)),
  ...WINDOWS_1251_HIGH,
];

describe('Windows-1251 encoder', () => {
  test('the table is the one the platform decoder reads with, byte for byte', () => {
    expect(WINDOWS_1251_HIGH).toHaveLength(128);
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(decode1251(high)).toBe(WINDOWS_1251_HIGH);
    expect(encodeWindows1251(WINDOWS_1251_HIGH)).toEqual({ bytes: high, replaced: 0 });
  });

  test('ASCII is itself', () => {
    const ascii = String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => i));
    const { bytes, replaced } = encodeWindows1251(ascii);
    expect(replaced).toBe(0);
    expect([...bytes]).toEqual(Array.from({ length: 0x80 }, (_, i) => i));
  });

  test('the Russian alphabet: А–я are 0xC0–0xFF in order, Ё is 0xA8 and ё 0xB8', () => {
    const upper = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
    const lower = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
    expect([...encodeWindows1251(upper + lower).bytes]).toEqual(
      Array.from({ length: 64 }, (_, i) => 0xc0 + i),
    );
    expect(hex(encodeWindows1251('Ёё').bytes)).toBe('a8 b8');
    expect(decode1251(encodeWindows1251('Ёлка, ёж, Щука, Ъ').bytes)).toBe('Ёлка, ёж, Щука, Ъ');
  });

  test('№, «», €, the em dash and the en dash have their bytes', () => {
    expect(hex(encodeWindows1251('№«»€—–').bytes)).toBe('b9 ab bb 88 97 96');
  });

  test('Ukrainian and Serbian letters of the code page are kept', () => {
    const text = 'ЄєІіЇїҐґЂђЉљЊњЋћЏџЎўЈјЅѕ';
    expect(encodeWindows1251(text).replaced).toBe(0);
    expect(decode1251(encodeWindows1251(text).bytes)).toBe(text);
  });

  test('a character the code page lacks is written as ? and counted; an emoji is one character', () => {
    expect(encodeWindows1251('Žana 😀 €')).toEqual({
      bytes: encodeWindows1251('?ana ? €').bytes,
      replaced: 2,
    });
    expect(encodeWindows1251('😀😀x').replaced).toBe(2);
    expect(decode1251(encodeWindows1251('😀😀x').bytes)).toBe('??x');
    expect(encodeWindows1251('日本').replaced).toBe(2);
  });

  test('a lone surrogate is one replaced character too', () => {
    expect(encodeWindows1251('a\ud83db')).toEqual({ bytes: Uint8Array.of(0x61, 0x3f, 0x62), replaced: 1 });
    expect(encodeWindows1251('\ude00')).toEqual({ bytes: Uint8Array.of(0x3f), replaced: 1 });
  });

  test('no BOM is written, even for a leading U+FEFF (which the code page cannot hold)', () => {
    expect(encodeWindows1251('')).toEqual({ bytes: new Uint8Array(0), replaced: 0 });
    expect(encodeWindows1251('\ufeffa')).toEqual({ bytes: Uint8Array.of(0x3f, 0x61), replaced: 1 });
  });

  test('property: text of code-page characters decodes back to itself, nothing replaced', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REPRESENTABLE)), (chars) => {
        const text = chars.join('');
        const { bytes, replaced } = encodeWindows1251(text);
        expect(replaced).toBe(0);
        expect(bytes).toHaveLength(text.length);
        expect(decode1251(bytes)).toBe(text);
      }),
    );
  });

  test('property: any text gives one byte per character, and the count of ? it added', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { bytes, replaced } = encodeWindows1251(text);
        const characters = [...text];
        expect(bytes).toHaveLength(characters.length);
        const lacking = characters.filter((c) => !REPRESENTABLE.includes(c));
        expect(replaced).toBe(lacking.length);
        expect(decode1251(bytes)).toBe(characters.map((c) => (REPRESENTABLE.includes(c) ? c : '?')).join(''));
      }),
    );
  });
});

describe('csvBytes', () => {
  test('UTF-8 keeps every character and its BOM', () => {
    const { bytes, replaced } = csvBytes('\ufeffЖ😀', 'utf-8');
    expect(replaced).toBe(0);
    expect(hex(bytes)).toBe('ef bb bf d0 96 f0 9f 98 80');
  });

  test('Windows-1251 replaces and counts', () => {
    expect(csvBytes('Ж😀', 'windows-1251')).toEqual({ bytes: Uint8Array.of(0xc6, 0x3f), replaced: 1 });
  });
});
