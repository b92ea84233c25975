#!/usr/bin/env node
// Generates the bundled sample workspace: the ambassador club of a bank, in English and in Russian.
//
//   node scripts/make-sample.mjs
//
// Writes sample-data/{en,ru}/{members,skills,expertise}.csv. The output is fully deterministic (a seeded
// PRNG, no clock, no locale-dependent sorting): running it again gives the same bytes. The same people, skills,
// ids, statuses and levels appear in both languages; only the words differ.
//   en: UTF-8 without BOM, comma delimiter, LF, RFC 4180 quoting.
//   ru: UTF-8 with BOM, semicolon delimiter, CRLF, decimal comma (as Russian Excel saves).
//
// Each skill has a planned outcome of the analysis (docs/contract.md#analysis): gap with candidates, gap
// without any candidate, single holder, covered. Expertise is first drawn at random (department affinity,
// ambassadors skewed higher), then nudged per skill until the planned outcome holds; the script checks the
// result and prints a summary.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const SEED = 0x5eed2024;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample-data');

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

const rand = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p) => rand() < p;
const pick = (items) => items[Math.floor(rand() * items.length)];

function weightedIndex(weights) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const weightedPick = (items, weightOf) => items[weightedIndex(items.map(weightOf))];

/** Picks a value from a { value: weight } table (keys are integers). */
const fromTable = (table) => {
  const keys = Object.keys(table);
  return Number(keys[weightedIndex(keys.map((k) => table[k]))]);
};

