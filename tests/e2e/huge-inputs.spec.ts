// Fault drills with huge inputs (docs/contract.md#import): a 100 MB cell, a 30 MB header, 100,000 columns, a zip
// member that inflates past the limit. Each ends with a clear message, the workspace intact and the page
// answering. Inputs are made here, in memory or in the system's temp folder, never committed.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import { SAMPLE_TOTALS, closeReport, headerTotals, openApp, reportDialog } from './helpers';

const MB = 1_000_000;

/**
 * Inputs over 1 MB go through a temp file: a buffer is sent into the page as base64 and built there, which
 * blocks the page itself (a 30 MB buffer: 7 s) and refuses anything over 50 MB.
 */
function pickBytes(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const input = page.getByLabel('Import CSV');
  if (bytes.length < MB)
    return input.setInputFiles([{ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) }]);
  const dir = mkdtempSync(join(tmpdir(), 'huge-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  // The page reads the file after the pick, in its import worker: the file stays until the test has ended.
  pickedDirs.push(dir);
  return input.setInputFiles(path);
}

const pickedDirs: string[] = [];
test.afterEach(() => {
  for (const dir of pickedDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The browser's processes' resident memory, in MB (Linux `ps`; 0 where it cannot be read). */
function browserRssMb(): number {
  try {
    const out = execSync('ps -eo rss,comm', { encoding: 'utf8' });
    let kb = 0;
    for (const line of out.split('\n'))
      if (/chrom/.test(line)) kb += Number(line.trim().split(/\s+/)[0]) || 0;
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

let rssPeak = 0;
let rssTimer: ReturnType<typeof setInterval> | undefined;

/** Starts a probe in the page: the longest gap between animation frames and the heap's peak. */
async function startProbe(page: Page): Promise<void> {
  rssPeak = browserRssMb();
  clearInterval(rssTimer);
  rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, browserRssMb())), 250);
  await page.evaluate(() => {
    const probe = { gap: 0, heap: 0, running: true };
    (window as unknown as { probe: typeof probe }).probe = probe;
    let last = performance.now();
    const frame = (now: number) => {
      probe.gap = Math.max(probe.gap, now - last);
      last = now;
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      if (memory) probe.heap = Math.max(probe.heap, memory.usedJSHeapSize);
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function stopProbe(
  page: Page,
  label: string,
  started: number,
): Promise<{ gap: number; heapMb: number }> {
  const { gap, heap } = await page.evaluate(() => {
    const probe = (window as unknown as { probe: { gap: number; heap: number; running: boolean } }).probe;
    probe.running = false;
    return probe;
  });
  clearInterval(rssTimer);
  const result = { gap: Math.round(gap), heapMb: Math.round(heap / MB) };
  console.log(
    `${label}: message after ${Date.now() - started} ms, longest frame gap ${result.gap} ms, ` +
      `page heap peak ${result.heapMb} MB, browser RSS peak ${rssPeak} MB`,
  );
  return result;
}

/** `head`, then `length` copies of one byte, then `tail`: a huge cell without a huge string in the test. */
function withFilledRun(head: string, byte: number, length: number, tail: string): Uint8Array {
  const [start, end] = [strToU8(head), strToU8(tail)];
  const bytes = new Uint8Array(start.length + length + end.length);
  bytes.set(start);
  bytes.fill(byte, start.length, start.length + length);
  bytes.set(end, start.length + length);
  return bytes;
}

function oneCellCsv(cellLength: number): Uint8Array {
  return withFilledRun('name,skill,level\n"', 0x78, cellLength, '",Python,3\nAnna,SQL,2\n');
}

function longHeaderCsv(headerLength: number): Uint8Array {
  return withFilledRun('name,skill,level,', 0x48, headerLength, '\nAnna,SQL,2,x\nBoris,Python,3,y\n');
}

/** No text node in the report longer than a cut cell's hover title. */
async function longestText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let longest = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      longest = Math.max(longest, node.textContent?.length ?? 0);
    for (const el of document.querySelectorAll('[title]'))
      longest = Math.max(longest, el.getAttribute('title')?.length ?? 0);
    return longest;
  });
}

async function sampleIntact(page: Page): Promise<void> {
  for (const part of SAMPLE_TOTALS.en) await expect(headerTotals(page)).toContainText(part);
}

test('a 100 MB one-cell CSV: the report shows the cell cut and the page keeps answering', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, 'en');
  await startProbe(page);
  const started = Date.now();
  await pickBytes(page, 'one-cell.csv', oneCellCsv(100 * MB));
  const report = reportDialog(page, 'en');
  await expect(report).toBeVisible({ timeout: 60_000 });
  const probe = await stopProbe(page, '100 MB cell', started);
  console.log(`  longest text on the page: ${await longestText(page)}`);
  await expect(report).toContainText(
    /one-cell\.csv: Row 2 is too large \(96 MB\); the app reads rows of up to 32 MB/,
  );
  expect(await longestText(page)).toBeLessThan(1_000);
  expect(probe.gap).toBeLessThan(1_000);
  await closeReport(page, 'en');
  await sampleIntact(page);
});

test('a 100 KB zip of a 100 MB one-cell CSV: the same', async ({ page }) => {
  test.setTimeout(90_000);
  const zip = zipSync({ 'one-cell.csv': [oneCellCsv(100 * MB), { level: 9 }] });
  console.log(`  zip of 100 MB cell: ${zip.length} bytes`);
  await openApp(page, 'en');
  await startProbe(page);
  const started = Date.now();
  await pickBytes(page, 'one-cell.zip', zip);
  const report = reportDialog(page, 'en');
  await expect(report).toBeVisible({ timeout: 60_000 });
  const probe = await stopProbe(page, '100 MB cell zipped', started);
  await expect(report).toContainText(/one-cell\.zip\/one-cell\.csv: Row 2 is too large \(96 MB\)/);
  expect(await longestText(page)).toBeLessThan(1_000);
  expect(probe.gap).toBeLessThan(1_000);
  await closeReport(page, 'en');
  await sampleIntact(page);
});

test('a 30 MB header cell imports or is refused within seconds', async ({ page }) => {
  await openApp(page, 'en');
  await startProbe(page);
  const started = Date.now();
  await pickBytes(page, 'long-header.csv', longHeaderCsv(30 * MB));
  const report = reportDialog(page, 'en');
  const mapping = page.getByRole('dialog');
  await expect(mapping.first()).toBeVisible({ timeout: 30_000 });
  const probe = await stopProbe(page, '30 MB header', started);
  console.log(
    `  dialogs: ${await page.getByRole('dialog').count()}, report ${await report.isVisible()}; longest text ${await longestText(page)}`,
  );
  expect(await longestText(page)).toBeLessThan(1_000);
  expect(probe.gap).toBeLessThan(1_000);
});

function wideCsv(columns: number, matrix: boolean): Uint8Array {
  const header = ['name'];
  const row = ['Anna'];
  for (let c = 0; c < columns; c++) {
    header.push(matrix ? `Skill ${c}` : `Column ${c}`);
    row.push(matrix ? String((c % 5) + 1) : `v${c}`);
  }
  return strToU8(`${header.join(',')}\n${row.join(',')}\nBoris,${row.slice(1).join(',')}\n`);
}

test('a 100,000-column header: the page answers and the file is named too wide or imported', async ({
  page,
}) => {
  await openApp(page, 'en');
  await startProbe(page);
  const started = Date.now();
  await pickBytes(
    page,
    'wide.csv',
    strToU8(
      `skill,${Array.from({ length: 100_000 }, (_, c) => `Column ${c}`).join(',')}\nPython,${'x,'.repeat(99_999)}x\n`,
    ),
  );
  await expect(page.getByRole('dialog').first()).toBeVisible({ timeout: 50_000 });
  const probe = await stopProbe(page, '100,000 columns', started);
  console.log(
    `  selects: ${await page.locator('select').count()}; text: ${(await page.getByRole('dialog').first().innerText()).slice(0, 300)}`,
  );
  await expect(reportDialog(page, 'en')).toContainText(
    /The file has 100001 columns; the app reads files of up to 16384 columns/,
  );
  expect(probe.gap).toBeLessThan(1_000);
  await closeReport(page, 'en');
  await sampleIntact(page);
});

test('a 10,000-column file asking for its columns: the mapping step shows 200 of them', async ({ page }) => {
  await openApp(page, 'en');
  await startProbe(page);
  const started = Date.now();
  // No member or skill column: the mapping step asks.
  const header = Array.from({ length: 10_000 }, (_, c) => `Column ${c}`).join(',');
  await pickBytes(page, 'wide-unknown.csv', strToU8(`${header}\n${'x,'.repeat(9_999)}x\n`));
  const mapping = page.getByRole('dialog').filter({ hasText: '10000' });
  await expect(mapping).toBeVisible({ timeout: 30_000 });
  const probe = await stopProbe(page, '10,000 columns to map', started);
  console.log(`  selects: ${await mapping.locator('select').count()}`);
  expect(await mapping.locator('select').count()).toBeLessThanOrEqual(200);
  expect(probe.gap).toBeLessThan(1_000);
});

test('a 10,000-skill matrix imports and its gap report opens without blocking the page', async ({ page }) => {
  await openApp(page, 'en');
  await pickBytes(page, 'matrix.csv', wideCsv(10_000, true));
  const report = reportDialog(page, 'en');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await closeReport(page, 'en');
  await startProbe(page);
  const started = Date.now();
  await page.getByRole('button', { name: 'Gap report', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible({ timeout: 50_000 });
  const probe = await stopProbe(page, '10,000-skill gap report', started);
  console.log(`  gap rows rendered: ${await page.locator('table tbody tr').count()}`);
  await expect(page.locator('table tbody tr')).toHaveCount(200);
  await expect(page.getByText('The first 200 of 10000 skills')).toBeVisible();
  // Sorting and the filter still reach every skill.
  await page.getByRole('searchbox', { name: /filter/i }).fill('Skill 9999');
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  expect(probe.gap).toBeLessThan(2_000);
});

test('a zip whose member inflates past the limit says the file is too large', async ({ page }) => {
  await openApp(page, 'en');
  const member = new Uint8Array(600 * MB).fill(0x61);
  member.set(strToU8('name,skill,level\n'));
  const zip = zipSync({ 'big.csv': [member, { level: 1 }] });
  console.log(`  zip of a 600 MB member: ${zip.length} bytes`);
  await startProbe(page);
  const started = Date.now();
  await pickBytes(page, 'big.zip', zip);
  const report = reportDialog(page, 'en');
  await expect(report).toBeVisible({ timeout: 50_000 });
  await stopProbe(page, '600 MB member', started);
  console.log(`  report: ${(await report.innerText()).slice(0, 600)}`);
  await expect(report).toContainText(/too large/i);
  await closeReport(page, 'en');
  await sampleIntact(page);
});
