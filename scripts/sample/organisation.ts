// The sample's bank: its cities, departments and titles, the two people with fixed names, community roles, and
// the skills with the outcome of the analysis each must show.
import type { MemberStatus } from '../../src/domain/types';
import type { Name } from './names';

/** A word in both sample languages. */
export interface Words {
  en: string;
  ru: string;
}

export interface City extends Words {
  key: string;
  weight: number;
}

export interface Department extends Words {
  key: string;
  size: number;
  ambassador: number;
  female: number;
  titles: readonly (readonly [en: string, ru: string, weight: number])[];
}

export interface FixedPerson {
  dept: string;
  city: string;
  gender: 'm' | 'f';
  first: Name;
  last: Name;
  title: string;
  status: MemberStatus;
}

export type CategoryKey = keyof typeof CATEGORIES;

/**
 * A skill and the outcome the analysis must show for it:
 *   gap       coverage = cov (< target), at least minCand candidates
 *   gap0      coverage = cov (< target), no candidate at all
 *   single    target 1, coverage exactly 1
 *   covered   coverage ≥ max(2, target)
 * aff: departments where the skill is common ('*' = everywhere).
 */
export interface PlannedSkill extends Words {
  id: string;
  cat: CategoryKey;
  target: number;
  req: number;
  weight: number;
  aff: readonly string[];
  plan: 'gap' | 'gap0' | 'single' | 'covered';
  cov?: number;
  minCand?: number;
}

export const CITIES: readonly City[] = [
  { key: 'msk', en: 'Moscow', ru: 'Москва', weight: 45 },
  { key: 'spb', en: 'Saint Petersburg', ru: 'Санкт-Петербург', weight: 18 },
  { key: 'nsk', en: 'Novosibirsk', ru: 'Новосибирск', weight: 10 },
  { key: 'ekb', en: 'Yekaterinburg', ru: 'Екатеринбург', weight: 10 },
  { key: 'kzn', en: 'Kazan', ru: 'Казань', weight: 9 },
  { key: 'nnv', en: 'Nizhny Novgorod', ru: 'Нижний Новгород', weight: 8 },
];

