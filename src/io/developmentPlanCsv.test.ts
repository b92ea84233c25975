// The development plan: exact headers in each language, every column read back with papaparse.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { analyse } from '../domain/analysis';
import { growthCandidates } from '../domain/growth';
import { emptyWorkspace, workspaceOf, type Workspace } from '../domain/types';
import { toCsv } from './csv';
import { DEVELOPMENT_PLAN_CSV_WORDS, developmentPlanTable } from './developmentPlanCsv';
import { link, member, skill } from '../../tests/helpers/workspaces';

// Design (D1, Product; target 2, required 3, weight 2): nobody in the club holds it → gap 2.
// Go (no id, no category; target 1, required 2, weight 1): nobody → gap 1. Cloud (target 1): Anna 3 → covered.
const design = skill('Design', {
  skillId: 'D1',
  category: 'Product',
  target: 2,
  requiredLevel: 3,
  weight: 2,
});
const go = skill('Go', { target: 1, requiredLevel: 2, weight: 1 });
const cloud = skill('Cloud', { target: 1, requiredLevel: 3 });
const anna = { ...member('Anna', 'ambassador', 80), memberId: 'E-1' };
const vera = member('Vera', 'employee', null);
const gleb = { ...member('Gleb', 'alumni', 10), memberId: '@7' };

function club(): Workspace {
  return workspaceOf(
    [anna, vera, gleb],
    [design, go, cloud],
    [
      link(anna, design, 2), // ambassador, 3 − 1
      link(anna, cloud, 3),
      { ...link(vera, design, 1), interest: true }, // interested, level 1 < 3
      link(gleb, design, 2), // 3 − 1, workload 10
      { ...link(gleb, go, 1), interest: true }, // Go requires 2: 1 = 2 − 1, interested too
    ],
  );
}

function readBack(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('developmentPlanTable', () => {
  test('English: the exact header; gap skills in gap report order, candidates in growth order, every column', () => {
    const growth = growthCandidates(analyse(club(), { locale: 'en' }), 'en');
    const { header, rows } = developmentPlanTable(growth, DEVELOPMENT_PLAN_CSV_WORDS.en);
    const text = toCsv(header, rows, { delimiter: ',', bom: true });
    expect(
      text.startsWith(
        '\ufeffskill_id,skill,category,required_level,gap,member_id,name,status,level,interest,workload\r\n',
      ),
    ).toBe(true);
    expect(readBack(text, ',')).toEqual([
      [
        'skill_id',
        'skill',
        'category',
        'required_level',
        'gap',
        'member_id',
        'name',
        'status',
        'level',
        'interest',
        'workload',
      ],
      // Ambassador Anna first; then Gleb (2) before Vera (1).
      ['D1', 'Design', 'Product', '3', '2', 'E-1', 'Anna', 'ambassador', '2', '', '80'],
      ['D1', 'Design', 'Product', '3', '2', "'@7", 'Gleb', 'alumni', '2', '', '10'],
      ['D1', 'Design', 'Product', '3', '2', '', 'Vera', 'employee', '1', 'yes', ''],
      ['', 'Go', 'Uncategorised', '2', '1', "'@7", 'Gleb', 'alumni', '1', 'yes', '10'],
    ]);
  });

  test('Russian: Russian headers, status words, да for interest', () => {
    const growth = growthCandidates(analyse(club(), { locale: 'ru' }), 'ru');
    const { header, rows } = developmentPlanTable(growth, DEVELOPMENT_PLAN_CSV_WORDS.ru);
    const data = readBack(toCsv(header, rows, { delimiter: ';', bom: true }), ';');
    expect(data[0]).toEqual([
      'код навыка',
      'навык',
      'категория',
      'требуемый уровень',
      'пробел',
      'id сотрудника',
      'ФИО',
      'статус',
      'уровень',
      'интерес',
      'загрузка',
    ]);
    expect(data.slice(1).map((r) => [r[2], r[6], r[7], r[9]])).toEqual([
      ['Product', 'Anna', 'амбассадор', ''],
      ['Product', 'Gleb', 'выпускник', ''],
      ['Product', 'Vera', 'сотрудник', 'да'],
      ['Без категории', 'Gleb', 'выпускник', 'да'],
    ]);
  });

  test('an interest without a level is a row with level 0 and interest yes (да)', () => {
    // Go requires 2, nobody holds it (gap 1): Vera wants it with no level, so she is close at level 0.
    const ws = workspaceOf(
      [anna, vera, gleb],
      [design, go, cloud],
      [link(anna, cloud, 3), { ...link(vera, go, 0), interest: true }],
    );
    const en = developmentPlanTable(
      growthCandidates(analyse(ws, { locale: 'en' }), 'en'),
      DEVELOPMENT_PLAN_CSV_WORDS.en,
    );
    expect(readBack(toCsv(en.header, en.rows, { delimiter: ',', bom: false }), ',').slice(1)).toEqual([
      // Design: gap 2, but nobody is close, so no row.
      ['', 'Go', 'Uncategorised', '2', '1', '', 'Vera', 'employee', '0', 'yes', ''],
    ]);
    const ru = developmentPlanTable(
      growthCandidates(analyse(ws, { locale: 'ru' }), 'ru'),
      DEVELOPMENT_PLAN_CSV_WORDS.ru,
    );
    expect(ru.rows[0].slice(6, 10)).toEqual(['Vera', 'сотрудник', 0, 'да']);
  });

  test('no gap skills, no rows; the header still stands', () => {
    const { header, rows } = developmentPlanTable(
      growthCandidates(analyse(emptyWorkspace(), { locale: 'en' }), 'en'),
      DEVELOPMENT_PLAN_CSV_WORDS.en,
    );
    expect(header).toHaveLength(11);
    expect(rows).toEqual([]);
  });
});
