// A small XML tokeniser for well-formed documents such as an OpenDocument spreadsheet's content.xml. The import
// runs in a worker, where there is no DOMParser, and a sheet's XML can be hundreds of megabytes: it is fed in
// chunks and never held whole, and attributes are read only for the elements a reader asks about.

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data; `raw` still holds entities (`&amp;`) unless `decoded` (CDATA). May come in pieces. */
  text(raw: string, decoded: boolean): void;
}

/** A tag longer than this (a hostile attribute) stops the scan instead of growing without end. */
export const MAX_TAG_CHARS = 16 * 1024 * 1024;

export class XmlScanner {
  private carry = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Scans a chunk; false when one tag has grown beyond MAX_TAG_CHARS. */
  feed(chunk: string): boolean {
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      if (s.charCodeAt(pos) !== 60 /* < */) {
        const lt = s.indexOf('<', pos);
        // Text is handed on as it comes, except an entity cut by the chunk's end.
        let cut = lt < 0 ? n : lt;
        if (lt < 0) {
          const amp = s.lastIndexOf('&');
          if (amp >= pos && s.indexOf(';', amp) < 0) cut = amp;
        }
        if (cut > pos) this.handler.text(s.slice(pos, cut), false);
        pos = cut;
        if (lt < 0) break;
        continue;
      }
      const end = tokenEnd(s, pos);
      if (end < 0) break;
      this.token(s, pos, end);
      pos = end;
    }
    this.carry = pos < n ? s.slice(pos) : '';
    return this.carry.length <= MAX_TAG_CHARS;
  }

  /** Whether the document ended cleanly (no tag left open in the middle). */
  end(): boolean {
    return this.carry.trim() === '';
  }

  private token(s: string, start: number, end: number): void {
    const second = s.charCodeAt(start + 1);
    if (second === 47 /* / */) {
      this.handler.close(s.slice(start + 2, end - 1).trim());
      return;
    }
    if (s.startsWith('<![CDATA[', start)) {
      this.handler.text(s.slice(start + 9, end - 3), true);
      return;
    }
    if (second === 33 /* ! */ || second === 63 /* ? */) return; // comment, doctype, processing instruction
    const selfClosing = s.charCodeAt(end - 2) === 47;
    const body = s.slice(start + 1, selfClosing ? end - 2 : end - 1);
    let i = 0;
    while (i < body.length && !isSpace(body.charCodeAt(i))) i++;
    this.handler.open(body.slice(0, i), body.slice(i), selfClosing);
  }
}

/** The index just after the token starting at `pos` (a `<`), or -1 when the chunk ends inside it. */
function tokenEnd(s: string, pos: number): number {
  if (s.startsWith('<!--', pos)) return after(s, '-->', pos + 4);
  if (s.startsWith('<![CDATA[', pos)) return after(s, ']]>', pos + 9);
  if (s.startsWith('<?', pos)) return after(s, '?>', pos + 2);
  let quote = 0;
  for (let i = pos + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62 /* > */) return i + 1;
  }
  return -1;
}

function after(s: string, terminator: string, from: number): number {
  const i = s.indexOf(terminator, from);
  return i < 0 ? -1 : i + terminator.length;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** One attribute's value (entities decoded) from a tag's attribute text, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && attributes.charCodeAt(i) !== 61 /* = */ && !isSpace(attributes.charCodeAt(i))) i++;
    const found = attributes.slice(nameStart, i);
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    if (attributes.charCodeAt(i) !== 61) return undefined; // not well-formed: stop rather than guess
    i++;
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    const quote = attributes[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, i + 1);
    if (close < 0) return undefined;
    if (found === name) return decodeEntities(attributes.slice(i + 1, close));
    i = close + 1;
  }
  return undefined;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references; anything else is left as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (_, entity: string) => {
    if (entity.charCodeAt(0) !== 35 /* # */) return NAMED[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    // a lone surrogate is no character: it becomes � like any other invalid reference
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  });
}
