import { test, expect, describe } from 'vitest';
import { cleanText, memberKeyFor, nameComparator, normaliseIdentity } from './normalise';

describe('identity normalisation', () => {
  test('trims and folds runs of white space, non-breaking spaces included', () => {
    expect(cleanText('  Анна\u00a0\u00a0 Ли \t')).toBe('Анна Ли');
  });

  test('ignores case and reads ё as е', () => {
    expect(normaliseIdentity('  ЁЛКИН  Артём ')).toBe('елкин артем');
    expect(normaliseIdentity('Ёлкин Артём')).toBe(normaliseIdentity('елкин артем'));
  });

  test('keys a member by id when there is one, else by name', () => {
    expect(memberKeyFor(' M1 ', 'Anna')).toBe('i:m1');
    expect(memberKeyFor('', ' Anna  Lee ')).toBe('n:anna lee');
    expect(memberKeyFor('  ', 'Anna')).toBe('n:anna');
  });

  test('compares names after normalisation with the language’s collation', () => {
    const compare = nameComparator('ru');
    // "елисеев" < "елкин" (и before к), although Ё sorts before Е by code unit.
    expect(['Ёлкин', 'Елисеев', 'абрамов'].sort(compare)).toEqual(['абрамов', 'Елисеев', 'Ёлкин']);
    expect(compare('ёлка', 'ЕЛКА')).toBe(0);
  });
});
