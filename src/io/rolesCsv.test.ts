// The roles report: exact headers in each language, every column read back with papaparse.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { analyse } from '../domain/analysis';
import { rolesModel } from '../domain/roles';
import { emptyPlan, emptyWorkspace, newMember, workspaceOf, type Workspace } from '../domain/types';
import { toCsv } from './csv';
import { ROLES_CSV_WORDS, rolesTable } from './rolesCsv';

const m = (name: string, status: 'ambassador' | 'employee' | 'alumni', roles: string[]) =>
  newMember({ key: `n:${name.toLowerCase()}`, name, status, roles });

// Ambassadors: Anna (architect, coordinator), Vera (Архитектор, =Mentor). Employees: Gleb (moderator, эмпат).
// Target of architect 2 (plan) → coverage 2, gap 0, covered; moderator: Anna → single holder, Gleb candidate;
// empath: nobody in the club → gap 1, Gleb a candidate; a free tag starting with `=` is written as a safe cell.
function club(): Workspace {
  const ws = workspaceOf(
    [
      m('Anna', 'ambassador', ['architect', 'coordinator']),
      m('Vera', 'ambassador', ['Архитектор', '=Mentor']),
      m('Gleb', 'employee', ['moderator', 'эмпат']),
    ],
    [],
    [],
  );
  ws.plan = { ...emptyPlan(), roleTargets: [{ role: 'architect', target: 2 }] };
  return ws;
}

function readBack(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The roles of a workspace under its own plan's targets. */
const rolesOf = (ws: Workspace, locale: string) =>
  rolesModel(analyse(ws, { locale }), ws.plan.roleTargets, locale);

describe('rolesTable', () => {
  test('English: the exact header, known roles first by their English word, then free tags, every column', () => {
    const { header, rows } = rolesTable(rolesOf(club(), 'en'), ROLES_CSV_WORDS.en);
    const text = toCsv(header, rows, { delimiter: ',', bom: true });
    expect(text.startsWith('\ufeffrole,target,coverage,gap,status,holders,candidates\r\n')).toBe(true);
    expect(readBack(text, ',')).toEqual([
      ['role', 'target', 'coverage', 'gap', 'status', 'holders', 'candidates'],
      ['architect', '2', '2', '0', 'covered', 'Anna; Vera', ''],
      ['empath', '1', '0', '1', 'gap', '', 'Gleb'],
      ['ideologist', '1', '0', '1', 'gap', '', ''],
      ['voice', '1', '0', '1', 'gap', '', ''],
      ['ambassador', '1', '0', '1', 'gap', '', ''],
      ['moderator', '1', '1', '0', 'single_holder', 'Anna', 'Gleb'],
      ["'=Mentor", '1', '1', '0', 'single_holder', 'Vera', ''],
    ]);
  });

  test('Russian: Russian headers, role and status words; semicolons', () => {
    const { header, rows } = rolesTable(rolesOf(club(), 'ru'), ROLES_CSV_WORDS.ru);
    const data = readBack(toCsv(header, rows, { delimiter: ';', bom: true }), ';');
    expect(data[0]).toEqual(['роль', 'цель', 'покрытие', 'пробел', 'статус', 'носители', 'кандидаты']);
    expect(data.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['архитектор', 'покрыт'],
      ['эмпат', 'пробел'],
      ['идеолог', 'пробел'],
      ['голос', 'пробел'],
      ['амбассадор', 'пробел'],
      ['модератор', 'единственный носитель'],
      ["'=Mentor", 'единственный носитель'],
    ]);
  });

  test('an empty workspace still reports the six known roles', () => {
    const { rows } = rolesTable(rolesOf(emptyWorkspace(), 'en'), ROLES_CSV_WORDS.en);
    expect(rows.map((r) => r[0])).toEqual([
      'architect',
      'empath',
      'ideologist',
      'voice',
      'ambassador',
      'moderator',
    ]);
  });
});
