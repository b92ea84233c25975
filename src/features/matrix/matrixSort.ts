// The members × skills sort, kept outside the view: switching the language reloads the untouched sample (and the
// lazy view remounts), so the sort is held here by the skill's key, not its index or name, and found again in the
// new workspace. A skill no longer there falls back to the default sort.
import { create } from 'zustand';
import { DEFAULT_MATRIX_SORT, type MatrixSort, type MatrixSortKey } from '../../domain/matrix';
import type { Skill } from '../../domain/types';

export type StoredSortKey = { by: 'name' } | { by: 'department' } | { by: 'skill'; skillKey: string };

export interface StoredSort {
  key: StoredSortKey;
  desc: boolean;
}

export const useMatrixSort = create<{ sort: StoredSort; setSort: (sort: StoredSort) => void }>((set) => ({
  sort: { key: { by: 'name' }, desc: false },
  setSort: (sort) => set({ sort }),
}));

/** The stored sort in a workspace's skills: the default when its skill is not in them. */
export function resolveSort(stored: StoredSort, skills: readonly Skill[]): MatrixSort {
  const { key } = stored;
  if (key.by !== 'skill') return { key, desc: stored.desc };
  const skill = skills.findIndex((s) => s.key === key.skillKey);
  return skill < 0 ? DEFAULT_MATRIX_SORT : { key: { by: 'skill', skill }, desc: stored.desc };
}

/** A header's sort key as stored; a skill column sorts highest level first, the same header again turns it round. */
export function toggledSort(stored: StoredSort, key: MatrixSortKey, skills: readonly Skill[]): StoredSort {
  const next: StoredSortKey = key.by === 'skill' ? { by: 'skill', skillKey: skills[key.skill].key } : key;
  return JSON.stringify(stored.key) === JSON.stringify(next)
    ? { key: next, desc: !stored.desc }
    : { key: next, desc: next.by === 'skill' };
}
