import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { compareSnapshots } from '../domain/intakes';
import { workspaceOf, type Workspace } from '../domain/types';
import { anna, boris, link, member, skill } from '../../tests/helpers/workspaces';
import { toCsv } from './csv';
import { INTAKE_COMPARISON_CSV_WORDS, intakeComparisonTable } from './intakeCompareCsv';

// Then: Anna and Boris hold Python (target 2) = covered; SQL (target 1) Anna alone = single holder;
// Go (target 1) nobody = gap; Design (target 1, no category) Boris alone = single holder.
// Now: Boris is gone and Cleo (an ambassador) holds Go and SQL: Python 1 of 2 = gap (opened); SQL Anna and Cleo
// = covered (no longer single holder); Go Cleo = single holder (gap closed); Design removed; Rust added (gap).
const python = skill('Python', { target: 2, category: 'Tech', skillId: 'PY' });
const sql = skill('SQL', { target: 1, category: 'Data' });
const go = skill('Go', { target: 1, category: 'Tech' });
const design = skill('Design', { target: 1 });
const rust = skill('Rust', { target: 1, category: 'Tech' });
const cleo = member('Cleo', 'ambassador');
const then: Workspace = workspaceOf(
  [anna, boris],
  [python, sql, go, design],
  [link(anna, python, 4), link(boris, python, 3), link(anna, sql, 3), link(boris, design, 5)],
);
const now: Workspace = workspaceOf(
  [anna, cleo],
  [python, sql, go, rust],
  [link(anna, python, 4), link(anna, sql, 3), link(cleo, sql, 4), link(cleo, go, 3)],
);
const comparison = compareSnapshots(then, now, { locale: 'en', roleHoldersOf: () => new Map() });

describe('the intake comparison CSV', () => {
  test('one row per skill of either side: coverage, gap and status then and now, and what changed', () => {
    const { header, rows } = intakeComparisonTable(comparison, INTAKE_COMPARISON_CSV_WORDS.en);
    const text = toCsv(header, rows, { delimiter: ',', bom: false });
    const table = Papa.parse<string[]>(text.trim(), { delimiter: ',' }).data;
    expect(table[0]).toEqual([
      'skill_id',
      'skill',
      'category',
      'coverage_then',
      'coverage_now',
      'gap_then',
      'gap_now',
      'status_then',
      'status_now',
      'change',
    ]);
    const bySkill = new Map(table.slice(1).map((r) => [r[1], r]));
    expect(bySkill.get('Python')).toEqual([
      'PY',
      'Python',
      'Tech',
      '2',
      '1',
      '0',
      '1',
      'covered',
      'gap',
      'gap_opened',
    ]);
    expect(bySkill.get('SQL')?.slice(3)).toEqual([
      '1',
      '2',
      '0',
      '0',
      'single_holder',
      'covered',
      'no_longer_single_holder',
    ]);
    expect(bySkill.get('Go')?.slice(3)).toEqual(['0', '1', '1', '0', 'gap', 'single_holder', 'gap_closed']);
    expect(bySkill.get('Design')?.slice(2)).toEqual([
      'Uncategorised',
      '1',
      '',
      '0',
      '',
      'single_holder',
      '',
      'removed',
    ]);
    expect(bySkill.get('Rust')?.slice(3)).toEqual(['', '0', '', '1', '', 'gap', 'added']);
    expect(table).toHaveLength(1 + 5);
  });

  test('in Russian: the headers, status and change words', () => {
    const { header, rows } = intakeComparisonTable(comparison, INTAKE_COMPARISON_CSV_WORDS.ru);
    expect(header.join(';')).toBe(
      'код навыка;навык;категория;покрытие тогда;покрытие сейчас;пробел тогда;пробел сейчас;статус тогда;статус сейчас;изменение',
    );
    const go = rows.find((r) => r[1] === 'Go')!;
    expect(go.slice(7)).toEqual(['пробел', 'единственный носитель', 'пробел закрыт']);
    expect(rows.find((r) => r[1] === 'Design')![2]).toBe('Без категории');
  });
});
