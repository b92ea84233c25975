import { describe, expect, test } from 'vitest';
import { analyse } from '../domain/analysis';
import { planCohort } from '../domain/cohort';
import { newMember, workspaceOf } from '../domain/types';
import { COHORT_COLUMNS, ENGLISH_COHORT_WORDS, cohortTable, type CohortCsvWords } from './cohortCsv';
import { toCsv } from './csv';
import { link, member, skill } from '../../tests/helpers/workspaces';

// skills (target, required level, weight): Data 2, 3, 2 · Go 1, 3, 1 · =Sum 1, 3, 0.5 (written as it is: it is not a cell's start)
// Nobody holds any of them: weighted gap before 2×2 + 1 + 0.5 = 5.5.
//   Kim  K1  Eng      employee  workload 20    Data 4, Go 3   → 3 at turn 1   score (2×4/5 + 3/5) × 0.9 = 1.98
//   Lea  —   (none)   alumni    workload null  Data 5, =Sum 5 → 2.5 at turn 1, 2.5 at turn 2 (Data's second unit)
//                                                            score (2 + 0.5) × 0.5 (unknown workload: neutral) = 1.25
//   Max  M7  Ops      employee  workload 100   Go 5           → 1 at turn 1, 0 after Kim   score 1 × 0.5 = 0.5
const data = skill('Data', { target: 2, requiredLevel: 3, weight: 2 });
const go = skill('Go', { target: 1, requiredLevel: 3, weight: 1 });
const sum = skill('=Sum', { target: 1, requiredLevel: 3, weight: 0.5 });
const kim = newMember({ ...member('Kim', 'employee', 20), memberId: 'K1', department: 'Eng' });
const lea = member('Lea', 'alumni', null);
const max = newMember({ ...member('Max', 'employee', 100), memberId: 'M7', department: 'Ops' });
const workspace = workspaceOf(
  [kim, lea, max],
  [data, go, sum],
  [link(kim, data, 4), link(kim, go, 3), link(lea, data, 5), link(lea, sum, 5), link(max, go, 5)],
);
const plan = planCohort(analyse(workspace, { locale: 'en' }));

describe('cohort CSV', () => {
  test('the English header row is exactly the one docs/contract.md gives', () => {
    const table = cohortTable(plan, ENGLISH_COHORT_WORDS);
    expect(toCsv(table.header, table.rows, { delimiter: ',', bom: false }).split('\r\n')[0]).toBe(
      'member_id,name,department,status,workload,score,closes',
    );
    expect(table.header).toEqual([...COHORT_COLUMNS]);
  });

  test('one row per pick in pick order; closes joined by "; "; an id no file gave and an unknown workload stay empty', () => {
    // Turn 1: Kim 3 > Lea 2.5 > Max 1. Turn 2: Lea 2.5 (Data's second unit, =Sum); Max 0 (Go is closed). Stop.
    const table = cohortTable(plan, ENGLISH_COHORT_WORDS);
    expect(table.rows).toEqual([
      ['K1', 'Kim', 'Eng', 'employee', 20, 1.98, 'Data; Go'],
      ['', 'Lea', '', 'alumni', null, 1.25, 'Data; =Sum'],
    ]);
    expect(
      toCsv(table.header, table.rows, { delimiter: ',', bom: false, lineEnding: '\n' }).split('\n'),
    ).toEqual([
      'member_id,name,department,status,workload,score,closes',
      'K1,Kim,Eng,employee,20,1.98,"Data; Go"',
      // Only a cell that begins with = is escaped (docs/contract.md#safe-cells).
      ',Lea,,alumni,,1.25,"Data; =Sum"',
      '',
    ]);
  });

  test('the given words head the columns and name the statuses (Russian, ";" and a decimal comma)', () => {
    const russian: CohortCsvWords = {
      headers: {
        member_id: 'id сотрудника',
        name: 'ФИО',
        department: 'подразделение',
        status: 'статус',
        workload: 'загрузка',
        score: 'балл',
        closes: 'закрывает',
      },
      status: { ambassador: 'амбассадор', employee: 'сотрудник', alumni: 'выпускник' },
    };
    const table = cohortTable(plan, russian);
    expect(
      toCsv(table.header, table.rows, { delimiter: ';', bom: false, lineEnding: '\n' }).split('\n'),
    ).toEqual([
      'id сотрудника;ФИО;подразделение;статус;загрузка;балл;закрывает',
      // With ";" as the delimiter, the joined skills are quoted.
      'K1;Kim;Eng;сотрудник;20;"1,98";"Data; Go"',
      ';Lea;;выпускник;;"1,25";"Data; =Sum"',
      '',
    ]);
  });

  test('a plan with no picks writes the header alone', () => {
    const none = planCohort(analyse(workspace, { locale: 'en' }), { size: 0 });
    expect(cohortTable(none, ENGLISH_COHORT_WORDS).rows).toEqual([]);
  });
});
