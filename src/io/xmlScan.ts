// A small XML tokeniser for well-formed documents such as an OpenDocument spreadsheet's content.xml. The import
// runs in a worker, where there is no DOMParser, and a sheet's XML can be hundreds of megabytes: it is fed in
// chunks and never held whole, and attributes are read only for the elements a reader asks about.
// A tag cut by a chunk's end is resumed where its scan stopped, so a long one costs its length once.

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data; `raw` still holds entities (`&amp;`) unless `decoded` (CDATA). May come in pieces. */
  text(raw: string, decoded: boolean): void;
}

/**
 * A tag (or comment, CDATA section) longer than this, a hostile attribute, stops the scan instead of growing
 * without end; the same whether it came in one chunk or many.
 */
export const MAX_TAG_CHARS = 16 * 1024 * 1024;

/** `too_large`: one tag passed MAX_TAG_CHARS; `malformed`: a `<` inside a tag (an attribute's quote never closed). */
export type FeedResult = 'ok' | 'too_large' | 'malformed';

/** The longest entity worth holding back at a chunk's end (`&#x10FFFF;` with room for leading zeros). */
const MAX_ENTITY_CHARS = 64;
/** An unfinished token shorter than this is simply prepended to the next chunk: its kind may not be known yet. */
const SHORT_TOKEN = '<![CDATA['.length;
const UNFINISHED = -1;
const MALFORMED = -2;

/**
 * A token (tag, comment, CDATA section) still open at the end of a chunk. Its pieces are joined once it ends,
 * and the next chunk is scanned from where this one stopped, so one huge tag costs its length, not its length
 * times the number of chunks.
 */
interface Pending {
  pieces: string[];
  chars: number;
  /** A comment's, CDATA section's or processing instruction's terminator; null for a tag (ends at `>`). */
  terminator: string | null;
  /** The last characters of the token, for a terminator split between chunks. */
  tail: string;
  /** An element tag, where a `<` means the document is damaged (a DOCTYPE may hold one). */
  strict: boolean;
}

export class XmlScanner {
  /** A short unfinished token or an entity cut by the chunk's end, prepended to the next chunk. */
  private carry = '';
  private pending: Pending | null = null;
  /** The quote (a char code) a pending tag is inside, 0 outside. */
  private quote = 0;
  private failure: FeedResult = 'ok';
  /** Characters looked at while finding where tags end: linear in the input, whatever the chunking (tests). */
  examined = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Scans a chunk; once a result other than `ok` comes, the scan has stopped and returns it again. */
  feed(chunk: string): FeedResult {
    if (this.failure !== 'ok') return this.failure;
    let s = chunk;
    let pos = 0;
    if (this.pending) {
      const at = this.resume(this.pending, chunk);
      if (at === MALFORMED) return (this.failure = 'malformed');
      if (at === UNFINISHED) return this.grow(this.pending, chunk);
      this.pending.pieces.push(chunk.slice(0, at));
      this.pending.chars += at;
      if (this.limit(this.pending) !== 'ok') return this.failure;
      const token = this.pending.pieces.join('');
      this.pending = null;
      this.token(token, 0, token.length);
      pos = at;
    } else if (this.carry.length > 0) {
      s = this.carry + chunk;
      this.carry = '';
    }
    const n = s.length;
    while (pos < n) {
      if (s.charCodeAt(pos) !== 60 /* < */) {
        const lt = s.indexOf('<', pos);
        // Text is handed on as it comes, except an entity cut by the chunk's end.
        let cut = lt < 0 ? n : lt;
        if (lt < 0) {
          const amp = s.lastIndexOf('&');
          if (amp >= pos && amp >= n - MAX_ENTITY_CHARS && s.indexOf(';', amp) < 0) cut = amp;
        }
        if (cut > pos) this.handler.text(s.slice(pos, cut), false);
        pos = cut;
        if (lt < 0) break;
        continue;
      }
      const end = this.tokenEnd(s, pos);
      if (end === MALFORMED) return (this.failure = 'malformed');
      if (end === UNFINISHED) {
        if (n - pos < SHORT_TOKEN) break;
        this.pending = this.start(s, pos);
        return this.limit(this.pending);
      }
      // the same limit whether a tag came in one chunk or several
      if (end - pos > MAX_TAG_CHARS) return (this.failure = 'too_large');
      this.token(s, pos, end);
      pos = end;
    }
    if (pos < n) this.carry = s.slice(pos);
    return 'ok';
  }

  /** Whether the document ended cleanly (no tag left open in the middle). */
  end(): boolean {
    return this.failure === 'ok' && this.pending === null && this.carry.trim() === '';
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

  /** The index just after the token starting at `pos` (a `<`), UNFINISHED when the chunk ends inside it. */
  private tokenEnd(s: string, pos: number): number {
    const terminator = terminatorOf(s, pos);
    if (terminator !== null) {
      const i = s.indexOf(terminator.text, pos + terminator.opener);
      return i < 0 ? UNFINISHED : i + terminator.text.length;
    }
    this.quote = 0;
    return this.scanTag(s, pos + 1, s.charCodeAt(pos + 1) !== 33 /* ! */);
  }

  /** Scans a tag from `from` in the quote state left by the chunk before: the index after its `>`, or why not. */
  private scanTag(s: string, from: number, strict: boolean): number {
    let quote = this.quote;
    const n = s.length;
    let i = from;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      // No `<` belongs in a tag, quoted or not: an attribute's quote was never closed.
      if (c === 60 && strict) break;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62 /* > */) break;
    }
    this.examined += i - from;
    this.quote = quote;
    if (i === n) return UNFINISHED;
    return s.charCodeAt(i) === 62 ? i + 1 : MALFORMED;
  }

  /** The token from `pos` of `s` to its end, left pending (a terminator's tail never reaches into its opener). */
  private start(s: string, pos: number): Pending {
    const terminator = terminatorOf(s, pos);
    const piece = s.slice(pos);
    const tail =
      terminator === null
        ? ''
        : piece.slice(Math.max(terminator.opener, piece.length - terminator.text.length + 1));
    return {
      pieces: [piece],
      chars: piece.length,
      terminator: terminator?.text ?? null,
      tail,
      strict: terminator === null && s.charCodeAt(pos + 1) !== 33 /* ! */,
    };
  }

  /** Where the pending token ends in the next chunk (the index after it), or UNFINISHED/MALFORMED. */
  private resume(pending: Pending, chunk: string): number {
    if (pending.terminator === null) return this.scanTag(chunk, 0, pending.strict);
    const i = (pending.tail + chunk).indexOf(pending.terminator);
    return i < 0 ? UNFINISHED : i + pending.terminator.length - pending.tail.length;
  }

  /** Adds a chunk that does not end the pending token. */
  private grow(pending: Pending, chunk: string): FeedResult {
    pending.pieces.push(chunk);
    pending.chars += chunk.length;
    if (pending.terminator !== null)
      pending.tail = (pending.tail + chunk).slice(1 - pending.terminator.length);
    return this.limit(pending);
  }

  private limit(pending: Pending): FeedResult {
    if (pending.chars > MAX_TAG_CHARS) this.failure = 'too_large';
    return this.failure;
  }
}

/** A comment's, CDATA section's or processing instruction's terminator and opener length; null for a tag. */
function terminatorOf(s: string, pos: number): { text: string; opener: number } | null {
  if (s.startsWith('<!--', pos)) return { text: '-->', opener: 4 };
  if (s.startsWith('<![CDATA[', pos)) return { text: ']]>', opener: 9 };
  if (s.startsWith('<?', pos)) return { text: '?>', opener: 2 };
  return null;
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
