// Text written as the bytes a file holds: UTF-8 (with or without a BOM), UTF-16 with a BOM, Windows-1251.
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Windows-1251 as the platform reads it, reversed: character → byte. */
const CP1251 = (() => {
  const all = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const map = new Map<string, number>();
  for (let i = 0; i < 256; i++) if (!map.has(all[i])) map.set(all[i], i);
  return map;
})();

/** The text in Windows-1251, or null when a character has no byte there (an emoji). */
export function cp1251(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = CP1251.get(text[i]);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** UTF-16 with a BOM, in the byte order asked for. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
