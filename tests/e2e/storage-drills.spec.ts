// Fault drills of issue 16 in a real browser (production build): unreadable stored data, statuses that are not
// valid, a full disk during a save, a UTF-16 file cut at an odd byte, files of noise picked with a good one. Each
// ends with the data intact and a clear message on the page (docs/contract.md#nothing-is-lost).
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import {
  SAMPLE_TOTALS,
  closeReport,
  fact,
  fileSection,
  fixture,
  gapRows,
  headerTotals,
  importFiles,
  issues,
  openApp,
  openGapReport,
  reportDialog,
  reportTotals,
  shotPath,
} from './helpers';

// The banners are looked at as a hurried analyst would meet them: a laptop screen, in Russian.
test.use({ viewport: { width: 1366, height: 768 } });

/** Where the app keeps its data (src/store/persistence.ts): one object store of keyed values. */
const DB = 'expertise-map';
const STORE = 'kv';

/** Writes `value` under `key` in the app's database, as another program (or a damaged disk) might. */
async function putStored(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ db: name, store, key, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(value, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { db: DB, store: STORE, key, value },
  );
}

/**
 * What the database holds under each key, as the banner's download writes it: JSON, typed arrays as plain arrays,
 * indented by one (src/app/ProblemBanner.tsx). Comparing these texts compares the stored data byte for byte.
 */
async function storedAsJson(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate(
    async ({ db: name, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<[string, unknown][]>((resolve, reject) => {
        const objects = db.transaction(store).objectStore(store);
        const keys = objects.getAllKeys();
        const values = objects.getAll();
        values.onsuccess = () => resolve(keys.result.map((k, i) => [String(k), values.result[i]]));
        values.onerror = () => reject(values.error);
      });
      db.close();
      return all.map(([key, value]): [string, string] => [
        key,
        JSON.stringify(
          value,
          (_key, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v),
          1,
        ),
      ]);
    },
    { db: DB, store: STORE },
  );
  return new Map(entries);
}

/** Waits until the stored workspace holds `text` (the app saves a moment after it shows). */
async function storedHolds(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await storedAsJson(page)).get('workspace') ?? '').toContain(text);
}

/** The set-aside keys, in the order they were kept. */
function keptKeys(stored: Map<string, string>): string[] {
  const number = (key: string) => (key === 'workspace-unreadable' ? 1 : Number(key.split('-').at(-1)));
  return [...stored.keys()]
    .filter((k) => /^workspace-unreadable(-\d+)?$/.test(k))
    .sort((a, b) => number(a) - number(b));
}

/** Clicks the banner's download and returns the file's text. */
async function downloadKept(page: Page): Promise<{ fileName: string; text: string }> {
  const button = page.getByRole('alert').getByRole('button', { name: 'Скачать нечитаемую копию' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { fileName: download.suggestedFilename(), text };
}

/** The page after a reload: the app is there (a heading, a workspace), not a blank page. */
async function expectAppShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const part of SAMPLE_TOTALS.ru) await expect(headerTotals(page)).toContainText(part);
}

const CORRUPT_BANNER = /не удалось прочитать/;

test('unreadable stored data: a banner, the sample, and every unreadable copy kept aside and downloadable', async ({
  page,
}) => {
  await openApp(page, 'ru');
  // A record that looks like the app's but whose members are no columns at all.
  const first = {
    schemaVersion: 6,
    savedAt: '2025-03-01T10:00:00.000Z',
    workspace: { members: 'Иванов; Петров', skills: [], links: {} },
    meta: { origin: 'user', untouchedSample: false, sampleLang: null },
  };
  await putStored(page, 'workspace', first);
  const firstJson = (await storedAsJson(page)).get('workspace')!;
  await page.reload();
  await expectAppShown(page);
  await expect(page.getByRole('alert')).toContainText(CORRUPT_BANNER);
  await page.screenshot({ path: shotPath('drill-corrupt-ru.png') });

  let stored = await storedAsJson(page);
  expect(keptKeys(stored)).toEqual(['workspace-unreadable']);
  expect(stored.get('workspace-unreadable')).toBe(firstJson);
  const download = await downloadKept(page);
  expect(download.fileName).toMatch(/\.json$/);
  expect(download.text).toBe(firstJson);
  expect(JSON.parse(download.text)).toEqual(first);

  // A second, different unreadable record: kept beside the first, never over it; the newest is offered.
  await putStored(page, 'workspace', 'not a workspace at all');
  await page.reload();
  await expectAppShown(page);
  await expect(page.getByRole('alert')).toContainText(CORRUPT_BANNER);
  stored = await storedAsJson(page);
  expect(keptKeys(stored)).toEqual(['workspace-unreadable', 'workspace-unreadable-2']);
  expect(stored.get('workspace-unreadable')).toBe(firstJson);
  expect(stored.get('workspace-unreadable-2')).toBe('"not a workspace at all"');
  expect((await downloadKept(page)).text).toBe('"not a workspace at all"');

  // The same unreadable data read again is not kept twice.
  await putStored(page, 'workspace', 'not a workspace at all');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(CORRUPT_BANNER);
  expect(keptKeys(await storedAsJson(page))).toHaveLength(2);
});

