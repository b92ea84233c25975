// The gap table's filter: skill fields, holders and the candidates a row shows; quick at organisation scale
// (prints its time; asserts only what it found, as the other speed tests do).
import { describe, expect, test } from 'vitest';
import { analyse, gapReportOrder } from '../../domain/analysis';
import { workspaceOf } from '../../domain/types';
import { organisation } from '../../../tests/helpers/organisation';
import { link, member, skill } from '../../../tests/helpers/workspaces';
import { filterGapRows, SHOWN_CANDIDATES, shownCandidates } from './gapFilter';

// Go: Пётр holds it (an ambassador at the required level); Ирина and seven others could close its gap.
// Rust: Олёна is a candidate; Борис knows it below the required level (neither holder nor candidate).
const go = skill('Go', { target: 2, requiredLevel: 3, category: 'Backend' });
const rust = skill('Rust', { target: 1, requiredLevel: 3, category: 'Systems' });
const petr = member('Пётр Орлов', 'ambassador');
const irina = member('Ирина', 'employee', 10);
const olena = member('Олёна', 'employee');
const boris = member('Борис', 'employee');
const others = Array.from({ length: 7 }, (_, i) => member(`Other ${i}`, 'employee', 90));
const analysis = analyse(
  workspaceOf(
    [petr, irina, olena, boris, ...others],
    [go, rust],
    [
      link(petr, go, 4),
      link(irina, go, 5),
      ...others.map((m) => link(m, go, 3)),
      link(olena, rust, 3),
      link(boris, rust, 2),
    ],
  ),
  { locale: 'ru' },
);
const rows = gapReportOrder(analysis, 'ru');
const found = (filter: string) => filterGapRows(analysis, rows, filter).map((e) => e.skill.name);

describe('filterGapRows', () => {
  test('an empty filter keeps every row in its order', () => {
    expect(found('')).toEqual(rows.map((e) => e.skill.name));
    expect(found('   ')).toEqual(rows.map((e) => e.skill.name));
  });

  test('skill name, category and id match as before', () => {
    expect(found('GO')).toEqual(['Go']);
    expect(found('systems')).toEqual(['Rust']);
  });

  test('a holder’s or a shown candidate’s name matches, case, ё and spacing ignored', () => {
    expect(found('петр')).toEqual(['Go']);
    expect(found('  ПЁТР   орлов ')).toEqual(['Go']);
    expect(found('ирина')).toEqual(['Go']);
    expect(found('олена')).toEqual(['Rust']);
  });

  test('someone the row does not show does not match: below the level, or past the shown candidates', () => {
    expect(found('борис')).toEqual([]);
    const shown = shownCandidates(analysis)
      .get(go.key)!
      .map((c) => c.member.name);
    expect(shown).toHaveLength(SHOWN_CANDIDATES);
    const hidden = others.map((m) => m.name).filter((name) => !shown.includes(name));
    expect(hidden.length).toBeGreaterThan(0);
    for (const name of hidden) expect(found(name)).toEqual([]);
    for (const name of shown) expect(found(name)).toEqual(['Go']);
  });

  test('a match does not run from one person’s name into the next', () => {
    expect(found('орлов ирина')).toEqual([]);
    expect(found('орлов\nирина')).toEqual([]);
  });

  test('500 skills at 20,000 members: every row a member of it is named in, quickly per keystroke', () => {
    const big = analyse(organisation(20_000, 500, 200_000), { locale: 'en' });
    const report = gapReportOrder(big, 'en');
    let start = performance.now();
    filterGapRows(big, report, 'warm up');
    const buildMs = performance.now() - start;
    start = performance.now();
    const keystrokes = ['m', 'me', 'mem', 'member 1', 'member 12', 'member 123'];
    for (const typed of keystrokes) filterGapRows(big, report, typed);
    const typingMs = performance.now() - start;
    console.log(
      `Gap table filter, 500 skills at 20,000 members: ${buildMs.toFixed(1)} ms to build, ` +
        `${(typingMs / keystrokes.length).toFixed(2)} ms a keystroke`,
    );
    const name =
      report[0].holders[0]?.member.name ?? shownCandidates(big).get(report[0].skill.key)![0].member.name;
    const rowsNaming = filterGapRows(big, report, name);
    expect(rowsNaming).toContain(report[0]);
    for (const e of rowsNaming) {
      const people = [...e.holders, ...shownCandidates(big).get(e.skill.key)!].map((p) => p.member.name);
      // "Member 12" also finds "Member 123": each row names someone whose name contains it.
      expect(people.some((p) => p.toLowerCase().includes(name.toLowerCase()))).toBe(true);
    }
  });
});
