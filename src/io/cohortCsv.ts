// The cohort CSV (docs/contract.md#cohort-csv): one row per pick in pick order, with the gap skills it closes.
import type { CohortPlan } from '../domain/cohortTypes';
import { MEMBER_FIELDS, type ColumnLang } from '../domain/fields';
import type { MemberStatus } from '../domain/types';
import type { CsvValue } from './csv';
import { STATUS_CSV_WORDS } from './statusWords';

export const COHORT_COLUMNS = [
  'member_id',
  'name',
  'department',
  'status',
  'workload',
  'score',
  'closes',
] as const;

export type CohortColumn = (typeof COHORT_COLUMNS)[number];

export interface CohortCsvWords {
  headers: Record<CohortColumn, string>;
  status: Record<MemberStatus, string>;
}

// The member columns and status words are the workspace export's (one table per fact: src/domain/fields.ts), so a
// cohort file reads back with the same header synonyms; only `score` and `closes` are the cohort's own.
const memberColumn = (
  lang: ColumnLang,
  property: 'memberId' | 'name' | 'department' | 'status' | 'workload',
) => MEMBER_FIELDS.find((f) => f.property === property)!.column![lang];

function cohortWords(lang: ColumnLang, own: { score: string; closes: string }): CohortCsvWords {
  return {
    headers: {
      member_id: memberColumn(lang, 'memberId'),
      name: memberColumn(lang, 'name'),
      department: memberColumn(lang, 'department'),
      status: memberColumn(lang, 'status'),
      workload: memberColumn(lang, 'workload'),
      ...own,
    },
    status: STATUS_CSV_WORDS[lang],
  };
}

export const COHORT_CSV_WORDS: Record<ColumnLang, CohortCsvWords> = {
  en: cohortWords('en', { score: 'score', closes: 'closes' }),
  ru: cohortWords('ru', { score: 'балл', closes: 'закрывает' }),
};

export const ENGLISH_COHORT_WORDS = COHORT_CSV_WORDS.en;

export function cohortTable(
  plan: CohortPlan,
  words: CohortCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  const rows = plan.picks.map((pick) => [
    pick.member.memberId,
    pick.member.name,
    pick.member.department,
    words.status[pick.member.status],
    pick.workload,
    pick.score,
    pick.closes.map((c) => c.skill.name).join('; '),
  ]);
  return { header: COHORT_COLUMNS.map((c) => words.headers[c]), rows };
}