test('a stored member status that is none of the three is unreadable data, not an employee', async ({
  page,
}) => {
  await openApp(page, 'ru');
  await importFiles(page, 'ru', ['en-tab-synonyms.tsv']);
  await closeReport(page, 'ru');
  await expect(headerTotals(page)).toContainText('6 участников · 3 амбассадора');
  await storedHolds(page, 'Alice Johnson');
  // The first member's status becomes "boss" in storage, the rest of the record as the app wrote it.
  await page.evaluate(
    async ({ db: name, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const objects = tx.objectStore(store);
        const read = objects.get('workspace');
        read.onsuccess = () => {
          const record = read.result as { workspace: { members: { status: string[] } } };
          record.workspace.members.status[0] = 'boss';
          objects.put(record, 'workspace');
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { db: DB, store: STORE },
  );
  const damaged = (await storedAsJson(page)).get('workspace')!;
  expect(damaged).toContain('"boss"');

  await page.reload();
  await expectAppShown(page);
  await expect(page.getByRole('alert')).toContainText(CORRUPT_BANNER);
  // Not the six members with the boss turned into an employee.
  await expect(headerTotals(page)).not.toContainText('6 участников');
  const stored = await storedAsJson(page);
  expect(stored.get(keptKeys(stored).at(-1)!)).toBe(damaged);
  expect((await downloadKept(page)).text).toBe(damaged);
});

/** Every IndexedDB put throws QuotaExceededError while `window.__storageFull` is true (a full disk). */
function fullDiskSwitch() {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if ((window as unknown as { __storageFull?: boolean }).__storageFull)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

test('storage full during a save: a banner says so, the new import stays on screen, the stored one is intact', async ({
  page,
}) => {
  await page.addInitScript(fullDiskSwitch);
  await openApp(page, 'ru');
  await importFiles(page, 'ru', ['en-tab-synonyms.tsv']);
  await closeReport(page, 'ru');
  const before = '6 участников · 3 амбассадора · 5 навыков · 11 связей';
  await expect(headerTotals(page)).toHaveText(before);
  await storedHolds(page, 'Alice Johnson');
  const storedBefore = (await storedAsJson(page)).get('workspace');

  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
  const next = ['member_id,name,skill,level', 'N1,Nina New,Go,3', 'N2,Oleg New,Go,2'].join('\n');
  await page
    .getByLabel('Импорт CSV')
    .setInputFiles([{ name: 'next.csv', mimeType: 'text/csv', buffer: Buffer.from(next) }]);
  await page.getByRole('button', { name: 'Заменить', exact: true }).click();
  await expect(reportDialog(page, 'ru')).toBeVisible({ timeout: 20_000 });
  await closeReport(page, 'ru');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Не удалось сохранить');
  await expect(banner).toContainText('в браузере закончилось место');
  await expect(banner).toContainText('«Экспорт данных»');
  await page.screenshot({ path: shotPath('drill-quota-ru.png') });
  // Nothing lost on screen: the import is shown as it came.
  await expect(headerTotals(page)).toHaveText('2 участника · 0 амбассадоров · 1 навык · 2 связи');

  // Storage still holds the workspace before the import, whole.
  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
  expect((await storedAsJson(page)).get('workspace')).toBe(storedBefore);
  await page.reload();
  await expect(headerTotals(page)).toHaveText(before);
});

test('a UTF-16 file with an odd number of bytes: the report warns, and no member "\uFFFD" appears', async ({
  page,
}) => {
  await openApp(page, 'en');
  const whole = await readFile(fixture('utf16le-unicode-text.txt'));
  // One stray byte after the last line: decoded as is, it would be a line of its own holding U+FFFD.
  const cut = {
    name: 'cut-utf16.txt',
    mimeType: 'text/plain',
    buffer: Buffer.concat([whole, Buffer.from([0x41])]),
  };
  await page.getByLabel('Import CSV').setInputFiles([cut]);
  const dialog = page.getByRole('dialog', { name: 'Import report' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const section = fileSection(dialog, 'cut-utf16.txt');
  await expect(issues(section).filter({ hasText: 'ends in the middle of a character' })).toHaveCount(1);
  await expect(fact(section, 'Encoding')).toHaveText('UTF-16 LE');
  await expect(reportTotals(dialog)).toContainText('4 members');
  await expect(dialog).not.toContainText('\uFFFD');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toContainText('4 members · 2 ambassadors');
  await expect(page.locator('body')).not.toContainText('\uFFFD');
});

/** Bytes that look like nothing: a fixed-seed generator, so a failure can be replayed. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

test('random bytes, NUL bytes and __proto__ headers picked with a good file: each gets its message, the good one imports', async ({
  page,
}) => {
  await openApp(page, 'en');
  const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });
  await page.getByLabel('Import CSV').setInputFiles([
    file('noise.csv', noise(8192, 16)),
    file('nul.csv', Buffer.from('member_id,name,status\n1,Anna\u0000Smith,ambassador\n2,Boris,employee\n')),
    // No header the app knows: the mapping step asks; the names that are object keys elsewhere stay data.
    file('proto.csv', Buffer.from('__proto__,constructor,toString\nconstructor,__proto__,3\n')),
    // A __proto__ column beside known ones: an unknown column, said so; its row imports as any other.
    file('proto-column.csv', Buffer.from('name,__proto__,skill,level\nZoe Proto,{"polluted":1},Python,3\n')),
    file('good.tsv', await readFile(fixture('en-tab-synonyms.tsv'))),
  ]);
  const mapping = page.getByRole('dialog', { name: 'Which column is which?' });
  await expect(mapping).toBeVisible({ timeout: 20_000 });
  await expect(mapping.getByRole('region')).toHaveCount(1);
  await expect(mapping.getByRole('region', { name: 'proto.csv' })).toBeVisible();
  await mapping.getByLabel('Meaning of column “__proto__”').selectOption('name');
  await mapping.getByLabel('Meaning of column “constructor”').selectOption('skill');
  await mapping.getByLabel('Meaning of column “toString”').selectOption('level');
  await mapping.getByRole('button', { name: 'Import with these columns' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import report' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const errorIn = (name: string) => issues(fileSection(dialog, name)).filter({ hasText: /^\s*Error/ });
  await expect(errorIn('noise.csv')).toContainText('not a text file');
  await expect(errorIn('nul.csv')).toContainText('not a text file');
  for (const name of ['noise.csv', 'nul.csv'])
    await expect(fact(fileSection(dialog, name), 'Imported')).toHaveText('0');
  const protoColumn = fileSection(dialog, 'proto-column.csv');
  await expect(issues(protoColumn).filter({ hasText: 'not a known field' })).toContainText('__proto__');
  for (const name of ['proto-column.csv', 'proto.csv'])
    await expect(fact(fileSection(dialog, name), 'Imported')).toHaveText('1');
  await expect(fact(fileSection(dialog, 'good.tsv'), 'Imported')).toHaveText('11');
  // 6 + Zoe Proto + a member named "constructor"; 5 skills + one named "__proto__"; 11 + 1 + 1 links.
  await expect(reportTotals(dialog)).toHaveText('8 members, 6 skills, 13 links');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toContainText('8 members');
  const table = await openGapReport(page, 'en');
  await expect(gapRows(table).filter({ hasText: '__proto__' })).toHaveCount(1);
  // Nothing reached the page's objects through the headers or the cells.
  expect(
    await page.evaluate(() => 'polluted' in {} || typeof ({} as { constructor: unknown }).constructor),
  ).toBe('function');
});
