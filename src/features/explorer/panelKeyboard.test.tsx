// The side panel with the keyboard: choosing a person or skill inside it keeps focus in the panel (on the new
// heading), Escape closes it and gives focus back to what opened it, else to the find box.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  memberPanel,
  renderAppWithFiles,
  smallClubFiles,
  type AppUnderTest,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom; the map's canvas is replaced by a labelled placeholder that takes focus, as
// the canvas does.
vi.mock('../../graph/GraphCanvas', () => ({
  default: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} tabIndex={0} />,
}));

// The small club (tests/helpers/render.tsx): Anna Petrova (ambassador) holds Python and Kubernetes; Dmitry
// Orlov is a candidate for Python.

const panel = (name: string) => screen.getByRole('complementary', { name });
const findBox = () => screen.getByRole('searchbox', { name: 'Find a skill or person' });

/** Types `query` into the find box and presses Enter; returns the panel it opens. */
async function find(app: AppUnderTest, query: string, name: string): Promise<HTMLElement> {
  await app.user.type(findBox(), `${query}{Enter}`);
  return screen.findByRole('complementary', { name });
}

/** Puts focus on the button named `name` inside `container` and presses Enter on it. */
async function enterOn(app: AppUnderTest, container: HTMLElement, name: string): Promise<void> {
  act(() => within(container).getByRole('button', { name }).focus());
  await app.user.keyboard('{Enter}');
}

describe('side panel with the keyboard', () => {
  test('Enter on a person or a skill in the panel moves focus to the new panel’s heading', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    await find(app, 'Python', 'Python');

    await enterOn(app, panel('Python'), 'Dmitry Orlov');
    const dmitry = panel('Dmitry Orlov');
    expect(within(dmitry).getByRole('heading', { level: 2, name: 'Dmitry Orlov' })).toHaveFocus();

    await enterOn(app, dmitry, 'Public speaking');
    expect(
      within(panel('Public speaking')).getByRole('heading', { level: 2, name: 'Public speaking' }),
    ).toHaveFocus();
  });

  test('Escape closes the panel and returns focus to the find box that opened it', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    await find(app, 'Kubernetes', 'Kubernetes');
    await enterOn(app, panel('Kubernetes'), 'Anna Petrova');
    expect(within(panel('Anna Petrova')).getByRole('heading', { level: 2 })).toHaveFocus();

    await app.user.keyboard('{Escape}');

    expect(screen.queryByRole('complementary', { name: 'Anna Petrova' })).not.toBeInTheDocument();
    expect(app.ui.getState().selected).toBeNull();
    expect(findBox()).toHaveFocus();
  });

  test('opened from the map, Escape returns focus to the map', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    const map = screen.getByRole('img', { name: 'Expertise map graph' });
    act(() => map.focus());
    // A node chosen on the map selects it, focus staying on the map.
    const clara = await memberPanel(app, 'Clara Smith');
    await enterOn(app, clara, 'Python');
    expect(within(panel('Python')).getByRole('heading', { level: 2 })).toHaveFocus();

    await app.user.keyboard('{Escape}');

    expect(app.ui.getState().selected).toBeNull();
    expect(map).toHaveFocus();
  });

  test('after a click outside the panel, a node chosen on the map does not pull focus into the panel', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    const python = await find(app, 'Python', 'Python');
    await app.user.click(within(python).getByRole('button', { name: 'Rename' }));
    await app.user.click(document.body);
    await new Promise((settled) => setTimeout(settled));

    await memberPanel(app, 'Clara Smith');

    expect(document.body).toHaveFocus();
  });

  test('opened from the gap report (gone once the map shows), Escape sends focus to the find box', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en', tab: 'gaps' });
    await app.user.click(screen.getByRole('button', { name: 'SQL' }));
    const sql = panel('SQL');
    act(() => within(sql).getByRole('button', { name: 'Close details' }).focus());

    await app.user.keyboard('{Escape}');

    expect(app.ui.getState().selected).toBeNull();
    expect(findBox()).toHaveFocus();
  });

  test('Escape in the rename field cancels the rename only; the next Escape closes the panel', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    await find(app, 'SQL', 'SQL');
    await enterOn(app, panel('SQL'), 'Rename');
    const field = within(panel('SQL')).getByRole('textbox', { name: 'New name' });
    expect(field).toHaveFocus();

    await app.user.keyboard('{Escape}');
    expect(within(panel('SQL')).queryByRole('textbox', { name: 'New name' })).not.toBeInTheDocument();
    expect(app.ui.getState().selected).not.toBeNull();

    act(() => within(panel('SQL')).getByRole('heading', { level: 2 }).focus());
    await app.user.keyboard('{Escape}');
    expect(app.ui.getState().selected).toBeNull();
    expect(findBox()).toHaveFocus();
  });

  test('the close button returns focus the same way', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    await find(app, 'Python', 'Python');

    await enterOn(app, panel('Python'), 'Close details');

    expect(app.ui.getState().selected).toBeNull();
    expect(findBox()).toHaveFocus();
  });

  test('after a click on the map (focus on the page itself) Escape still closes the panel', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    const python = app.workspace.getState().workspace.skills.find((s) => s.name === 'Python')!;
    act(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      app.ui.getState().select({ kind: 'skill', key: python.key });
    });
    expect(await screen.findByRole('complementary', { name: 'Python' })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);

    await app.user.keyboard('{Escape}');
    expect(app.ui.getState().selected).toBeNull();
  });

  test('Escape typed in a field outside the panel is left to that field', async () => {
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    await find(app, 'Python', 'Python');
    act(() => findBox().focus());
    await app.user.keyboard('{Escape}');
    expect(app.ui.getState().selected).not.toBeNull();
  });
});
