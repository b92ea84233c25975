// The cohort CSV words: the English ones are the contract's header, the Russian ones the workspace export's member
// columns (from the field table) plus the cohort's own two.
import { expect, test } from 'vitest';
import { COHORT_COLUMNS, COHORT_CSV_WORDS } from '../../src/io/cohortCsv';

test('the English cohort words spell the contract header; the Russian ones are the member columns and two more', () => {
  expect(COHORT_COLUMNS.map((c) => COHORT_CSV_WORDS.en.headers[c])).toEqual([...COHORT_COLUMNS]);
  expect(COHORT_COLUMNS.map((c) => COHORT_CSV_WORDS.ru.headers[c])).toEqual([
    'id сотрудника',
    'ФИО',
    'подразделение',
    'статус',
    'загрузка',
    'балл',
    'закрывает',
  ]);
  expect(COHORT_CSV_WORDS.ru.status).toEqual({
    ambassador: 'амбассадор',
    employee: 'сотрудник',
    alumni: 'выпускник',
  });
});
