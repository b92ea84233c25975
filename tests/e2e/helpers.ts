// Shared steps for the browser tests: open the app, import fixtures, read the import report, download CSV.
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'en' | 'ru';

/** Absolute path of a file in tests/fixtures. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** Screenshots go outside the repository. */
export const SHOTS_DIR = '/tmp/e2e-shots';
export function shotPath(name: string): string {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return `${SHOTS_DIR}/${name}`;
}

/** UI words the tests drive by (docs/contract.md#accessible-names). */
export const UI = {
  en: {
    importCsv: 'Import CSV',
    report: 'Import report',
    replace: 'Replace',
    merge: 'Merge',
    cancel: 'Cancel',
    close: 'Close',
    map: 'Map',
    gaps: 'Gap report',
    exportGaps: 'Export gap report',
    graph: 'Expertise map graph',
  },
  ru: {
    importCsv: 'Импорт CSV',
    report: 'Отчёт об импорте',
    replace: 'Заменить',
    merge: 'Объединить',
    cancel: 'Отмена',
    close: 'Закрыть',
    map: 'Карта',
    gaps: 'Отчёт о пробелах',
    exportGaps: 'Экспорт отчёта',
    graph: 'Граф карты экспертности',
  },
} as const;

/** The bundled sample: 150 members, 40 skills, 689 links (the same numbers in both languages). */
export const SAMPLE_TOTALS = {
  en: ['150 members', '40 skills', '689 links'],
  ru: ['150 участников', '40 навыков', '689 связей'],
} as const;

/** The workspace totals line in the page header. */
export function headerTotals(page: Page): Locator {
  return page.locator('header .workspace-totals');
}

/** Opens the app in `lang` and waits until the workspace is loaded (the sample on a fresh context). */
export async function openApp(page: Page, lang: Lang, opts: { expectSample?: boolean } = {}): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (opts.expectSample ?? true) {
    for (const part of SAMPLE_TOTALS[lang]) await expect(headerTotals(page)).toContainText(part);
  } else {
    await expect(headerTotals(page)).toBeVisible();
    // the header shows an empty workspace until the stored one is read (a large one takes a moment)
    await expect(page.locator('.app-main > p.loading')).toHaveCount(0, { timeout: 20_000 });
  }
  await expect(page.getByLabel(UI[lang].importCsv)).toBeAttached();
}

/** Picks fixture files in the `Import CSV` input, all in one pick. */
export async function pickFiles(page: Page, lang: Lang, files: string[]): Promise<void> {
  await page.getByLabel(UI[lang].importCsv).setInputFiles(files.map(fixture));
}

export function reportDialog(page: Page, lang: Lang): Locator {
  return page.getByRole('dialog', { name: UI[lang].report });
}

/** Picks files into a workspace that imports without asking (empty or the untouched sample); returns the report. */
export async function importFiles(page: Page, lang: Lang, files: string[]): Promise<Locator> {
  await pickFiles(page, lang, files);
  const dialog = reportDialog(page, lang);
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  return dialog;
}

/** Picks files into a non-empty workspace and answers the Replace / Merge question. */
export async function importWithChoice(
  page: Page,
  lang: Lang,
  files: string[],
  choice: 'replace' | 'merge',
): Promise<Locator> {
  await pickFiles(page, lang, files);
  const ask = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: UI[lang].merge, exact: true }) });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: UI[lang][choice], exact: true }).click();
  const dialog = reportDialog(page, lang);
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  return dialog;
}

export async function closeReport(page: Page, lang: Lang): Promise<void> {
  const dialog = reportDialog(page, lang);
  await dialog.getByRole('button', { name: UI[lang].close, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The totals paragraph, the first thing in the report dialog's body. */
export function reportTotals(dialog: Locator): Locator {
  return dialog.locator('.dialog-body > :first-child');
}

/** A file's section in the import report (aria-label = file name). */
export function fileSection(dialog: Locator, fileName: string): Locator {
  return dialog.getByRole('region', { name: fileName, exact: true });
}

/** The value (`dd`) that follows the term (`dt`) with exactly this text, inside `scope`. */
export function fact(scope: Locator, term: string): Locator {
  return scope.locator(`dt:text-is("${term}") + dd`);
}

/** The issues (problems and notes) listed in a scope, e.g. a file section. */
export function issues(scope: Locator): Locator {
  return scope.locator('.issues li');
}

export interface CsvDownload {
  fileName: string;
  bytes: Buffer;
  /** Decoded as UTF-8, BOM removed. */
  text: string;
  rows: string[][];
}

/** Parses CSV text with papaparse (the delimiter given, or found by papaparse). */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiter ?? '', skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV parse errors: ${JSON.stringify(parsed.errors)}`);
  return parsed.data;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes.subarray(0, 3).equals(BOM);
}

/** Clicks a button that downloads a file and reads what was downloaded. */
export async function downloadFrom(page: Page, button: Locator, delimiter: string): Promise<CsvDownload> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  const bytes = await readFile(path);
  const text = (hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes).toString('utf8');
  return { fileName: download.suggestedFilename(), bytes, text, rows: parseCsv(text, delimiter) };
}

/** Opens the gap report view. */
export async function openGapReport(page: Page, lang: Lang): Promise<Locator> {
  await page.getByRole('button', { name: UI[lang].gaps, exact: true }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  return table;
}

/** Body rows of the gap table. */
export function gapRows(table: Locator): Locator {
  return table.locator('tbody tr');
}
