// The importer's two ways in give one outcome (tests/helpers/importBoth.ts): generated expertise long lists,
// with and without a members file, replace or merge, imported from UTF-8 (byteTable and recall) and from
// UTF-16 (the text path). Workspace and report must be the same but for each file's `encoding`.
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import fc from 'fast-check';
import type { ImportMode } from './types';
import { Recall } from './recall';
import { expectSameOutcome, importBoth, type TextFile } from '../../../tests/helpers/importBoth';

// ---- generated expertise long lists ----

const HEADERS = {
  member_id: 'Табельный номер',
  name: 'ФИО',
  skill: 'Навык',
  level: 'Уровень',
  interest: 'Интерес',
  department: 'Подразделение',
  skill_id: 'Код навыка',
} as const;
type Column = keyof typeof HEADERS;

const BLANK_IDS = ['', '', ' ', '  '];
const IDS = ['T1', 'T2', 'T3', 't1', ' T2', 'T4', "'=T5"];
// A name is written next to blank ids or next to ids, never both, unless `mix` (a property of its own below):
// these pools are apart on purpose. 'Итого' and '' are in both: a blank-id row naming them is rejected, never recalled.
const NAMES_WITHOUT_ID = [
  'Вера Ёлкина',
  'вера  елкина',
  'Глеб Смирнов',
  'Анна Сидорова',
  'Итого',
  'Total:',
  '',
];
const NAMES_WITH_ID = [
  'Анна Иванова',
  'анна  иванова',
  'Борис Петров',
  'Ёлкин Пётр',
  'Елкин Петр',
  "'=Глеб",
  'Итого',
  '',
];
const SKILL_IDS = ['S1', 's1', 'S2', ' S3 '];
const SKILLS_WITHOUT_ID = ['Python', 'python ', 'Базы данных', 'Ёж', 'SQL', ''];
const SKILLS_WITH_ID = ['Go', 'Kotlin', 'Очень длинное название навыка; с точкой с запятой', 'C#', ''];
const DEPARTMENTS = ['', 'ИТ', 'HR', ' ИТ ', 'Отдел "Продаж"'];
const LEVELS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '3',
  '4',
  '0',
  ' 3',
  'x',
  'эксперт',
  '7',
  'abc',
  '',
  '3,0',
  'нет',
  '2.5',
];
const INTERESTS = ['', '', 'да', 'нет', '1', '0', 'x', 'может', ' Да '];

interface Person {
  id: string;
  name: string;
  department: string;
}
interface SkillRef {
  id: string;
  name: string;
}

const personArb = (mix: boolean): fc.Arbitrary<Person> =>
  fc.oneof(
    fc.record({
      id: fc.constantFrom(...BLANK_IDS),
      name: fc.constantFrom(...(mix ? [...NAMES_WITHOUT_ID, ...NAMES_WITH_ID] : NAMES_WITHOUT_ID)),
      department: fc.constantFrom(...DEPARTMENTS),
    }),
    fc.record({
      id: fc.constantFrom(...IDS),
      name: fc.constantFrom(...(mix ? [...NAMES_WITHOUT_ID, ...NAMES_WITH_ID] : NAMES_WITH_ID)),
      department: fc.constantFrom(...DEPARTMENTS),
    }),
  );

const skillArb = (mix: boolean): fc.Arbitrary<SkillRef> =>
  fc.oneof(
    fc.record({
      id: fc.constantFrom(...BLANK_IDS),
      name: fc.constantFrom(...(mix ? [...SKILLS_WITHOUT_ID, ...SKILLS_WITH_ID] : SKILLS_WITHOUT_ID)),
    }),
    fc.record({
      id: fc.constantFrom(...SKILL_IDS),
      name: fc.constantFrom(...(mix ? [...SKILLS_WITHOUT_ID, ...SKILLS_WITH_ID] : SKILLS_WITH_ID)),
    }),
  );

type Shape = 'normal' | 'total' | 'short' | 'extraEmpty' | 'extraFull' | 'blank' | 'noMember' | 'noSkill';

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  { weight: 24, arbitrary: fc.constant<Shape>('normal') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Shape>(
      'total',
      'short',
      'extraEmpty',
      'extraFull',
      'blank',
      'noMember',
      'noSkill',
    ),
  },
);

interface RowSpec {
  person: number;
  skill: number;
  level: string;
  interest: string;
  shape: Shape;
  /** Cells quoted though nothing asks for it (a bit per column): `"T1"` and `T1` are different bytes. */
  quoted: number;
}

const rowArb: fc.Arbitrary<RowSpec> = fc.record({
  person: fc.nat(),
  skill: fc.nat(),
  level: fc.constantFrom(...LEVELS),
  interest: fc.constantFrom(...INTERESTS),
  shape: shapeArb,
  quoted: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(127) }),
});

interface Scenario {
  people: Person[];
  skills: SkillRef[];
  columns: Column[];
  rows: RowSpec[];
  lineBreak: '\r\n' | '\n';
  membersFile: boolean;
  mode: ImportMode;
  bom: boolean;
}

