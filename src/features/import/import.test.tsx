import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  closeReport,
  csvLines,
  downloadedText,
  factsOf,
  headerTotals,
  importFiles,
  pickFiles,
  renderApp,
  textFile,
  waitForSample,
  waitForTotals,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

const MEMBERS = textFile(
  'team.csv',
  [
    'member_id,name,department,status,workload',
    'M1,Anna Petrova,Sales,ambassador,40',
    'M2,Boris Ivanov,IT,employee,50',
    'M3,Clara Smith,HR,alumni,20',
    '',
  ].join('\n'),
);

// 2 members (status from the rows), 2 skills (created with the defaults), 3 links.
const FIRST = () =>
  textFile(
    'first.csv',
    [
      'member_id,name,status,skill,level',
      'M1,Anna Petrova,ambassador,Python,4',
      'M2,Boris Ivanov,employee,Python,3',
      'M2,Boris Ivanov,employee,SQL,2',
      '',
    ].join('\n'),
  );

// Merged into FIRST: Boris–SQL is already there (merged, level 2 → 4); Clara and Kubernetes are new, so are
// her two links (imported). After the merge: 3 members, 3 skills, 3 + 2 = 5 links.
const SECOND = () =>
  textFile(
    'second.csv',
    [
      'member_id,name,skill,level',
      'M2,Boris Ivanov,SQL,4',
      'M3,Clara Smith,Python,5',
      'M3,Clara Smith,Kubernetes,3',
      '',
    ].join('\n'),
  );

/** The dialog's text with white space folded, for "this comes before that" checks. */
function textOf(element: HTMLElement): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ');
}

