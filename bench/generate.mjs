// Generates organisation-scale CSV files for the benchmark (never committed): deterministic, no dependencies.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 as rng } from '../scripts/prng.mjs';

const FIRST = [
  'Анна',
  'Иван',
  'Мария',
  'Пётр',
  'Ольга',
  'Сергей',
  'Елена',
  'Дмитрий',
  'Алёна',
  'Николай',
  'Татьяна',
  'Андрей',
];
const LAST = [
  'Смирнов',
  'Иванов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Семёнов',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
];
const DEPARTMENTS = [
  'Розничный бизнес',
  'Корпоративный бизнес',
  'ИТ-платформа',
  'Данные и аналитика',
  'Риски',
  'Цифровые каналы',
  'HR',
  'Маркетинг',
  'Операции',
  'Безопасность',
];
const CITIES = ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Екатеринбург', 'Казань', 'Нижний Новгород'];
const CATEGORIES = [
  'Технологии',
  'Данные',
  'Продукт',
  'Публичные выступления',
  'Сообщество',
  'Бизнес',
  'Лидерство',
];

async function writeLines(path, lines) {
  const out = createWriteStream(path);
  for (const line of lines) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** members.csv, skills.csv and an expertise file of `rows` rows (with name and department on each row). */
export async function generate(dir, { members, skills, rows, seed = 42 }) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const names = Array.from({ length: members }, (_, i) => `${pick(FIRST)} ${pick(LAST)} ${i + 1}`);
  const memberLines = function* () {
    yield '\ufeffТабельный номер;ФИО;Подразделение;Город;Статус;Загрузка\r\n';
    for (let i = 0; i < members; i++) {
      const status = random() < 0.05 ? 'амбассадор' : random() < 0.03 ? 'выпускник' : 'сотрудник';
      yield `T${i + 1};${names[i]};${pick(DEPARTMENTS)};${pick(CITIES)};${status};${Math.floor(random() * 100)}%\r\n`;
    }
  };
  const skillLines = function* () {
    yield '\ufeffКод навыка;Навык;Категория;Цель;Требуемый уровень;Вес\r\n';
    // About 10 ambassadors hold each skill at its level: targets of 1–24 leave about half the skills open.
    for (let s = 0; s < skills; s++) {
      yield `S${s + 1};Навык ${s + 1};${pick(CATEGORIES)};${1 + Math.floor(random() * 24)};${3 + Math.floor(random() * 2)};${1 + Math.floor(random() * 3)}\r\n`;
    }
  };
  const expertiseLines = function* () {
    yield '\ufeffТабельный номер;ФИО;Навык;Уровень;Интерес\r\n';
    for (let r = 0; r < rows; r++) {
      const m = Math.floor(random() * members);
      const s = Math.floor(random() * skills);
      yield `T${m + 1};${names[m]};Навык ${s + 1};${1 + Math.floor(random() * 5)};${random() < 0.1 ? 'да' : ''}\r\n`;
    }
  };
  await writeLines(`${dir}/members.csv`, memberLines());
  await writeLines(`${dir}/skills.csv`, skillLines());
  await writeLines(`${dir}/expertise.csv`, expertiseLines());
}
