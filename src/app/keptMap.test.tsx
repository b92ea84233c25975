import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { GraphCanvasProps } from '../graph/GraphCanvas';
import { renderApp, renderAppWithFiles, smallClubFiles, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom; the stand-in counts how often a canvas is mounted and keeps the people it was
// last given to draw.
const mounts = vi.hoisted(() => ({ count: 0, members: [] as string[] }));
vi.mock('../graph/GraphCanvas', async () => {
  const { useEffect } = await import('react');
  return {
    default: function CountingCanvas({ ariaLabel, elements }: GraphCanvasProps) {
      useEffect(() => {
        mounts.count += 1;
      }, []);
      mounts.members = elements.nodes
        .filter((n) => n.data.kind === 'member')
        .map((n) => String(n.data.label));
      return <div role="img" aria-label={ariaLabel} />;
    },
  };
});

const views = () => within(screen.getByRole('navigation', { name: 'Views' }));

describe('the map behind the other tabs', () => {
  test('stays as it was left: the same canvas, the same selection; hidden from sight and Escape meanwhile', async () => {
    mounts.count = 0;
    const { user, ui, workspace } = await renderApp({ url: '/?lang=en' });
    await waitForSample();
    await screen.findByRole('img', { name: /./ });
    expect(mounts.count).toBe(1);
    const skill = workspace.getState().workspace.skills[0]!;
    act(() => ui.getState().select({ kind: 'skill', key: skill.key }));
    expect(await screen.findByRole('complementary', { name: skill.name })).toBeInTheDocument();

    await user.click(views().getByRole('button', { name: 'Matrix' }));
    expect(await screen.findByRole('grid', { name: 'Levels of members by skill' })).toBeInTheDocument();
    // the map's region, canvas and panel are out of the accessibility tree
    expect(screen.queryByRole('region', { name: 'Map' })).toBeNull();
    expect(screen.queryByRole('complementary', { name: skill.name })).toBeNull();
    // Escape on the matrix page (focus on the page itself) does not clear the hidden map's selection
    act(() => (document.activeElement as HTMLElement).blur());
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(ui.getState().selected).toEqual({ kind: 'skill', key: skill.key });

    await user.click(views().getByRole('button', { name: 'Map' }));
    expect(await screen.findByRole('complementary', { name: skill.name })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Map' })).toBeVisible();
    expect(mounts.count).toBe(1);
  });

  test('is not drawn before it is first shown', async () => {
    mounts.count = 0;
    const { user } = await renderApp({ url: '/?lang=en&view=matrix' });
    await waitForSample();
    expect(await screen.findByRole('grid', { name: 'Levels of members by skill' })).toBeInTheDocument();
    expect(mounts.count).toBe(0);

    await user.click(views().getByRole('button', { name: 'Map' }));
    await screen.findByRole('img', { name: /./ });
    expect(mounts.count).toBe(1);
  });

  test('draws, once back, a filter set on another tab (the filter the map and the matrix share)', async () => {
    // the small club's ambassadors: Anna Petrova (Sales) and Boris Ivanov (IT)
    const { user, ui } = await renderAppWithFiles(smallClubFiles());
    await screen.findByRole('img', { name: /./ });
    await waitFor(() => expect(mounts.members.toSorted()).toEqual(['Anna Petrova', 'Boris Ivanov']));

    await user.click(views().getByRole('button', { name: 'Matrix' }));
    const grid = await screen.findByRole('grid', { name: 'Levels of members by skill' });
    act(() => ui.getState().setFilter({ departments: ['IT'] }));
    await waitFor(() => expect(within(grid).queryByRole('rowheader', { name: 'Anna Petrova' })).toBeNull());
    expect(within(grid).getByRole('rowheader', { name: 'Boris Ivanov' })).toBeInTheDocument();
    // hidden, the map keeps what it drew
    expect(mounts.members.toSorted()).toEqual(['Anna Petrova', 'Boris Ivanov']);

    await user.click(views().getByRole('button', { name: 'Map' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Map' })).toBeVisible());
    await waitFor(() => expect(mounts.members).toEqual(['Boris Ivanov']));
  });
});
