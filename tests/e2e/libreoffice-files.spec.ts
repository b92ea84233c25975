// Files LibreOffice wrote, imported as a person would pick them: one Russian club list (UTF-8 CSV, written here)
// converted by LibreOffice itself (headless) to .xlsx, .ods, a Windows-1251 `;` CSV and a UTF-16 tab text. Each
// must import with the source's member, skill and link counts and no rejected row. Needs `soffice`
// (.ci/run installs LibreOffice).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { fact, fileSection, openApp, reportDialog, reportTotals, shotPath, UI } from './helpers';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const NAMES = [
  'Анна Петрова',
  'Иван Орлов',
  'Мария Соколова',
  'Пётр Семёнов',
  'Ольга Ким',
  'Дмитрий Волков',
  'Елена Зайцева',
  'Сергей Лебедев',
  'Наталья Морозова',
  'Алексей Новиков',
  'Ирина Фёдорова',
  'Олег Смирнов',
];
const SKILLS = ['SQL', 'Python, pandas', 'Kotlin', 'Публичные выступления', 'Наставничество', 'Kubernetes'];
const DEPARTMENTS = ['Аналитика', 'Разработка', 'Отдел "Б"'];

/** The club: every member with two to four skills, one line per link, as an HR export would list it. */
function clubRows(): string[][] {
  const rows = [['ФИО', 'Отдел', 'Статус', 'Навык', 'Уровень']];
  NAMES.forEach((name, i) => {
    const status = i % 3 === 0 ? 'амбассадор' : 'сотрудник';
    for (let k = 0; k < 2 + (i % 3); k++)
      rows.push([
        name,
        DEPARTMENTS[i % 3],
        status,
        SKILLS[(i + k * 5) % SKILLS.length],
        String(1 + ((i + k) % 5)),
      ]);
  });
  return rows;
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const FORMATS = [
  { label: 'xlsx', filter: 'xlsx', file: 'club.xlsx', format: 'Excel (.xlsx)' },
  { label: 'ods', filter: 'ods', file: 'club.ods', format: 'OpenDocument (.ods)' },
  // 34 is Windows-1251 in LibreOffice's numbering, 65535 UTF-16 (LE with a BOM); 59 is `;`, 9 tab, 34 `"`
  {
    label: 'Windows-1251 ;',
    filter: 'csv:Text - txt - csv (StarCalc):59,34,34,1',
    file: 'club.csv',
    format: 'Windows-1251',
  },
  {
    label: 'UTF-16 tab',
    filter: 'csv:Text - txt - csv (StarCalc):9,34,65535,1',
    file: 'club.csv',
    format: 'UTF-16 LE',
  },
] as const;

test.describe('files LibreOffice wrote', () => {
  test.skip(!soffice, 'LibreOffice (soffice) is not installed here; .ci/run installs it');
  const rows = clubRows();
  const expected = {
    members: new Set(rows.slice(1).map((r) => r[0])).size,
    skills: new Set(rows.slice(1).map((r) => r[3])).size,
    links: new Set(rows.slice(1).map((r) => `${r[0]}\u0001${r[3]}`)).size,
  };
  let dir = '';

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lo-files-'));
    const source = join(dir, 'club.csv');
    writeFileSync(source, rows.map((r) => r.map(quote).join(',')).join('\n') + '\n');
    FORMATS.forEach((f, i) => {
      const out = join(dir, `out${i}`);
      mkdirSync(out);
      // read as comma-separated UTF-8 (76) from line 1, whatever the machine's locale
      execFileSync(
        'soffice',
        ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', f.filter, '--outdir', out, source],
        { stdio: 'pipe', timeout: 60_000 },
      );
      expect(readdirSync(out)).toEqual([f.file]);
    });
    // the bytes are what the test says they are, so the import is really tried on each dialect
    const cp1251 = readFileSync(join(dir, 'out2', 'club.csv'));
    expect(cp1251.includes(Buffer.from('Навык', 'utf8'))).toBe(false);
    expect(cp1251.includes(Buffer.from([0xcd, 0xe0, 0xe2, 0xfb, 0xea]))).toBe(true); // "Навык" in cp1251
    expect(cp1251.includes(0x3b)).toBe(true);
    const utf16 = readFileSync(join(dir, 'out3', 'club.csv'));
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(utf16.toString('utf16le')).toContain('\t"Навык"\t');
  });

  for (const [i, f] of FORMATS.entries()) {
    test(`ru: ${f.label} imports with the source's counts`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1366, height: 768 });
      await openApp(page, 'ru');
      await page.getByLabel(UI.ru.importCsv).setInputFiles(join(dir, `out${i}`, f.file));
      const dialog = reportDialog(page, 'ru');
      await expect(dialog).toBeVisible({ timeout: 30_000 });
      const totals = (await reportTotals(dialog).textContent()) ?? '';
      const numbers = (totals.match(/\d+/g) ?? []).map(Number);
      expect(numbers, totals).toEqual([expected.members, expected.skills, expected.links]);
      const section = fileSection(dialog, f.file);
      // a workbook has a format, a text file an encoding and a delimiter
      const text = f.file === 'club.csv';
      await expect(fact(section, text ? 'Кодировка' : 'Формат')).toHaveText(f.format);
      await expect(fact(section, 'Разделитель')).toHaveCount(text ? 1 : 0);
      await expect(fact(section, 'Прочитано строк')).toHaveText(String(rows.length - 1));
      await expect(fact(section, 'Отклонено')).toHaveText('0');
      if (f.label === 'ods') await page.screenshot({ path: shotPath('libreoffice-ods-report-ru.png') });
    });
  }
});