function shuffle(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const CITIES = [
  { key: 'msk', en: 'Moscow', ru: 'Москва', weight: 45 },
  { key: 'spb', en: 'Saint Petersburg', ru: 'Санкт-Петербург', weight: 18 },
  { key: 'nsk', en: 'Novosibirsk', ru: 'Новосибирск', weight: 10 },
  { key: 'ekb', en: 'Yekaterinburg', ru: 'Екатеринбург', weight: 10 },
  { key: 'kzn', en: 'Kazan', ru: 'Казань', weight: 9 },
  { key: 'nnv', en: 'Nizhny Novgorod', ru: 'Нижний Новгород', weight: 8 },
];

// titles: [en, ru, weight] (shares of the department); ambassador: relative chance of a member of this department being in the club.
const DEPARTMENTS = [
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

const MALE_FIRST = [
  ['Александр', 'Alexander'],
  ['Алексей', 'Alexey'],
  ['Андрей', 'Andrey'],
  ['Антон', 'Anton'],
  ['Артём', 'Artyom'],
  ['Вадим', 'Vadim'],
  ['Владимир', 'Vladimir'],
  ['Владислав', 'Vladislav'],
  ['Григорий', 'Grigory'],
  ['Денис', 'Denis'],
  ['Дмитрий', 'Dmitry'],
  ['Евгений', 'Evgeny'],
  ['Егор', 'Egor'],
  ['Иван', 'Ivan'],
  ['Игорь', 'Igor'],
  ['Илья', 'Ilya'],
  ['Кирилл', 'Kirill'],
  ['Константин', 'Konstantin'],
  ['Максим', 'Maxim'],
  ['Михаил', 'Mikhail'],
  ['Никита', 'Nikita'],
  ['Николай', 'Nikolay'],
  ['Олег', 'Oleg'],
  ['Павел', 'Pavel'],
  ['Пётр', 'Pyotr'],
  ['Роман', 'Roman'],
  ['Семён', 'Semyon'],
  ['Сергей', 'Sergey'],
  ['Станислав', 'Stanislav'],
  ['Тимур', 'Timur'],
  ['Фёдор', 'Fyodor'],
];

const FEMALE_FIRST = [
  ['Алина', 'Alina'],
  ['Алёна', 'Alyona'],
  ['Анастасия', 'Anastasia'],
  ['Анна', 'Anna'],
  ['Валерия', 'Valeria'],
  ['Вероника', 'Veronika'],
  ['Виктория', 'Victoria'],
  ['Дарья', 'Darya'],
  ['Евгения', 'Evgenia'],
  ['Екатерина', 'Ekaterina'],
  ['Елена', 'Elena'],
  ['Ирина', 'Irina'],
  ['Кристина', 'Kristina'],
  ['Ксения', 'Ksenia'],
  ['Марина', 'Marina'],
  ['Мария', 'Maria'],
  ['Надежда', 'Nadezhda'],
  ['Наталья', 'Natalya'],
  ['Ольга', 'Olga'],
  ['Полина', 'Polina'],
  ['Светлана', 'Svetlana'],
  ['Софья', 'Sofya'],
  ['Татьяна', 'Tatyana'],
  ['Юлия', 'Yulia'],
];

const TATAR_MALE_FIRST = [
  ['Айдар', 'Aydar'],
  ['Ильдар', 'Ildar'],
  ['Рустам', 'Rustam'],
  ['Марат', 'Marat'],
];
const TATAR_FEMALE_FIRST = [
  ['Алсу', 'Alsu'],
  ['Гульнара', 'Gulnara'],
  ['Лейсан', 'Leysan'],
  ['Диляра', 'Dilyara'],
];

// Masculine forms; feminine forms are derived (see feminine()).
const SURNAMES = [
  ['Смирнов', 'Smirnov'],
  ['Иванов', 'Ivanov'],
  ['Кузнецов', 'Kuznetsov'],
  ['Соколов', 'Sokolov'],
  ['Попов', 'Popov'],
  ['Лебедев', 'Lebedev'],
  ['Козлов', 'Kozlov'],
  ['Новиков', 'Novikov'],
  ['Морозов', 'Morozov'],
  ['Петров', 'Petrov'],
  ['Волков', 'Volkov'],
  ['Соловьёв', 'Solovyov'],
  ['Васильев', 'Vasilyev'],
  ['Зайцев', 'Zaytsev'],
  ['Павлов', 'Pavlov'],
  ['Голубев', 'Golubev'],
  ['Виноградов', 'Vinogradov'],
  ['Богданов', 'Bogdanov'],
  ['Воробьёв', 'Vorobyov'],
  ['Фёдоров', 'Fyodorov'],
  ['Михайлов', 'Mikhaylov'],
  ['Беляев', 'Belyaev'],
  ['Тарасов', 'Tarasov'],
  ['Белов', 'Belov'],
  ['Комаров', 'Komarov'],
  ['Орлов', 'Orlov'],
  ['Киселёв', 'Kiselyov'],
  ['Макаров', 'Makarov'],
  ['Андреев', 'Andreev'],
  ['Ковалёв', 'Kovalyov'],
  ['Ильин', 'Ilyin'],
  ['Гусев', 'Gusev'],
  ['Титов', 'Titov'],
  ['Кузьмин', 'Kuzmin'],
  ['Кудрявцев', 'Kudryavtsev'],
  ['Баранов', 'Baranov'],
  ['Куликов', 'Kulikov'],
  ['Алексеев', 'Alekseev'],
  ['Степанов', 'Stepanov'],
  ['Яковлев', 'Yakovlev'],
  ['Сорокин', 'Sorokin'],
  ['Сергеев', 'Sergeev'],
  ['Романов', 'Romanov'],
  ['Захаров', 'Zakharov'],
  ['Борисов', 'Borisov'],
  ['Герасимов', 'Gerasimov'],
  ['Пономарёв', 'Ponomaryov'],
  ['Григорьев', 'Grigoryev'],
  ['Лазарев', 'Lazarev'],
  ['Медведев', 'Medvedev'],
  ['Ершов', 'Ershov'],
  ['Никитин', 'Nikitin'],
  ['Соболев', 'Sobolev'],
  ['Поляков', 'Polyakov'],
  ['Цветков', 'Tsvetkov'],
  ['Данилов', 'Danilov'],
  ['Жуков', 'Zhukov'],
  ['Фролов', 'Frolov'],
  ['Журавлёв', 'Zhuravlyov'],
  ['Николаев', 'Nikolaev'],
  ['Крылов', 'Krylov'],
  ['Максимов', 'Maksimov'],
  ['Осипов', 'Osipov'],
  ['Егоров', 'Egorov'],
  ['Матвеев', 'Matveev'],
  ['Калинин', 'Kalinin'],
  ['Антонов', 'Antonov'],
  ['Тимофеев', 'Timofeev'],
  ['Филиппов', 'Filippov'],
  ['Марков', 'Markov'],
  ['Миронов', 'Mironov'],
  ['Коновалов', 'Konovalov'],
  ['Громов', 'Gromov'],
  ['Фомин', 'Fomin'],
  ['Давыдов', 'Davydov'],
  ['Мельников', 'Melnikov'],
  ['Щербаков', 'Shcherbakov'],
  ['Колесников', 'Kolesnikov'],
  ['Карпов', 'Karpov'],
  ['Афанасьев', 'Afanasyev'],
  ['Власов', 'Vlasov'],
  ['Тихонов', 'Tikhonov'],
  ['Аксёнов', 'Aksyonov'],
  ['Гаврилов', 'Gavrilov'],
  ['Быков', 'Bykov'],
  ['Воронов', 'Voronov'],
  ['Трофимов', 'Trofimov'],
  ['Чернов', 'Chernov'],
  ['Назаров', 'Nazarov'],
  ['Жданов', 'Zhdanov'],
  ['Воронцов', 'Vorontsov'],
  ['Козловский', 'Kozlovsky'],
  ['Вишневский', 'Vishnevsky'],
  ['Островский', 'Ostrovsky'],
  ['Шевченко', 'Shevchenko'],
  ['Бондаренко', 'Bondarenko'],
  ['Черных', 'Chernykh'],
];

const TATAR_SURNAMES = [
  ['Хабибуллин', 'Khabibullin'],
  ['Галиев', 'Galiev'],
  ['Сафин', 'Safin'],
  ['Гарипов', 'Garipov'],
  ['Зарипов', 'Zaripov'],
  ['Валиев', 'Valiev'],
  ['Шарипов', 'Sharipov'],
];

/** The feminine form of a masculine surname, [ru, en]. */
function feminine([ru, en]) {
  if (ru.endsWith('ский')) return [ru.slice(0, -2) + 'ая', en.slice(0, -1) + 'aya'];
  if (/(ов|ев|ёв|ин|ын)$/.test(ru)) return [ru + 'а', en + 'a'];
  return [ru, en]; // -ко, -их: the same for both
}

// Members whose names are fixed (they exercise ё in identity normalisation).
const FIXED_PEOPLE = [
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

const STATUS = {
  ambassador: { en: 'ambassador', ru: 'амбассадор' },
  employee: { en: 'employee', ru: 'сотрудник' },
  alumni: { en: 'alumni', ru: 'выпускник' },
};

const ROLES = [
  { en: 'architect', ru: 'архитектор' },
  { en: 'empath', ru: 'эмпат' },
  { en: 'ideologist', ru: 'идеолог' },
  { en: 'voice', ru: 'голос' },
  { en: 'moderator', ru: 'модератор' },
  { en: 'mentor', ru: 'ментор' },
];

const CATEGORIES = {
  tech: { en: 'Technology', ru: 'Технологии' },
  data: { en: 'Data', ru: 'Данные' },
  product: { en: 'Product', ru: 'Продукт' },
  speaking: { en: 'Public speaking', ru: 'Публичные выступления' },
  community: { en: 'Community', ru: 'Сообщество' },
  business: { en: 'Business', ru: 'Бизнес' },
  leadership: { en: 'Leadership', ru: 'Лидерство' },
};

// plan: the outcome the analysis must show.
//   gap       coverage = cov (< target), at least minCand candidates
//   gap0      coverage = cov (< target), no candidate at all
//   single    target 1, coverage exactly 1
//   covered   coverage ≥ max(2, target)
// aff: departments where the skill is common ('*' = everywhere).
// prettier-ignore
const SKILLS = [
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
].map((s, i) => ({ ...s, id: `SK${String(i + 1).padStart(2, '0')}` }));

const AMBASSADORS = 30;
const ALUMNI = 8;
const MAX_SKILLS = 8;

// ---------------------------------------------------------------------------------------------------------------
// Members

const emailLocal = (firstEn, lastEn) => `${firstEn[0]}.${lastEn}`.toLowerCase().replace(/[^a-z.]/g, '');

/** The department's titles in proportion to their weights (largest remainder), shuffled. */
function titlePool(dept) {
  const total = dept.titles.reduce((sum, t) => sum + t[2], 0);
  const shares = dept.titles.map((t, i) => ({ t, i, exact: (dept.size * t[2]) / total }));
  const counts = shares.map((x) => Math.floor(x.exact));
  let left = dept.size - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = shares
    .slice()
    .sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i);
  for (const x of byRemainder) if (left-- > 0) counts[x.i] += 1;
  return shuffle(dept.titles.flatMap((t, i) => Array.from({ length: counts[i] }, () => t)));
}

function makeMembers() {
  const fixedByDept = new Map(FIXED_PEOPLE.map((p) => [p.dept, p]));
  const slots = shuffle(DEPARTMENTS.flatMap((d) => Array.from({ length: d.size }, () => d)));
  const usedNames = new Set(FIXED_PEOPLE.map((p) => `${p.first[0]} ${p.last[0]}`));
  const usedEmails = new Map();
  const members = [];
  const titlePools = new Map(DEPARTMENTS.map((d) => [d.key, titlePool(d)]));
  const takeTitle = (dept, en) => {
    const pool = titlePools.get(dept.key);
    const i = en === undefined ? pool.length - 1 : pool.findIndex((t) => t[0] === en);
    if (i < 0) throw new Error(`${dept.en} has no title ${en} left`);
    const [[titleEn, titleRu]] = pool.splice(i, 1);
    return { en: titleEn, ru: titleRu };
  };

  for (const dept of slots) {
    const fixed = fixedByDept.get(dept.key);
    let m;
    if (fixed) {
      fixedByDept.delete(dept.key);
      m = {
        dept,
        city: CITIES.find((c) => c.key === fixed.city),
        first: fixed.first,
        last: fixed.last,
        title: takeTitle(dept, fixed.title),
        fixedStatus: fixed.status,
      };
    } else {
      const city = weightedPick(CITIES, (c) => c.weight);
      const female = chance(dept.female);
      const tatar = city.key === 'kzn' && chance(0.5);
      let first, last;
      for (;;) {
        first = pick(
          tatar ? (female ? TATAR_FEMALE_FIRST : TATAR_MALE_FIRST) : female ? FEMALE_FIRST : MALE_FIRST,
        );
        const surname = pick(tatar ? TATAR_SURNAMES : SURNAMES);
        last = female ? feminine(surname) : surname;
        if (!usedNames.has(`${first[0]} ${last[0]}`)) break;
      }
      usedNames.add(`${first[0]} ${last[0]}`);
      m = { dept, city, first, last, title: takeTitle(dept) };
    }
    const local = emailLocal(m.first[1], m.last[1]);
    const n = (usedEmails.get(local) ?? 0) + 1;
    usedEmails.set(local, n);
    m.email = `${local}${n > 1 ? n : ''}@bank.example`;
    m.id = `E${String(members.length + 1).padStart(4, '0')}`;
    m.name = { ru: `${m.first[0]} ${m.last[0]}`, en: `${m.first[1]} ${m.last[1]}` };
    m.skills = new Map(); // skill id -> { level, interest, pinned }
    members.push(m);
  }

  // Statuses: the fixed people keep theirs; the club is drawn with department weights, then the alumni.
  for (const m of members) m.status = m.fixedStatus ?? null;
  let free = members.filter((m) => m.status === null);
  while (members.filter((m) => m.status === 'ambassador').length < AMBASSADORS) {
    const m = weightedPick(free, (x) => x.dept.ambassador);
    m.status = 'ambassador';
    free = free.filter((x) => x !== m);
  }
  for (let i = 0; i < ALUMNI; i++) {
    const m = pick(free);
    m.status = 'alumni';
    free = free.filter((x) => x !== m);
  }
  for (const m of free) m.status = 'employee';

  const activity = {
    ambassador: () => int(12, 50),
    alumni: () => int(3, 22),
    employee: () => (chance(0.55) ? 0 : int(1, 10)),
  };
  const roleCounts = {
    ambassador: { 0: 15, 1: 50, 2: 35 },
    alumni: { 0: 45, 1: 45, 2: 10 },
    employee: { 0: 93, 1: 7 },
  };
  for (const m of members) {
    m.workload = 5 * (m.status === 'ambassador' ? int(8, 20) : int(4, 20));
    m.activity = activity[m.status]();
    const roleCount = fromTable(roleCounts[m.status]);
    m.roles = shuffle(ROLES).slice(0, roleCount);
    m.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  }
  return members;
}

// ---------------------------------------------------------------------------------------------------------------
// Expertise

const affine = (m, s) => s.aff.includes('*') || s.aff.includes(m.dept.key);
const level = (m, s) => m.skills.get(s.id)?.level ?? 0;
const isAmb = (m) => m.status === 'ambassador';

const LEVELS = {
  ambassador: { 1: 4, 2: 14, 3: 32, 4: 32, 5: 18 },
  alumni: { 1: 8, 2: 20, 3: 32, 4: 28, 5: 12 },
  employee: { 1: 16, 2: 28, 3: 30, 4: 18, 5: 8 },
};

const DOMAIN = new Set(['tech', 'data', 'business']);

const interestFor = (lvl) => chance(lvl <= 2 ? 0.35 : lvl === 3 ? 0.2 : 0.07);

function drawExpertise(members) {
  for (const m of members) {
    const count = fromTable(
      m.status === 'ambassador'
        ? { 4: 2, 5: 3, 6: 3, 7: 2, 8: 1 }
        : m.status === 'alumni'
          ? { 3: 2, 4: 3, 5: 3, 6: 2, 7: 1 }
          : { 2: 2, 3: 4, 4: 4, 5: 3, 6: 2, 7: 1 },
    );
    let pool = SKILLS.slice();
    for (let i = 0; i < count; i++) {
      const s = weightedPick(pool, (x) => {
        let w = 0.3;
        if (x.aff.includes(m.dept.key)) w += 7;
        else if (x.aff.includes('*')) w += 2.5;
        if (isAmb(m) && (x.cat === 'speaking' || x.cat === 'community')) w += 2.5;
        return w;
      });
      pool = pool.filter((x) => x !== s);
      let lvl = fromTable(LEVELS[m.status]);
      if (s.aff.includes(m.dept.key) && lvl < 5 && chance(0.35)) lvl += 1;
      // Outside their own department people rarely master a domain skill.
      if (!affine(m, s) && DOMAIN.has(s.cat)) lvl = Math.min(3, lvl > 1 && chance(0.5) ? lvl - 1 : lvl);
      m.skills.set(s.id, { level: lvl, interest: interestFor(lvl), pinned: false });
    }
  }
}

/** A level at or above the required one, mostly just at it. */
const qualifyingLevel = (s) => (s.req >= 4 ? fromTable({ 4: 3, 5: 1 }) : fromTable({ 3: 5, 4: 3, 5: 1 }));

/** Lowers a link below the required level (keeps it a link). */
function lower(m, s) {
  const e = m.skills.get(s.id);
  e.level = int(Math.max(1, s.req - 2), s.req - 1);
  if (chance(0.3)) e.interest = true;
}

/**
 * Makes one member of `pool` qualify in `s`: people of the skill's departments first (raising a link they have
 * below the level, else adding one), then anyone.
 */
function raiseOne(pool, s) {
  const below = (m) => m.skills.has(s.id) && level(m, s) < s.req;
  const open = (m) => !m.skills.has(s.id) && m.skills.size < MAX_SKILLS;
  const tiers = [
    pool.filter((m) => affine(m, s) && below(m)),
    pool.filter((m) => affine(m, s) && open(m)),
    pool.filter((m) => !affine(m, s) && below(m)),
    pool.filter((m) => !affine(m, s) && open(m)),
  ];
  const tier = tiers.find((t) => t.length > 0);
  if (!tier) throw new Error(`no member left to give ${s.en}`);
  const m = weightedPick(tier, (x) => 1 + level(x, s));
  const lvl = qualifyingLevel(s);
  if (m.skills.has(s.id)) m.skills.get(s.id).level = lvl;
  else m.skills.set(s.id, { level: lvl, interest: interestFor(lvl), pinned: false });
}

/** Lowers unpinned qualifying members of `pool` (outsiders first) until at most `max` qualify. */
function trimTo(pool, s, max) {
  let over = pool.filter((m) => level(m, s) >= s.req);
  while (over.length > max) {
    const unpinned = over.filter((m) => !m.skills.get(s.id).pinned);
    if (unpinned.length === 0) throw new Error(`cannot trim ${s.en}`);
    const m = weightedPick(unpinned, (x) => (affine(x, s) ? 1 : 4) * (6 - level(x, s)));
    lower(m, s);
    over = over.filter((x) => x !== m);
  }
}

/** Hands a skill held by an outsider over to an ambassador of the skill's departments, where there is one. */
function preferInsiders(ambassadors, s) {
  const outsiders = ambassadors.filter(
    (m) => level(m, s) >= s.req && !affine(m, s) && !m.skills.get(s.id).pinned,
  );
  for (const m of outsiders) {
    const insiders = ambassadors.filter(
      (x) => affine(x, s) && level(x, s) < s.req && (x.skills.has(s.id) || x.skills.size < MAX_SKILLS),
    );
    if (insiders.length === 0) return;
    lower(m, s);
    raiseOne(ambassadors, s);
  }
}

function shapeExpertise(members) {
  const byName = new Map(members.map((m) => [m.name.en, m]));
  const pin = (name, skillEn, lvl, interest) => {
    const m = byName.get(name);
    const s = SKILLS.find((x) => x.en === skillEn);
    m.skills.set(s.id, { level: lvl, interest, pinned: true });
  };
  // The unique mobile expert of the club, and a strong data scientist outside it who would close the ML gap.
  pin('Pyotr Semyonov', 'Mobile development', 5, false);
  pin('Alyona Korolyova', 'Machine learning', 4, true);
  pin('Alyona Korolyova', 'Generative AI', 3, true);

  const ambassadors = members.filter(isAmb);
  const others = members.filter((m) => !isAmb(m));
  for (const s of SKILLS) {
    const holders = () => ambassadors.filter((m) => level(m, s) >= s.req).length;
    const candidates = () => others.filter((m) => level(m, s) >= s.req).length;
    switch (s.plan) {
      case 'gap':
      case 'gap0':
        if (!(s.cov < s.target)) throw new Error(`${s.en}: a gap needs cov < target`);
        trimTo(ambassadors, s, s.cov);
        while (holders() < s.cov) raiseOne(ambassadors, s);
        preferInsiders(ambassadors, s);
        if (s.plan === 'gap0') trimTo(others, s, 0);
        else while (candidates() < s.minCand) raiseOne(others, s);
        break;
      case 'single':
        if (s.target !== 1) throw new Error(`${s.en}: a single holder needs target 1`);
        trimTo(ambassadors, s, 1);
        if (holders() === 0) raiseOne(ambassadors, s);
        preferInsiders(ambassadors, s);
        break;
      case 'covered':
        while (holders() < Math.max(2, s.target)) raiseOne(ambassadors, s);
        break;
      default:
        throw new Error(`${s.en}: unknown plan ${s.plan}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis (docs/contract.md#analysis), to check the plan and print the summary

function analyse(members) {
  return SKILLS.map((s) => {
    const coverage = members.filter((m) => isAmb(m) && level(m, s) >= s.req).length;
    const candidates = members.filter((m) => !isAmb(m) && level(m, s) >= s.req).length;
    const gap = Math.max(0, s.target - coverage);
    const status = coverage < s.target ? 'gap' : coverage === 1 ? 'single_holder' : 'covered';
    return { skill: s, coverage, candidates, gap, status };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

const FORMATS = {
  en: { delimiter: ',', eol: '\n', bom: '', decimal: '.' },
  ru: { delimiter: ';', eol: '\r\n', bom: '\uFEFF', decimal: ',' },
};

function csv(lang, header, rows) {
  const { delimiter, eol, bom } = FORMATS[lang];
  const cell = (v) => {
    const text = String(v);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return bom + [header, ...rows].map((row) => row.map(cell).join(delimiter) + eol).join('');
}

const num = (lang, n) => String(n).replace('.', FORMATS[lang].decimal);

const HEADERS = {
  en: {
    members: [
      'member_id',
      'name',
      'department',
      'location',
      'title',
      'email',
      'status',
      'workload',
      'activity',
      'roles',
    ],
    skills: ['skill_id', 'skill', 'category', 'target', 'required_level', 'weight'],
    expertise: ['member_id', 'name', 'skill_id', 'skill', 'level', 'interest'],
  },
  ru: {
    members: [
      'id сотрудника',
      'ФИО',
      'подразделение',
      'город',
      'должность',
      'email',
      'статус',
      'загрузка',
      'активность',
      'роли',
    ],
    skills: ['код навыка', 'навык', 'категория', 'цель', 'требуемый уровень', 'вес'],
    expertise: ['id сотрудника', 'ФИО', 'код навыка', 'навык', 'уровень', 'интерес'],
  },
};

const YES = { en: 'yes', ru: 'да' };

function writeLanguage(lang, members) {
  const dir = join(OUT_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const memberRows = members.map((m) => [
    m.id,
    m.name[lang],
    m.dept[lang],
    m.city[lang],
    m.title[lang],
    m.email,
    STATUS[m.status][lang],
    m.workload,
    m.activity,
    m.roles.map((r) => r[lang]).join('; '),
  ]);
  const skillRows = SKILLS.map((s) => [
    s.id,
    s[lang],
    CATEGORIES[s.cat][lang],
    s.target,
    s.req,
    num(lang, s.weight),
  ]);
  const expertiseRows = [];
  for (const m of members) {
    for (const s of SKILLS) {
      const e = m.skills.get(s.id);
      if (e) expertiseRows.push([m.id, m.name[lang], s.id, s[lang], e.level, e.interest ? YES[lang] : '']);
    }
  }
  writeFileSync(join(dir, 'members.csv'), csv(lang, HEADERS[lang].members, memberRows));
  writeFileSync(join(dir, 'skills.csv'), csv(lang, HEADERS[lang].skills, skillRows));
  writeFileSync(join(dir, 'expertise.csv'), csv(lang, HEADERS[lang].expertise, expertiseRows));
}

// ---------------------------------------------------------------------------------------------------------------

const members = makeMembers();
drawExpertise(members);
shapeExpertise(members);

// Check the plan held and the shape is as intended.
const report = analyse(members);
for (const r of report) {
  const { plan } = r.skill;
  const expected =
    plan === 'gap' || plan === 'gap0' ? 'gap' : plan === 'single' ? 'single_holder' : 'covered';
  if (r.status !== expected) throw new Error(`${r.skill.en}: planned ${expected}, got ${r.status}`);
  if (plan === 'gap' && r.candidates === 0) throw new Error(`${r.skill.en}: planned candidates, got none`);
  if (plan === 'gap0' && r.candidates !== 0) throw new Error(`${r.skill.en}: planned no candidate`);
}
for (const m of members) {
  if (m.skills.size < 2 || m.skills.size > MAX_SKILLS) throw new Error(`${m.id} has ${m.skills.size} skills`);
}

writeLanguage('en', members);
writeLanguage('ru', members);

const count = (pred) => members.filter(pred).length;
const links = members.reduce((sum, m) => sum + m.skills.size, 0);
const interests = members.reduce(
  (sum, m) => sum + [...m.skills.values()].filter((e) => e.interest).length,
  0,
);
const gaps = report.filter((r) => r.status === 'gap');
const line = (r) =>
  `  ${r.skill.id} ${r.skill.en.padEnd(26)} target ${r.skill.target}  level ${r.skill.req}  ` +
  `coverage ${r.coverage}  gap ${r.gap}  candidates ${r.candidates}`;

console.log(`Sample workspace written to ${OUT_DIR}/{en,ru}`);
console.log(
  `members ${members.length} (ambassadors ${count(isAmb)}, employees ${count((m) => m.status === 'employee')}, ` +
    `alumni ${count((m) => m.status === 'alumni')}), departments ${DEPARTMENTS.length}, cities ${CITIES.length}`,
);
console.log(
  `skills ${SKILLS.length} in ${Object.keys(CATEGORIES).length} categories, links ${links} (interest ${interests})`,
);
console.log(
  `gap ${gaps.length} (with candidates ${gaps.filter((r) => r.candidates > 0).length}, ` +
    `without ${gaps.filter((r) => r.candidates === 0).length}), ` +
    `single_holder ${report.filter((r) => r.status === 'single_holder').length}, ` +
    `covered ${report.filter((r) => r.status === 'covered').length}`,
);
console.log('gap skills:');
for (const r of gaps) console.log(line(r));
console.log('single_holder skills:');
for (const r of report.filter((x) => x.status === 'single_holder')) console.log(line(r));
