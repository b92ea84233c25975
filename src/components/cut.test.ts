import { describe, expect, test } from 'vitest';
import { cutForDisplay, cutTitle, DISPLAY_MAX, TITLE_MAX } from './cut';

describe('long texts from a file are cut for display', () => {
  test('a short text is shown whole, with no title', () => {
    expect(cutForDisplay('Python')).toBe('Python');
    expect(cutForDisplay('x'.repeat(DISPLAY_MAX))).toBe('x'.repeat(DISPLAY_MAX));
    expect(cutTitle('Python')).toBeUndefined();
  });

  test('a 1 MB text shows its first 80 characters and “…”, its title at most 500', () => {
    const huge = 'a'.repeat(1_000_000);
    expect(cutForDisplay(huge)).toBe(`${'a'.repeat(80)}…`);
    expect(cutForDisplay(huge, 10)).toBe('aaaaaaaaaa…');
    expect(cutTitle(huge)).toBe(`${'a'.repeat(TITLE_MAX)}…`);
  });

  test('an emoji on the edge is dropped whole, not split in half', () => {
    const text = `${'a'.repeat(79)}😀${'b'.repeat(10)}`;
    expect(cutForDisplay(text)).toBe(`${'a'.repeat(79)}…`);
  });
});
