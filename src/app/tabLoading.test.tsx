import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { importFiles, renderApp, smallClubFiles, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

// The club health view's code arrives when the test lets it (as over a slow network, before the idle preload).
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('../features/health/HealthView', async () => {
  await gate.opened;
  return {
    HealthView: () => <h2>Health view arrived</h2>,
  };
});

describe('a view whose code is still loading', () => {
  test('says "Opening the view…" after a moment while the old view stays; the new view replaces both when it arrives', async () => {
    const { user } = await renderApp({ url: '/?lang=en&view=gaps', preloadViews: false });
    await waitForSample();
    expect(await screen.findByRole('heading', { name: 'Gap report' })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Club health' }),
    );

    expect(await screen.findByText('Opening the view…', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('heading', { name: 'Gap report' })).toBeInTheDocument();

    gate.open();
    expect(await screen.findByRole('heading', { name: 'Health view arrived' })).toBeInTheDocument();
    expect(screen.queryByText('Opening the view…')).toBeNull();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });
});

describe('the import dialogs before their code has loaded', () => {
  test('a file picked before the idle preload gets its report once the dialog code arrives', async () => {
    const { user } = await renderApp({ url: '/?lang=en', preloadViews: false });
    await waitForSample();

    const report = await importFiles(user, smallClubFiles());

    expect(within(report).getByRole('heading', { name: 'Import report' })).toBeInTheDocument();
  });
});
