import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { activityModel } from '../domain/activity';
import { analyse } from '../domain/analysis';
import { DEFAULT_ACTIVITY_THRESHOLDS, newMember, workspaceOf, type Member } from '../domain/types';
import { ACTIVITY_COLUMNS, ACTIVITY_CSV_WORDS, activityReasonText, activityTable } from './activityCsv';
import { toCsv } from './csv';
import { link, skill } from '../../tests/helpers/workspaces';

const person = (name: string, fields: Partial<Member>) =>
  newMember({ key: `n:${name}`, name, status: 'ambassador', ...fields });

// The club of src/domain/activity.test.ts (f = free capacity, r = rate):
//   Ann  wl 50, a 10 → f 50,  r 20      Bob  wl 0, a 10 → f 100, r 10     Cid  wl 80, a 12 → f 20, r 60
//   Dan  wl 120, a 40 → overloaded      Fay  wl 20, a 2 → f 80, r 2.5     Gus  wl ?, a ? → f 100, r 0
// N = median(0, 2.5, 10, 20, 60) = 10; expected = 10 × f / 100: Ann 5, Bob 10, Cid 2, Dan 0, Fay 8, Gus 10.
// Dan alone holds Solo and Lone, Fay alone holds Twin; Ann and Bob share Pair.
const ann = person('Ann', { memberId: 'A1', department: 'Sales', workload: 50, activity: 10 });
const bob = person('Bob', { memberId: 'B2', department: 'Sales', workload: 0, activity: 10 });
const cid = person('Cid', { department: 'IT', workload: 80, activity: 12 });
const dan = person('Dan', { memberId: 'D4', department: '=Ops', workload: 120, activity: 40 });
const fay = person('Fay', { memberId: 'F6', department: 'IT', workload: 20, activity: 2 });
const gus = person('Gus', { memberId: 'G7', department: 'IT', workload: null, activity: null });
const eve = newMember({ key: 'n:Eve', name: 'Eve', status: 'employee', workload: 0, activity: 50 });
const [solo, pair, twin, lone] = ['Solo', 'Pair', 'Twin', 'Lone'].map((n) => skill(n));

function tableOf(members: Member[], lang: 'en' | 'ru') {
  const workspace = workspaceOf(
    members,
    [solo, pair, twin, lone],
    [
      link(dan, solo, 3),
      link(dan, lone, 5),
      link(fay, twin, 4),
      link(ann, pair, 3),
      link(bob, pair, 3),
    ].filter((l) => members.some((m) => m.key === l.memberKey)),
  );
  const analysis = analyse(workspace, { locale: lang });
  return activityTable(
    analysis,
    activityModel(analysis, DEFAULT_ACTIVITY_THRESHOLDS),
    ACTIVITY_CSV_WORDS[lang],
  );
}

function readBack(csv: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('activity CSV', () => {
  test('the English file: exact header, rows by state then name, reasons with their numbers, read back', () => {
    const table = tableOf([ann, bob, cid, dan, fay, gus, eve], 'en');
    const csv = toCsv(table.header, table.rows, { delimiter: ',', bom: true });
    expect(csv.split('\r\n')[0]).toBe(
      '\ufeffmember_id,name,department,workload,free_capacity,activity,expected,state,reason,unique_skills',
    );
    expect(table.header).toEqual([...ACTIVITY_COLUMNS]);
    const [, ...rows] = readBack(csv, ',');
    expect(rows).toEqual([
      [
        'D4',
        'Dan',
        "'=Ops",
        '120',
        '0',
        '40',
        '0',
        'overloaded',
        'Workload 120 % is at or above 100 %, whatever the activity (40).',
        'Solo; Lone',
      ],
      [
        'F6',
        'Fay',
        'IT',
        '20',
        '80',
        '2',
        '8',
        'quiet',
        'Activity 2 is below 50 % of the 8 expected (free capacity 80 %, club norm 10).',
        'Twin',
      ],
      [
        'G7',
        'Gus',
        'IT',
        '',
        '100',
        '',
        '10',
        'quiet',
        'Activity 0 is below 50 % of the 10 expected (free capacity 100 %, club norm 10). ' +
          'Workload unknown: counted as 100 % free. No activity recorded: counted as 0.',
        '',
      ],
      [
        'B2',
        'Bob',
        'Sales',
        '0',
        '100',
        '10',
        '10',
        'steady',
        'Activity 10 is between 50 % and 150 % of the 10 expected (free capacity 100 %, club norm 10).',
        '',
      ],
      [
        'A1',
        'Ann',
        'Sales',
        '50',
        '50',
        '10',
        '5',
        'thriving',
        'Activity 10 is at least 150 % of the 5 expected (free capacity 50 %, club norm 10).',
        '',
      ],
      [
        '',
        'Cid',
        'IT',
        '80',
        '20',
        '12',
        '2',
        'thriving',
        'Activity 12 is at least 150 % of the 2 expected (free capacity 20 %, club norm 10).',
        '',
      ],
    ]);
  });

  test('the Russian file: Russian headers and state words, decimal commas in cells and sentences', () => {
    // Without Gus: N = median(2.5, 10, 20, 60) = (10 + 20) / 2 = 15; Ann expected 15 × 50 / 100 = 7.5, bounds
    // 3.75 / 11.25 → a 10 steady; Fay 12 → quiet; Cid 3 → thriving (12 ≥ 4.5); Bob 15 → steady.
    const table = tableOf([ann, bob, cid, dan, fay], 'ru');
    const csv = toCsv(table.header, table.rows, { delimiter: ';', bom: true });
    const [header, ...rows] = readBack(csv, ';');
    expect(header).toEqual([
      'id сотрудника',
      'ФИО',
      'подразделение',
      'загрузка',
      'свободный ресурс',
      'активность',
      'ожидаемая активность',
      'состояние',
      'причина',
      'уникальные навыки',
    ]);
    expect(rows.map((r) => `${r[1]} ${r[6]} ${r[7]}`)).toEqual([
      'Dan 0 перегрузка',
      'Fay 12 низкая активность',
      'Ann 7,5 норма',
      'Bob 15 норма',
      'Cid 3 высокая активность',
    ]);
    expect(rows[2][8]).toBe(
      'Активность 10 — от 50 % до 150 % от ожидаемой 7,5 (свободный ресурс 50 %, норма клуба 15).',
    );
    expect(rows[0][9]).toBe('Solo; Lone');
  });

  test('nothing expected, and a leaver, are said in words', () => {
    // One ambassador, a 0 → N 0, expected 0: steady, worded as "nothing is expected"; marked as leaving here.
    const workspace = workspaceOf([person('Zoe', { workload: 30, activity: 0 })], [], []);
    const [row] = activityModel(analyse(workspace, { locale: 'en' }), DEFAULT_ACTIVITY_THRESHOLDS).rows;
    const { reason, decimal } = ACTIVITY_CSV_WORDS.en;
    expect(activityReasonText(row.reason, reason, decimal, true)).toBe(
      'Nothing is expected (free capacity 70 %, club norm 0) and activity is 0. Marked as leaving.',
    );
  });
});
