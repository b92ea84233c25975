import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

describe('the view in the URL', () => {
  test('?view=gaps&lang=ru opens the Russian gap report', async () => {
    await renderApp({ url: '/?view=gaps&lang=ru' });

    await waitForSample('ru');
    expect(screen.getByRole('heading', { name: 'Отчёт о пробелах' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Разделы' })).getByRole('button', {
        name: 'Отчёт о пробелах',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('switching to Cohort writes the view as a new history entry; Back returns to the gap report', async () => {
    const { user, ui } = await renderApp({ url: '/?view=gaps&lang=en' });
    await waitForSample();
    const entries = window.history.length;

    await user.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Cohort' }),
    );

    expect(await screen.findByRole('heading', { name: 'Next cohort' })).toBeInTheDocument();
    expect(param('view')).toBe('cohort');
    expect(param('lang')).toBe('en');
    expect(window.history.length).toBe(entries + 1);

    act(() => window.history.back());
    await waitFor(() => expect(ui.getState().tab).toBe('gaps'));
    expect(await screen.findByRole('heading', { name: 'Gap report' })).toBeInTheDocument();
    expect(param('view')).toBe('gaps');
  });

  test('a reload of the written URL brings back the tab, the language, the focus and the category', async () => {
    const first = await renderApp({ url: '/?lang=en' });
    await waitForSample();
    // The untouched sample follows the language, so the language comes first: the category names change.
    await first.user.click(
      within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'RU' }),
    );
    await waitForSample('ru');
    const skill = first.workspace.getState().workspace.skills.find((s) => s.category !== '')!;
    // The options follow the analysis, which may lag the store by a render on a busy machine.
    await screen.findByRole('option', { name: skill.category });
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Категория' }), skill.category);
    act(() => first.ui.getState().focus({ kind: 'skill', key: skill.key }));
    const address = `${window.location.pathname}${window.location.search}`;
    // The URL holds the view, never the data: no skill or category name, no internal key.
    expect(decodeURIComponent(address)).not.toContain(skill.name);
    expect(decodeURIComponent(address)).not.toContain(skill.category);
    expect(decodeURIComponent(address)).not.toContain(skill.key);
    expect(param('focus')).toMatch(/^skill-[0-9a-z]+$/);
    first.unmount();

    const again = await renderApp({ url: address });
    await waitForSample('ru');

    await waitFor(() => expect(again.ui.getState().focused).toEqual({ kind: 'skill', key: skill.key }));
    expect(again.ui.getState()).toMatchObject({ lang: 'ru', tab: 'map' });
    expect(again.ui.getState().filter.categories).toEqual([skill.category]);
    // the map follows the header in a deferred render of its own
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Категория' })).toHaveValue(skill.category),
    );
    expect(screen.getByText(`В фокусе: «${skill.name}»`)).toBeInTheDocument();
    // the focused skill's side panel is open again, as after the find box
    expect(again.ui.getState().selected).toEqual({ kind: 'skill', key: skill.key });
  });

  test('a focus or category the workspace does not hold is ignored, and dropped from the URL', async () => {
    const errors = vi.spyOn(console, 'error');
    const { ui } = await renderApp({
      url: '/?lang=en&view=map&focus=member-zzzzzzz&category=zzzzzzz&bench-like=kept',
    });
    await waitForSample();

    await waitFor(() => expect(param('focus')).toBeNull());
    expect(param('category')).toBeNull();
    expect(param('bench-like')).toBe('kept');
    expect(ui.getState()).toMatchObject({ focused: null, tab: 'map' });
    expect(ui.getState().filter.categories).toEqual([]);
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('\u0000all');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });

  test('a reload brings back the map mode, the steps and every filter; none of them adds a history entry', async () => {
    const first = await renderApp({ url: '/?lang=en' });
    await waitForSample();
    const entries = window.history.length;
    const { workspace } = first.workspace.getState();
    const department = workspace.members[0].department;
    const location = workspace.members[1].location;
    const skill = workspace.skills[0];

    await first.user.click(
      within(screen.getByRole('group', { name: 'Show' })).getByRole('button', { name: 'Everyone' }),
    );
    await first.user.click(screen.getByRole('button', { name: 'Filters' }));
    const panel = screen.getByRole('group', { name: 'Map filters' });
    await first.user.click(
      within(within(panel).getByRole('group', { name: 'Department' })).getByRole('checkbox', {
        name: new RegExp(`^${department} \\(`),
      }),
    );
    await first.user.click(
      within(within(panel).getByRole('group', { name: 'Location' })).getByRole('checkbox', {
        name: new RegExp(`^${location} \\(`),
      }),
    );
    await first.user.click(within(panel).getByRole('checkbox', { name: 'Employees' }));
    await first.user.selectOptions(within(panel).getByRole('combobox', { name: 'Minimum level' }), '2');
    await first.user.click(within(panel).getByRole('checkbox', { name: 'Only gaps' }));
    await first.user.click(within(panel).getByRole('checkbox', { name: 'Only single holders' }));
    act(() => first.ui.getState().focus({ kind: 'skill', key: skill.key }));
    await first.user.click(
      within(await screen.findByRole('group', { name: 'Steps from the focus' })).getByRole('button', {
        name: '2',
      }),
    );
    expect(param('mode')).toBe('everyone');
    expect(param('steps')).toBe('2');
    expect(param('level')).toBe('2');
    expect(param('only')).toBe('gaps,single');
    expect(param('status')).toBe('employee');
    expect(param('dept')).toMatch(/^[0-9a-z]+$/);
    expect(param('loc')).toMatch(/^[0-9a-z]+$/);
    // Back leaves the map rather than walking through each filter click
    expect(window.history.length).toBe(entries);
    const address = `${window.location.pathname}${window.location.search}`;
    expect(decodeURIComponent(address)).not.toContain(department);
    expect(decodeURIComponent(address)).not.toContain(location);
    const filter = first.ui.getState().filter;
    first.unmount();

    const again = await renderApp({ url: address });
    await waitForSample();
    await waitFor(() => expect(again.ui.getState().focused).toEqual({ kind: 'skill', key: skill.key }));
    expect(again.ui.getState()).toMatchObject({ graphMode: 'everyone', steps: 2 });
    expect(again.ui.getState().filter).toEqual(filter);
    expect(filter).toMatchObject({
      departments: [department],
      locations: [location],
      statuses: ['employee'],
      minLevel: 2,
      onlyGaps: true,
      onlySingleHolders: true,
    });
    expect(screen.getByRole('button', { name: 'Filters (6)' })).toBeInTheDocument();
    // the map (with the focus's steps) follows the header in a deferred render of its own
    expect(
      within(await screen.findByRole('group', { name: 'Steps from the focus' })).getByRole('button', {
        name: '2',
      }),
    ).toHaveAttribute('aria-pressed', 'true');

    // Ambassadors and one step are the defaults: not written
    await again.user.click(
      within(screen.getByRole('group', { name: 'Show' })).getByRole('button', { name: 'Ambassadors' }),
    );
    await again.user.click(
      within(screen.getByRole('group', { name: 'Steps from the focus' })).getByRole('button', { name: '1' }),
    );
    expect(param('mode')).toBeNull();
    expect(param('steps')).toBeNull();
  });
});
