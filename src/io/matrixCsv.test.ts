import { describe, expect, test } from 'vitest';
import { analyse } from '../domain/analysis';
import { NO_FILTER, skillMask } from '../domain/explorerFilter';
import { DEFAULT_MATRIX_SORT, matrixModel, shownMembers } from '../domain/matrix';
import { skillPairCounts } from '../domain/skillPairs';
import { newMember, newSkill, workspaceOf } from '../domain/types';
import { toCsv } from './csv';
import { MATRIX_CSV_WORDS, matrixTable, skillPairTable } from './matrixCsv';

const compare = new Intl.Collator('en').compare;
const analysis = analyse(
  workspaceOf(
    [
      newMember({ key: 'b', name: 'Boris', department: 'IT', location: 'Perm', status: 'ambassador' }),
      newMember({ key: 'a', name: '=Anna', department: 'Sales', status: 'employee' }),
    ],
    [newSkill({ key: 'sql', name: 'SQL' }), newSkill({ key: 'py', name: '+Python' })],
    [
      { memberKey: 'a', skillKey: 'sql', level: 2, interest: false },
      { memberKey: 'a', skillKey: 'py', level: 4, interest: true },
      { memberKey: 'b', skillKey: 'py', level: 3, interest: false },
    ],
  ),
  { locale: 'en' },
);

describe('matrix CSV', () => {
  test('name, department, location, status, then a column per skill in column order; rows as sorted', () => {
    const model = matrixModel(analysis, NO_FILTER, 'everyone', DEFAULT_MATRIX_SORT, compare);
    const table = matrixTable(analysis, model, MATRIX_CSV_WORDS.en);
    const csv = toCsv(table.header, table.rows, { delimiter: ',', bom: false });
    // Cells that a spreadsheet would run as a formula are written as text.
    expect(csv.split('\r\n')).toEqual([
      "name,department,location,status,'+Python,SQL,wants_to_develop",
      "'=Anna,Sales,,employee,4,2,'+Python",
      'Boris,IT,Perm,ambassador,3,,',
      '',
    ]);
  });

  test('Russian headers and statuses; the minimum level empties the cells below it', () => {
    const model = matrixModel(
      analysis,
      { ...NO_FILTER, minLevel: 3 },
      'everyone',
      DEFAULT_MATRIX_SORT,
      compare,
    );
    const table = matrixTable(analysis, model, MATRIX_CSV_WORDS.ru);
    expect(table.header).toEqual([
      'ФИО',
      'подразделение',
      'город',
      'статус',
      '+Python',
      'SQL',
      'хочет_развивать',
    ]);
    expect(table.rows).toEqual([
      ['=Anna', 'Sales', '', 'сотрудник', 4, null, '+Python'],
      ['Boris', 'IT', 'Perm', 'амбассадор', 3, null, ''],
    ]);
  });

  test('the trailing column lists every shown skill the person wants to develop, in column order, joined by "; "', () => {
    const withInterest = analyse(
      workspaceOf(
        [newMember({ key: 'a', name: 'Anna' })],
        [
          newSkill({ key: 'sql', name: 'SQL' }),
          newSkill({ key: 'py', name: 'Python' }),
          newSkill({ key: 'go', name: 'Go' }),
        ],
        [
          { memberKey: 'a', skillKey: 'sql', level: 3, interest: true },
          { memberKey: 'a', skillKey: 'py', level: 1, interest: true },
          { memberKey: 'a', skillKey: 'go', level: 2, interest: false },
        ],
      ),
      { locale: 'en' },
    );
    const all = matrixModel(withInterest, NO_FILTER, 'everyone', DEFAULT_MATRIX_SORT, compare);
    expect(matrixTable(withInterest, all, MATRIX_CSV_WORDS.en).rows).toEqual([
      ['Anna', '', '', 'employee', 2, 1, 3, 'Python; SQL'],
    ]);
    // A link hidden by the minimum level shows no ★ on screen, so the file does not list it either.
    const atTwo = matrixModel(
      withInterest,
      { ...NO_FILTER, minLevel: 2 },
      'everyone',
      DEFAULT_MATRIX_SORT,
      compare,
    );
    expect(matrixTable(withInterest, atTwo, MATRIX_CSV_WORDS.en).rows[0].slice(4)).toEqual([
      2,
      null,
      3,
      'SQL',
    ]);
  });

  test('skill pairs: both names, how many hold both, and each skill’s share', () => {
    const { pairs, holders } = skillPairCounts(
      analysis,
      shownMembers(analysis, NO_FILTER, 'everyone'),
      skillMask(analysis, NO_FILTER),
      1,
    );
    expect(skillPairTable(analysis, pairs, holders, MATRIX_CSV_WORDS.en)).toEqual({
      header: ['skill', 'with_skill', 'both', 'share_of_skill', 'share_of_with_skill'],
      rows: [['SQL', '+Python', 1, 1, 0.5]],
    });
  });
});