// titles: [en, ru, weight] (shares of the department); ambassador: relative chance of a member of this
// department being in the club.
export const DEPARTMENTS: readonly Department[] = [
  {
    key: 'retail',
    en: 'Retail Banking',
    ru: 'Розничный бизнес',
    size: 22,
    ambassador: 1,
    female: 0.6,
    titles: [
      ['Personal Banker', 'Персональный менеджер', 5],
      ['Client Service Specialist', 'Специалист по обслуживанию клиентов', 4],
      ['Mortgage Product Manager', 'Менеджер по ипотечным продуктам', 2],
      ['Branch Manager', 'Управляющий отделением', 2],
      ['Head of Sales, Premium Segment', 'Руководитель продаж, премиальный сегмент', 1],
    ],
  },
  {
    key: 'corporate',
    en: 'Corporate Banking',
    ru: 'Корпоративный бизнес',
    size: 16,
    ambassador: 0.8,
    female: 0.45,
    titles: [
      ['Relationship Manager', 'Клиентский менеджер', 5],
      ['Senior Credit Analyst', 'Старший кредитный аналитик', 3],
      ['Trade Finance Specialist', 'Специалист по торговому финансированию', 2],
      ['Transaction Banking Product Manager', 'Продуктовый менеджер транзакционного бизнеса', 2],
      ['Head of SME Lending', 'Руководитель направления кредитования МСБ', 1],
    ],
  },
  {
    key: 'it',
    en: 'IT Platform',
    ru: 'ИТ-платформа',
    size: 24,
    ambassador: 1.3,
    female: 0.3,
    titles: [
      ['Backend Developer', 'Backend-разработчик', 5],
      ['Senior Java Developer', 'Старший Java-разработчик', 3],
      ['DevOps Engineer', 'DevOps-инженер', 3],
      ['QA Engineer', 'Инженер по тестированию', 3],
      ['Solution Architect', 'Архитектор решений', 2],
      ['Team Lead', 'Тимлид', 2],
    ],
  },
  {
    key: 'data',
    en: 'Data & Analytics',
    ru: 'Данные и аналитика',
    size: 16,
    ambassador: 1.4,
    female: 0.5,
    titles: [
      ['Data Analyst', 'Аналитик данных', 5],
      ['Data Scientist', 'Data Scientist', 3],
      ['Data Engineer', 'Инженер данных', 3],
      ['BI Developer', 'BI-разработчик', 2],
      ['Lead Data Scientist, Credit Models', 'Ведущий data scientist, кредитные модели', 1],
    ],
  },
  {
    key: 'risk',
    en: 'Risk',
    ru: 'Управление рисками',
    size: 14,
    ambassador: 0.7,
    female: 0.5,
    titles: [
      ['Risk Analyst', 'Риск-аналитик', 5],
      ['Credit Risk Manager', 'Риск-менеджер по кредитным рискам', 3],
      ['Compliance Officer', 'Комплаенс-офицер', 2],
      ['Model Validation Expert', 'Эксперт по валидации моделей', 2],
      ['Head of Operational Risk', 'Руководитель направления операционных рисков', 1],
    ],
  },
  {
    key: 'digital',
    en: 'Digital Channels',
    ru: 'Цифровые каналы',
    size: 16,
    ambassador: 1.4,
    female: 0.45,
    titles: [
      ['Product Owner', 'Владелец продукта', 2],
      ['Product Owner, Mobile App', 'Владелец продукта, мобильное приложение', 1],
      ['iOS Developer', 'iOS-разработчик', 2],
      ['Android Developer', 'Android-разработчик', 2],
      ['Frontend Developer', 'Frontend-разработчик', 3],
      ['UX Designer', 'UX-дизайнер', 2],
      ['UX Researcher', 'UX-исследователь', 1],
    ],
  },
  {
    key: 'hr',
    en: 'HR',
    ru: 'Управление персоналом',
    size: 10,
    ambassador: 1.6,
    female: 0.8,
    titles: [
      ['HR Business Partner', 'HR бизнес-партнёр', 3],
      ['Recruiter', 'Рекрутер', 3],
      ['L&D Specialist', 'Специалист по обучению и развитию', 2],
      ['Internal Communications Manager', 'Менеджер по внутренним коммуникациям', 1],
      ['Employer Brand Manager', 'Менеджер по HR-бренду', 1],
    ],
  },
  {
    key: 'marketing',
    en: 'Marketing',
    ru: 'Маркетинг',
    size: 10,
    ambassador: 1.4,
    female: 0.7,
    titles: [
      ['Brand Manager', 'Бренд-менеджер', 3],
      ['Marketing Analyst', 'Маркетинговый аналитик', 2],
      ['PR Manager', 'PR-менеджер', 2],
      ['SMM Specialist', 'SMM-специалист', 2],
      ['Event Manager', 'Ивент-менеджер', 1],
    ],
  },
  {
    key: 'ops',
    en: 'Operations',
    ru: 'Операционный блок',
    size: 12,
    ambassador: 0.6,
    female: 0.6,
    titles: [
      ['Operations Specialist', 'Специалист по операционному сопровождению', 5],
      ['Payments Operations Analyst', 'Аналитик платёжных операций', 3],
      ['Back Office Manager', 'Менеджер бэк-офиса', 2],
      ['Process Improvement Lead', 'Руководитель проектов по оптимизации процессов', 1],
      ['Head of Operations Centre, Volga Region', 'Руководитель операционного центра, Поволжье', 1],
    ],
  },
  {
    key: 'security',
    en: 'Security',
    ru: 'Безопасность',
    size: 10,
    ambassador: 0.8,
    female: 0.25,
    titles: [
      ['Information Security Analyst', 'Аналитик информационной безопасности', 4],
      ['SOC Engineer', 'Инженер SOC', 2],
      ['Fraud Prevention Specialist', 'Специалист по противодействию мошенничеству', 2],
      ['Penetration Tester', 'Пентестер', 1],
      ['Head of Security Architecture', 'Руководитель направления архитектуры безопасности', 1],
    ],
  },
];

// Members whose names are fixed (they exercise ё in identity normalisation).
export const FIXED_PEOPLE: readonly FixedPerson[] = [
  {
    dept: 'digital',
    city: 'msk',
    gender: 'm',
    first: ['Пётр', 'Pyotr'],
    last: ['Семёнов', 'Semyonov'],
    title: 'Product Owner, Mobile App',
    status: 'ambassador',
  },
  {
    dept: 'data',
    city: 'spb',
    gender: 'f',
    first: ['Алёна', 'Alyona'],
    last: ['Королёва', 'Korolyova'],
    title: 'Data Scientist',
    status: 'employee',
  },
];

/** Community roles in the words people use: the known roles, two of them by a synonym, and free tags. */
export const ROLE_WORDS = {
  architect: { en: 'architect', ru: 'архитектор' },
  empath: { en: 'empath', ru: 'эмпат' },
  ideologist: { en: 'ideologist', ru: 'идеолог' },
  voice: { en: 'voice', ru: 'голос' },
  language: { en: 'language', ru: 'язык' },
  ambassador: { en: 'ambassador', ru: 'амбассадор' },
  moderator: { en: 'moderator', ru: 'модератор' },
  coordinator: { en: 'coordinator', ru: 'координатор' },
  mentor: { en: 'mentor', ru: 'наставник' },
  speaker: { en: 'speaker', ru: 'спикер' },
} as const satisfies Record<string, Words>;

