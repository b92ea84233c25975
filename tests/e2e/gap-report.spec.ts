// The gap report export (docs/contract.md#analysis and #gap-report), computed by hand from
// en-tab-synonyms.tsv + en-skills.csv.
import { test, expect } from '@playwright/test';
import {
  UI,
  closeReport,
  downloadFrom,
  gapRows,
  hasUtf8Bom,
  headerTotals,
  importFiles,
  openApp,
  openGapReport,
  reportTotals,
} from './helpers';

const FILES = ['en-tab-synonyms.tsv', 'en-skills.csv'];

/*
 * Hand computation (docs/contract.md#analysis: coverage = ambassadors with level ≥ required_level;
 * gap = max(0, target − coverage); status gap / single_holder / covered; holders by level desc then name;
 * candidates = non-ambassadors with level ≥ required_level; top_candidates = min(5, count) best by score,
 * then lower workload, then name).
 *
 * en-skills.csv:  PY Python (Engineering, target 2, level 3, weight 3); K8S Kubernetes (Engineering, 1, 4, 2);
 *                 SQL SQL (Data, 2, 3, 2); PS Public Speaking (Community, 3, 3, 1); MEN Mentoring (Community, 2, 3, 1.5);
 *                 UX UX Research (Design, 1, 3, 1).
 * en-tab-synonyms.tsv (Is Ambassador yes → ambassador; levels expert 5, advanced 4, intermediate/proficient 3,
 * beginner 1):  Alice (amb): Python 5, Kubernetes 4;  Bob (emp): SQL 3, Python 1;  Carol (amb): SQL 5,
 *               Public Speaking 3;  David (emp): Kubernetes 1, Mentoring 4;  Eve (amb): Mentoring 5,
 *               Public Speaking 4;  Frank (emp): Public Speaking 3.
 *
 * Python:     holders Alice(5) → coverage 1, gap 2−1 = 1, gap; Bob has 1 < 3 → 0 candidates.
 * SQL:        holders Carol(5) → 1, gap 1, gap; candidates Bob(3) → 1, top Bob Smith.
 * Mentoring:  holders Eve(5) → 1, gap 1, gap; candidates David(4) → 1, top David Brown.
 * Public Sp.: holders Eve(4), Carol(3) (level desc) → 2, gap 3−2 = 1, gap; candidates Frank(3) → 1, top Frank Miller.
 * UX:         nobody → coverage 0, gap 1, gap; no holders, 0 candidates.
 * Kubernetes: required 4: Alice(4) → 1 = target → gap 0, single_holder; David has 1 → 0 candidates.
 * Order (gap desc, weight desc, name): gap 1: Python (w 3), SQL (2), Mentoring (1.5), then weight 1:
 * Public Speaking < UX Research by name; then gap 0: Kubernetes.
 */
const EXPECTED_ROWS = [
  ['PY', 'Python', 'Engineering', '3', '2', '1', '1', 'gap', 'Alice Johnson', '0', ''],
  ['SQL', 'SQL', 'Data', '3', '2', '1', '1', 'gap', 'Carol White', '1', 'Bob Smith'],
  ['MEN', 'Mentoring', 'Community', '3', '2', '1', '1', 'gap', 'Eve Davis', '1', 'David Brown'],
  [
    'PS',
    'Public Speaking',
    'Community',
    '3',
    '3',
    '2',
    '1',
    'gap',
    'Eve Davis; Carol White',
    '1',
    'Frank Miller',
  ],
  ['UX', 'UX Research', 'Design', '3', '1', '0', '1', 'gap', '', '0', ''],
  ['K8S', 'Kubernetes', 'Engineering', '4', '1', '1', '0', 'single_holder', 'Alice Johnson', '0', ''],
];

const EN_HEADER =
  'skill_id,skill,category,required_level,target,coverage,gap,status,holders,candidate_count,top_candidates';

test('tab-separated English file with header synonyms + skills file: totals, then the exported gap report is as computed by hand', async ({
  page,
}) => {
  await openApp(page, 'en');
  const dialog = await importFiles(page, 'en', FILES);
  // expected.md §5: files 4 and 5 together → 6 members, 6 skills, 11 links.
  await expect(reportTotals(dialog)).toHaveText('6 members, 6 skills, 11 links');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('6 members · 3 ambassadors · 6 skills · 11 links');

  const table = await openGapReport(page, 'en');
  await expect(gapRows(table)).toHaveCount(6);
  const csv = await downloadFrom(
    page,
    page.getByRole('button', { name: UI.en.exportGaps, exact: true }),
    ',',
  );

  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.text.split(/\r?\n/)[0]).toBe(EN_HEADER);
  expect(csv.rows[0]).toEqual(EN_HEADER.split(','));
  expect(csv.rows.slice(1)).toEqual(EXPECTED_ROWS);
});

test('Russian UI export of the same import: BOM, semicolons, Russian headers and status words, same numbers', async ({
  page,
}) => {
  await openApp(page, 'ru');
  const dialog = await importFiles(page, 'ru', FILES);
  await expect(reportTotals(dialog)).toHaveText('6 участников, 6 навыков, 11 связей');
  await closeReport(page, 'ru');

  await openGapReport(page, 'ru');
  const csv = await downloadFrom(
    page,
    page.getByRole('button', { name: UI.ru.exportGaps, exact: true }),
    ';',
  );
  expect(hasUtf8Bom(csv.bytes)).toBe(true);

  const headerLine = csv.text.split(/\r?\n/)[0];
  expect(headerLine.split(';')).toHaveLength(11);
  expect(headerLine).not.toContain(',');
  expect(csv.rows[0]).toHaveLength(11);
  for (const header of csv.rows[0]) expect(header).toMatch(/^[а-яё ]+$/i);
  expect(csv.rows[0]).not.toEqual(EN_HEADER.split(','));

  // Same rows, same order; the status column (index 7) holds Russian words instead of the English tokens.
  const body = csv.rows.slice(1);
  expect(body).toHaveLength(EXPECTED_ROWS.length);
  const statusColumn = 7;
  const withoutStatus = (rows: string[][]) => rows.map((r) => r.filter((_, i) => i !== statusColumn));
  expect(withoutStatus(body)).toEqual(withoutStatus(EXPECTED_ROWS));
  for (const row of body) expect(row[statusColumn]).toMatch(/^[а-яё ]+$/i);
  // gap rows share one word, the single holder another.
  const statuses = body.map((r) => r[statusColumn]);
  expect(new Set(statuses.slice(0, 5)).size).toBe(1);
  expect(statuses[5]).not.toBe(statuses[0]);
  // "Eve Davis; Carol White" holds the delimiter, so it must have been quoted to parse back as one cell.
  expect(csv.text).toContain('"Eve Davis; Carol White"');
});
