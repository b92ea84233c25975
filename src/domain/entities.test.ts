import { describe, expect, test } from 'vitest';
import { categoryRef, memberRef, sameEntity, skillRef } from './entities';

describe('entity references', () => {
  test('are the same when kind and key agree', () => {
    expect(sameEntity(skillRef('n:sql'), { kind: 'skill', key: 'n:sql' })).toBe(true);
    expect(sameEntity(null, null)).toBe(true);
  });

  test('differ by kind even with one key, and from nothing', () => {
    expect(sameEntity(skillRef('n:x'), memberRef('n:x'))).toBe(false);
    expect(sameEntity(categoryRef(''), null)).toBe(false);
    expect(sameEntity(null, memberRef('n:x'))).toBe(false);
  });
});
