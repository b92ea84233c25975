// The import worker starts long before a file is picked; until then its code has never run, and the first
// import would pay for compiling it while it reads. A small made-up import, run once at start, gets the
// hot paths (reading bytes, resolving rows, storing links) compiled first.
import { emptyWorkspace } from '../../domain/types';
import { runImport } from './runImport';
import type { ImportFile } from './types';

/** The warm-up is this many imports of the default size (60,000 rows in all), each short enough to wait for. */
export const WARM_UP_SLICES = 6;

export function warmUpImporter(rows = 10_000): void {
  runImport(warmUpFiles(rows), emptyWorkspace(), 'replace');
}

/** A members file, a skills file and an expertise list in random order, in Russian, as Excel saves them. */
export function warmUpFiles(rows: number): ImportFile[] {
  const members = 300;
  const skills = 40;
  let seed = 7;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const lines = (header: string, count: number, row: (i: number) => string) => {
    const out = ['\ufeff' + header];
    for (let i = 0; i < count; i++) out.push(row(i));
    return new TextEncoder().encode(out.join('\r\n') + '\r\n');
  };
  return [
    {
      name: 'members.csv',
      bytes: lines(
        'Табельный номер;ФИО;Подразделение;Статус;Загрузка',
        members,
        (i) =>
          `T${i};Сотрудник Пример ${i};Отдел ${i % 9};${i % 10 ? 'сотрудник' : 'амбассадор'};${i % 100}%`,
      ),
    },
    {
      name: 'skills.csv',
      bytes: lines(
        'Навык;Категория;Цель;Вес',
        skills,
        (i) => `Навык ${i};Категория ${i % 5};${1 + (i % 3)};${1 + (i % 2)}`,
      ),
    },
    {
      name: 'expertise.csv',
      bytes: lines('Табельный номер;ФИО;Навык;Уровень;Интерес', rows, () => {
        const m = random(members);
        return `T${m};Сотрудник Пример ${m};Навык ${random(skills)};${1 + random(5)};${random(10) ? '' : 'да'}`;
      }),
    },
  ];
}
