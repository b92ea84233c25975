// Import of the files spreadsheets really write (docs/contract.md#import); expected numbers from
// tests/fixtures/expected.md.
import { test, expect } from '@playwright/test';
import { zipSync, strToU8 } from 'fflate';
import {
  closeReport,
  fact,
  fileSection,
  gapRows,
  headerTotals,
  importFiles,
  issues,
  openApp,
  openGapReport,
  pickFiles,
  reportDialog,
  reportTotals,
  shotPath,
} from './helpers';

test('Windows-1251 long file with Russian headers and level words, picked with the members file: totals, encoding, delimiter, the unreadable level', async ({
  page,
}) => {
  await openApp(page, 'en');
  // Picked in the "wrong" order on purpose: the members file must be applied first anyway.
  const dialog = await importFiles(page, 'en', ['ru-cp1251-semicolon-long.csv', 'ru-cp1251-members.csv']);

  // expected.md "1 + 2 picked together": 6 members, 5 skills, 11 links — and the totals come first.
  await expect(reportTotals(dialog)).toHaveText('6 members, 5 skills, 11 links');
  await page.screenshot({ path: shotPath('import-report.png') });

  const long = fileSection(dialog, 'ru-cp1251-semicolon-long.csv');
  await expect(fact(long, 'Kind')).toHaveText('expertise (long list)');
  await expect(fact(long, 'Encoding')).toHaveText('Windows-1251');
  await expect(fact(long, 'Delimiter')).toHaveText('semicolon');
  // 13 data rows (the blank line 8 is no row): 11 links, line 15 merges into line 6's pair, line 11 rejected.
  await expect(fact(long, 'Rows read')).toHaveText('13');
  await expect(fact(long, 'Imported')).toHaveText('11');
  await expect(fact(long, 'Merged')).toHaveText('1');
  await expect(fact(long, 'Rejected')).toHaveText('1');
  // Line 11: Волков, level `гуру` — reported with its row and column.
  const bad = issues(long).filter({ hasText: 'row 11, column “Уровень”' });
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText('гуру');
  await expect(bad).toContainText('Error');
  // Lines 6 and 15: Кузнецов – Kubernetes at levels 1 and 3 → 3 kept, the conflict listed.
  await expect(
    issues(long).filter({ hasText: 'Кузнецов Дмитрий Олегович' }).filter({ hasText: 'Kubernetes' }),
  ).toContainText('level 3 kept');

  const members = fileSection(dialog, 'ru-cp1251-members.csv');
  await expect(fact(members, 'Kind')).toHaveText('members');
  await expect(fact(members, 'Encoding')).toHaveText('Windows-1251');
  await expect(fact(members, 'Delimiter')).toHaveText('semicolon');
  await expect(fact(members, 'Rows read')).toHaveText('6');
  await expect(fact(members, 'Imported')).toHaveText('6');
  await expect(fact(members, 'Rejected')).toHaveText('0');
  await expect(issues(members).filter({ hasText: 'Error' })).toHaveCount(0);

  await closeReport(page, 'en');
  // Ambassadors 1001, 1002, 1006.
  await expect(headerTotals(page)).toHaveText('6 members · 3 ambassadors · 5 skills · 11 links');
});

test('Windows-1251 long file + members file: identities merge (ё = е, spaces, case) and coverage is as computed by hand', async ({
  page,
}) => {
  await openApp(page, 'en');
  await importFiles(page, 'en', ['ru-cp1251-members.csv', 'ru-cp1251-semicolon-long.csv']);
  await closeReport(page, 'en');
  const table = await openGapReport(page, 'en');
  // expected.md "1 + 2": default skill settings (target 1, level 3, weight 1) → every gap 0, so the order is by
  // name (English collation puts Latin before Cyrillic). Columns shown: skill, category, level, target, coverage,
  // gap, weight, status, candidates, holders, top candidates.
  const expected = [
    [
      'Kubernetes',
      'Uncategorised',
      '3',
      '1',
      '1',
      '0',
      '1',
      'Single holder',
      '1',
      'Алёшин Пётр Сергеевич',
      'Кузнецов Дмитрий Олегович',
    ],
    [
      'Python',
      'Uncategorised',
      '3',
      '1',
      '2',
      '0',
      '1',
      'Covered',
      '0',
      'Алёшин Пётр Сергеевич; Смирнова Анна Викторовна',
      '',
    ],
    [
      'SQL',
      'Uncategorised',
      '3',
      '1',
      '1',
      '0',
      '1',
      'Single holder',
      '1',
      'Смирнова Анна Викторовна',
      'Кузнецов Дмитрий Олегович',
    ],
    [
      'Наставничество',
      'Uncategorised',
      '3',
      '1',
      '1',
      '0',
      '1',
      'Single holder',
      '1',
      'Алёшин Пётр Сергеевич',
      'Фёдорова Мария Ивановна',
    ],
    [
      'Публичные выступления',
      'Uncategorised',
      '3',
      '1',
      '1',
      '0',
      '1',
      'Single holder',
      '0',
      'Смирнова Анна Викторовна',
      '',
    ],
  ];
  await expect(gapRows(table)).toHaveCount(expected.length);
  const cells = await gapRows(table).evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim())),
  );
  expect(cells).toEqual(expected);
});

