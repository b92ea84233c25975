import { describe, expect, test } from 'vitest';
import {
  MAX_ROLE_TARGET,
  roleTargetOf,
  validActivityThresholds,
  validRoleTarget,
  withRoleTarget,
} from './clubValues';

describe('role targets', () => {
  test('a target is a whole number from 0 to the maximum', () => {
    for (const ok of [0, 1, 2, MAX_ROLE_TARGET]) expect(validRoleTarget(ok)).toBe(true);
    for (const bad of [-1, 1.5, MAX_ROLE_TARGET + 1, NaN, Infinity, '2', null])
      expect(validRoleTarget(bad)).toBe(false);
  });

  test('a role without an entry has target 1', () => {
    expect(roleTargetOf([{ role: 'voice', target: 3 }], 'voice')).toBe(3);
    expect(roleTargetOf([{ role: 'voice', target: 3 }], 'architect')).toBe(1);
  });

  test('the list keeps only targets other than 1: new ones at the end, changed ones in place', () => {
    const one = withRoleTarget([], 'voice', 2);
    expect(one).toEqual([{ role: 'voice', target: 2 }]);
    const two = withRoleTarget(one, 'mentor', 0);
    expect(two).toEqual([
      { role: 'voice', target: 2 },
      { role: 'mentor', target: 0 },
    ]);
    expect(withRoleTarget(two, 'voice', 3)).toEqual([
      { role: 'voice', target: 3 },
      { role: 'mentor', target: 0 },
    ]);
    expect(withRoleTarget(two, 'voice', 1)).toEqual([{ role: 'mentor', target: 0 }]);
    // Nothing changes: the same list, so an edit can tell it changed nothing.
    expect(withRoleTarget(two, 'voice', 2)).toBe(two);
    expect(withRoleTarget(two, 'empath', 1)).toBe(two);
  });
});

describe('activity thresholds', () => {
  test.each([
    [{ overloadedFrom: 100, quietBelow: 50, thrivingFrom: 150 }, true],
    [{ overloadedFrom: 1, quietBelow: 0, thrivingFrom: 0.5 }, true],
    [{ overloadedFrom: 300, quietBelow: 99, thrivingFrom: 100 }, true],
    [{ overloadedFrom: 0, quietBelow: 50, thrivingFrom: 150 }, false],
    [{ overloadedFrom: 301, quietBelow: 50, thrivingFrom: 150 }, false],
    [{ overloadedFrom: 100, quietBelow: -1, thrivingFrom: 150 }, false],
    [{ overloadedFrom: 100, quietBelow: 150, thrivingFrom: 150 }, false],
    [{ overloadedFrom: 100, quietBelow: 50 }, false],
    [{ overloadedFrom: 100, quietBelow: 50, thrivingFrom: NaN }, false],
  ])('%j valid: %s', (value, valid) => {
    expect(validActivityThresholds(value)).toBe(valid);
  });
});
