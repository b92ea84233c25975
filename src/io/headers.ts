// Header recognition (SPEC "Import" → "Headers"): synonyms in English and Russian.

export type Field =
  | 'member_id'
  | 'name'
  | 'department'
  | 'location'
  | 'title'
  | 'email'
  | 'status'
  | 'ambassador'
  | 'workload'
  | 'activity'
  | 'roles'
  | 'skill_id'
  | 'skill'
  | 'category'
  | 'target'
  | 'required_level'
  | 'weight'
  | 'level'
  | 'interest';

export const MEMBER_ATTRIBUTE_FIELDS: readonly Field[] = [
  'department',
  'location',
  'title',
  'email',
  'status',
  'ambassador',
  'workload',
  'activity',
  'roles',
];
export const SKILL_ATTRIBUTE_FIELDS: readonly Field[] = ['category', 'target', 'required_level', 'weight'];

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
  name: ['name', 'member', 'member name', 'full name', 'employee', 'employee name', 'person', 'фио', 'ф.и.о.', 'сотрудник', 'имя', 'участник'],
  department: ['department', 'team', 'unit', 'division', 'dept', 'подразделение', 'отдел', 'департамент', 'команда'],
  location: ['location', 'city', 'office', 'region', 'город', 'офис', 'регион', 'локация'],
  title: ['title', 'position', 'job title', 'role title', 'должность'],
  email: ['email', 'e-mail', 'mail', 'почта', 'эл почта', 'электронная почта'],
  status: ['status', 'статус'],
  ambassador: ['ambassador', 'is ambassador', 'амбассадор'],
  workload: ['workload', 'load', 'utilisation', 'utilization', 'загрузка', 'загруженность'],
  activity: ['activity', 'contribution', 'активность', 'вклад'],
  roles: ['roles', 'community roles', 'community role', 'роли', 'роль в сообществе'],
  skill_id: ['skill_id', 'skill id', 'skill code', 'код навыка', 'id навыка'],
  skill: ['skill', 'skill name', 'competency', 'competence', 'expertise', 'навык', 'компетенция', 'экспертиза'],
  category: ['category', 'group', 'area', 'skill category', 'категория', 'группа', 'область'],
  target: ['target', 'target coverage', 'needed', 'цель', 'целевое покрытие'],
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
  level: ['level', 'proficiency', 'grade', 'уровень', 'оценка'],
  interest: ['interest', 'wants to grow', 'интерес', 'хочет развивать'],
};

/** Case-insensitive, ignoring surrounding white space, `_`, `-`, `.`, inner spaces (and ё = е, № signs). */
export function headerKey(header: string): string {
  return header
    .toLocaleLowerCase('ru')
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