test('UTF-8-with-BOM wide matrix with x marks imports as a matrix: 8 members, 5 skills, 19 links', async ({
  page,
}) => {
  await openApp(page, 'en');
  const dialog = await importFiles(page, 'en', ['matrix-utf8-bom-x.csv']);
  await expect(reportTotals(dialog)).toHaveText('8 members, 5 skills, 19 links');
  const section = fileSection(dialog, 'matrix-utf8-bom-x.csv');
  await expect(fact(section, 'Kind')).toHaveText('matrix (wide)');
  await expect(fact(section, 'Encoding')).toHaveText('UTF-8 BOM');
  await expect(fact(section, 'Delimiter')).toHaveText('comma');
  await expect(fact(section, 'Rows read')).toHaveText('8');
  await expect(fact(section, 'Imported')).toHaveText('8');
  await expect(fact(section, 'Rejected')).toHaveText('0');
  // No cell errors; the empty trailing column is ignored without an error.
  await expect(issues(section).filter({ hasText: 'Error' })).toHaveCount(0);
  await closeReport(page, 'en');
  // No skill with an empty name: exactly the 5 skill columns.
  const table = await openGapReport(page, 'en');
  await expect(gapRows(table)).toHaveCount(5);
});

test('UTF-16 LE "Unicode text" members file imports: 4 members, 2 ambassadors, tab delimiter', async ({
  page,
}) => {
  await openApp(page, 'en');
  const dialog = await importFiles(page, 'en', ['utf16le-unicode-text.txt']);
  await expect(reportTotals(dialog)).toHaveText('4 members, 0 skills, 0 links');
  const section = fileSection(dialog, 'utf16le-unicode-text.txt');
  await expect(fact(section, 'Kind')).toHaveText('members');
  await expect(fact(section, 'Encoding')).toHaveText('UTF-16 LE');
  await expect(fact(section, 'Delimiter')).toHaveText('tab');
  await expect(fact(section, 'Imported')).toHaveText('4');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('4 members · 2 ambassadors · 0 skills · 0 links');
});

test('unreadable cell values are reported with row and column and the rest of the row is kept', async ({
  page,
}) => {
  await openApp(page, 'en');
  const dialog = await importFiles(page, 'en', ['broken-unreadable-values.csv']);
  await expect(reportTotals(dialog)).toHaveText('3 members, 0 skills, 0 links');
  const section = fileSection(dialog, 'broken-unreadable-values.csv');
  await expect(fact(section, 'Rejected')).toHaveText('0');
  await expect(issues(section).filter({ hasText: 'row 3, column “status”' })).toContainText('boss');
  await expect(issues(section).filter({ hasText: 'row 4, column “workload”' })).toContainText('lots');
  await closeReport(page, 'en');
  // Anna Petrova is the one ambassador; Boris keeps the default status.
  await expect(headerTotals(page)).toHaveText('3 members · 1 ambassador · 0 skills · 0 links');
});

test('two columns named "name" are not silently guessed: the mapping step asks first', async ({ page }) => {
  await openApp(page, 'en');
  await pickFiles(page, 'en', ['broken-duplicate-headers.csv']);
  const mapping = page.getByRole('dialog', { name: 'Which column is which?' });
  await expect(mapping).toBeVisible();
  // The first "name" column is proposed as the member's name, the second is left out until someone decides.
  const selects = mapping.getByRole('combobox', { name: 'Meaning of column “name”' });
  await expect(selects).toHaveCount(2);
  await expect(selects.nth(0)).toHaveValue('name');
  await expect(selects.nth(1)).toHaveValue('ignore');
  await mapping.getByRole('button', { name: 'Import with these columns' }).click();
  const dialog = reportDialog(page, 'en');
  await expect(dialog).toBeVisible();
  await expect(fileSection(dialog, 'broken-duplicate-headers.csv')).toContainText(
    'Columns as you assigned them.',
  );
});

test('a file whose headers name nothing known is mapped by hand, and the choice is remembered', async ({
  page,
}) => {
  await openApp(page, 'en');
  const csv = 'Who;What;How good\nAnna Petrova;SQL;4\nIvan Orlov;SQL;expert\nIvan Orlov;Python;2\n';
  const file = { name: 'odd-headers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
  await page.getByLabel('Import CSV').setInputFiles([file]);
  const mapping = page.getByRole('dialog', { name: 'Which column is which?' });
  await expect(mapping).toContainText('Choose the column that names the member');
  await expect(mapping.getByRole('cell', { name: 'Anna Petrova' })).toBeVisible();
  await mapping.getByRole('combobox', { name: 'Meaning of column “Who”' }).selectOption('name');
  await mapping.getByRole('combobox', { name: 'Meaning of column “What”' }).selectOption('skill');
  await expect(mapping).toContainText('choose the column that holds the level too');
  await mapping.getByRole('combobox', { name: 'Meaning of column “How good”' }).selectOption('level');
  await expect(mapping).toContainText('Will be imported as: expertise (long list).');
  await mapping.getByRole('button', { name: 'Import with these columns' }).click();
  const dialog = reportDialog(page, 'en');
  await expect(dialog).toContainText('2 members, 2 skills, 3 links');
  await closeReport(page, 'en');
  // The same headers again: no question, the remembered columns are used.
  await page.getByLabel('Import CSV').setInputFiles([{ ...file, name: 'odd-headers-2.csv' }]);
  await page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: 'Replace', exact: true }) })
    .getByRole('button', { name: 'Replace', exact: true })
    .click();
  await expect(reportDialog(page, 'en')).toContainText(
    'as you assigned them for a file with the same headers before',
  );
  await expect(reportDialog(page, 'en')).toContainText('2 members, 2 skills, 3 links');
});

