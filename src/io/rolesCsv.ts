// The roles report (docs/contract.md#roles-report): one row per community role, the known roles first in their
// order, then the free tags by name — as `rolesModel` lists them.
import type { ColumnLang } from '../domain/fields';
import { KNOWN_ROLE_WORDS, type RoleCoverage } from '../domain/roles';
import type { SkillStatus } from '../domain/types';
import type { CsvValue } from './csv';
import { REPORT_WORDS } from './gapReport';

export const ROLES_COLUMNS = [
  'role',
  'target',
  'coverage',
  'gap',
  'status',
  'holders',
  'candidates',
] as const;

export type RolesColumn = (typeof ROLES_COLUMNS)[number];

export interface RolesCsvWords {
  lang: ColumnLang;
  headers: Record<RolesColumn, string>;
  /** The gap report's status words (the catalogues' `csv.status.*`). */
  status: Record<SkillStatus, string>;
}

export const ROLES_CSV_WORDS: Record<ColumnLang, RolesCsvWords> = {
  en: {
    lang: 'en',
    headers: Object.fromEntries(ROLES_COLUMNS.map((c) => [c, c])) as Record<RolesColumn, string>,
    status: REPORT_WORDS.en.status,
  },
  ru: {
    lang: 'ru',
    headers: {
      role: 'роль',
      target: 'цель',
      coverage: 'покрытие',
      gap: 'пробел',
      status: 'статус',
      holders: 'носители',
      candidates: 'кандидаты',
    },
    status: REPORT_WORDS.ru.status,
  },
};

/** A role as the report names it: a known role by its first word in the file's language, a free tag as met. */
export function roleName(role: RoleCoverage, lang: ColumnLang): string {
  return role.known ? KNOWN_ROLE_WORDS[role.known][lang][0] : (role.label ?? role.key);
}

export const NAME_SEPARATOR = '; ';

export function rolesTable(
  roles: readonly RoleCoverage[],
  words: RolesCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  const rows = roles.map((role) => [
    roleName(role, words.lang),
    role.target,
    role.coverage,
    role.gap,
    words.status[role.status],
    role.holders.map((m) => m.name).join(NAME_SEPARATOR),
    role.candidates.map((m) => m.name).join(NAME_SEPARATOR),
  ]);
  return { header: ROLES_COLUMNS.map((c) => words.headers[c]), rows };
}
