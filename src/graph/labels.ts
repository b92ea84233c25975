// How much room a node and its label take, estimated without a canvas: the layout keeps these boxes apart and
// the stylesheet draws labels with the same fonts and widths (style.ts imports these numbers).

export const SKILL_FONT = 13;
/** Skill names wrap onto a second line beyond this width instead of being cut. */
export const SKILL_LABEL_WIDTH = 128;
export const MEMBER_FONT = 11;
export const CATEGORY_FONT = 15;
/** Skill dot diameter by target (1…10), as mapData in style.ts. */
export const SKILL_SIZE = { min: 18, max: 34 } as const;
export const MEMBER_SIZE = 12;
export const LABEL_GAP = 3;

/** An average glyph is about 0.6 em wide in the sans fonts browsers pick (Latin and Cyrillic alike). */
const EM = 0.6;
const LINE = 1.25;

/** The box around a node's centre that the node and its label cover (label under the dot). */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function textWidth(text: string, font: number): number {
  return text.length * font * EM;
}

/** Lines and widest line of `text` wrapped at spaces to `max` px, as cytoscape's text-wrap: wrap does. */
export function wrapped(text: string, font: number, max: number): { lines: number; width: number } {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = words.length ? 1 : 0;
  let line = 0;
  let width = 0;
  const space = font * EM;
  for (const word of words) {
    const w = textWidth(word, font);
    if (line > 0 && line + space + w > max) {
      lines++;
      width = Math.max(width, line);
      line = w;
    } else line = line > 0 ? line + space + w : w;
  }
  return { lines, width: Math.max(width, line) };
}

export function skillSize(target: number): number {
  const t = Math.min(10, Math.max(1, target));
  return SKILL_SIZE.min + ((t - 1) / 9) * (SKILL_SIZE.max - SKILL_SIZE.min);
}

export function skillExtent(label: string, target: number): Extent {
  const size = skillSize(target);
  const text = wrapped(label, SKILL_FONT, SKILL_LABEL_WIDTH);
  // the estimate may wrap where the browser's narrower glyphs do not: allow for the unwrapped line too
  const widest = Math.min(textWidth(label, SKILL_FONT), Math.max(SKILL_LABEL_WIDTH, text.width));
  const half = Math.max(size, widest) / 2;
  return {
    left: -half,
    right: half,
    top: -size / 2,
    bottom: size / 2 + LABEL_GAP + text.lines * SKILL_FONT * LINE,
  };
}

/** A member's dot, with the name under it when it is drawn (`named`). */
export function memberExtent(label: string, named: boolean): Extent {
  const half = MEMBER_SIZE / 2 + 1;
  if (!named) return { left: -half, right: half, top: -half, bottom: half };
  const w = Math.max(MEMBER_SIZE, textWidth(label, MEMBER_FONT)) / 2;
  return { left: -w, right: w, top: -half, bottom: half + LABEL_GAP + MEMBER_FONT * LINE };
}

/** The activity states the map marks on an ambassador: the ones that call for a conversation. */
export type ActivityMark = 'overloaded' | 'quiet';

/** Drawn before the name, so the mark does not rest on colour (the legend shows the same symbols). */
export const ACTIVITY_SYMBOLS: Readonly<Record<ActivityMark, string>> = { overloaded: '▲', quiet: '◌' };

/** A member's name as drawn: with the symbol of their activity mark, if any. */
export function drawnMemberLabel(label: string, mark: ActivityMark | undefined): string {
  return mark ? `${ACTIVITY_SYMBOLS[mark]} ${label}` : label;
}
