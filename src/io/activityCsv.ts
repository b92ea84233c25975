// The activity CSV (docs/contract.md#activity-csv): one row per ambassador, by state then name, each with the
// reason for its state as a sentence with the numbers, and the skills that ambassador alone holds.
import {
  activityRowOrder,
  type ActivityModel,
  type ActivityReason,
  type ActivityState,
} from '../domain/activity';
import type { Analysis } from '../domain/analysis';
import { MEMBER_FIELDS, type ColumnLang } from '../domain/fields';
import { uniqueSkillsOf } from '../domain/unique';
import type { CsvValue } from './csv';

export const ACTIVITY_COLUMNS = [
  'member_id',
  'name',
  'department',
  'workload',
  'free_capacity',
  'activity',
  'expected',
  'state',
  'reason',
  'unique_skills',
] as const;

export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

/**
 * Reason sentences with `{name}` places for the reason's numbers: workload, overloadedFrom, quietBelow,
 * thrivingFrom, freeCapacity, activity, expected, norm. The screen can word reasons with its own templates.
 */
export interface ActivityReasonWords {
  overloaded: string;
  quiet: string;
  steady: string;
  thriving: string;
  /** Steady with nothing expected (N = 0 or no free capacity), where "between 50 % and 150 % of 0" says nothing. */
  nothingExpected: string;
  workloadUnknown: string;
  activityUnknown: string;
  leaving: string;
}

export interface ActivityCsvWords {
  headers: Record<ActivityColumn, string>;
  state: Record<ActivityState, string>;
  reason: ActivityReasonWords;
  /** The decimal sign in reason sentences (the number cells follow the delimiter, as everywhere). */
  decimal: '.' | ',';
}

// The member columns are the workspace export's (src/domain/fields.ts), so the file reads back as a members file.
const memberColumn = (
  lang: ColumnLang,
  property: 'memberId' | 'name' | 'department' | 'workload' | 'activity',
) => MEMBER_FIELDS.find((f) => f.property === property)!.column![lang];

type OwnColumn = Exclude<ActivityColumn, 'member_id' | 'name' | 'department' | 'workload' | 'activity'>;

function headersOf(lang: ColumnLang, own: Record<OwnColumn, string>): Record<ActivityColumn, string> {
  return {
    member_id: memberColumn(lang, 'memberId'),
    name: memberColumn(lang, 'name'),
    department: memberColumn(lang, 'department'),
    workload: memberColumn(lang, 'workload'),
    activity: memberColumn(lang, 'activity'),
    ...own,
  };
}

export const ACTIVITY_CSV_WORDS: Record<ColumnLang, ActivityCsvWords> = {
  en: {
    headers: headersOf('en', {
      free_capacity: 'free_capacity',
      expected: 'expected',
      state: 'state',
      reason: 'reason',
      unique_skills: 'unique_skills',
    }),
    state: { overloaded: 'overloaded', quiet: 'quiet', steady: 'steady', thriving: 'thriving' },
    reason: {
      overloaded:
        'Workload {workload} % is at or above {overloadedFrom} %, whatever the activity ({activity}).',
      quiet:
        'Activity {activity} is below {quietBelow} % of the {expected} expected (free capacity {freeCapacity} %, club norm {norm}).',
      steady:
        'Activity {activity} is between {quietBelow} % and {thrivingFrom} % of the {expected} expected (free capacity {freeCapacity} %, club norm {norm}).',
      thriving:
        'Activity {activity} is at least {thrivingFrom} % of the {expected} expected (free capacity {freeCapacity} %, club norm {norm}).',
      nothingExpected:
        'Nothing is expected (free capacity {freeCapacity} %, club norm {norm}) and activity is {activity}.',
      workloadUnknown: 'Workload unknown: counted as 100 % free.',
      activityUnknown: 'No activity recorded: counted as 0.',
      leaving: 'Marked as leaving.',
    },
    decimal: '.',
  },
  ru: {
    headers: headersOf('ru', {
      free_capacity: 'свободный ресурс',
      expected: 'ожидаемая активность',
      state: 'состояние',
      reason: 'причина',
      unique_skills: 'уникальные навыки',
    }),
    state: {
      overloaded: 'перегрузка',
      quiet: 'низкая активность',
      steady: 'норма',
      thriving: 'высокая активность',
    },
    reason: {
      overloaded: 'Загрузка {workload} % не ниже {overloadedFrom} %, при любой активности ({activity}).',
      quiet:
        'Активность {activity} ниже {quietBelow} % от ожидаемой {expected} (свободный ресурс {freeCapacity} %, норма клуба {norm}).',
      steady:
        'Активность {activity} — от {quietBelow} % до {thrivingFrom} % от ожидаемой {expected} (свободный ресурс {freeCapacity} %, норма клуба {norm}).',
      thriving:
        'Активность {activity} не ниже {thrivingFrom} % от ожидаемой {expected} (свободный ресурс {freeCapacity} %, норма клуба {norm}).',
      nothingExpected:
        'Ничего не ожидается (свободный ресурс {freeCapacity} %, норма клуба {norm}), активность {activity}.',
      workloadUnknown: 'Загрузка не указана: свободный ресурс принят за 100 %.',
      activityUnknown: 'Активность не указана: принята за 0.',
      leaving: 'Отмечен как уходящий.',
    },
    decimal: ',',
  },
};

/** Two decimals at most: the numbers a person reads, not the float the formula carries. */
export function roundActivity(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The reason as a sentence (or two, with the unknown values and the leaving mark named). */
export function activityReasonText(
  reason: ActivityReason,
  words: ActivityReasonWords,
  decimal: '.' | ',',
  leaving = false,
): string {
  const number = (n: number | null) => {
    const text = n === null ? '' : String(roundActivity(n));
    return decimal === ',' ? text.replace('.', ',') : text;
  };
  const params: Record<string, string> = {
    workload: number(reason.workload),
    overloadedFrom: number(reason.thresholds.overloadedFrom),
    quietBelow: number(reason.thresholds.quietBelow),
    thrivingFrom: number(reason.thresholds.thrivingFrom),
    freeCapacity: number(reason.freeCapacity),
    activity: number(reason.activity),
    expected: number(reason.expected),
    norm: number(reason.norm),
  };
  const template =
    reason.rule === 'steady' && reason.expected === 0 ? words.nothingExpected : words[reason.rule];
  const sentences = [template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)];
  if (reason.workloadUnknown) sentences.push(words.workloadUnknown);
  if (reason.activityUnknown) sentences.push(words.activityUnknown);
  if (leaving) sentences.push(words.leaving);
  return sentences.join(' ');
}

export function activityTable(
  analysis: Analysis,
  model: ActivityModel,
  words: ActivityCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  const rows = [...model.rows].sort(activityRowOrder(analysis)).map((row) => [
    row.member.memberId,
    row.member.name,
    row.member.department,
    row.workload,
    row.freeCapacity,
    row.activity,
    roundActivity(row.expected),
    words.state[row.state],
    activityReasonText(row.reason, words.reason, words.decimal, row.leaving),
    uniqueSkillsOf(analysis, row.member.key)
      .map((entry) => entry.skill.name)
      .join('; '),
  ]);
  return { header: ACTIVITY_COLUMNS.map((c) => words.headers[c]), rows };
}
