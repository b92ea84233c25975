import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

// The Club health view's code cannot be fetched (offline after an update, or a deployment replaced the chunk).
vi.mock('../features/health/HealthView', () => {
  throw new TypeError('Failed to fetch dynamically imported module: HealthView.js');
});

const views = () => within(screen.getByRole('navigation', { name: 'Views' }));

describe('a view whose code fails to load', () => {
  test('says so in its place with a reload; the header, the other tabs and the workspace stay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp({ url: '/?lang=en', preloadViews: false });
    await waitForSample();

    await user.click(views().getByRole('button', { name: 'Club health' }));
    // the reason is the loader's own words (in the browser: "Failed to fetch dynamically imported module: …")
    const alert = (
      await screen.findByText(/^This view could not be shown \(.+\)\. The other tabs/)
    ).closest<HTMLElement>('[role="alert"]')!;
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).toBeNull();

    // another tab still opens, and the map is as it was
    await user.click(views().getByRole('button', { name: 'Matrix' }));
    expect(await screen.findByRole('grid', { name: 'Levels of members by skill' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(views().getByRole('button', { name: 'Map' }));
    expect(screen.getByRole('region', { name: 'Map' })).toBeVisible();
  });
});
