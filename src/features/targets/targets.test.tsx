import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderAppWithFiles, smallClubFiles } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

function smallClub(lang: 'en' | 'ru' = 'en') {
  return renderAppWithFiles(smallClubFiles(), { lang, tab: 'targets' });
}

/** Skill name → [target, required level, weight] as the workspace holds them. */
function valuesOf(app: Awaited<ReturnType<typeof smallClub>>): Record<string, number[]> {
  return Object.fromEntries(
    app.workspace.getState().workspace.skills.map((s) => [s.name, [s.target, s.requiredLevel, s.weight]]),
  );
}

const SMALL_CLUB = {
  Python: [2, 3, 2],
  SQL: [1, 3, 1],
  'Public speaking': [1, 4, 3],
  Kubernetes: [1, 3, 1],
};

function rowOf(skill: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Targets' });
  return within(table).getByRole('rowheader', { name: skill }).closest('tr')!;
}

// The small club (tests/helpers/render.tsx): gaps Python (target 2, one holder, weight 2) and Public speaking
// (target 1, no holder at level 4, weight 3): 2 skills, weighted gap 5. SQL (target 1) is Boris's alone.
describe('targets editor', () => {
  test('a target typed and committed with Enter updates the gaps here and in the gap report, and can be undone', async () => {
    const app = await smallClub();
    const { user } = app;
    expect(screen.getByText('2 skills have a gap, weighted gap 5.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();

    const sqlTarget = screen.getByRole('textbox', { name: 'Target for SQL' });
    expect(sqlTarget).toHaveValue('1');
    await user.clear(sqlTarget);
    await user.type(sqlTarget, '3');
    // Typing alone applies nothing.
    expect(valuesOf(app).SQL).toEqual([1, 3, 1]);
    await user.keyboard('{Enter}');

    expect(valuesOf(app).SQL).toEqual([3, 3, 1]);
    // SQL: one holder of 3, gap 2, weight 1.
    expect(await screen.findByText('3 skills have a gap, weighted gap 7.')).toBeVisible();
    expect(within(rowOf('SQL')).getAllByRole('cell')[5]).toHaveTextContent('2');
    expect(screen.getByText('Last change: target of SQL set to 3.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Gap report' }));
    const gapRow = within(screen.getByRole('table')).getByRole('button', { name: 'SQL' }).closest('tr')!;
    // Level, target, coverage, gap.
    expect(
      within(gapRow)
        .getAllByRole('cell')
        .slice(2, 6)
        .map((c) => c.textContent),
    ).toEqual(['3', '3', '1', '2']);

    await user.click(screen.getByRole('button', { name: 'Targets' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(valuesOf(app)).toEqual(SMALL_CLUB);
    expect(await screen.findByText('2 skills have a gap, weighted gap 5.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Target for SQL' })).toHaveValue('1');
    expect(screen.getByText('No change to undo.')).toBeVisible();
  });

  test('a value leaving the field is applied too; the map and plan read the same workspace', async () => {
    const app = await smallClub();
    const weight = screen.getByRole('textbox', { name: 'Weight for Kubernetes' });
    await app.user.clear(weight);
    await app.user.type(weight, '2.5');
    await app.user.tab();
    expect(valuesOf(app).Kubernetes).toEqual([1, 3, 2.5]);
    expect(screen.getByText('Last change: weight of Kubernetes set to 2.5.')).toBeVisible();
  });

  test.each([
    ['Target for SQL', '-1', 'Target must be a whole number 0 or more'],
    ['Target for SQL', '1.5', 'Target must be a whole number 0 or more'],
    ['Target for SQL', 'many', 'Target must be a whole number 0 or more'],
    ['Required level for SQL', '6', 'Required level must be a whole number from 1 to 5'],
    ['Required level for SQL', '0', 'Required level must be a whole number from 1 to 5'],
    ['Weight for SQL', '0', 'Weight must be a number above 0'],
    ['Weight for SQL', '-2', 'Weight must be a number above 0'],
  ])(
    '%s “%s” shows a message on the cell and changes nothing; Escape puts the value back',
    async (name, typed, message) => {
      const app = await smallClub();
      const input = screen.getByRole('textbox', { name });
      const before = app.workspace.getState().workspace;
      await app.user.clear(input);
      await app.user.type(input, `${typed}{Enter}`);

      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(message);
      expect(app.workspace.getState().workspace).toBe(before);
      expect(app.workspace.getState().undoStack).toEqual([]);

      await app.user.keyboard('{Escape}');
      expect(input).toHaveAttribute('aria-invalid', 'false');
      expect(input).toHaveValue(name.startsWith('Required') ? '3' : '1');
      expect(screen.queryByText(message)).toBeNull();
    },
  );

  test('bulk: a category’s skills get a target and weight in one edit, undone in one step', async () => {
    const app = await smallClub();
    const { user } = app;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Tech');
    expect(screen.queryByRole('rowheader', { name: 'Public speaking' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'New target' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'New weight' }), '2');
    await user.click(screen.getByRole('button', { name: 'Set for 3 skills' }));

    expect(valuesOf(app)).toEqual({
      Python: [3, 3, 2],
      SQL: [3, 3, 2],
      'Public speaking': [1, 4, 3],
      Kubernetes: [3, 3, 2],
    });
    expect(app.workspace.getState().undoStack).toHaveLength(1);
    expect(screen.getByText('Last change: values set for 3 skills.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(valuesOf(app)).toEqual(SMALL_CLUB);
  });

  test('bulk: a bad value is named and nothing is set', async () => {
    const app = await smallClub();
    const level = screen.getByRole('textbox', { name: 'New required level' });
    await app.user.type(level, '7');
    await app.user.click(screen.getByRole('button', { name: 'Set for 4 skills' }));
    expect(level).toHaveAccessibleDescription('Required level must be a whole number from 1 to 5');
    expect(valuesOf(app)).toEqual(SMALL_CLUB);
  });

  test('reset to file values, per row and for all; reset to defaults keeps the file values reachable', async () => {
    const app = await smallClub();
    const { user } = app;
    const pythonTarget = screen.getByRole('textbox', { name: 'Target for Python' });
    await user.clear(pythonTarget);
    await user.type(pythonTarget, '5{Enter}');
    const pythonLevel = screen.getByRole('textbox', { name: 'Required level for Python' });
    await user.clear(pythonLevel);
    await user.type(pythonLevel, '4{Enter}');
    expect(valuesOf(app).Python).toEqual([5, 4, 2]);
    expect(screen.getByRole('button', { name: 'Reset SQL to file values' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Reset Python to file values' }));
    expect(valuesOf(app).Python).toEqual([2, 3, 2]);
    expect(screen.getByRole('button', { name: 'Reset Python to file values' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(Object.values(valuesOf(app))).toEqual([
      [1, 3, 1],
      [1, 3, 1],
      [1, 3, 1],
      [1, 3, 1],
    ]);
    // Python and Public speaking were off the defaults.
    expect(screen.getByText('Last change: 2 skills reset to defaults.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Reset to file values' }));
    expect(valuesOf(app)).toEqual(SMALL_CLUB);
    expect(screen.getByRole('button', { name: 'Reset to file values' })).toBeDisabled();
  });

  test('in Russian: the tab, the labels, the message and the plural', async () => {
    const app = await smallClub('ru');
    const { user } = app;
    expect(screen.getByRole('button', { name: 'Цели' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('С пробелом 2 навыка, взвешенный пробел 5.')).toBeVisible();
    const target = screen.getByRole('textbox', { name: 'Цель для навыка SQL' });
    await user.clear(target);
    await user.type(target, 'x{Enter}');
    expect(target).toHaveAccessibleDescription('Цель — целое число, 0 или больше');
    await user.keyboard('{Escape}');

    const weight = screen.getByRole('textbox', { name: 'Вес для навыка SQL' });
    await user.clear(weight);
    await user.type(weight, '1,5{Enter}');
    expect(valuesOf(app).SQL).toEqual([1, 3, 1.5]);
    expect(weight).toHaveValue('1,5');
    expect(screen.getByText('Последнее изменение: вес навыка SQL теперь 1,5.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Задать 4 навыкам' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Отменить' })).toBeEnabled();
  });
});
