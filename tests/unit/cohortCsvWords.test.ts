// The catalogues' cohort CSV words: the English ones are the contract's header, the Russian ones all present.
import { expect, test } from 'vitest';
import { COHORT_COLUMNS } from '../../src/io/cohortCsv';
import { en } from '../../src/i18n/messages.en';
import { ru } from '../../src/i18n/messages.ru';

test('csv.cohort.* in English spell the contract header; every key has a Russian word', () => {
  expect(COHORT_COLUMNS.map((c) => en[`csv.cohort.${c}`])).toEqual([...COHORT_COLUMNS]);
  expect(COHORT_COLUMNS.map((c) => ru[`csv.cohort.${c}`])).toEqual([
    'id сотрудника',
    'ФИО',
    'подразделение',
    'статус',
    'загрузка',
    'балл',
    'закрывает',
  ]);
});