const scenarioArb = (mix: boolean): fc.Arbitrary<Scenario> =>
  fc.record({
    people: fc.array(personArb(mix), { minLength: 2, maxLength: 8 }),
    skills: fc.array(skillArb(mix), { minLength: 2, maxLength: 6 }),
    columns: fc
      .record({ department: fc.boolean(), skillId: fc.boolean() })
      .chain(({ department, skillId }) => {
        const columns: Column[] = ['member_id', 'name', 'skill', 'level', 'interest'];
        if (department) columns.push('department');
        if (skillId) columns.push('skill_id');
        return fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length });
      }),
    // Few people and skills, many rows: the same cells come back again and again, in random order.
    rows: fc.array(rowArb, { minLength: 1, maxLength: 120, size: 'max' }),
    lineBreak: fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
    membersFile: fc.boolean(),
    mode: fc.constantFrom<ImportMode>('replace', 'merge'),
    bom: fc.boolean(),
  });

function writeCell(text: string, quote: boolean): string {
  return quote || /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function expertiseText(s: Scenario): string {
  const lines = [s.columns.map((c) => HEADERS[c]).join(';')];
  for (const r of s.rows) {
    const person = s.people[r.person % s.people.length];
    const skill = s.skills[r.skill % s.skills.length];
    const value: Record<Column, string> = {
      member_id: person.id,
      name: person.name,
      skill: skill.name,
      // Without a skill id column the skill's id is not written anywhere.
      skill_id: skill.id,
      level: r.level,
      interest: r.interest,
      department: person.department,
    };
    if (r.shape === 'total') Object.assign(value, { member_id: '', name: r.person % 2 ? 'Итого' : 'ИТОГО:' });
    if (r.shape === 'noMember') Object.assign(value, { member_id: ' ', name: '' });
    if (r.shape === 'noSkill') Object.assign(value, { skill: '', skill_id: '' });
    let cells = s.columns.map((c, i) => writeCell(value[c], ((r.quoted >> i) & 1) === 1));
    if (r.shape === 'blank') cells = cells.map(() => '');
    if (r.shape === 'short') cells = cells.slice(0, 1 + (r.skill % (cells.length - 1)));
    if (r.shape === 'extraEmpty') cells.push('', '');
    if (r.shape === 'extraFull') cells.push('', 'лишняя ячейка');
    lines.push(cells.join(';'));
  }
  return lines.join(s.lineBreak) + s.lineBreak;
}

function membersText(s: Scenario): string {
  const lines = ['Табельный номер;ФИО;Подразделение'];
  s.people.forEach((p, i) => {
    if (i % 2 === 0) lines.push([p.id, p.name, p.department].map((c) => writeCell(c, false)).join(';'));
  });
  return lines.join(s.lineBreak) + s.lineBreak;
}

function filesOf(s: Scenario): TextFile[] {
  const expertise = { name: 'expertise.csv', text: expertiseText(s) };
  return s.membersFile ? [expertise, { name: 'members.csv', text: membersText(s) }] : [expertise];
}

// ---- properties ----

describe('byteTable + recall and the text path import alike', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('generated expertise lists (members file first or not, replace or merge): same workspace, same report', () => {
    // How often a remembered answer was found: the recall path must really be taken.
    const get = vi.spyOn(Recall.prototype, 'get');
    let recalled = 0;
    let rows = 0;
    fc.assert(
      fc.property(scenarioArb(false), (s) => {
        get.mockClear();
        const { fast, slow } = importBoth(filesOf(s), s.mode, s.bom);
        expectSameOutcome(fast, slow, s.bom);
        // (A list of blank rows only is a file with just a header: reported so, both ways.)
        if (s.rows.some((r) => r.shape !== 'blank')) {
          expect(fast.report.files.find((f) => f.fileName === 'expertise.csv')).toMatchObject({
            kind: 'expertise',
            fatal: null,
          });
        }
        recalled += get.mock.results.filter((r) => r.type === 'return' && (r.value as number) >= 0).length;
        rows += s.rows.length;
      }),
      { numRuns: 200 },
    );
    expect(recalled).toBeGreaterThan(rows / 2);
  });

  // Found here: Recall once stored BLANK (-2) like "unknown", so an id cell not met before counted as a blank id
  // and the row was recalled by its name. The full read looks the id up first — and either gives the name's
  // member that id (Registry.find) or, when that member already has another id, creates a namesake.
  it('an id not met before, after its name came with a blank id, is looked up (not recalled by the name)', () => {
    const text = 'Табельный номер;ФИО;Навык;Уровень\n;Анна;SQL;3\nT1;Анна;SQL;3\nT2;Анна;SQL;3\n';
    const { fast, slow } = importBoth([{ name: 'e.csv', text }], 'replace');
    // The text path: Анна (no id) takes T1 in row 3; row 4's T2 is another Анна (a namesake).
    expect(slow.workspace.members.map((m) => [m.memberId, m.name])).toEqual([
      ['T1', 'Анна'],
      ['T2', 'Анна'],
    ]);
    expect(fast.workspace.members).toEqual(slow.workspace.members);
  });

  // The same property with names (and skill names) written both next to blank ids and next to ids.
  it('with names shared between blank-id and id rows the outcomes are the same', () => {
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const { fast, slow } = importBoth(filesOf(s), s.mode, s.bom);
        expectSameOutcome(fast, slow, s.bom);
      }),
      { numRuns: 200 },
    );
  });
});
