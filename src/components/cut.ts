// Cells and headers from a user's file can be megabytes long; the page shows them cut so that one long cell
// cannot freeze the layout or keep a huge text node alive.

/** Characters shown of a header or cell in a table, a list or a message. */
export const DISPLAY_MAX = 80;
/** Characters a hover title shows of a cut text: more than the cell, never the whole of a huge one. */
export const TITLE_MAX = 500;

/** The first `max` characters and "…" when the text is longer; a surrogate pair is never split. */
export function cutForDisplay(text: string, max = DISPLAY_MAX): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A hover title for a text shown cut, or undefined when it is shown whole. */
export function cutTitle(text: string, max = DISPLAY_MAX): string | undefined {
  return text.length > max ? cutForDisplay(text, TITLE_MAX) : undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
