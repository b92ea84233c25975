import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom; the stand-in counts how often a canvas is mounted.
const mounts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../graph/GraphCanvas', async () => {
  const { useEffect } = await import('react');
  return {
    default: function CountingCanvas({ ariaLabel }: { ariaLabel: string }) {
      useEffect(() => {
        mounts.count += 1;
      }, []);
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
});
