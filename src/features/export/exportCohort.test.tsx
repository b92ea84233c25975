import { render, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  csvLines,
  downloadedText,
  renderApp,
  renderAppWithFiles,
  textFile,
  waitForSample,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

function pickNames(): string[] {
  const [, ...rows] = within(screen.getByRole('table', { name: 'Cohort picks' })).getAllByRole('row');
  return rows.map((row) => within(row).getAllByRole('cell')[1].textContent ?? '');
}

describe('cohort export', () => {
  test('Export cohort downloads the current plan: the contract header, then one row per pick in pick order', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp({ lang: 'en', tab: 'cohort' });
    await waitForSample();
    const size = screen.getByRole('spinbutton', { name: 'Cohort size' });
    await user.clear(size);
    await user.type(size, '4');
    const picks = pickNames();

    await user.click(screen.getByRole('button', { name: 'Export cohort' }));

    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe('cohort.csv');
    expect(downloads[0].blob.type).toBe('text/csv;charset=utf-8');
    const text = await downloadedText(downloads[0].blob);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = csvLines(text.slice(1));
    expect(lines[0]).toBe('member_id,name,department,status,workload,score,closes');
    expect(picks).toHaveLength(4);
    expect(lines).toHaveLength(1 + picks.length);
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(picks);
  });

  test('in Russian the cohort CSV uses semicolons, Russian headers and the Russian file name', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp({ lang: 'ru', tab: 'cohort' });
    await waitForSample('ru');

    await user.click(screen.getByRole('button', { name: 'Экспорт набора' }));

    expect(downloads[0].fileName).toBe('nabor.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).slice(1));
    expect(lines[0]).toBe('id сотрудника;ФИО;подразделение;статус;загрузка;балл;закрывает');
    const rows = within(screen.getByRole('table', { name: 'Выбранные в набор' })).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(1);
    // The header row of the table stands for the CSV header.
    expect(lines).toHaveLength(rows.length);
  });

  test('a table that turns out empty at the click (a plan picking no one) writes no file; a real one does', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    // the app's own module instances (renderApp loads them afresh)
    const { CsvExportButton } = await import('./csvDownload');
    render(
      <>
        <CsvExportButton label="Export nothing" fileName="none.csv" disabled={false} table={() => null} />
        <CsvExportButton
          label="Export one"
          fileName="one.csv"
          disabled={false}
          table={() => ({ header: ['a'], rows: [['1']] })}
        />
      </>,
    );

    await user.click(screen.getByRole('button', { name: 'Export nothing' }));
    expect(downloads).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Export one' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['one.csv']);
  });

  test('when the plan picks no one, Export cohort writes no file and says why beside the button', async () => {
    const downloads = captureDownloads();
    // Ann holds Go above its required level and its target is one holder: no gap, so nobody to pick
    const { user } = await renderAppWithFiles(
      [
        textFile('members.csv', 'name,status\nAnn,ambassador\nBob,employee\n'),
        textFile('expertise.csv', 'name,skill,level\nAnn,Go,5\nBob,Go,2\n'),
      ],
      { tab: 'cohort' },
    );
    expect(await screen.findByText('Nobody to pick: every skill meets its target.')).toBeInTheDocument();
    const exportCohort = screen.getByRole('button', { name: 'Export cohort' });
    const notice = within(exportCohort.parentElement!).getByRole('status');
    expect(notice).toBeEmptyDOMElement();

    await user.click(exportCohort);

    expect(downloads).toHaveLength(0);
    expect(notice).toHaveTextContent('The plan picks no one: nothing to export.');
  });
});
