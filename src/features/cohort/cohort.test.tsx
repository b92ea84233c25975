import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, renderAppWithFiles, smallClubFiles, waitForSample } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

function picksShown(): HTMLElement[] {
  const [, ...rows] = within(screen.getByRole('table', { name: 'Cohort picks' })).getAllByRole('row');
  return rows;
}

describe('cohort view', () => {
  test('the Cohort tab plans the sample; a size of 3 shows 3 picks at once', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();

    await user.click(screen.getByRole('button', { name: 'Cohort' }));

    const size = screen.getByRole('spinbutton', { name: 'Cohort size' });
    expect(size).toHaveValue(10);
    expect(picksShown().length).toBeGreaterThan(0);
    expect(picksShown().length).toBeLessThanOrEqual(10);
    expect(
      screen.getByText(/^The cohort closes \d+(\.\d+)? of \d+(\.\d+)? weighted gap points?\.$/),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Gaps left open' })).toBeVisible();

    await user.clear(size);
    await user.type(size, '3');

    expect(picksShown()).toHaveLength(3);
    expect(within(picksShown()[0]).getAllByRole('cell')[0]).toHaveTextContent('1');
  });

  test('in Russian the size field and the tab are translated', async () => {
    const { user } = await renderApp({ lang: 'ru' });
    await waitForSample('ru');

    await user.click(screen.getByRole('button', { name: 'Набор' }));

    expect(screen.getByRole('spinbutton', { name: 'Размер набора' })).toHaveValue(10);
    expect(screen.getByRole('table', { name: 'Выбранные в набор' })).toBeVisible();
  });

  // The small club (tests/helpers/render.tsx, worked out in export.test.tsx): open gaps Public speaking (gap 1,
  // weight 3) and Python (gap 1, weight 2), 5 weighted points; Dmitry (score 4.4, workload 0 %) qualifies for
  // both, so he alone closes all 5 and nobody else is needed.
  test('on the small club one pick closes every gap, with its skills and weights', async () => {
    await renderAppWithFiles(smallClubFiles(), { lang: 'en', tab: 'cohort' });

    const cells = picksShown().map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells).toEqual([
      [
        '1',
        'Dmitry Orlov',
        'IT',
        'Employee',
        '0%',
        '4.40',
        'Public speaking (3), Python (2)',
        '5',
        'Exclude',
      ],
    ]);
    expect(screen.getByText('The cohort closes 5 of 5 weighted gap points.')).toBeVisible();
    expect(screen.getByText('No gap is left open.')).toBeVisible();
  });

  test('in Russian the totals line uses the genitive plural', async () => {
    await renderAppWithFiles(smallClubFiles(), { lang: 'ru', tab: 'cohort' });

    expect(screen.getByText('Набор закрывает 5 из 5 баллов взвешенного пробела.')).toBeVisible();
  });
});
