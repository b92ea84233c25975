import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { NO_FILTER, type ExplorerFilter } from './explorerFilter';
import {
  DEFAULT_MATRIX_SORT,
  matrixCell,
  matrixModel,
  matrixRow,
  type MatrixMode,
  type MatrixSort,
} from './matrix';
import { newMember, newSkill, workspaceOf } from './types';
import { organisation } from '../../tests/helpers/organisation';

const compare = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

// Anna and Boris ambassadors (Boris leaving), Vera an employee, Gleb alumni.
const club = () => {
  const workspace = workspaceOf(
    [
      newMember({ key: 'a', name: 'Anna', department: 'Sales', status: 'ambassador' }),
      newMember({ key: 'b', name: 'Boris', department: 'IT', status: 'ambassador' }),
      newMember({ key: 'v', name: 'Vera', department: 'IT', status: 'employee' }),
      newMember({ key: 'g', name: 'Gleb', department: 'Audit', status: 'alumni' }),
    ],
    [
      newSkill({ key: 'sql', name: 'SQL', category: 'Data' }),
      newSkill({ key: 'py', name: 'Python', category: 'Code' }),
      newSkill({ key: 'talk', name: 'Talks' }),
      newSkill({ key: 'go', name: 'Go', category: 'Code' }),
    ],
    [
      { memberKey: 'a', skillKey: 'sql', level: 2, interest: false },
      { memberKey: 'a', skillKey: 'py', level: 5, interest: true },
      { memberKey: 'b', skillKey: 'py', level: 3, interest: false },
      { memberKey: 'v', skillKey: 'py', level: 4, interest: false },
      { memberKey: 'v', skillKey: 'talk', level: 1, interest: true },
      { memberKey: 'g', skillKey: 'go', level: 2, interest: false },
    ],
  );
  workspace.plan.leaving = ['b'];
  return analyse(workspace, { locale: 'en' });
};

function model(
  filter: Partial<ExplorerFilter> = {},
  mode: MatrixMode = 'everyone',
  sort: MatrixSort = DEFAULT_MATRIX_SORT,
) {
  const analysis = club();
  const m = matrixModel(analysis, { ...NO_FILTER, ...filter }, mode, sort, compare);
  const names = [...m.rows].map((r) => analysis.workspace.members[r].name);
  const skills = [...m.columns].map((c) => analysis.workspace.skills[c].name);
  return { analysis, m, names, skills };
}

describe('matrix model', () => {
  test('columns by category (uncategorised last), then name; rows by name', () => {
    const { m, names, skills } = model();
    expect(skills).toEqual(['Go', 'Python', 'SQL', 'Talks']);
    expect(m.groups).toEqual([
      { category: 'Code', start: 0, count: 2 },
      { category: 'Data', start: 2, count: 1 },
      { category: '', start: 3, count: 1 },
    ]);
    expect(names).toEqual(['Anna', 'Boris', 'Gleb', 'Vera']);
  });

  test('ambassadors mode: ambassadors and those marked as leaving', () => {
    expect(model({}, 'ambassadors').names).toEqual(['Anna', 'Boris']);
  });

  test('the filter narrows rows and columns; links below the minimum level show empty', () => {
    const { analysis, m, names, skills } = model({ departments: ['IT'], categories: ['Code'], minLevel: 4 });
    expect(names).toEqual(['Boris', 'Vera']);
    expect(skills).toEqual(['Go', 'Python']);
    expect(matrixCell(analysis, m, 0, 1)).toBeNull(); // Boris, Python 3 < 4
    expect(matrixCell(analysis, m, 1, 1)).toEqual({ level: 4, interest: false });
    expect([...matrixRow(analysis, m, 1).levels]).toEqual([0, 4]);
  });

  test('cells carry level and interest; no link is null', () => {
    const { analysis, m } = model();
    expect(matrixCell(analysis, m, 0, 1)).toEqual({ level: 5, interest: true });
    expect(matrixCell(analysis, m, 0, 0)).toBeNull();
    expect([...matrixRow(analysis, m, 0).levels]).toEqual([0, 5, 2, 0]);
    expect([...matrixRow(analysis, m, 3).levels]).toEqual([0, 4, 0, 1]);
  });

  test('sorts by department, and by a skill column (level, ties by name), either way', () => {
    expect(model({}, 'everyone', { key: { by: 'department' }, desc: false }).names).toEqual([
      'Gleb',
      'Boris',
      'Vera',
      'Anna',
    ]);
    expect(model({}, 'everyone', { key: { by: 'name' }, desc: true }).names).toEqual([
      'Vera',
      'Gleb',
      'Boris',
      'Anna',
    ]);
    const python = { by: 'skill', skill: 1 } as const;
    expect(model({}, 'everyone', { key: python, desc: true }).names).toEqual([
      'Anna',
      'Vera',
      'Boris',
      'Gleb',
    ]);
    expect(model({}, 'everyone', { key: python, desc: false }).names).toEqual([
      'Gleb',
      'Boris',
      'Vera',
      'Anna',
    ]);
    // Below the minimum level counts as empty: Boris (3) ties with Gleb (none) at level 4.
    expect(model({ minLevel: 4 }, 'everyone', { key: python, desc: true }).names).toEqual([
      'Anna',
      'Vera',
      'Boris',
      'Gleb',
    ]);
  });

  test('20,000 members × 500 skills: built quickly', () => {
    const analysis = analyse(organisation(20_000, 500, 200_000), { locale: 'en' });
    matrixModel(analysis, NO_FILTER, 'everyone', DEFAULT_MATRIX_SORT, compare); // warm up (name keys)
    const times: Record<string, number> = {};
    for (const [label, sort] of [
      ['by name', DEFAULT_MATRIX_SORT],
      ['by department', { key: { by: 'department' }, desc: false }],
      ['by a skill', { key: { by: 'skill', skill: 7 }, desc: true }],
    ] as [string, MatrixSort][]) {
      const start = performance.now();
      const m = matrixModel(analysis, NO_FILTER, 'everyone', sort, compare);
      times[label] = performance.now() - start;
      expect(m.rows).toHaveLength(20_000);
      expect(m.columns).toHaveLength(500);
    }
    const start = performance.now();
    const ambassadors = matrixModel(analysis, NO_FILTER, 'ambassadors', DEFAULT_MATRIX_SORT, compare);
    times.ambassadors = performance.now() - start;
    expect(ambassadors.rows).toHaveLength(1000);
    console.log(
      'Matrix model at 20k/500/200k: ' +
        Object.entries(times)
          .map(([label, ms]) => `${label} ${ms.toFixed(1)} ms`)
          .join(', '),
    );
  });
});
