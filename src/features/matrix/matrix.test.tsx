import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { analyse } from '../../domain/analysis';
import { NO_FILTER } from '../../domain/explorerFilter';
import { DEFAULT_MATRIX_SORT, matrixModel } from '../../domain/matrix';
import {
  captureDownloads,
  csvLines,
  downloadedText,
  renderApp,
  renderAppWithFiles,
  textFile,
  waitForSample,
  type AppUnderTest,
} from '../../../tests/helpers/render';
import { useMatrixSort } from './matrixSort';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

const compare = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

async function openMatrix(): Promise<AppUnderTest & { grid: HTMLElement }> {
  const app = await renderApp({ lang: 'en' });
  await waitForSample();
  await app.user.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Matrix' }),
  );
  return { ...app, grid: await screen.findByRole('grid', { name: 'Levels of members by skill' }) };
}

/** The matrix the domain builds for the app's workspace, to check the grid against. */
function expectedModel(app: AppUnderTest, mode: 'ambassadors' | 'everyone' = 'ambassadors') {
  const analysis = analyse(app.workspace.getState().workspace, { locale: 'en' });
  return { analysis, model: matrixModel(analysis, NO_FILTER, mode, DEFAULT_MATRIX_SORT, compare) };
}

const active = (grid: HTMLElement) => {
  const cell = grid.querySelector<HTMLElement>('[tabindex="0"]')!;
  return {
    cell,
    row: Number(cell.closest('[role="row"]')!.getAttribute('aria-rowindex')),
    col: Number(cell.getAttribute('aria-colindex')),
  };
};

// The sort outlives the view (a language switch remounts it): each test starts from the default.
beforeEach(() => useMatrixSort.setState({ sort: { key: { by: 'name' }, desc: false } }));

