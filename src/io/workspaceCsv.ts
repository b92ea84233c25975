// The workspace as canonical CSV files (members, skills, expertise) that import back to the same workspace.
import type { MemberStatus, Workspace } from '../domain/types';
import { toCsv, type CsvOptions, type CsvValue } from './csv';

export interface WorkspaceCsvWords {
  members: string[];
  skills: string[];
  expertise: string[];
  status: Record<MemberStatus, string>;
  yes: string;
  fileNames: { members: string; skills: string; expertise: string };
}

/** The same headers as the bundled samples; both sets are header synonyms the importer knows. */
export const WORKSPACE_CSV_WORDS: Record<'en' | 'ru', WorkspaceCsvWords> = {
  en: {
    members: [
      'member_id',
      'name',
      'department',
      'location',
      'title',
      'email',
      'status',
      'workload',
      'activity',
      'roles',
    ],
    skills: ['skill_id', 'skill', 'category', 'target', 'required_level', 'weight'],
    expertise: ['member_id', 'name', 'skill_id', 'skill', 'level', 'interest'],
    status: { ambassador: 'ambassador', employee: 'employee', alumni: 'alumni' },
    yes: 'yes',
    fileNames: { members: 'members.csv', skills: 'skills.csv', expertise: 'expertise.csv' },
  },
  ru: {
    members: [
      'id сотрудника',
      'ФИО',
      'подразделение',
      'город',
      'должность',
      'email',
      'статус',
      'загрузка',
      'активность',
      'роли',
    ],
    skills: ['код навыка', 'навык', 'категория', 'цель', 'требуемый уровень', 'вес'],
    expertise: ['id сотрудника', 'ФИО', 'код навыка', 'навык', 'уровень', 'интерес'],
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
  const members: CsvValue[][] = workspace.members.map((m) => [
    m.memberId,
    m.name,
    m.department,
    m.location,
    m.title,
    m.email,
    words.status[m.status],
    m.workload,
    m.activity,
    m.roles.join('; '),
  ]);
  const skills: CsvValue[][] = workspace.skills.map((s) => [
    s.skillId,
    s.name,
    s.category,
    s.target,
    s.requiredLevel,
    s.weight,
  ]);
  const { links } = workspace;
  const expertise: CsvValue[][] = new Array(links.level.length);
  for (let i = 0; i < links.level.length; i++) {
    const m = workspace.members[links.member[i]];
    const s = workspace.skills[links.skill[i]];
    expertise[i] = [
      m.memberId,
      m.name,
      s.skillId,
      s.name,
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
