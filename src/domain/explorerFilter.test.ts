import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import {
  NO_FILTER,
  carryFilter,
  countedValues,
  distinctValues,
  filterCount,
  isFiltering,
  memberMask,
  skillMask,
  toggleIn,
  type ExplorerFilter,
} from './explorerFilter';
import { newMember, newSkill, workspaceOf } from './types';
import { club, kubernetes, mentoring, python, skill, sql, ux } from '../../tests/helpers/workspaces';

// In the club: Python covered (2 of 2), SQL single holder, Kubernetes and Mentoring gaps, UX Research covered (target 0).
const analysis = analyse(club, { locale: 'en' });
const names = (mask: Uint8Array) => club.skills.filter((_, i) => mask[i]).map((s) => s.name);

describe('skillMask', () => {
  test('no filter shows every skill', () => {
    expect(names(skillMask(analysis, NO_FILTER))).toEqual(club.skills.map((s) => s.name));
  });

  test('only gaps, only single holders, and both together (either risk)', () => {
    expect(names(skillMask(analysis, { ...NO_FILTER, onlyGaps: true }))).toEqual([
      kubernetes.name,
      mentoring.name,
    ]);
    expect(names(skillMask(analysis, { ...NO_FILTER, onlySingleHolders: true }))).toEqual([sql.name]);
    expect(names(skillMask(analysis, { ...NO_FILTER, onlyGaps: true, onlySingleHolders: true }))).toEqual([
      sql.name,
      kubernetes.name,
      mentoring.name,
    ]);
  });

  test('categories narrow, and combine with the risk filter', () => {
    const tech = skill('Go', { category: 'Tech', target: 3 });
    const soft = skill('Facilitation', { category: 'Soft' });
    const ws = workspaceOf([], [python, tech, soft], []);
    const a = analyse(ws, { locale: 'en' });
    const shown = (f: ExplorerFilter) => ws.skills.filter((_, i) => skillMask(a, f)[i]).map((s) => s.name);
    expect(shown({ ...NO_FILTER, categories: ['Tech'] })).toEqual(['Go']);
    expect(shown({ ...NO_FILTER, categories: ['', 'Soft'] })).toEqual(['Python', 'Facilitation']);
    expect(shown({ ...NO_FILTER, categories: ['Soft', 'Tech'], onlyGaps: true })).toEqual([
      'Go',
      'Facilitation',
    ]);
    expect(shown({ ...NO_FILTER, categories: ['Nothing'] })).toEqual([]);
  });
});

describe('memberMask', () => {
  const ws = workspaceOf(
    [
      newMember({ key: 'n:a', name: 'A', department: 'Sales', location: 'Kazan', status: 'ambassador' }),
      newMember({ key: 'n:b', name: 'B', department: 'IT', location: 'Kazan', status: 'employee' }),
      newMember({ key: 'n:c', name: 'C', department: 'IT', location: 'Perm', status: 'alumni' }),
      newMember({ key: 'n:d', name: 'D', department: '', location: '', status: 'employee' }),
    ],
    [ux],
    [],
  );
  const shown = (f: ExplorerFilter) => ws.members.filter((_, i) => memberMask(ws, f)[i]).map((m) => m.name);

  test('each list narrows; lists combine with and, values in a list with or', () => {
    expect(shown(NO_FILTER)).toEqual(['A', 'B', 'C', 'D']);
    expect(shown({ ...NO_FILTER, departments: ['IT'] })).toEqual(['B', 'C']);
    expect(shown({ ...NO_FILTER, departments: ['IT', ''] })).toEqual(['B', 'C', 'D']);
    expect(shown({ ...NO_FILTER, departments: ['IT'], locations: ['Kazan'] })).toEqual(['B']);
    expect(shown({ ...NO_FILTER, statuses: ['employee', 'alumni'] })).toEqual(['B', 'C', 'D']);
    expect(shown({ ...NO_FILTER, statuses: ['ambassador'], locations: ['Perm'] })).toEqual([]);
  });

  test('distinct departments in the given order, the empty one included', () => {
    expect(distinctValues(ws, 'department', (a, b) => a.localeCompare(b))).toEqual(['', 'IT', 'Sales']);
  });

  test('countedValues: each value with how many members have it', () => {
    expect(countedValues(ws, 'department', (a, b) => a.localeCompare(b))).toEqual([
      { value: '', count: 1 },
      { value: 'IT', count: 2 },
      { value: 'Sales', count: 1 },
    ]);
    expect(countedValues(ws, 'location', (a, b) => a.localeCompare(b))).toEqual([
      { value: '', count: 1 },
      { value: 'Kazan', count: 2 },
      { value: 'Perm', count: 1 },
    ]);
  });
});

describe('counting and toggling', () => {
  test('isFiltering and filterCount agree with what is set', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterCount(NO_FILTER)).toBe(0);
    const f = { ...NO_FILTER, minLevel: 3, onlyGaps: true, departments: ['IT', 'Sales'] };
    expect(isFiltering(f)).toBe(true);
    expect(filterCount(f)).toBe(3);
  });

  test('toggleIn adds a missing value and removes a present one, leaving the original alone', () => {
    const once = toggleIn(NO_FILTER, 'statuses', 'alumni');
    expect(once.statuses).toEqual(['alumni']);
    expect(toggleIn(once, 'statuses', 'alumni').statuses).toEqual([]);
    expect(NO_FILTER.statuses).toEqual([]);
  });
});

describe('carryFilter', () => {
  // The same club in two languages: the same identity keys, other names.
  const en = workspaceOf(
    [
      newMember({ key: 'i:e1', name: 'Anna', department: 'Sales', location: 'Kazan' }),
      newMember({ key: 'i:e2', name: 'Boris', department: 'IT', location: 'Perm' }),
    ],
    [
      newSkill({ key: 'i:s1', name: 'Python', category: 'Technology' }),
      newSkill({ key: 'i:s2', name: 'Talks' }),
    ],
    [],
  );
  const ru = workspaceOf(
    [
      newMember({ key: 'i:e1', name: 'Анна', department: 'Продажи', location: 'Казань' }),
      newMember({ key: 'i:e2', name: 'Борис', department: 'ИТ', location: 'Пермь' }),
    ],
    [
      newSkill({ key: 'i:s1', name: 'Python', category: 'Технологии' }),
      newSkill({ key: 'i:s2', name: 'Выступления' }),
    ],
    [],
  );

  test('names are found again through the skills and people that carry them', () => {
    const filter: ExplorerFilter = {
      ...NO_FILTER,
      departments: ['IT'],
      locations: ['Kazan', 'Perm'],
      categories: ['Technology', ''],
      statuses: ['ambassador'],
      minLevel: 3,
      onlyGaps: true,
    };
    expect(carryFilter(filter, en, ru)).toEqual({
      ...filter,
      departments: ['ИТ'],
      locations: ['Казань', 'Пермь'],
      categories: ['Технологии', ''],
    });
  });

  test('a name no shared skill or person leads to is dropped', () => {
    const other = workspaceOf([newMember({ key: 'i:x', name: 'X', department: 'IT' })], [], []);
    expect(carryFilter({ ...NO_FILTER, departments: ['IT'], categories: ['Technology'] }, en, other)).toEqual(
      NO_FILTER,
    );
    expect(carryFilter({ ...NO_FILTER, departments: ['Nowhere'] }, en, ru).departments).toEqual([]);
  });
});
