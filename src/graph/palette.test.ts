import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { onStatusText, palettes, type Theme } from './palette';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES: Theme[] = ['light', 'dark'];
const css = readFileSync(join(__dirname, '..', 'app', 'app.css'), 'utf8');

/** The custom properties of one CSS block (`:root {` or the dark theme's). */
function variables(blockStart: string): Map<string, string> {
  const start = css.indexOf(blockStart);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}
const cssLight = variables(':root {');
const cssDark = new Map([...cssLight, ...variables(":root[data-theme='dark'] {")]);
const cssOf: Record<Theme, Map<string, string>> = { light: cssLight, dark: cssDark };

describe('graph palette', () => {
  test.each(THEMES)('%s: labels read at 4.5:1 on the canvas (they are outlined in its colour)', (theme) => {
    const p = palettes[theme];
    for (const colour of [p.label, p.memberLabel, p.categoryLabel]) {
      expect(contrast(colour, p.background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(THEMES)('%s: the borders that carry a status stand out from the canvas (3:1)', (theme) => {
    const p = palettes[theme];
    expect(contrast(p.statusStroke, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.keyboard, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.selected, p.background)).toBeGreaterThanOrEqual(3);
  });

  test.each(THEMES)('%s: the three statuses differ in lightness, not in hue alone', (theme) => {
    const { gap, single_holder, covered } = palettes[theme].status;
    // the orange single holder is far lighter than the vermillion gap and the bluish-green covered
    expect(contrast(single_holder, gap)).toBeGreaterThanOrEqual(1.5);
    expect(contrast(single_holder, covered)).toBeGreaterThanOrEqual(1.5);
  });

  test('badge text on every status colour reads at 4.5:1', () => {
    for (const fill of Object.values(palettes.light.status)) {
      expect(contrast(onStatusText, fill)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('app.css follows the palette', () => {
  test.each(THEMES)('%s: status colours, badge text and canvas equal the map’s', (theme) => {
    const vars = cssOf[theme];
    const p = palettes[theme];
    expect(vars.get('--gap')).toBe(p.status.gap);
    expect(vars.get('--single')).toBe(p.status.single_holder);
    expect(vars.get('--covered')).toBe(p.status.covered);
    expect(vars.get('--on-status')).toBe(onStatusText);
    expect(vars.get('--canvas')).toBe(p.background);
  });

  test.each(THEMES)('%s: page text reads at 4.5:1', (theme) => {
    const v = (name: string) => {
      const value = cssOf[theme].get(name);
      expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
      return value!;
    };
    const pairs: [string, string][] = [
      ['--ink', '--bg'],
      ['--ink', '--panel'],
      ['--muted', '--panel'],
      ['--muted', '--bg'],
      ['--gap-text', '--panel'],
      ['--single-text', '--panel'],
      ['--error', '--panel'],
      ['--on-accent', '--accent'],
      ['--accent', '--panel'],
      ['--ink', '--note-bg'],
      ['--ink', '--warn-bg'],
      ['--ink', '--chip'],
      ['--ink', '--hover'],
      ['--ink', '--control-bg'],
    ];
    for (const [text, background] of pairs) {
      expect(contrast(v(text), v(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
