// Orders: holders by level then name (Russian collation, ё as е), candidates by score then workload then
// name, the gap report by gap then weight then name.
import { describe, expect, test } from 'vitest';
import { analyse, gapReportOrder, rankedCandidates, scoreOf, topCandidates } from './analysis';
import { workspaceOf } from './types';
import { club, entryOf, link, member, names, skill, withLevels } from '../../tests/helpers/workspaces';

describe('name order', () => {
  test('holders of the same level are ordered by name with Russian collation, ё as е', () => {
    // Ёлкин and Елисеев both at 4. Normalised: "елкин" vs "елисеев" → "ели" < "елк" (и before к),
    // so Елисеев comes first — a plain code-unit sort would put Ё (U+0401) before Е (U+0415).
    const design = skill('Дизайн', { target: 3, requiredLevel: 3 });
    const yolkin = member('Ёлкин', 'ambassador');
    const eliseev = member('Елисеев', 'ambassador');
    const abramov = member('Абрамов', 'ambassador');
    const yakovlev = member('Яковлев', 'ambassador');
    const a = analyse(
      workspaceOf(
        [yolkin, eliseev, abramov, yakovlev],
        [design],
        [
          link(yolkin, design, 4),
          link(abramov, design, 3),
          link(eliseev, design, 4),
          link(yakovlev, design, 5),
        ],
      ),
      { locale: 'ru' },
    );
    expect(withLevels(entryOf(a, design).holders)).toEqual([
      'Яковлев 5',
      'Елисеев 4',
      'Ёлкин 4',
      'Абрамов 3',
    ]);
  });

  test('name order ignores case and surrounding white space', () => {
    const s = skill('S', { target: 2, requiredLevel: 1 });
    const lower = member('  борис', 'ambassador');
    const upper = member('АННА', 'ambassador');
    const a = analyse(workspaceOf([lower, upper], [s], [link(lower, s, 2), link(upper, s, 2)]), {
      locale: 'ru',
    });
    expect(names(entryOf(a, s).holders)).toEqual(['АННА', '  борис']);
  });
});

describe('topCandidates', () => {
  // One gap skill "Go" (target 1, required 3, weight 1), nobody holds it. Scores = level/5 × workload factor:
  //   Виктор  5, workload 0    → 1.0
  //   Галина  5, workload 40   → 1 × 0.8 = 0.8
  //   Борис   4, workload 0    → 0.8
  //   Анна    4, workload 0    → 0.8
  //   Дмитрий 3, workload 0    → 0.6
  //   Жанна   5, workload 100  → 1 × 0.5 = 0.5
  //   Ева     5, workload null → 1 × 0.5 = 0.5 (unknown counts as 100 %)
  // Order: Виктор; then the 0.8s by lower workload (Анна 0, Борис 0, Галина 40), Анна before Борис by name;
  // then Дмитрий; then the 0.5s, Жанна (known) before Ева (unknown) although Ева comes first by name.
  // (Анна had an unknown workload here until issue 13, when unknown counted as 0 %.)
  const go = skill('Go', { target: 1, requiredLevel: 3, weight: 1 });
  const people = [
    [member('Дмитрий', 'employee', 0), 3],
    [member('Ева', 'employee', null), 5],
    [member('Галина', 'employee', 40), 5],
    [member('Борис', 'employee', 0), 4],
    [member('Жанна', 'employee', 100), 5],
    [member('Виктор', 'alumni', 0), 5],
    [member('Анна', 'employee', 0), 4],
  ] as const;
  const a = analyse(
    workspaceOf(
      people.map(([m]) => m),
      [go],
      people.map(([m, level]) => link(m, go, level)),
    ),
    { locale: 'ru' },
  );
  const entry = entryOf(a, go);

  test('ties on score go to lower workload (unknown after known), then to name', () => {
    expect(names(rankedCandidates(a, entry))).toEqual([
      'Виктор',
      'Анна',
      'Борис',
      'Галина',
      'Дмитрий',
      'Жанна',
      'Ева',
    ]);
  });

  test('scores equal on paper tie even when floating point differs in the last bit', () => {
    // Skill "Data" (weight 2, gap 1). Ned: 2 × 4/5 × (1 − 50/200) = 1.6 × 0.75 = 1.2; Oda: 2 × 3/5 × 1 = 1.2.
    // In floating point the first is 1.2000000000000002; the tie must still go to the lower workload (Oda, 0 %).
    const dataSkill = skill('Data', { target: 1, requiredLevel: 3, weight: 2 });
    const ned = member('Ned', 'employee', 50);
    const oda = member('Oda', 'employee', 0);
    const b = analyse(
      workspaceOf([ned, oda], [dataSkill], [link(ned, dataSkill, 4), link(oda, dataSkill, 3)]),
      { locale: 'en' },
    );
    expect(scoreOf(b, ned.key)).toBe(scoreOf(b, oda.key));
    expect(names(rankedCandidates(b, entryOf(b, dataSkill)))).toEqual(['Oda', 'Ned']);
  });

  test('returns the best `limit` candidates in rank order', () => {
    expect(names(topCandidates(a, entry, 3))).toEqual(['Виктор', 'Анна', 'Борис']);
    expect(names(topCandidates(a, entry, 1))).toEqual(['Виктор']);
    expect(names(topCandidates(a, entry, 6)).slice(-1)).toEqual(['Жанна']);
  });

  test('returns every candidate when the limit exceeds the pool, and none for limit 0', () => {
    expect(names(topCandidates(a, entry, 10))).toEqual(names(rankedCandidates(a, entry)));
    expect(topCandidates(a, entry, 10)).toHaveLength(7);
    expect(topCandidates(a, entry, 0)).toEqual([]);
  });
});

describe('gapReportOrder', () => {
  test('orders by gap (largest first), then weight (largest first), then skill name', () => {
    // From the club: Mentoring gap 2; Kubernetes gap 1; gap 0: Python w 3, SQL w 2, UX Research w 1.
    const a = analyse(club, { locale: 'en' });
    expect(gapReportOrder(a, 'en').map((e) => e.skill.name)).toEqual([
      'Mentoring',
      'Kubernetes',
      'Python',
      'SQL',
      'UX Research',
    ]);
  });

  test('equal gap and weight fall back to the name, ё read as е', () => {
    // All gap 1, weight 1. Normalised names: "ель", "елка", "ясень", "акация" → акация, елка, ель, ясень
    // ("елк" < "ель" since к < ь).
    const skills = ['Ясень', 'Ель', 'Ёлка', 'акация'].map((n) =>
      skill(n, { target: 1, requiredLevel: 3, weight: 1 }),
    );
    const a = analyse(workspaceOf([], skills, []), { locale: 'ru' });
    expect(gapReportOrder(a, 'ru').map((e) => e.skill.name)).toEqual(['акация', 'Ёлка', 'Ель', 'Ясень']);
  });
});
