// Two intakes compared, as a file (docs/contract.md#intakes-over-time): one row per skill of either side, its
// coverage, gap and status then and now, and what changed — the comparison's per-skill table for a spreadsheet.
import type { ColumnLang } from '../domain/fields';
import type { IntakeComparison, SkillChange } from '../domain/intakes';
import type { SkillStatus } from '../domain/types';
import type { CsvValue } from './csv';
import { REPORT_WORDS } from './gapReport';

export const INTAKE_COMPARISON_COLUMNS = [
  'skill_id',
  'skill',
  'category',
  'coverage_then',
  'coverage_now',
  'gap_then',
  'gap_now',
  'status_then',
  'status_now',
  'change',
] as const;

type Column = (typeof INTAKE_COMPARISON_COLUMNS)[number];

export type SkillChangeKind =
  | 'added'
  | 'removed'
  | 'gap_closed'
  | 'gap_opened'
  | 'became_single_holder'
  | 'no_longer_single_holder'
  | 'coverage_changed'
  | 'unchanged';

export interface IntakeComparisonCsvWords {
  headers: Record<Column, string>;
  status: Record<SkillStatus, string>;
  change: Record<SkillChangeKind, string>;
  /** The category of a skill without one (as the development plan writes it). */
  uncategorised: string;
}

export const INTAKE_COMPARISON_CSV_WORDS: Record<ColumnLang, IntakeComparisonCsvWords> = {
  en: {
    headers: Object.fromEntries(INTAKE_COMPARISON_COLUMNS.map((c) => [c, c])) as Record<Column, string>,
    ...REPORT_WORDS.en,
    change: {
      added: 'added',
      removed: 'removed',
      gap_closed: 'gap_closed',
      gap_opened: 'gap_opened',
      became_single_holder: 'became_single_holder',
      no_longer_single_holder: 'no_longer_single_holder',
      coverage_changed: 'coverage_changed',
      unchanged: 'unchanged',
    },
  },
  ru: {
    headers: {
      skill_id: 'код навыка',
      skill: 'навык',
      category: 'категория',
      coverage_then: 'покрытие тогда',
      coverage_now: 'покрытие сейчас',
      gap_then: 'пробел тогда',
      gap_now: 'пробел сейчас',
      status_then: 'статус тогда',
      status_now: 'статус сейчас',
      change: 'изменение',
    },
    ...REPORT_WORDS.ru,
    change: {
      added: 'навык добавлен',
      removed: 'навык убран',
      gap_closed: 'пробел закрыт',
      gap_opened: 'пробел открылся',
      became_single_holder: 'остался один носитель',
      no_longer_single_holder: 'больше не один носитель',
      coverage_changed: 'покрытие изменилось',
      unchanged: 'без изменений',
    },
  },
};

/** What happened to one skill between the two intakes, the most telling change first. */
export function skillChangeKind(change: SkillChange): SkillChangeKind {
  const { then, now } = change;
  if (!then) return 'added';
  if (!now) return 'removed';
  if (then.status === 'gap' && now.status !== 'gap') return 'gap_closed';
  if (then.status !== 'gap' && now.status === 'gap') return 'gap_opened';
  if (then.status !== 'single_holder' && now.status === 'single_holder') return 'became_single_holder';
  if (then.status === 'single_holder' && now.status !== 'single_holder') return 'no_longer_single_holder';
  return then.coverage === now.coverage ? 'unchanged' : 'coverage_changed';
}

/** The comparison's skills, in its order; a side a skill is missing from stays empty. */
export function intakeComparisonTable(
  comparison: IntakeComparison,
  words: IntakeComparisonCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  return {
    header: INTAKE_COMPARISON_COLUMNS.map((c) => words.headers[c]),
    rows: comparison.skills.map((change) => {
      const skill = (change.now ?? change.then)!.skill;
      return [
        skill.skillId,
        change.name,
        change.category || words.uncategorised,
        change.then?.coverage,
        change.now?.coverage,
        change.then?.gap,
        change.now?.gap,
        change.then && words.status[change.then.status],
        change.now && words.status[change.now.status],
        words.change[skillChangeKind(change)],
      ];
    }),
  };
}
