// Interest without a level (docs/contract.md#data-model): an interest-only record sits in the link table at
// level 0, but is no link — not counted, not coverage, no holder or candidate, no matrix level, no skill pair.
import { describe, expect, test } from 'vitest';
import { analyse, candidatesOf, skillsOfMember } from './analysis';
import { NO_FILTER } from './explorerFilter';
import { matrixCell, matrixModel, matrixRow, DEFAULT_MATRIX_SORT } from './matrix';
import { skillPairCounts } from './skillPairs';
import { uniqueHolder } from './unique';
import { interestOnlyCount, linkCount, workspaceOf, type Expertise, type Workspace } from './types';
import { link, member, skill } from '../../tests/helpers/workspaces';

const compare = new Intl.Collator('en').compare;

// SQL (target 1, required 3): Anna 4, Boris and Vera want it with no level. Go (target 1, required 3): Vera 3,
// Anna wants it with no level. Without the wishes: 2 links; SQL and Go each held once (single holder).
const anna = member('Anna', 'ambassador', 10);
const boris = member('Boris', 'ambassador', 10);
const vera = member('Vera', 'employee', 10);
const sql = skill('SQL');
const go = skill('Go');
const wish = (m: typeof anna, s: typeof sql): Expertise => ({ ...link(m, s, 0), interest: true });

const withWishes = (): Workspace =>
  workspaceOf(
    [anna, boris, vera],
    [sql, go],
    [link(anna, sql, 4), wish(boris, sql), wish(vera, sql), link(vera, go, 3), wish(anna, go)],
  );
const withoutWishes = (): Workspace =>
  workspaceOf([anna, boris, vera], [sql, go], [link(anna, sql, 4), link(vera, go, 3)]);

describe('interest-only records', () => {
  test('are kept in the table at level 0 with interest, but not counted as links', () => {
    const ws = withWishes();
    expect(ws.links.level.length).toBe(5);
    expect(linkCount(ws)).toBe(2);
    expect(interestOnlyCount(ws)).toBe(3);
  });

  test('a level 0 without interest is no record at all', () => {
    const ws = workspaceOf([anna], [sql], [link(anna, sql, 0)]);
    expect(ws.links.level.length).toBe(0);
  });

  test('are no coverage, holder, candidate or unique expertise', () => {
    const a = analyse(withWishes(), { locale: 'en' });
    const b = analyse(withoutWishes(), { locale: 'en' });
    expect(a.skills).toEqual(b.skills);
    expect(a.totals).toEqual(b.totals);
    // SQL: coverage 1 (Anna), status single holder, her expertise unique.
    expect(a.bySkill.get(sql.key)).toMatchObject({ coverage: 1, gap: 0, status: 'single_holder' });
    expect(uniqueHolder(a.bySkill.get(sql.key)!)?.member.name).toBe('Anna');
    // Go: Vera (an employee) is its only candidate; Anna's wish is not listed.
    expect(candidatesOf(a, a.bySkill.get(go.key)!).map((c) => c.member.name)).toEqual(['Vera']);
    // Anna's skills are her one link.
    expect(skillsOfMember(a, anna.key).map((s) => s.entry.skill.name)).toEqual(['SQL']);
  });

  test('are no matrix level and no star: the matrix is as without them', () => {
    const a = analyse(withWishes(), { locale: 'en' });
    const m = matrixModel(a, NO_FILTER, 'everyone', DEFAULT_MATRIX_SORT, compare);
    const row = (name: string) => [...m.rows].findIndex((r) => a.workspace.members[r].name === name);
    const column = (s: typeof sql) => [...m.columns].findIndex((c) => a.workspace.skills[c].key === s.key);
    expect(matrixCell(a, m, row('Boris'), column(sql))).toBeNull();
    expect(matrixCell(a, m, row('Anna'), column(go))).toBeNull();
    const annaRow = matrixRow(a, m, row('Anna'));
    expect([...annaRow.levels][column(go)]).toBe(0);
    expect([...annaRow.interest][column(go)]).toBe(0);
    // Sorting by the SQL column sees only Anna's 4.
    const sorted = matrixModel(
      a,
      NO_FILTER,
      'everyone',
      { key: { by: 'skill', skill: 0 }, desc: true },
      compare,
    );
    expect(a.workspace.members[sorted.rows[0]].name).toBe('Anna');
  });

  test('are in no skill pair', () => {
    // Anna holds SQL and wants Go; Vera holds Go and wants SQL: no one holds both.
    const a = analyse(withWishes(), { locale: 'en' });
    const counts = skillPairCounts(a, new Uint8Array([1, 1, 1]), new Uint8Array([1, 1]), 1);
    expect([...counts.holders]).toEqual([1, 1]);
    expect(counts.pairs).toEqual([]);
  });
});
