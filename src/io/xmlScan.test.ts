import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MAX_TAG_CHARS, XmlScanner, type FeedResult, type XmlHandler } from './xmlScan';

type Event = ['open', string, string, boolean] | ['close', string] | ['text', string, boolean];

/** What the scanner reports for a document fed in the given pieces; adjacent text pieces joined. */
function scan(pieces: string[]): {
  events: Event[];
  results: FeedResult[];
  ended: boolean;
  examined: number;
} {
  const events: Event[] = [];
  const handler: XmlHandler = {
    open: (name, attributes, selfClosing) => events.push(['open', name, attributes, selfClosing]),
    close: (name) => events.push(['close', name]),
    text: (raw, decoded) => {
      const last = events[events.length - 1];
      if (last?.[0] === 'text' && last[2] === decoded) last[1] += raw;
      else events.push(['text', raw, decoded]);
    },
  };
  const scanner = new XmlScanner(handler);
  const results = pieces.map((piece) => scanner.feed(piece));
  return { events, results, ended: scanner.end(), examined: scanner.examined };
}

/** What a split must not change: the tokens, and that the document was read whole. */
function tokens(pieces: string[]) {
  const { events, results, ended } = scan(pieces);
  return { events, ok: results.every((r) => r === 'ok'), ended };
}

function split(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

// Every kind of token, with the characters that end one (`>`, `-->`, `]]>`, `?>`) inside another.
const DOCUMENT =
  '<?xml version="1.0"?><!DOCTYPE d><r a="x > y" b=\'it"s\'  c = "&amp;&#1071;">' +
  'text &lt;&#x44f;&amp; more<!-- a > b -- c - -->' +
  '<![CDATA[ <not a="tag"> ]] ]> ]]><t:c t:n="q\'>\'"/><e\n\tx="1"\n/>' +
  '<?pi a > b ? c?>tail</r >';

describe('XmlScanner', () => {
  test('the same tokens whether the document comes whole or split at any one point', () => {
    const whole = tokens([DOCUMENT]);
    expect(whole.ok && whole.ended).toBe(true);
    expect(whole.events.filter((e) => e[0] !== 'text')).toEqual([
      ['open', 'r', ' a="x > y" b=\'it"s\'  c = "&amp;&#1071;"', false],
      ['open', 't:c', ' t:n="q\'>\'"', true],
      ['open', 'e', '\n\tx="1"\n', true],
      ['close', 'r'],
    ]);
    for (let at = 0; at <= DOCUMENT.length; at++) expect(tokens(split(DOCUMENT, [at]))).toEqual(whole);
  });

  test('the same tokens whatever the split points (property)', () => {
    const whole = tokens([DOCUMENT]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (at) => {
        expect(tokens(split(DOCUMENT, at))).toEqual(whole);
      }),
    );
  });

  test('long tags and comments split anywhere come whole', () => {
    const value = 'v'.repeat(300) + '>"' + "'".repeat(20);
    const doc = `<a x='${value}' y="${'w'.repeat(100)}"><!--${'-'.repeat(50)} x -->t<![CDATA[${']'.repeat(40)}]]></a>`;
    const whole = tokens([doc]);
    expect(whole.ended).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (at) => {
        expect(tokens(split(doc, at))).toEqual(whole);
      }),
    );
  });

  test('a multi-megabyte tag fed in small slices is scanned once, not once per slice', () => {
    const size = 8 * 2 ** 20;
    const doc = `<r><t name="${'x'.repeat(size)}" other='>'/></r>`;
    const pieces = split(
      doc,
      Array.from({ length: Math.ceil(doc.length / 1024) }, (_, i) => i * 1024),
    );
    const { events, results, ended, examined } = scan(pieces);
    expect(results.every((r) => r === 'ok')).toBe(true);
    expect(ended).toBe(true);
    expect((events[1][2] as string).length).toBe(size + ' name=""'.length + " other='>'".length);
    // each character of the document is looked at about once (rescanning the tag per slice made it ~4,000 times)
    expect(examined).toBeLessThan(doc.length + 1024);
  });

  test('a `<` inside a tag (a quote never closed) is a damaged document, however it is split', () => {
    const doc = '<r><c v="a><p>x</p></c><c v="b"/></r>';
    for (const pieces of [[doc], split(doc, [7]), split(doc, [9, 10, 11]), doc.split('')]) {
      const { results, ended } = scan(pieces);
      expect(results).toContain('malformed');
      // reported at the `<` and from then on
      expect(results.slice(results.indexOf('malformed')).every((r) => r === 'malformed')).toBe(true);
      expect(ended).toBe(false);
    }
    // a DOCTYPE's internal subset may quote a `<`; comments and CDATA hold anything
    expect(scan(['<!DOCTYPE d "<x>"><r><!-- <a " --><![CDATA[<"]]></r>']).results).toEqual(['ok']);
  });

  test('a tag longer than MAX_TAG_CHARS is too large; an unclosed tag at the end is not a clean end', () => {
    const big = scan(['<r a="', 'x'.repeat(MAX_TAG_CHARS), '"/>']);
    expect(big.results).toEqual(['ok', 'too_large', 'too_large']);
    // the same limit when the tag comes in one chunk; a tag of exactly MAX_TAG_CHARS is read
    expect(scan([`<r a="${'x'.repeat(MAX_TAG_CHARS - 8)}"/>`]).results).toEqual(['too_large']);
    const atLimit = `<r a="${'x'.repeat(MAX_TAG_CHARS - 9)}"/>`;
    expect(atLimit.length).toBe(MAX_TAG_CHARS);
    expect(tokens([atLimit])).toMatchObject({ ok: true, ended: true });
    expect(tokens(split(atLimit, [3, 5_000_000]))).toMatchObject({ ok: true, ended: true });
    expect(scan(['<r a="x"', ' b="y']).ended).toBe(false);
  });
});
