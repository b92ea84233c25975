import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  csvLines,
  downloadedText,
  renderAppWithFiles,
  textFile,
  type AppUnderTest,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

/**
 * A club worked out by hand. Ambassadors Anna (Architect), Boris (Voice) and Dina; Clara (Ideologist) is an
 * employee. Every link is at level 4 (required level 3 by default).
 *   Python (Tech, target 2): Anna, Boris → 2, covered.
 *   SQL (Tech, target 1): Boris → 1, single holder.
 *   Mentoring (Soft, target 1): Dina → 1, single holder (Clara is no ambassador).
 * With Boris marked as leaving: Python 1 of 2 → gap, SQL 0 → gap, Mentoring unchanged; role Voice has nobody.
 * Tech coverage 2 + 1 = 3 → 1 + 0 = 1, its gap 0 → 1 + 1 = 2; Soft 1 → 1; all skills 4 → 2, gap 0 → 2.
 */
function clubFiles() {
  return [
    textFile(
      'skills.csv',
      'skill_id,skill,category,target\nS1,Python,Tech,2\nS2,SQL,Tech,1\nS3,Mentoring,Soft,1\n',
    ),
    textFile(
      'members.csv',
      [
        'member_id,name,department,status,roles',
        'M1,Anna,Sales,ambassador,Architect',
        'M2,Boris,IT,ambassador,Voice',
        'M3,Clara,HR,employee,Ideologist',
        'M4,Dina,IT,ambassador,',
        '',
      ].join('\n'),
    ),
    textFile('expertise.csv', 'member_id,skill_id,level\nM1,S1,4\nM2,S1,4\nM2,S2,4\nM4,S3,4\nM3,S3,5\n'),
  ];
}

/**
 * Under jsdom, fake-indexeddb clones with Node's structuredClone, whose typed arrays fail the page's
 * `instanceof` (a test-environment artefact: see src/store/persistence.test.ts), so a snapshot would read as
 * unreadable. The clone is wrapped to hand typed arrays back as the page's own.
 */
function cloneIntoPageRealm() {
  const clone = globalThis.structuredClone;
  const views = new Map<string, new (from: ArrayLike<number>) => unknown>([
    ['Uint8Array', Uint8Array],
    ['Uint16Array', Uint16Array],
    ['Uint32Array', Uint32Array],
    ['Int32Array', Int32Array],
    ['Float32Array', Float32Array],
    ['Float64Array', Float64Array],
  ]);
  const revive = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (ArrayBuffer.isView(value)) {
      const own = views.get(value.constructor.name);
      return own && !(value instanceof own) ? new own(value as unknown as ArrayLike<number>) : value;
    }
    if (Array.isArray(value)) return value.map(revive);
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  };
  vi.stubGlobal('structuredClone', (value: unknown) => revive(clone(value)));
}

async function openIntakes(lang: 'en' | 'ru' = 'en'): Promise<AppUnderTest> {
  const app = await renderAppWithFiles(clubFiles(), { lang, tab: 'health' });
  cloneIntoPageRealm();
  await app.user.click(
    screen.getByRole('button', { name: lang === 'en' ? 'Intakes compared' : 'Сравнение наборов' }),
  );
  return app;
}

async function save(
  app: AppUnderTest,
  name: string,
  labels = { field: 'Snapshot name', save: 'Save snapshot' },
) {
  const field = screen.getByRole('textbox', { name: labels.field });
  await app.user.clear(field);
  await app.user.type(field, name);
  await app.user.click(screen.getByRole('button', { name: labels.save }));
}

function markLeaving(app: AppUnderTest, name: string, leaving = true) {
  const member = app.workspace.getState().workspace.members.find((m) => m.name === name)!;
  act(() => {
    app.workspace
      .getState()
      .apply({ kind: leaving ? 'markLeaving' : 'unmarkLeaving', memberKey: member.key });
  });
}

