import { test, expect, describe } from 'vitest';
import { parseLevel, parseNumber, parseRoles, parseStatus, parseYesNo, unescapeCell } from './values';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T | 'unreadable' =>
  r.ok ? r.value : 'unreadable';

describe('parseLevel', () => {
  test.each<[string, number]>([
    ['4 - продвинутый', 4],
    ['3 (средний)', 3],
    ['Эксперт (5)', 5],
    ['2 – базовый', 2],
    ['уровень 1', 1],
  ])('a level with its survey label: %s → %i', (raw, level) => {
    expect(value(parseLevel(raw))).toBe(level);
  });

  test.each(['2 - эксперт', '3 4', '6 (эксперт)', '3.5', '4 - продвинутый 5'])(
    'a label that contradicts its digit, or two numbers, is not read: %s',
    (raw) => {
      expect(parseLevel(raw).ok).toBe(false);
    },
  );

  // docs/contract.md#levels: every word listed there.
  test.each([
    ['none', 0],
    ['нет', 0],
    ['novice', 1],
    ['beginner', 1],
    ['начальный', 1],
    ['новичок', 1],
    ['basic', 2],
    ['elementary', 2],
    ['базовый', 2],
    ['intermediate', 3],
    ['proficient', 3],
    ['средний', 3],
    ['уверенный', 3],
    ['advanced', 4],
    ['продвинутый', 4],
    ['опытный', 4],
    ['expert', 5],
    ['эксперт', 5],
    ['мастер', 5],
  ])('the level word %s reads as %i', (word, level) => {
    expect(value(parseLevel(word))).toBe(level);
  });

  test('level words ignore case and surrounding white space', () => {
    expect(value(parseLevel('  Expert '))).toBe(5);
    expect(value(parseLevel('ПРОДВИНУТЫЙ'))).toBe(4);
    expect(value(parseLevel('\u00a0Начальный\t'))).toBe(1);
  });

  test.each(['x', 'X', ' x ', '+', '✓', 'yes', 'YES', 'да', 'Да'])('the mark %j means level 3', (mark) => {
    expect(value(parseLevel(mark))).toBe(3);
  });

  test.each([
    ['0', 0],
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
    ['5', 5],
    [' 4 ', 4],
  ])('the digit %j reads as %i', (digit, level) => {
    expect(value(parseLevel(digit))).toBe(level);
  });

  test('an empty cell is no expertise, not an error', () => {
    expect(parseLevel('')).toEqual({ ok: true, value: null });
    expect(parseLevel('   ')).toEqual({ ok: true, value: null });
  });

  test.each(['6', '-1', '2.5', '2,5', 'гуру', 'lots', '80%'])('%j is not a level', (raw) => {
    expect(parseLevel(raw).ok).toBe(false);
  });
});

describe('parseNumber', () => {
  test('reads a decimal comma', () => {
    expect(value(parseNumber('1,5'))).toBe(1.5);
    expect(value(parseNumber('45,5'))).toBe(45.5);
  });

  test('reads a decimal point', () => {
    expect(value(parseNumber('1.5'))).toBe(1.5);
  });

  test('drops a trailing percent sign', () => {
    expect(value(parseNumber('80%'))).toBe(80);
    expect(value(parseNumber('12,5%'))).toBe(12.5);
    expect(value(parseNumber(' 100 % '))).toBe(100);
  });

  test('an empty cell or a word is not a number', () => {
    expect(parseNumber('').ok).toBe(false);
    expect(parseNumber('%').ok).toBe(false);
    expect(parseNumber('lots').ok).toBe(false);
    expect(parseNumber('1,5,5').ok).toBe(false);
  });
});

describe('parseYesNo', () => {
  // docs/contract.md#values: yes/no, да/нет, true/false, 1/0, +/−, x/empty.
  test.each(['yes', 'Yes', 'да', 'ДА', 'true', 'TRUE', '1', '+', 'x', 'X'])('%j is yes', (raw) => {
    expect(value(parseYesNo(raw))).toBe(true);
  });

  test.each(['no', 'No', 'нет', 'Нет', 'false', '0', '−', '-', '', '  '])('%j is no', (raw) => {
    expect(value(parseYesNo(raw))).toBe(false);
  });

  test('anything else is unreadable', () => {
    expect(parseYesNo('maybe').ok).toBe(false);
    expect(parseYesNo('2').ok).toBe(false);
  });
});

describe('parseStatus', () => {
  test.each([
    ['ambassador', 'ambassador'],
    ['амбассадор', 'ambassador'],
    ['Амбассадор', 'ambassador'],
    ['employee', 'employee'],
    ['сотрудник', 'employee'],
    ['candidate', 'employee'],
    ['кандидат', 'employee'],
    ['alumni', 'alumni'],
    ['выпускник', 'alumni'],
    ['  ALUMNI ', 'alumni'],
  ])('%j is the status %s', (raw, status) => {
    expect(value(parseStatus(raw))).toBe(status);
  });

  test('an unknown word is unreadable', () => {
    expect(parseStatus('boss').ok).toBe(false);
    expect(parseStatus('').ok).toBe(false);
  });
});

describe('parseRoles', () => {
  test('splits on ; and , and drops empty tags', () => {
    expect(parseRoles(' architect; empath,, voice ;')).toEqual(['architect', 'empath', 'voice']);
  });

  test('splits on / and | too, each tag trimmed and its inner white space folded', () => {
    expect(parseRoles('Moderator/coordinator | Голос  сообщества|;/')).toEqual([
      'Moderator',
      'coordinator',
      'Голос сообщества',
    ]);
  });

  test('drops NUL characters (storage joins roles with them)', () => {
    expect(parseRoles('men\u0000tor; \u0000')).toEqual(['mentor']);
  });
});

describe('unescapeCell', () => {
  test.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+7 999", '+7 999'],
    ["'-5", '-5'],
    ["'@home", '@home'],
    ["'\tx", '\tx'],
    ["'\rx", '\rx'],
  ])('removes the safe-cell quote from %j', (raw, text) => {
    expect(unescapeCell(raw)).toBe(text);
  });

  test.each(["'", "'hello", "O'Brien", '=A1', "x'=1"])('leaves %j as it is', (raw) => {
    expect(unescapeCell(raw)).toBe(raw);
  });
});
