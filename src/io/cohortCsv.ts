// The cohort CSV (docs/contract.md#cohort-csv): one row per pick in pick order, with the gap skills it closes.
import type { CohortPlan } from '../domain/cohortTypes';
import type { MemberStatus } from '../domain/types';
import type { CsvValue } from './csv';

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

export const ENGLISH_COHORT_WORDS: CohortCsvWords = {
  headers: Object.fromEntries(COHORT_COLUMNS.map((c) => [c, c])) as Record<CohortColumn, string>,
  status: { ambassador: 'ambassador', employee: 'employee', alumni: 'alumni' },
};

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
