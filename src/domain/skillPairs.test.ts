import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { NO_FILTER, skillMask } from './explorerFilter';
import { shownMembers } from './matrix';
import { pairShare, skillPairCounts } from './skillPairs';
import { newMember, newSkill, workspaceOf, type Expertise } from './types';
import { organisation } from '../../tests/helpers/organisation';

const link = (memberKey: string, skillKey: string, level: number): Expertise => ({
  memberKey,
  skillKey,
  level,
  interest: false,
});

// Skills 0 SQL, 1 Python, 2 Go. Anna: SQL 3, Python 4; Boris: SQL 2, Python 5, Go 3; Vera: Python 3, Go 1.
const club = () =>
  analyse(
    workspaceOf(
      ['Anna', 'Boris', 'Vera'].map((name) => newMember({ key: name, name, status: 'ambassador' })),
      ['SQL', 'Python', 'Go'].map((name) =>
        newSkill({ key: name, name, category: name === 'Go' ? 'Go' : 'Data' }),
      ),
      [
        link('Anna', 'SQL', 3),
        link('Anna', 'Python', 4),
        link('Boris', 'SQL', 2),
        link('Boris', 'Python', 5),
        link('Boris', 'Go', 3),
        link('Vera', 'Python', 3),
        link('Vera', 'Go', 1),
      ],
    ),
    { locale: 'en' },
  );

const all = (n: number) => new Uint8Array(n).fill(1);

describe('skill pair counts', () => {
  test('counted by hand: every member, every skill, level 1', () => {
    const { holders, pairs } = skillPairCounts(club(), all(3), all(3), 1);
    expect([...holders]).toEqual([2, 3, 2]);
    // SQL–Python: Anna, Boris; SQL–Go: Boris; Python–Go: Boris, Vera. The skill with fewer holders comes first.
    expect(pairs).toEqual([
      { a: 0, b: 1, both: 2 },
      { a: 0, b: 2, both: 1 },
      { a: 2, b: 1, both: 2 },
    ]);
  });

  test('the minimum level, the shown members and skills narrow the counts', () => {
    const analysis = club();
    // Level ≥ 3: Anna SQL, Python; Boris Python, Go; Vera Python.
    expect(skillPairCounts(analysis, all(3), all(3), 3)).toEqual({
      holders: Uint32Array.from([1, 3, 1]),
      pairs: [
        { a: 0, b: 1, both: 1 },
        { a: 2, b: 1, both: 1 },
      ],
    });
    // Without Boris: SQL–Python (Anna), Python–Go (Vera).
    expect(skillPairCounts(analysis, Uint8Array.from([1, 0, 1]), all(3), 1).pairs).toEqual([
      { a: 0, b: 1, both: 1 },
      { a: 2, b: 1, both: 1 },
    ]);
    // Only the Data category: SQL–Python alone.
    const data = skillMask(analysis, { ...NO_FILTER, categories: ['Data'] });
    expect(skillPairCounts(analysis, all(3), data, 1)).toEqual({
      holders: Uint32Array.from([2, 3, 0]),
      pairs: [{ a: 0, b: 1, both: 2 }],
    });
  });

  test('share of holders', () => {
    expect(pairShare(34, 56)).toBeCloseTo(0.607, 3);
    expect(pairShare(0, 0)).toBe(0);
  });

  test('500 skills, 200,000 links at 20,000 members: counted quickly', () => {
    const analysis = analyse(organisation(20_000, 500, 200_000), { locale: 'en' });
    const shown = shownMembers(analysis, NO_FILTER, 'everyone');
    const skills = skillMask(analysis, NO_FILTER);
    skillPairCounts(analysis, shown, skills, 1); // warm up
    let start = performance.now();
    const counts = skillPairCounts(analysis, shown, skills, 1);
    const everyone = performance.now() - start;
    start = performance.now();
    skillPairCounts(analysis, shownMembers(analysis, NO_FILTER, 'ambassadors'), skills, 3);
    const ambassadors = performance.now() - start;
    console.log(
      `Skill pairs at 20k/500/200k: everyone ${everyone.toFixed(1)} ms (${counts.pairs.length} pairs), ` +
        `ambassadors at level ≥ 3 ${ambassadors.toFixed(1)} ms`,
    );
    // Every member's d skills make d(d − 1)/2 pairs.
    let expected = 0;
    const { memberStart } = analysis.links;
    for (let m = 0; m < 20_000; m++) {
      const d = memberStart[m + 1] - memberStart[m];
      expected += (d * (d - 1)) / 2;
    }
    expect(counts.pairs.reduce((sum, p) => sum + p.both, 0)).toBe(expected);
  });
});
