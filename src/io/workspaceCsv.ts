// The workspace as canonical CSV files (members with their plan marks, skills, expertise, the plan's settings)
// that import back to the same workspace (docs/contract.md#workspace-files).
import type { Member, MemberStatus, Workspace } from '../domain/types';
import {
  LINK_COLUMNS,
  MEMBER_FIELDS,
  SKILL_FIELDS,
  exportedFields,
  fieldWithRole,
  type ColumnLang,
} from '../domain/fields';
import { toCsv, type CsvOptions, type CsvValue } from './csv';
import { STATUS_CSV_WORDS } from './statusWords';
import { PLAN_CSV_WORDS, planMarkCells, planSettingRows, type PlanCsvWords } from './planCsv';

export interface WorkspaceCsvWords {
  lang: ColumnLang;
  members: string[];
  skills: string[];
  expertise: string[];
  status: Record<MemberStatus, string>;
  yes: string;
  fileNames: { members: string; skills: string; expertise: string };
  plan: PlanCsvWords;
}

const MEMBER_COLUMNS = exportedFields(MEMBER_FIELDS);
const SKILL_COLUMNS = exportedFields(SKILL_FIELDS);
// The expertise file names each link's member and skill by their id and name.
const MEMBER_ID = fieldWithRole(MEMBER_FIELDS, 'id');
const MEMBER_NAME = fieldWithRole(MEMBER_FIELDS, 'name');
const SKILL_ID = fieldWithRole(SKILL_FIELDS, 'id');
const SKILL_NAME = fieldWithRole(SKILL_FIELDS, 'name');

/** The canonical headers (fields.ts): the bundled samples' too, and header synonyms the importer knows. */
function headers(lang: ColumnLang) {
  return {
    members: MEMBER_COLUMNS.map((field) => field.column[lang]),
    skills: SKILL_COLUMNS.map((field) => field.column[lang]),
    expertise: [
      ...[MEMBER_ID, MEMBER_NAME, SKILL_ID, SKILL_NAME].map((field) => field.column[lang]),
      LINK_COLUMNS.level[lang],
      LINK_COLUMNS.interest[lang],
    ],
  };
}

export const WORKSPACE_CSV_WORDS: Record<ColumnLang, WorkspaceCsvWords> = {
  en: {
    lang: 'en',
    ...headers('en'),
    status: STATUS_CSV_WORDS.en,
    yes: 'yes',
    fileNames: { members: 'members.csv', skills: 'skills.csv', expertise: 'expertise.csv' },
    plan: PLAN_CSV_WORDS.en,
  },
  ru: {
    lang: 'ru',
    ...headers('ru'),
    status: STATUS_CSV_WORDS.ru,
    yes: 'да',
    fileNames: { members: 'uchastniki.csv', skills: 'navyki.csv', expertise: 'ekspertiza.csv' },
    plan: PLAN_CSV_WORDS.ru,
  },
};

export interface CsvFile {
  name: string;
  text: string;
}

/**
 * The export's files. With the plan (the default): the members file ends with a column of plan marks (empty for
 * a member with none) and a fourth file lists the planner's settings. `data` leaves the plan out (the bundled
 * sample, which has none).
 */
export function workspaceCsvFiles(
  workspace: Workspace,
  words: WorkspaceCsvWords,
  options: CsvOptions,
  include: 'withPlan' | 'data' = 'withPlan',
): CsvFile[] {
  const withPlan = include === 'withPlan';
  const marks = withPlan ? planMarkCells(workspace.plan, words.plan) : null;
  const members = workspace.members.map((m) => {
    const row: CsvValue[] = MEMBER_COLUMNS.map((field) => memberCell(m, field, words));
    if (marks) row.push(marks.get(m.key) ?? '');
    return row;
  });
  const skills = skillsTable(workspace, words).rows;
  const { links } = workspace;
  const expertise: CsvValue[][] = new Array(links.level.length);
  for (let i = 0; i < links.level.length; i++) {
    const m = workspace.members[links.member[i]];
    const s = workspace.skills[links.skill[i]];
    expertise[i] = [
      m[MEMBER_ID.property],
      m[MEMBER_NAME.property],
      s[SKILL_ID.property],
      s[SKILL_NAME.property],
      links.level[i],
      links.interest[i] ? words.yes : '',
    ];
  }
  const memberHeader = withPlan ? [...words.members, words.plan.column] : words.members;
  const files = [
    { name: words.fileNames.members, text: toCsv(memberHeader, members, options) },
    { name: words.fileNames.skills, text: toCsv(words.skills, skills, options) },
    { name: words.fileNames.expertise, text: toCsv(words.expertise, expertise, options) },
  ];
  if (withPlan) {
    const settings = planSettingRows(workspace.plan, words.plan, words.status, words.lang);
    files.push({ name: words.plan.fileName, text: toCsv(words.plan.header, settings, options) });
  }
  return files;
}

/**
 * The skills file of the workspace files (canonical headers, current values): also the template offered when no
 * skills file was imported, to fill in and import back.
 */
export function skillsTable(
  workspace: Workspace,
  words: WorkspaceCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  return {
    header: words.skills,
    rows: workspace.skills.map((s) => SKILL_COLUMNS.map((field) => s[field.property])),
  };
}

function memberCell(m: Member, field: (typeof MEMBER_COLUMNS)[number], words: WorkspaceCsvWords): CsvValue {
  switch (field.kind) {
    case 'status':
      return words.status[m[field.property]];
    case 'tags':
      return m[field.property].join('; ');
    default:
      return m[field.property];
  }
}
