// "Add a person" search: candidates only, word starts first, at most the limit, and quick at organisation scale
// (prints its time; asserts only what it found, as the other speed tests do).
import { describe, expect, test } from 'vitest';
import { analyse } from '../../domain/analysis';
import { workspaceOf } from '../../domain/types';
import { organisation } from '../../../tests/helpers/organisation';
import { member } from '../../../tests/helpers/workspaces';
import { matchCandidates } from './candidateSearch';

const club = analyse(
  workspaceOf(
    [
      member('Anna', 'ambassador'),
      member('Joanna', 'employee'),
      member('Annika', 'employee'),
      member('Hannah', 'alumni'),
      member('Ann Lee', 'employee'),
      member('Алёна', 'employee'),
    ],
    [],
    [],
  ),
  { locale: 'en' },
);
const names = (query: string, skip: string[] = [], limit?: number) => {
  const found = matchCandidates(club, query, new Set(skip), limit);
  return { names: found.members.map((m) => m.name), more: found.more };
};

describe('matchCandidates', () => {
  test('candidates whose name starts a word with the query first, then the others, each by name', () => {
    expect(names('ann')).toEqual({ names: ['Ann Lee', 'Annika', 'Hannah', 'Joanna'], more: false });
    expect(names('  ANN ')).toEqual(names('ann'));
    expect(names('lee')).toEqual({ names: ['Ann Lee'], more: false });
  });

  test('at most the limit, saying when more match; the pinned left out; an empty query finds nobody', () => {
    expect(names('ann', [], 3)).toEqual({ names: ['Ann Lee', 'Annika', 'Hannah'], more: true });
    expect(names('ann', [], 2)).toEqual({ names: ['Ann Lee', 'Annika'], more: true });
    expect(names('ann', ['n:Annika'], 3)).toEqual({ names: ['Ann Lee', 'Hannah', 'Joanna'], more: false });
    expect(names(' ')).toEqual({ names: [], more: false });
  });

  test('ё and е match alike, as names are matched everywhere', () => {
    expect(names('алена').names).toEqual(['Алёна']);
  });

  test('20,000 members: at most 20, all candidates containing the query', () => {
    const analysis = analyse(organisation(20_000, 500, 200_000), { locale: 'en' });
    matchCandidates(analysis, 'warm up', new Set());
    const start = performance.now();
    const found = matchCandidates(analysis, 'member 1', new Set());
    const rare = matchCandidates(analysis, '19999', new Set());
    const ms = performance.now() - start;
    console.log(`Add a person search on 20,000 members: ${ms.toFixed(1)} ms for two queries`);
    expect(found.members).toHaveLength(20);
    expect(found.more).toBe(true);
    for (const m of found.members) {
      expect(m.name.toLowerCase()).toContain('member 1');
      expect(m.status).not.toBe('ambassador');
    }
    expect(rare.members.map((m) => m.name)).toEqual(['Member 19999']);
  });
});
