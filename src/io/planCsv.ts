// The workspace plan in the workspace export (docs/contract.md#workspace-files): each member's marks — leaving,
// pinned with its place, excluded — as one cell of the members file, and the planner's settings as a small file
// of setting/value rows. Written in one language, read back in either.
import { validPlanSettings } from '../domain/edits';
import type { ColumnLang } from '../domain/fields';
import type { MemberStatus, PlanSettings, WorkspacePlan } from '../domain/types';
import { headerKey } from './headers';
import { parseNumber, parseStatus } from './values';

export type PlanMark = 'leaving' | 'pinned' | 'excluded';
export type PlanSettingName = keyof PlanSettings;

export interface PlanCsvWords {
  fileName: string;
  /** The members file's column of marks. */
  column: string;
  /** The settings file's two columns. */
  header: [setting: string, value: string];
  marks: Record<PlanMark, string>;
  settings: Record<PlanSettingName, string>;
}

/** Settings in the order the file lists them. */
export const PLAN_SETTING_NAMES: readonly PlanSettingName[] = [
  'size',
  'maxPerDepartment',
  'maxPerLocation',
  'workloadCeiling',
  'eligibleStatuses',
];

export const PLAN_CSV_WORDS: Record<ColumnLang, PlanCsvWords> = {
  en: {
    fileName: 'plan.csv',
    column: 'cohort_plan',
    header: ['plan_setting', 'plan_value'],
    marks: { leaving: 'leaving', pinned: 'pinned', excluded: 'excluded' },
    settings: {
      size: 'cohort_size',
      maxPerDepartment: 'max_per_department',
      maxPerLocation: 'max_per_location',
      workloadCeiling: 'workload_ceiling',
      eligibleStatuses: 'eligible_statuses',
    },
  },
  ru: {
    fileName: 'plan_nabora.csv',
    column: 'план набора',
    header: ['параметр плана', 'значение параметра'],
    marks: { leaving: 'уходит', pinned: 'закреплён', excluded: 'исключён' },
    settings: {
      size: 'размер набора',
      maxPerDepartment: 'максимум на подразделение',
      maxPerLocation: 'максимум на город',
      workloadCeiling: 'потолок загрузки',
      eligibleStatuses: 'допустимые статусы',
    },
  },
};

// ---- writing ----

/** Each marked member's cell, by member key: "leaving", "pinned 2", "excluded", joined by "; " if several. */
export function planMarkCells(plan: WorkspacePlan, words: PlanCsvWords): Map<string, string> {
  const marks = new Map<string, string[]>();
  const add = (key: string, text: string) => {
    const list = marks.get(key);
    if (list) list.push(text);
    else marks.set(key, [text]);
  };
  for (const key of plan.leaving) add(key, words.marks.leaving);
  plan.pinned.forEach((key, i) => add(key, `${words.marks.pinned} ${i + 1}`));
  for (const key of plan.excluded) add(key, words.marks.excluded);
  return new Map([...marks].map(([key, list]) => [key, list.join('; ')]));
}

/** The settings file's rows: a setting's name, then its value (empty: none). */
export function planSettingRows(
  settings: PlanSettings,
  words: PlanCsvWords,
  status: Record<MemberStatus, string>,
): (string | number | null)[][] {
  return PLAN_SETTING_NAMES.map((name) => {
    const value = settings[name];
    return [words.settings[name], Array.isArray(value) ? value.map((s) => status[s]).join('; ') : value];
  });
}

// ---- reading ----

const MARK_WORDS = new Map<string, PlanMark>();
for (const [mark, list] of Object.entries({
  leaving: ['leaving', 'leaver', 'уходит', 'уходящий', 'уходящая'],
  pinned: ['pinned', 'pin', 'закреплён', 'закреплена', 'закреплено'],
  excluded: ['excluded', 'exclude', 'исключён', 'исключена', 'исключено'],
}) as [PlanMark, string[]][])
  for (const w of list) MARK_WORDS.set(headerKey(w), mark);

export interface PlanMarks {
  leaving: boolean;
  excluded: boolean;
  /** The pin's place as written ("pinned 2" → 2), Infinity for a pin without one, null when not pinned. */
  pin: number | null;
  /** The parts of the cell that are no mark, as written. */
  unknown: string[];
}

/** A members file's plan cell: marks separated by `;` or `,`, in either language, case and ё/е ignored. */
export function parsePlanMarks(raw: string): PlanMarks {
  const marks: PlanMarks = { leaving: false, excluded: false, pin: null, unknown: [] };
  for (const part of raw.split(/[;,]/)) {
    const text = part.trim();
    if (text === '') continue;
    const match = /^(.*?)[\s#№]*(\d+)?$/u.exec(text)!;
    const mark = MARK_WORDS.get(headerKey(match[1]));
    if (mark === 'pinned') marks.pin = match[2] === undefined ? Infinity : Number(match[2]);
    else if (mark && match[2] === undefined) marks[mark] = true;
    else marks.unknown.push(text);
  }
  return marks;
}

const SETTING_BY_NAME: ReadonlyMap<string, PlanSettingName> = new Map(
  Object.values(PLAN_CSV_WORDS).flatMap((words) =>
    PLAN_SETTING_NAMES.map((name) => [headerKey(words.settings[name]), name] as const),
  ),
);

/** The setting a settings row names, in either language; null for a name the planner has no setting for. */
export function planSettingFor(raw: string): PlanSettingName | null {
  return SETTING_BY_NAME.get(headerKey(raw)) ?? null;
}

/**
 * A setting's value, validated as the settings edit validates it (`validPlanSettings`); null when the planner
 * cannot use it. An empty cell means none: no cap, no ceiling, no eligible status (a size must be given).
 */
export function parsePlanSetting(name: PlanSettingName, raw: string): Partial<PlanSettings> | null {
  const text = raw.trim();
  let value: unknown;
  if (name === 'eligibleStatuses') {
    const parts = text
      .split(/[;,]/)
      .filter((p) => p.trim() !== '')
      .map((p) => parseStatus(p));
    if (parts.some((p) => !p.ok)) return null;
    value = parts.map((p) => (p.ok ? p.value : null));
  } else if (text === '') {
    value = null;
  } else {
    const n = parseNumber(text);
    if (!n.ok) return null;
    value = n.value;
  }
  const valid = validPlanSettings({ [name]: value });
  return name in valid ? valid : null;
}