/**
 * The roles people outside the club carry (six, drawn in makeMembers). Ideologist is among them: in the club
 * nobody holds it (scripts/sample/health.ts), so the sample shows a missing role with candidates.
 */
export const ROLES: readonly Words[] = [
  ROLE_WORDS.architect,
  ROLE_WORDS.empath,
  ROLE_WORDS.ideologist,
  ROLE_WORDS.language,
  ROLE_WORDS.coordinator,
  ROLE_WORDS.mentor,
];

export const CATEGORIES = {
  tech: { en: 'Technology', ru: 'Технологии' },
  data: { en: 'Data', ru: 'Данные' },
  product: { en: 'Product', ru: 'Продукт' },
  speaking: { en: 'Public speaking', ru: 'Публичные выступления' },
  community: { en: 'Community', ru: 'Сообщество' },
  business: { en: 'Business', ru: 'Бизнес' },
  leadership: { en: 'Leadership', ru: 'Лидерство' },
} as const satisfies Record<string, Words>;

// prettier-ignore
const PLANNED_SKILLS: readonly Omit<PlannedSkill, 'id'>[] = [
  // Technology
  { en: 'Java', ru: 'Java', cat: 'tech', target: 2, req: 4, weight: 2, aff: ['it'], plan: 'covered' },
  { en: 'Python', ru: 'Python', cat: 'tech', target: 2, req: 3, weight: 2, aff: ['it', 'data'], plan: 'covered' },
  { en: 'Kubernetes', ru: 'Kubernetes', cat: 'tech', target: 2, req: 3, weight: 3, aff: ['it'], plan: 'gap', cov: 1, minCand: 2 },
  { en: 'Cloud architecture', ru: 'Облачная архитектура', cat: 'tech', target: 1, req: 4, weight: 3, aff: ['it'], plan: 'single' },
  { en: 'Mobile development', ru: 'Мобильная разработка', cat: 'tech', target: 1, req: 3, weight: 2, aff: ['digital'], plan: 'single' },
  { en: 'Cybersecurity', ru: 'Кибербезопасность', cat: 'tech', target: 2, req: 3, weight: 3, aff: ['security', 'it'], plan: 'gap', cov: 1, minCand: 3 },
  { en: 'Generative AI', ru: 'Генеративный ИИ', cat: 'tech', target: 1, req: 4, weight: 2, aff: ['data', 'it'], plan: 'gap0', cov: 0 },
  // Data
  { en: 'SQL', ru: 'SQL', cat: 'data', target: 3, req: 3, weight: 2, aff: ['data', 'risk', 'it', 'marketing'], plan: 'covered' },
  { en: 'Machine learning', ru: 'Машинное обучение', cat: 'data', target: 2, req: 4, weight: 3, aff: ['data', 'risk'], plan: 'gap', cov: 0, minCand: 2 },
  { en: 'Data visualisation', ru: 'Визуализация данных', cat: 'data', target: 2, req: 3, weight: 1.5, aff: ['data', 'marketing', 'risk'], plan: 'covered' },
  { en: 'Data engineering', ru: 'Инженерия данных', cat: 'data', target: 1, req: 3, weight: 2, aff: ['data', 'it'], plan: 'covered' },
  { en: 'A/B testing', ru: 'A/B-тестирование', cat: 'data', target: 1, req: 3, weight: 1, aff: ['digital', 'marketing', 'data'], plan: 'covered' },
  { en: 'Data governance', ru: 'Управление данными', cat: 'data', target: 1, req: 3, weight: 2, aff: ['data', 'risk'], plan: 'gap', cov: 0, minCand: 1 },
  // Product
  { en: 'Product management', ru: 'Управление продуктом', cat: 'product', target: 2, req: 3, weight: 2, aff: ['digital', 'retail', 'corporate'], plan: 'covered' },
  { en: 'UX research', ru: 'UX-исследования', cat: 'product', target: 1, req: 3, weight: 1.5, aff: ['digital'], plan: 'single' },
  { en: 'Customer journey mapping', ru: 'Карта пути клиента (CJM)', cat: 'product', target: 1, req: 3, weight: 1, aff: ['digital', 'retail', 'marketing'], plan: 'covered' },
  { en: 'Agile & Scrum', ru: 'Agile и Scrum', cat: 'product', target: 2, req: 3, weight: 1, aff: ['it', 'digital'], plan: 'covered' },
  // Public speaking
  { en: 'Presentations', ru: 'Презентации', cat: 'speaking', target: 3, req: 3, weight: 2, aff: ['*'], plan: 'covered' },
  { en: 'Storytelling', ru: 'Сторителлинг', cat: 'speaking', target: 2, req: 3, weight: 1.5, aff: ['marketing', 'hr'], plan: 'covered' },
  { en: 'Conference talks', ru: 'Выступления на конференциях', cat: 'speaking', target: 3, req: 4, weight: 3, aff: ['it', 'data'], plan: 'gap', cov: 1, minCand: 1 },
  { en: 'Media relations', ru: 'Работа со СМИ', cat: 'speaking', target: 1, req: 3, weight: 2, aff: ['marketing'], plan: 'gap0', cov: 0 },
  { en: 'Webinar hosting', ru: 'Проведение вебинаров', cat: 'speaking', target: 2, req: 3, weight: 1, aff: ['hr', 'marketing'], plan: 'covered' },
  { en: 'Presenting in English', ru: 'Выступления на английском', cat: 'speaking', target: 2, req: 3, weight: 2, aff: ['corporate', 'it'], plan: 'gap', cov: 1, minCand: 2 },
  // Community
  { en: 'Event organisation', ru: 'Организация мероприятий', cat: 'community', target: 2, req: 3, weight: 2, aff: ['hr', 'marketing'], plan: 'covered' },
  { en: 'Facilitation', ru: 'Фасилитация', cat: 'community', target: 2, req: 3, weight: 1.5, aff: ['hr'], plan: 'covered' },
  { en: 'Mentoring', ru: 'Менторство', cat: 'community', target: 3, req: 3, weight: 2, aff: ['*'], plan: 'covered' },
  { en: 'Community management', ru: 'Управление сообществом', cat: 'community', target: 2, req: 3, weight: 2, aff: ['hr', 'marketing'], plan: 'covered' },
  { en: 'Internal communications', ru: 'Внутренние коммуникации', cat: 'community', target: 1, req: 3, weight: 1, aff: ['hr'], plan: 'covered' },
  { en: 'Volunteering', ru: 'Волонтёрство', cat: 'community', target: 1, req: 3, weight: 1, aff: ['*'], plan: 'covered' },
  // Business
  { en: 'Credit risk', ru: 'Кредитный риск', cat: 'business', target: 1, req: 4, weight: 2, aff: ['risk', 'corporate'], plan: 'single' },
  { en: 'Regulatory compliance', ru: 'Регуляторный комплаенс', cat: 'business', target: 2, req: 3, weight: 2, aff: ['risk', 'security', 'ops'], plan: 'gap', cov: 1, minCand: 2 },
  { en: 'SME lending', ru: 'Кредитование МСБ', cat: 'business', target: 1, req: 3, weight: 1, aff: ['corporate'], plan: 'single' },
  { en: 'Financial modelling', ru: 'Финансовое моделирование', cat: 'business', target: 1, req: 3, weight: 1, aff: ['corporate', 'risk'], plan: 'covered' },
  { en: 'Sales', ru: 'Продажи', cat: 'business', target: 2, req: 3, weight: 1, aff: ['retail', 'corporate'], plan: 'covered' },
  { en: 'ESG', ru: 'ESG', cat: 'business', target: 1, req: 3, weight: 1, aff: ['corporate'], plan: 'gap0', cov: 0 },
  { en: 'Process optimisation', ru: 'Оптимизация процессов', cat: 'business', target: 1, req: 3, weight: 1, aff: ['ops'], plan: 'single' },
  // Leadership
  { en: 'Team leadership', ru: 'Руководство командой', cat: 'leadership', target: 3, req: 3, weight: 2, aff: ['*'], plan: 'covered' },
  { en: 'Change management', ru: 'Управление изменениями', cat: 'leadership', target: 2, req: 3, weight: 2, aff: ['hr', 'ops'], plan: 'gap', cov: 1, minCand: 2 },
  { en: 'Negotiation', ru: 'Переговоры', cat: 'leadership', target: 1, req: 3, weight: 1, aff: ['corporate', 'retail'], plan: 'covered' },
  { en: 'Coaching', ru: 'Коучинг', cat: 'leadership', target: 1, req: 4, weight: 1.5, aff: ['hr'], plan: 'single' },
];

export const SKILLS: readonly PlannedSkill[] = PLANNED_SKILLS.map((s, i) => ({
  ...s,
  id: `SK${String(i + 1).padStart(2, '0')}`,
}));

export const AMBASSADORS = 30;
export const ALUMNI = 8;
export const MAX_SKILLS = 8;