/** A minimal .xlsx workbook (one sheet, inline strings, numbers as numbers). */
function memberWorkbook(): Buffer {
  const cell = (ref: string, v: string | number) =>
    typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [
    ['member_id', 'name', 'department', 'status', 'workload'],
    ['X1', 'Ada Lovelace', 'R&amp;D', 'ambassador', 40],
    ['X2', 'Alan Turing', 'R&amp;D', 'employee', 55],
  ];
  const cols = 'ABCDE';
  const sheetData = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(`${cols[j]}${i + 1}`, v)).join('')}</row>`)
    .join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Members" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
  };
  return Buffer.from(zipSync(files));
}

test('an Excel workbook (.xlsx) is read like a CSV file, sheet by sheet', async ({ page }) => {
  // docs/contract.md#workbooks-and-zips: a workbook (found from its bytes) is read sheet by sheet like a CSV
  // file, numbers as numbers. The workbook is built here (inline strings, numeric workload cells) so no
  // binary fixture is needed.
  await openApp(page, 'en');
  await page.getByLabel('Import CSV').setInputFiles({
    name: 'members.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: memberWorkbook(),
  });
  const dialog = page.getByRole('dialog', { name: 'Import report' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(reportTotals(dialog)).toHaveText('2 members, 0 skills, 0 links', { timeout: 3_000 });
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('2 members · 1 ambassador · 0 skills · 0 links', {
    timeout: 3_000,
  });
});

test('a column the import ignored can be assigned from the report, and the import runs again from where it started', async ({
  page,
}) => {
  await openApp(page, 'en');
  const csv =
    'name,team,Job family,status\nAnna Petrova,Data,Analyst,ambassador\nIvan Orlov,Risk,Manager,employee\n';
  await page
    .getByLabel('Import CSV')
    .setInputFiles([{ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
  const report = reportDialog(page, 'en');
  const section = fileSection(report, 'people.csv');
  await expect(section).toContainText('Job family → ignored');
  await section.getByRole('button', { name: 'Change columns…' }).click();
  const mapping = page.getByRole('dialog', { name: 'Which column is which?' });
  await mapping.getByRole('combobox', { name: 'Meaning of column “Job family”' }).selectOption('title');
  await mapping.getByRole('button', { name: 'Import with these columns' }).click();
  await expect(fileSection(reportDialog(page, 'en'), 'people.csv')).toContainText('Job family → Job title');
  // Run again from the sample it replaced: still 2 members, not 2 added to anything.
  await expect(reportDialog(page, 'en')).toContainText('2 members, 0 skills, 0 links');
});

test('files dropped on the page are imported like picked ones', async ({ page }) => {
  await openApp(page, 'en');
  const csv = 'name,skill,level\nAnna Petrova,SQL,4\nIvan Orlov,Python,expert\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop CSV files to import them')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const report = reportDialog(page, 'en');
  await expect(report).toContainText('2 members, 2 skills, 2 links');
  await expect(fileSection(report, 'dropped.csv')).toBeVisible();
});

test('an HR export re-saved by Excel: personnel numbers without their zeros, labelled levels, a share-of-one workload, a row with commas', async ({
  page,
}) => {
  await openApp(page, 'en');
  const dialog = await importFiles(page, 'en', ['ru-hr-members-zeros.csv', 'ru-hr-expertise-resaved.csv']);
  // expected.md "HR export re-saved": 123 is 00123, 124 is 00124 — nobody is created twice.
  await expect(reportTotals(dialog)).toHaveText('2 members, 2 skills, 2 links');
  const expertise = fileSection(dialog, 'ru-hr-expertise-resaved.csv');
  await expect(fact(expertise, 'Rows read')).toHaveText('3');
  await expect(fact(expertise, 'Imported')).toHaveText('2');
  await expect(fact(expertise, 'Rejected')).toHaveText('1');
  await expect(issues(dialog).filter({ hasText: 'another delimiter' })).toHaveText(
    /row 4.*another delimiter \(, where the file uses ;\)/,
  );
  await expect(issues(dialog).filter({ hasText: 'was read as 50 %' })).toHaveCount(1);
  await expect(issues(dialog).filter({ hasText: 'is in no members file' })).toHaveCount(0);
});