describe('matrix view', () => {
  test('members × skills: a grid with its full size, names as row headers, skills as column headers, only rows in view rendered', async () => {
    const app = await openMatrix();
    const { grid } = app;
    const { analysis, model } = expectedModel(app);
    expect(model.rows.length).toBeGreaterThan(10);
    expect(grid).toHaveAttribute('aria-rowcount', String(model.rows.length + 1));
    expect(grid).toHaveAttribute('aria-colcount', String(model.columns.length + 2));
    const { members, skills } = analysis.workspace;
    const rowHeaders = within(grid).getAllByRole('rowheader');
    expect(rowHeaders[0]).toHaveTextContent(members[model.rows[0]].name);
    expect(rowHeaders[0].closest('[role="row"]')).toHaveAttribute('aria-rowindex', '2');
    expect(within(grid).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(
      within(grid).getByRole('columnheader', { name: new RegExp(`^${skills[model.columns[0]].name}`) }),
    ).toHaveAttribute('aria-colindex', '3');
    // Only one tab stop in the whole grid.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    // Every level in view shows its number; a link of interest its mark, said in words.
    const first = grid.querySelectorAll('[role="row"]')[1];
    const cells = [...first.querySelectorAll('.matrix-cell')];
    cells.forEach((cell, c) => {
      const skill = model.columns[c];
      const memberLinks = analysis.links;
      let level = '';
      for (
        let i = memberLinks.memberStart[model.rows[0]];
        i < memberLinks.memberStart[model.rows[0] + 1];
        i++
      ) {
        const link = memberLinks.byMember[i];
        if (analysis.workspace.links.skill[link] === skill)
          level = String(analysis.workspace.links.level[link]);
      }
      expect(cell.textContent?.replace(/★|, wants to develop/g, '')).toBe(level);
    });
  });

  test('Everyone shows every member, only the rows in view are in the page; the minimum level empties cells below it', async () => {
    const app = await openMatrix();
    await app.user.click(screen.getByRole('button', { name: 'Everyone' }));
    expect(app.grid).toHaveAttribute('aria-rowcount', '151');
    expect(app.grid.querySelectorAll('[role="row"]').length).toBeLessThan(60);
    const levelCells = () =>
      [...app.grid.querySelectorAll('.matrix-cell')].filter((c) => c.textContent !== '');
    const before = levelCells().length;
    act(() => app.ui.getState().setFilter({ minLevel: 5 }));
    const after = levelCells();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    expect(after.every((c) => c.textContent!.startsWith('5'))).toBe(true);
  });

  test('the keyboard: arrows, Home/End, Ctrl+Home/End, Page Down/Up move the one tab stop', async () => {
    const app = await openMatrix();
    const { grid, user } = app;
    const { model } = expectedModel(app);
    const rows = model.rows.length + 1;
    const cols = model.columns.length + 2;
    await user.tab();
    while (!grid.contains(document.activeElement)) await user.tab();
    expect(document.activeElement).toBe(within(grid).getByRole('columnheader', { name: 'Name' }));
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}');
    expect(active(grid)).toMatchObject({ row: 2, col: 3 });
    expect(document.activeElement).toBe(active(grid).cell);
    await user.keyboard('{End}');
    expect(active(grid)).toMatchObject({ row: 2, col: cols });
    await user.keyboard('{Home}');
    expect(active(grid)).toMatchObject({ row: 2, col: 1 });
    expect(active(grid).cell).toHaveAttribute('role', 'rowheader');
    await user.keyboard('{PageDown}');
    const paged = active(grid).row;
    expect(paged).toBeGreaterThan(10);
    await user.keyboard('{PageUp}');
    expect(active(grid).row).toBe(2);
    await user.keyboard('{Control>}{End}{/Control}');
    expect(active(grid)).toMatchObject({ row: rows, col: cols });
    expect(document.activeElement).toBe(active(grid).cell);
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(active(grid)).toMatchObject({ row: rows, col: cols });
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(active(grid)).toMatchObject({ row: 1, col: 1 });
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  test('a skill header sorts by level, highest first, then turns round; Enter on a header sorts too', async () => {
    const app = await openMatrix();
    const { grid, user } = app;
    const { analysis, model } = expectedModel(app);
    const skillIndex = model.columns[0];
    const skill = analysis.workspace.skills[skillIndex];
    const header = within(grid).getByRole('columnheader', { name: new RegExp(`^${skill.name}`) });
    await user.click(header);
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(within(grid).getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    const sorted = matrixModel(
      analysis,
      NO_FILTER,
      'ambassadors',
      { key: { by: 'skill', skill: skillIndex }, desc: true },
      compare,
    );
    const names = () =>
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(names().slice(0, 5)).toEqual(
      [...sorted.rows.slice(0, 5)].map((m) => analysis.workspace.members[m].name),
    );
    await user.keyboard('{Enter}');
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(grid).getByRole('columnheader', { name: 'Department' }));
    expect(within(grid).getByRole('columnheader', { name: 'Department' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  test('Enter on a person opens them on the map', async () => {
    const app = await openMatrix();
    const { grid, user } = app;
    const first = within(grid).getAllByRole('rowheader')[0];
    await user.click(first);
    await user.keyboard('{Enter}');
    expect(app.ui.getState().tab).toBe('map');
    expect(app.ui.getState().selected).toMatchObject({ kind: 'member' });
  });

  test('Export matrix downloads the matrix as shown: member columns, then one column per skill', async () => {
    const downloads = captureDownloads();
    const app = await openMatrix();
    const { analysis, model } = expectedModel(app);
    await app.user.click(screen.getByRole('button', { name: 'Export matrix' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe('matrix.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).slice(1));
    const skillNames = [...model.columns].map((s) => analysis.workspace.skills[s].name);
    expect(lines[0]).toBe(
      ['name', 'department', 'location', 'status', ...skillNames, 'wants_to_develop'].join(','),
    );
    expect(lines).toHaveLength(model.rows.length + 1);
    expect(lines[1].startsWith(analysis.workspace.members[model.rows[0]].name + ',')).toBe(true);
  });

  test('skill × skill: pairs by how many hold both, sortable, exported', async () => {
    const downloads = captureDownloads();
    const app = await openMatrix();
    await app.user.click(screen.getByRole('button', { name: 'Skill × skill' }));
    const table = screen.getByRole('table', { name: 'Skills held together' });
    const both = within(table).getByRole('columnheader', { name: /Hold both/ });
    expect(both).toHaveAttribute('aria-sort', 'descending');
    const counts = () =>
      [...table.querySelectorAll('tbody tr td:nth-child(3)')].map((td) => Number(td.textContent));
    expect(counts().length).toBeGreaterThan(0);
    expect(counts()).toEqual([...counts()].sort((a, b) => b - a));
    await app.user.click(within(both).getByRole('button'));
    expect(counts()).toEqual([...counts()].sort((a, b) => a - b));
    await app.user.click(screen.getByRole('button', { name: 'Export skill pairs' }));
    expect(downloads[0].fileName).toBe('skill-pairs.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).slice(1));
    expect(lines[0]).toBe('skill,with_skill,both,share_of_skill,share_of_with_skill');
  });

  test('skill × skill: the find box keeps pairs with a matching skill; Show more adds the next hundred', async () => {
    const app = await openMatrix();
    await app.user.click(screen.getByRole('button', { name: 'Skill × skill' }));
    const table = screen.getByRole('table', { name: 'Skills held together' });
    const rows = () => [...table.querySelectorAll('tbody tr')];
    const total = Number(/of (\d+) pairs/.exec(screen.getByText(/The first 100 of/).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(100);
    expect(rows()).toHaveLength(100);
    await app.user.click(screen.getByRole('button', { name: /^Show \d+ more$/ }));
    expect(rows()).toHaveLength(Math.min(200, total));

    // "python" in any case finds Python in either column, and only pairs holding it
    await app.user.type(screen.getByRole('searchbox', { name: 'Find a skill in the pairs' }), 'PYTHON');
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) expect(row.textContent).toMatch(/Python/);
    await app.user.clear(screen.getByRole('searchbox', { name: 'Find a skill in the pairs' }));
    await app.user.type(screen.getByRole('searchbox', { name: 'Find a skill in the pairs' }), 'zzz');
    expect(screen.getByText('No pair holds a skill named like “zzz”.')).toBeInTheDocument();
  });

  test('a sort by a skill survives a language switch and a remount (the sample reloads in Russian; the skill key is the same)', async () => {
    const app = await openMatrix();
    await app.user.click(within(app.grid).getByRole('columnheader', { name: /^SQL/ }));
    expect(within(app.grid).getByRole('columnheader', { name: /^SQL/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await app.user.click(
      within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'RU' }),
    );
    await waitForSample('ru');
    // The view remounts (here: via the map and back) and still finds the sort.
    const views = screen.getByRole('navigation', { name: 'Разделы' });
    await app.user.click(within(views).getByRole('button', { name: 'Карта' }));
    await app.user.click(within(views).getByRole('button', { name: 'Матрица' }));
    const grid = await screen.findByRole('grid', { name: 'Уровни участников по навыкам' });
    expect(within(grid).getByRole('columnheader', { name: /^SQL/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(grid).getByRole('columnheader', { name: 'Имя' })).not.toHaveAttribute('aria-sort');
  });

  test('a workspace without ambassadors says so and offers everyone', async () => {
    const file = textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nBoris,SQL,3\n');
    const app = await renderAppWithFiles([file], { tab: 'matrix' });
    expect(
      await screen.findByText('No one in this workspace is an ambassador (a status column says who is).'),
    ).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Show everyone' }));
    const grid = await screen.findByRole('grid', { name: 'Levels of members by skill' });
    expect(within(grid).getByRole('rowheader', { name: 'Anna' })).toBeInTheDocument();
  });

  test('in Russian: the tab, the switch and the grid have Russian names', async () => {
    const app = await renderApp({ lang: 'ru', tab: 'matrix' });
    await waitForSample('ru');
    expect(await screen.findByRole('grid', { name: 'Уровни участников по навыкам' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Матрица' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Участники × навыки' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Экспорт матрицы' })).toBeEnabled();
    await app.user.click(screen.getByRole('button', { name: 'Навык × навык' }));
    expect(screen.getByRole('table', { name: 'Навыки, которыми владеют вместе' })).toBeVisible();
  });
});
