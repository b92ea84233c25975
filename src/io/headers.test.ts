import { test, expect, describe } from 'vitest';
import { fieldForHeader, headerKey, type Field } from './headers';

// The synonyms the product promises (docs/contract.md#headers), English and Russian.
const PROMISED_SYNONYMS: [Field, string[]][] = [
  [
    'member_id',
    ['id', 'member id', 'employee id', 'personnel number', 'табельный номер', 'таб номер', 'id сотрудника'],
  ],
  ['name', ['name', 'member', 'full name', 'employee', 'person', 'фио', 'сотрудник', 'имя', 'участник']],
  [
    'department',
    ['department', 'team', 'unit', 'division', 'подразделение', 'отдел', 'департамент', 'команда'],
  ],
  ['location', ['location', 'city', 'office', 'region', 'город', 'офис', 'регион', 'локация']],
  ['title', ['title', 'position', 'job title', 'должность']],
  ['email', ['email', 'e-mail', 'почта']],
  ['status', ['status', 'статус']],
  ['ambassador', ['ambassador', 'is ambassador', 'амбассадор']],
  ['workload', ['workload', 'load', 'utilisation', 'загрузка', 'загруженность']],
  ['activity', ['activity', 'contribution', 'активность', 'вклад']],
  ['roles', ['roles', 'community roles', 'роли', 'роль в сообществе']],
  ['skill_id', ['skill id', 'skill code', 'код навыка']],
  ['skill', ['skill', 'competency', 'expertise', 'навык', 'компетенция', 'экспертиза']],
  ['category', ['category', 'group', 'area', 'категория', 'группа', 'область']],
  ['target', ['target', 'target coverage', 'needed', 'цель', 'целевое покрытие']],
  [
    'required_level',
    [
      'required level',
      'min level',
      'minimum level',
      'требуемый уровень',
      'минимальный уровень',
      'целевой уровень',
    ],
  ],
  ['weight', ['weight', 'priority', 'вес', 'приоритет']],
  ['level', ['level', 'proficiency', 'grade', 'уровень', 'оценка']],
  [
    'interest',
    ['interest', 'wants to grow', 'интерес', 'хочет развивать', 'Хочу развивать', 'want to develop'],
  ],
];

describe('fieldForHeader', () => {
  test.each(PROMISED_SYNONYMS.flatMap(([field, words]) => words.map((w) => [w, field] as const)))(
    'the header %j is the field %s',
    (header, field) => {
      expect(fieldForHeader(header)).toBe(field);
    },
  );

  test('the canonical names written by the app read back as themselves', () => {
    // Headers of the app's own exports: member_id, skill_id, required_level…
    for (const field of ['member_id', 'skill_id', 'required_level', 'name', 'skill', 'level'] as Field[]) {
      expect(fieldForHeader(field)).toBe(field);
    }
  });

  test('matching ignores case, surrounding and inner white space, _, - and .', () => {
    expect(fieldForHeader('FULL NAME')).toBe('name');
    expect(fieldForHeader('  Full Name  ')).toBe('name');
    expect(fieldForHeader('full_name')).toBe('name');
    expect(fieldForHeader('Full-Name')).toBe('name');
    expect(fieldForHeader('full.name')).toBe('name');
    expect(fieldForHeader('Full   Name')).toBe('name');
    expect(fieldForHeader('FullName')).toBe('name');
    expect(fieldForHeader('Табельный_номер')).toBe('member_id');
    expect(fieldForHeader('ТАБ. НОМЕР')).toBe('member_id');
    expect(fieldForHeader('E-Mail')).toBe('email');
    expect(fieldForHeader('Min.Level')).toBe('required_level');
    expect(fieldForHeader('\u00a0Required\u00a0Level ')).toBe('required_level');
  });

  test('ё in a header reads as е', () => {
    expect(headerKey('Ёмкость')).toBe(headerKey('емкость'));
  });

  test('headers that are no known field give null', () => {
    expect(fieldForHeader('Python')).toBe(null);
    expect(fieldForHeader('Публичные выступления')).toBe(null);
    expect(fieldForHeader('__proto__')).toBe(null);
    expect(fieldForHeader('constructor')).toBe(null);
    expect(fieldForHeader('')).toBe(null);
  });
});
