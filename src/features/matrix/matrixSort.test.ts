import { describe, expect, test } from 'vitest';
import { DEFAULT_MATRIX_SORT } from '../../domain/matrix';
import { newSkill } from '../../domain/types';
import { resolveSort, toggledSort } from './matrixSort';

const en = [newSkill({ key: 'SK01', name: 'Java' }), newSkill({ key: 'SK08', name: 'SQL' })];
const ru = [newSkill({ key: 'SK08', name: 'SQL' }), newSkill({ key: 'SK01', name: 'Java' })];

describe('matrix sort across workspaces', () => {
  test('a skill sort is kept by key and found at its index in another workspace', () => {
    const stored = toggledSort({ key: { by: 'name' }, desc: false }, { by: 'skill', skill: 1 }, en);
    expect(stored).toEqual({ key: { by: 'skill', skillKey: 'SK08' }, desc: true });
    expect(resolveSort(stored, ru)).toEqual({ key: { by: 'skill', skill: 0 }, desc: true });
    expect(toggledSort(stored, { by: 'skill', skill: 0 }, ru)).toEqual({ ...stored, desc: false });
  });

  test('a skill no longer in the workspace falls back to the default sort', () => {
    expect(resolveSort({ key: { by: 'skill', skillKey: 'gone' }, desc: true }, ru)).toEqual(
      DEFAULT_MATRIX_SORT,
    );
    expect(resolveSort({ key: { by: 'department' }, desc: true }, ru)).toEqual({
      key: { by: 'department' },
      desc: true,
    });
  });
});
