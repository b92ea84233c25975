import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  pickFiles,
  renderApp,
  smallClubFiles,
  waitForSample,
  waitForTotals,
} from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

// The report's code cannot be fetched (offline after an update, or a deployment replaced the chunk).
vi.mock('../features/import/ImportReportDialog', () => {
  throw new TypeError('Failed to fetch dynamically imported module: ImportReportDialog.js');
});

const views = () => within(screen.getByRole('navigation', { name: 'Views' }));

describe('the import dialogs whose code fails to load', () => {
  test('say so where the dialog would be, with a way to reload; the map, the tabs and the workspace stay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp({ url: '/?lang=en' });
    await waitForSample();

    await pickFiles(user, smallClubFiles());

    const message = await screen.findByText(
      'The import window could not be loaded. Reload the page to try again.',
    );
    const alert = message.closest<HTMLElement>('[role="alert"]')!;
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).toBeNull();
    // the import itself landed: the workspace is the file's
    await waitForTotals('5 members', '4 skills');
    expect(screen.getByRole('region', { name: 'Map' })).toBeVisible();

    await user.click(views().getByRole('button', { name: 'Matrix' }));
    expect(await screen.findByRole('grid', { name: 'Levels of members by skill' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByText('The import window could not be loaded. Reload the page to try again.'),
    ).toBeNull();
  });
});
