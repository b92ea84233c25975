// Header recognition (docs/contract.md#headers): synonyms in English and Russian.

/** Every field a column can mean, in the order people look for them (the mapping step lists them so). */
export const FIELDS = [
  'name',
  'member_id',
  'skill',
  'skill_id',
  'level',
  'interest',
  'department',
  'location',
  'title',
  'email',
  'status',
  'ambassador',
  'workload',
  'activity',
  'roles',
  'category',
  'target',
  'required_level',
  'weight',
  'cohort_plan',
  'plan_setting',
  'plan_value',
] as const;

export type Field = (typeof FIELDS)[number];

const SYNONYMS: Record<Field, string[]> = {
  member_id: [
    'member_id',
    'id',
    'member id',
    'employee id',
    'personnel number',
    'табельный номер',
    'таб номер',
    'таб. номер',
    'таб №',
    'табельный',
    'id сотрудника',
    'ид сотрудника',
  ],
  name: [
    'name',
    'member',
    'member name',
    'full name',
    'employee',
    'employee name',
    'person',
    'фио',
    'ф.и.о.',
    'сотрудник',
    'имя',
    'участник',
  ],
  department: [
    'department',
    'team',
    'unit',
    'division',
    'dept',
    'подразделение',
    'отдел',
    'департамент',
    'команда',
  ],
  location: ['location', 'city', 'office', 'region', 'город', 'офис', 'регион', 'локация'],
  title: ['title', 'position', 'job title', 'role title', 'должность'],
  email: ['email', 'e-mail', 'mail', 'почта', 'эл почта', 'электронная почта'],
  status: ['status', 'статус'],
  ambassador: ['ambassador', 'is ambassador', 'амбассадор'],
  workload: ['workload', 'load', 'utilisation', 'utilization', 'загрузка', 'загруженность', 'занятость'],
  activity: ['activity', 'contribution', 'активность', 'вклад'],
  roles: ['roles', 'community roles', 'community role', 'роли', 'роль в сообществе'],
  skill_id: ['skill_id', 'skill id', 'skill code', 'код навыка', 'id навыка'],
  skill: [
    'skill',
    'skill name',
    'competency',
    'competence',
    'expertise',
    'навык',
    'компетенция',
    'экспертиза',
  ],
  category: ['category', 'group', 'area', 'skill category', 'категория', 'группа', 'область'],
  target: [
    'target',
    'target coverage',
    'target count',
    'target number',
    'needed',
    'experts needed',
    'required count',
    'цель',
    'целевое покрытие',
    'целевое количество',
    'целевое число',
    'целевое значение',
    'требуемое количество',
    'нужно экспертов',
    'норматив',
  ],
  required_level: [
    'required_level',
    'required level',
    'min level',
    'minimum level',
    'требуемый уровень',
    'минимальный уровень',
    'целевой уровень',
  ],
  weight: ['weight', 'priority', 'вес', 'приоритет'],
  level: [
    'level',
    'proficiency',
    'grade',
    'skill level',
    'уровень',
    'оценка',
    'уровень навыка',
    'уровень владения',
  ],
  interest: [
    'interest',
    'interested',
    'wants to grow',
    'wants to develop',
    'интерес',
    'хочет развивать',
    'хочу развивать',
    'желание развивать',
    'хочет развиваться',
    'want to develop',
    'заинтересован',
  ],
  // The workspace export's plan (src/io/planCsv.ts): exact headers only, never read loosely (below).
  cohort_plan: ['cohort_plan', 'cohort plan', 'план набора'],
  plan_setting: ['plan_setting', 'plan setting', 'параметр плана'],
  plan_value: ['plan_value', 'plan value', 'значение параметра'],
};

/** Case-insensitive, ignoring surrounding white space, `_`, `-`, `.`, inner spaces (and ё = е, № signs). */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0_\-.№]+/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, Field> = (() => {
  const map = new Map<string, Field>();
  for (const [field, words] of Object.entries(SYNONYMS) as [Field, string[]][]) {
    for (const w of words) map.set(headerKey(w), field);
  }
  return map;
})();

export function fieldForHeader(header: string): Field | null {
  return FIELD_BY_HEADER.get(headerKey(header)) ?? null;
}

function headerWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// The plan's columns are the app's own: a decorated "Plan value stream" is a skill, not one of them.
const EXACT_ONLY: ReadonlySet<Field> = new Set(['cohort_plan', 'plan_setting', 'plan_value']);

const SYNONYM_WORDS: { field: Field; words: string[] }[] = (Object.entries(SYNONYMS) as [Field, string[]][])
  .filter(([field]) => !EXACT_ONLY.has(field))
  .flatMap(([field, list]) => list.map((w) => ({ field, words: headerWords(w) })));

/**
 * A looser reading for headers people decorate: "Статус участника", "Загруженность, %", "Interested?",
 * "Уровень владения". The header must begin with a synonym's words; the longest such synonym decides, and
 * when synonyms of two fields fit equally well the header stays unknown (for the mapping step to settle).
 */
export function looseFieldForHeader(header: string): Field | null {
  const words = headerWords(header);
  if (words.length === 0) return null;
  let best = 0;
  const fields = new Set<Field>();
  for (const { field, words: synonym } of SYNONYM_WORDS) {
    if (synonym.length === 0 || synonym.length > words.length || synonym.length < best) continue;
    if (!synonym.every((w, i) => words[i] === w)) continue;
    if (synonym.length > best) {
      best = synonym.length;
      fields.clear();
    }
    fields.add(field);
  }
  return fields.size === 1 ? [...fields][0] : null;
}
