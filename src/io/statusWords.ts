// How a member's status is written in the CSV files (workspace, cohort), apart from the writers so that a small
// export does not bring the workspace writer with it.
import type { ColumnLang } from '../domain/fields';
import type { MemberStatus } from '../domain/types';

export const STATUS_CSV_WORDS: Record<ColumnLang, Record<MemberStatus, string>> = {
  en: { ambassador: 'ambassador', employee: 'employee', alumni: 'alumni' },
  ru: { ambassador: 'амбассадор', employee: 'сотрудник', alumni: 'выпускник' },
};