describe('import', () => {
  test('an import into the untouched sample replaces it without asking and reports the totals first, then the file', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();

    const report = await importFiles(user, [MEMBERS]);

    expect(screen.queryByRole('button', { name: 'Merge' })).not.toBeInTheDocument();
    const text = textOf(report);
    const totals = ['3 members', '0 skills', '0 links'].map((part) => text.indexOf(part));
    expect(totals.every((at) => at >= 0)).toBe(true);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    const file = within(report).getByRole('region', { name: 'team.csv' });
    expect(Math.max(...totals)).toBeLessThan(text.indexOf(textOf(file)));

    expect(Object.fromEntries(factsOf(file))).toEqual({
      Kind: 'members',
      Encoding: 'UTF-8',
      Delimiter: 'comma',
      'Rows read': '3',
      Imported: '3',
      Merged: '0',
      Rejected: '0',
    });
    expect(within(report).queryByRole('button', { name: /Download rejected rows/ })).not.toBeInTheDocument();

    await closeReport(user, report);
    expect(screen.queryByRole('dialog', { name: 'Import report' })).not.toBeInTheDocument();
    expect(headerTotals()).toHaveTextContent('3 members · 1 ambassador · 0 skills · 0 links');
  });

  test.each([
    ['en', '1 links', '2 interests without a level'],
    ['ru', '1 связь', '2 интереса без уровня'],
  ] as const)(
    'interests without a level are counted apart from the links (%s)',
    async (lang, links, wishes) => {
      const { user } = await renderApp({ lang });
      await waitForSample(lang);
      // Anna wants Python (empty level) and holds SQL 3; Boris wants SQL (level 0): 1 link, 2 wishes.
      const file = textFile(
        'wishes.csv',
        'name,skill,level,interest\nAnna,Python,,yes\nAnna,SQL,3,\nBoris,SQL,0,да\n',
      );
      const ru = lang === 'ru';
      const report = await importFiles(
        user,
        [file],
        ru ? { input: 'Импорт CSV', report: 'Отчёт об импорте' } : {},
      );
      const text = textOf(report);
      expect(text).toContain(links);
      expect(text).toContain(wishes);
      await closeReport(user, report, ru ? 'Закрыть' : 'Close');
      expect(headerTotals()).toHaveTextContent(links);
    },
  );

  test('the report names the encoding and delimiter a spreadsheet wrote: UTF-8 with BOM, semicolons', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();

    const report = await importFiles(user, [
      textFile('excel.csv', '\ufeffname;status\r\nAnna Petrova;ambassador\r\nBoris Ivanov;employee\r\n'),
    ]);

    const facts = factsOf(within(report).getByRole('region', { name: 'excel.csv' }));
    expect(facts.get('Encoding')).toBe('UTF-8 BOM');
    expect(facts.get('Delimiter')).toBe('semicolon');
    expect(facts.get('Rows read')).toBe('2');
    expect(within(report).getByText('2 members')).toBeInTheDocument();
  });

  test('a second import asks Replace, Merge or Cancel, and Cancel keeps the workspace', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    await closeReport(user, await importFiles(user, [FIRST()]));
    await waitForTotals('2 members', '2 skills', '3 links');

    await pickFiles(user, [SECOND()]);
    const choice = await screen.findByRole('dialog', { name: 'Import into the current workspace' });
    expect(within(choice).getByRole('button', { name: 'Replace' })).toBeInTheDocument();
    expect(within(choice).getByRole('button', { name: 'Merge' })).toBeInTheDocument();
    expect(within(choice).getByText('second.csv')).toBeInTheDocument();

    await user.click(within(choice).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(headerTotals()).toHaveTextContent('2 members · 1 ambassador · 2 skills · 3 links');
  });

  test('Merge adds the file to the workspace: new pairs are imported, a known pair is merged with the new level', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    await closeReport(user, await importFiles(user, [FIRST()]));

    await pickFiles(user, [SECOND()]);
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    const report = await screen.findByRole('dialog', { name: 'Import report' });

    expect(textOf(report)).toMatch(/^Import report ?3 members, 3 skills, 5 links/);
    expect(within(report).getByText('The files were merged into the workspace.')).toBeInTheDocument();
    const facts = factsOf(within(report).getByRole('region', { name: 'second.csv' }));
    expect([
      facts.get('Kind'),
      facts.get('Rows read'),
      facts.get('Imported'),
      facts.get('Merged'),
      facts.get('Rejected'),
    ]).toEqual(['expertise (long list)', '3', '2', '1', '0']);
    await closeReport(user, report);
    expect(headerTotals()).toHaveTextContent('3 members · 1 ambassador · 3 skills · 5 links');

    // Boris's SQL went from 2 to 4: at the default required level 3 he is now SQL's one candidate.
    await user.click(screen.getByRole('button', { name: 'Gap report' }));
    const sql = screen.getByRole('button', { name: 'SQL' }).closest('tr')!;
    const cells = within(sql)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 9)).toEqual(['SQL', 'Uncategorised', '3', '1', '0', '1', '1', 'Gap', '1']);
    expect(cells[10]).toBe('Boris Ivanov');
  });

  test('Replace after the question leaves only what the new file holds', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    await closeReport(user, await importFiles(user, [FIRST()]));

    await pickFiles(user, [SECOND()]);
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    const report = await screen.findByRole('dialog', { name: 'Import report' });

    // Boris and Clara; SQL, Python, Kubernetes; three links.
    expect(textOf(report)).toMatch(/^Import report ?2 members, 3 skills, 3 links/);
    const facts = factsOf(within(report).getByRole('region', { name: 'second.csv' }));
    expect([facts.get('Imported'), facts.get('Merged')]).toEqual(['3', '0']);
  });

  test('an unreadable level rejects its row, and the report lists the row and the column', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();

    const report = await importFiles(user, [
      textFile(
        'levels.csv',
        [
          'member_id,name,skill,level',
          'M1,Anna Petrova,Python,4',
          'M2,Boris Ivanov,Python,guru',
          'M2,Boris Ivanov,SQL,expert',
          '',
        ].join('\n'),
      ),
    ]);

    expect(textOf(report)).toMatch(/^Import report ?2 members, 2 skills, 2 links/);
    const file = within(report).getByRole('region', { name: 'levels.csv' });
    const facts = factsOf(file);
    expect([
      facts.get('Rows read'),
      facts.get('Imported'),
      facts.get('Merged'),
      facts.get('Rejected'),
    ]).toEqual(['3', '2', '0', '1']);
    const issue = within(file)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('guru'));
    expect(issue).toBeDefined();
    expect(issue).toHaveTextContent('Error levels.csv, row 3, column “level”:');
    expect(issue).toHaveTextContent('The level “guru” cannot be read');
  });

  test('rejected rows can be downloaded as CSV with their file, row and cells', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const report = await importFiles(user, [
      textFile(
        'levels.csv',
        ['member_id,name,skill,level', 'M1,Anna Petrova,Python,4', 'M2,Boris Ivanov,Python,guru', ''].join(
          '\n',
        ),
      ),
    ]);

    await user.click(within(report).getByRole('button', { name: 'Download rejected rows (1)' }));

    expect(downloads.map((d) => d.fileName)).toEqual(['rejected-rows.csv']);
    const lines = csvLines(await downloadedText(downloads[0].blob));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('\ufefffile,row,reason,member_id,name,skill,level');
    expect(lines[1]).toMatch(/^levels\.csv,3,.+,M2,Boris Ivanov,Python,guru$/);
  });

  test('the rejected-rows download gives the same reason as the report, unreadable value included', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const report = await importFiles(user, [
      textFile(
        'levels.csv',
        ['member_id,name,skill,level', 'M1,Anna Petrova,Python,4', 'M2,Boris Ivanov,Python,guru', ''].join(
          '\n',
        ),
      ),
    ]);

    await user.click(within(report).getByRole('button', { name: 'Download rejected rows (1)' }));

    const lines = csvLines(await downloadedText(downloads[0].blob));
    expect(lines[1]).toContain('The level “guru” cannot be read');
  });
});
