// The workspace as canonical CSV files (members, skills, expertise) that import back to the same workspace.
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

export interface WorkspaceCsvWords {
  members: string[];
  skills: string[];
  expertise: string[];
  status: Record<MemberStatus, string>;
  yes: string;
  fileNames: { members: string; skills: string; expertise: string };
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
    ...headers('en'),
    status: { ambassador: 'ambassador', employee: 'employee', alumni: 'alumni' },
    yes: 'yes',
    fileNames: { members: 'members.csv', skills: 'skills.csv', expertise: 'expertise.csv' },
  },
  ru: {
    ...headers('ru'),
    status: { ambassador: 'амбассадор', employee: 'сотрудник', alumni: 'выпускник' },
    yes: 'да',
    fileNames: { members: 'uchastniki.csv', skills: 'navyki.csv', expertise: 'ekspertiza.csv' },
  },
};

export interface CsvFile {
  name: string;
  text: string;
}

export function workspaceCsvFiles(
  workspace: Workspace,
  words: WorkspaceCsvWords,
  options: CsvOptions,
): CsvFile[] {
  const members = workspace.members.map((m) => MEMBER_COLUMNS.map((field) => memberCell(m, field, words)));
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
  return [
    { name: words.fileNames.members, text: toCsv(words.members, members, options) },
    { name: words.fileNames.skills, text: toCsv(words.skills, skills, options) },
    { name: words.fileNames.expertise, text: toCsv(words.expertise, expertise, options) },
  ];
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