/** A table's body rows as their cells' texts. */
function rowsOf(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('intakes compared', () => {
  test('two snapshots around a leaver: the summary and the tables show what changed, both ways', async () => {
    const app = await openIntakes();
    expect(
      await screen.findByText(/No snapshot yet\. Save the current workspace as the first intake/),
    ).toBeVisible();
    await save(app, 'Intake 2025');
    expect(await screen.findByText('Saved as “Intake 2025”.')).toBeVisible();
    markLeaving(app, 'Boris');
    await save(app, 'Intake 2026');
    await screen.findByRole('rowheader', { name: 'Intake 2026' });
    // The list: name, members, ambassadors (Boris leaving counts for none), skills.
    expect(rowsOf('Saved snapshots').map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['Intake 2025', '4', '3', '3'],
      ['Intake 2026', '4', '2', '3'],
    ]);

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Then' }), 'Intake 2025');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Now' }), 'Intake 2026');
    expect(
      await screen.findByText(
        'From Intake 2025 to Intake 2026: 0 gaps closed, 2 opened, 0 ambassadors joined, 1 left, role Voice lost',
      ),
    ).toBeVisible();
    expect(rowsOf('Coverage per category')).toEqual([
      ['Soft', '1', '1', '0', '0', '0', '0'],
      ['Tech', '3', '1', '−2', '0', '2', '+2'],
      ['All skills', '4', '2', '−2', '0', '2', '+2'],
    ]);
    expect(rowsOf('Skills whose status changed')).toEqual([
      ['Python', 'Tech', 'Gap opened', 'Covered', '2', 'Gap', '1'],
      ['SQL', 'Tech', 'Gap opened', 'Single holder', '1', 'Gap', '0'],
    ]);
    expect(rowsOf('Ambassadors who joined and who left')).toEqual([
      ['Boris', 'IT', 'Left', 'Ambassador', 'Marked as leaving'],
    ]);
    expect(rowsOf('Roles filled and lost')).toEqual([['Voice', 'Lost', 'Boris', 'nobody']]);
    // the same skills in a file: coverage, gap and status then and now, and what changed
    const downloads = captureDownloads();
    await app.user.click(screen.getByRole('button', { name: 'Export comparison' }));
    expect(downloads[0].fileName).toBe('intake-comparison.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).slice(1));
    expect(lines[0]).toBe(
      'skill_id,skill,category,coverage_then,coverage_now,gap_then,gap_now,status_then,status_now,change',
    );
    expect(lines.filter((l) => l.includes('gap_opened')).map((l) => l.split(',')[1])).toEqual([
      'Python',
      'SQL',
    ]);

    // Boris stays after all: since Intake 2026 the current workspace closed both gaps and filled Voice again.
    markLeaving(app, 'Boris', false);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Then' }), 'Intake 2026');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Now' }), 'The current workspace');
    expect(
      await screen.findByText(
        'Since Intake 2026: 2 gaps closed, 0 opened, 1 ambassador joined, 0 left, role Voice filled',
      ),
    ).toBeVisible();
    expect(rowsOf('Ambassadors who joined and who left')).toEqual([
      ['Boris', 'IT', 'Joined', 'Marked as leaving', 'Ambassador'],
    ]);
    // Sorting by a header: skills by coverage now, largest first.
    const skills = screen.getByRole('table', { name: 'Skills whose status changed' });
    await app.user.click(within(skills).getByRole('button', { name: 'Coverage now' }));
    expect(within(skills).getByRole('columnheader', { name: /Coverage now/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowsOf('Skills whose status changed').map((r) => [r[0], r[6]])).toEqual([
      ['Python', '2'],
      ['SQL', '1'],
    ]);
  });

  test('in Russian: a prefilled name, a taken name refused, rename, delete after confirming', async () => {
    const app = await openIntakes('ru');
    const year = new Date().getFullYear();
    const field = screen.getByRole('textbox', { name: 'Имя снимка' });
    expect(field).toHaveValue(`Набор ${year}`);
    await app.user.click(screen.getByRole('button', { name: 'Сохранить снимок' }));
    expect(await screen.findByText(`Сохранено как «Набор ${year}».`)).toBeVisible();
    // The next suggestion is free; a taken name typed anew is refused next to the field.
    expect(field).toHaveValue(`Набор ${year} (2)`);
    await save(app, `набор  ${year}`, { field: 'Имя снимка', save: 'Сохранить снимок' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Снимок с именем «набор ${year}» уже есть: выберите другое имя.`,
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await app.user.clear(field);
    await app.user.click(screen.getByRole('button', { name: 'Сохранить снимок' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Дайте снимку имя.');

    // Comparing the only snapshot with itself is explained.
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Стало' }), `Набор ${year}`);
    expect(screen.getByText(/С обеих сторон один и тот же снимок/)).toBeVisible();

    await app.user.click(screen.getByRole('button', { name: `Переименовать «Набор ${year}»` }));
    const rename = screen.getByRole('textbox', { name: `Новое имя для «Набор ${year}»` });
    await app.user.clear(rename);
    await app.user.type(rename, 'Весна');
    await app.user.click(screen.getByRole('button', { name: 'Сохранить имя' }));
    expect(await screen.findByRole('rowheader', { name: 'Весна' })).toBeVisible();

    await app.user.click(screen.getByRole('button', { name: 'Удалить «Весна»' }));
    const confirm = screen.getByRole('group', { name: 'Удалить «Весна»? Это нельзя отменить.' });
    await app.user.click(within(confirm).getByRole('button', { name: 'Отмена' }));
    expect(screen.getByRole('rowheader', { name: 'Весна' })).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Удалить «Весна»' }));
    await app.user.click(screen.getByRole('button', { name: 'Да, удалить' }));
    expect(await screen.findByText(/Снимков пока нет\./)).toBeVisible();
    expect(screen.queryByRole('rowheader', { name: 'Весна' })).toBeNull();
  });
});
