// The exports opened in LibreOffice as a person would: its text-import dialog ticks comma, semicolon and tab
// together by default. Each file the app downloads is converted by LibreOffice itself (headless, those three
// separators) and read back: every row must keep its columns and every cell its text — names holding `;` or `,`,
// a name starting with `=` or `@` never turned into a formula. Needs `soffice` (.ci/run installs LibreOffice).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { closeReport, hasUtf8Bom, importFiles, openApp, type Lang } from './helpers';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const WORDS = {
  en: {
    delimiter: ',',
    gaps: 'Export gap report',
    cohort: 'Export cohort',
    workspace: 'Export workspace',
    matrixTab: 'Matrix',
    matrix: 'Export matrix',
    health: 'Club health',
    parts: [
      ['Activity and workload', 'Export activity'],
      ['Community roles', 'Export roles'],
      ['Skills to grow', 'Export development plan'],
    ],
  },
  ru: {
    delimiter: ';',
    gaps: 'Экспорт отчёта',
    cohort: 'Экспорт набора',
    workspace: 'Экспорт данных',
    matrixTab: 'Матрица',
    matrix: 'Экспорт матрицы',
    health: 'Здоровье клуба',
    parts: [
      ['Активность и загрузка', 'Экспорт активности'],
      ['Роли в сообществе', 'Экспорт ролей'],
      ['Навыки для развития', 'Экспорт плана развития'],
    ],
  },
} as const;

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The table as the app meant it: its own delimiter, quotes honoured. */
function intended(bytes: Buffer, delimiter: string): string[][] {
  const text = (hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes).toString('utf8');
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
}

/** The table as LibreOffice reads it with its default separators, written out again with `|` between cells. */
function asLibreOfficeReadsIt(dir: string, name: string, bytes: Buffer): string[][] {
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const out = join(dir, `out-${name.replace(/\W/g, '_')}`);
  execFileSync(
    'soffice',
    [
      '--headless',
      // separators comma/semicolon/tab, text delimiter ", UTF-8, from line 1
      '--infilter=CSV:44/59/9,34,76,1',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):124,34,76,1,,0,false,true,false,false,false',
      '--outdir',
      out,
      input,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  const [converted] = readdirSync(out);
  const text = readFileSync(join(out, converted), 'utf8').replace(/^\ufeff/, '');
  return Papa.parse<string[]>(text, { delimiter: '|', skipEmptyLines: true }).data;
}

/** Rows without the empty cells LibreOffice pads them with up to the widest row. */
const trimmed = (rows: string[][]) =>
  rows.map((row) => {
    const cells = [...row];
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  });

for (const lang of ['en', 'ru'] as const satisfies readonly Lang[]) {
  test(`${lang}: every export opens in LibreOffice with its columns and text intact`, async ({ page }) => {
    test.skip(!soffice, 'LibreOffice (soffice) is not installed here; .ci/run installs it');
    test.setTimeout(180_000);
    const w = WORDS[lang];
    await openApp(page, lang);
    await importFiles(page, lang, ['tricky-members.csv', 'tricky-expertise.csv']);
    await closeReport(page, lang);

    const files: { name: string; bytes: Buffer }[] = [];
    files.push(await download(page, page.getByRole('button', { name: w.gaps, exact: true })));
    files.push(await download(page, page.getByRole('button', { name: w.cohort, exact: true })));
    const zip = await download(page, page.getByRole('button', { name: w.workspace, exact: true }));
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(zip.bytes))))
      if (name.endsWith('.csv')) files.push({ name: name.replace(/\//g, '_'), bytes: Buffer.from(bytes) });
    await page.getByRole('navigation').getByRole('button', { name: w.matrixTab, exact: true }).click();
    files.push(await download(page, page.getByRole('button', { name: w.matrix, exact: true })));
    await page.getByRole('navigation').getByRole('button', { name: w.health, exact: true }).click();
    for (const [part, button] of w.parts) {
      await page.getByRole('button', { name: part, exact: true }).click();
      files.push(await download(page, page.getByRole('button', { name: button, exact: true })));
    }
    // gap report, cohort, four workspace files, matrix, activity, roles, development plan
    expect(files.map((f) => f.name)).toHaveLength(10);

    const dir = mkdtempSync(join(tmpdir(), 'lo-'));
    const texts: string[] = [];
    for (const file of files) {
      const want = trimmed(intended(file.bytes, w.delimiter));
      const got = trimmed(asLibreOfficeReadsIt(dir, file.name, file.bytes));
      expect(got, `${file.name} as LibreOffice reads it`).toEqual(want);
      texts.push(...want.flat());
    }
    // the tricky names were really in the files, so the check above had something to break (a formula LibreOffice
    // computed, or a cell it split, would differ from the text the app wrote)
    for (const name of ['Smith; John', 'Doe,=1+1', 'Python, advanced', "'=SUM(1;2)", '"the"'])
      expect(
        texts.some((t) => t.includes(name)),
        name,
      ).toBe(true);
  });
}
