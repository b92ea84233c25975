// The workspace plan in the workspace export (docs/contract.md#workspace-files): each member's marks — leaving,
// pinned with its place, excluded — as one cell of the members file, and the planner's settings, the activity
// thresholds and the roles' targets as a small file of setting/value rows. Written in one language, read back in
// either.
import { validPlanSettings } from '../domain/edits';
import { THRESHOLD_NAMES, validRoleTarget, validThreshold } from '../domain/clubValues';
import type { ColumnLang } from '../domain/fields';
import { KNOWN_ROLE_WORDS, knownRoleOf, roleKeyOf } from '../domain/roles';
import type {
  ActivityThresholds,
  MemberStatus,
  PlanSettings,
  RoleTarget,
  WorkspacePlan,
} from '../domain/types';
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
  thresholds: Record<keyof ActivityThresholds, string>;
  /** A role target's row is named `<roleTarget>: <role>` (a known role by its word, a free tag by its key). */
  roleTarget: string;
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
    thresholds: {
      overloadedFrom: 'overloaded_from',
      quietBelow: 'quiet_below',
      thrivingFrom: 'thriving_from',
    },
    roleTarget: 'role_target',
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
    thresholds: {
      overloadedFrom: 'порог перегрузки',
      quietBelow: 'нижний порог активности',
      thrivingFrom: 'верхний порог активности',
    },
    roleTarget: 'цель роли',
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

/**
 * The settings file's rows: a setting's name, then its value (empty: none) — the planner's settings, then the
 * activity thresholds, then each role target the plan holds (the others are 1).
 */
export function planSettingRows(
  plan: Pick<WorkspacePlan, 'settings' | 'activityThresholds' | 'roleTargets'>,
  words: PlanCsvWords,
  status: Record<MemberStatus, string>,
  lang: ColumnLang,
): (string | number | null)[][] {
  const { settings, activityThresholds, roleTargets } = plan;
  return [
    ...PLAN_SETTING_NAMES.map((name) => {
      const value = settings[name];
      return [words.settings[name], Array.isArray(value) ? value.map((s) => status[s]).join('; ') : value];
    }),
    ...THRESHOLD_NAMES.map((name) => [words.thresholds[name], activityThresholds[name]]),
    ...roleTargets.map(({ role, target }) => [`${words.roleTarget}: ${roleWord(role, lang)}`, target]),
  ];
}

// A free tag's key is its normalised text, which reads back as the same key.
function roleWord(role: string, lang: ColumnLang): string {
  const known = knownRoleOf(role);
  return known && known === role ? KNOWN_ROLE_WORDS[known][lang][0] : role;
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

const THRESHOLD_BY_NAME: ReadonlyMap<string, keyof ActivityThresholds> = new Map(
  Object.values(PLAN_CSV_WORDS).flatMap((words) =>
    THRESHOLD_NAMES.map((name) => [headerKey(words.thresholds[name]), name] as const),
  ),
);
const ROLE_TARGET_NAMES = new Set(Object.values(PLAN_CSV_WORDS).map((words) => headerKey(words.roleTarget)));

/** The setting a settings row names, in either language; null for a name the planner has no setting for. */
export function planSettingFor(raw: string): PlanSettingName | null {
  return SETTING_BY_NAME.get(headerKey(raw)) ?? null;
}

/** What a settings file's row names: a planner setting, an activity threshold or a role's target. */
export type PlanRowName =
  | { kind: 'setting'; name: PlanSettingName }
  | { kind: 'threshold'; name: keyof ActivityThresholds }
  | { kind: 'roleTarget'; role: string };

/** A settings row's name in either language; null for a name that is none of these (or a role target without a role). */
export function planRowFor(raw: string): PlanRowName | null {
  const setting = planSettingFor(raw);
  if (setting) return { kind: 'setting', name: setting };
  const threshold = THRESHOLD_BY_NAME.get(headerKey(raw));
  if (threshold) return { kind: 'threshold', name: threshold };
  const colon = raw.indexOf(':');
  if (colon < 0 || !ROLE_TARGET_NAMES.has(headerKey(raw.slice(0, colon)))) return null;
  const role = roleKeyOf(raw.slice(colon + 1));
  return role === '' ? null : { kind: 'roleTarget', role };
}

/** A threshold's value as written (a trailing `%` allowed), when it is one the states can use alone. */
export function parseThreshold(name: keyof ActivityThresholds, raw: string): number | null {
  const n = parseNumber(raw.trim());
  return n.ok && validThreshold(name, n.value) ? n.value : null;
}

/** A role target's value: a whole number from 0 to MAX_ROLE_TARGET. */
export function parseRoleTarget(role: string, raw: string): RoleTarget | null {
  const n = parseNumber(raw.trim());
  return n.ok && validRoleTarget(n.value) ? { role, target: n.value } : null;
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
