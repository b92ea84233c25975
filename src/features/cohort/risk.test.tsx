import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderAppWithFiles, smallClubFiles, textFile } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

/** Each body row of a table as the text of its header and data cells. */
function rowsOf(name: string, part: 'tbody' | 'tfoot' = 'tbody'): string[][] {
  const table = screen.getByRole('table', { name });
  return [...table.querySelectorAll(`${part} tr`)].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  );
}

function smallClub(lang: 'en' | 'ru' = 'en') {
  return renderAppWithFiles(smallClubFiles(), { lang, tab: 'cohort' });
}

// The small club (tests/helpers/render.tsx). Holders at the required level: Python (target 2, weight 2) Anna;
// SQL (1, weight 1) Boris; Public speaking (1, weight 3) nobody; Kubernetes (1, weight 1) Anna and Boris.
describe('leavers and key-person risk', () => {
  test('the risk table ranks unique expertise first; marking a leaver there lists the gaps they open', async () => {
    const { user } = await smallClub();

    // Anna: Python alone (1 ≤ 2 → 2 points); Boris: SQL alone (1 ≤ 1 → 1 point). Both unique: Anna's gap is larger.
    expect(rowsOf('Key-person risk')).toEqual([
      ['1', 'Anna Petrova', 'Sales', '1', 'Python', '1', '2', ''],
      ['2', 'Boris Ivanov', 'IT', '1', 'SQL', '1', '1', ''],
    ]);
    expect(screen.getByText(/^Nobody is marked as leaving\./)).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Gaps the leavers open' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Mark Anna Petrova as leaving' }));

    // Python: 1 → 0 holders, gap 1 → 2 (2 points); Kubernetes: 2 → 1, covered → single holder, no gap.
    expect(await screen.findByRole('table', { name: 'Gaps the leavers open' })).toBeVisible();
    expect(rowsOf('Gaps the leavers open')).toEqual([
      ['Python', '2', '1', '0', 'Gap', '1', '2', 'Anna Petrova'],
      ['Kubernetes', '1', '2', '1', 'Single holder', '0', '0', 'Anna Petrova'],
    ]);
    expect(screen.getByText('The leavers open 2 weighted gap points.')).toBeVisible();
    // Boris now holds SQL and Kubernetes alone: 2 unique skills, 2 points.
    expect(rowsOf('Key-person risk')).toEqual([
      ['1', 'Boris Ivanov', 'IT', '2', 'SQL, Kubernetes', '2', '2', ''],
    ]);

    await user.click(screen.getByRole('button', { name: 'Unmark Anna Petrova as leaving' }));

    expect(await screen.findByText(/^Nobody is marked as leaving\./)).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Gaps the leavers open' })).toBeNull();
    expect(rowsOf('Key-person risk')).toHaveLength(2);
  });

  test('a leaver marked in the risk table can be undone like any edit', async () => {
    const app = await smallClub();
    await app.user.click(screen.getByRole('checkbox', { name: 'Mark Boris Ivanov as leaving' }));
    // SQL: 1 → 0 (gap 1, 1 point); Kubernetes: 2 → 1 (single holder).
    await screen.findByRole('table', { name: 'Gaps the leavers open' });
    expect(rowsOf('Gaps the leavers open').map((row) => row[0])).toEqual(['SQL', 'Kubernetes']);

    act(() => void app.workspace.getState().undoEdit());

    expect(await screen.findByText(/^Nobody is marked as leaving\./)).toBeVisible();
    expect(rowsOf('Key-person risk').map((row) => row[1])).toEqual(['Anna Petrova', 'Boris Ivanov']);
  });

  test('at most 50 ambassadors are listed until "Show all"', async () => {
    const members = Array.from(
      { length: 60 },
      (_, i) => `M${i},Ambassador ${String(i).padStart(2, '0')},ambassador`,
    );
    const files = [
      textFile('members.csv', ['member_id,name,status', ...members, ''].join('\n')),
      textFile('expertise.csv', ['member_id,skill,level', 'M0,Go,3', ''].join('\n')),
    ];
    const { user } = await renderAppWithFiles(files, { lang: 'en', tab: 'cohort' });

    expect(rowsOf('Key-person risk')).toHaveLength(50);
    // Go (target 1) is Ambassador 00's alone: first.
    expect(rowsOf('Key-person risk')[0].slice(1, 5)).toEqual(['Ambassador 00', '', '1', 'Go']);
    await user.click(screen.getByRole('button', { name: 'Show all (60)' }));
    expect(rowsOf('Key-person risk')).toHaveLength(60);
    await user.click(screen.getByRole('button', { name: 'Show the top 50' }));
    expect(rowsOf('Key-person risk')).toHaveLength(50);
  });
});

describe('coverage before and after', () => {
  // No leavers: "now" and "leavers gone" agree. The plan: Dmitry closes Public speaking and Python's one missing
  // holder. Tech: Python min(1, 2) + SQL 1 + Kubernetes min(2, 1) = 3 of 4; Soft: Public speaking 0 of 1.
  test('a table per category in the three states, with a total, and a chart with a text alternative', async () => {
    const { user } = await smallClub();

    expect(rowsOf('Coverage by category')).toEqual([
      ['Soft', '1', '0', '1', '0 of 1 (0%)', '0', '1', '0 of 1 (0%)', '1', '0', '1 of 1 (100%)'],
      ['Tech', '4', '3', '1', '2 of 3 (67%)', '3', '1', '2 of 3 (67%)', '4', '0', '3 of 3 (100%)'],
    ]);
    expect(rowsOf('Coverage by category', 'tfoot')).toEqual([
      ['All skills', '5', '3', '2', '2 of 4 (50%)', '3', '2', '2 of 4 (50%)', '5', '0', '4 of 4 (100%)'],
    ]);
    const chart = screen.getByRole('img', {
      name: 'Share of each category’s target covered: now, with the leavers gone, and after the cohort joins',
    });
    expect(chart).toHaveAccessibleDescription(
      'Soft: now 0%, leavers gone 0%, after the cohort 100%. Tech: now 75%, leavers gone 75%, after the cohort 100%.',
    );
    const legend = within(chart.closest('figure')!).getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Now', 'Leavers gone', 'After the cohort']);

    // Anna gone: Tech loses Python's holder (coverage 2, gap 2); the cohort (Dmitry, Clara) makes it up again.
    await user.click(screen.getByRole('checkbox', { name: 'Mark Anna Petrova as leaving' }));
    await screen.findByRole('table', { name: 'Gaps the leavers open' });
    expect(rowsOf('Coverage by category')[1]).toEqual([
      'Tech',
      '4',
      '3',
      '1',
      '2 of 3 (67%)',
      '2',
      '2',
      '2 of 3 (67%)',
      '4',
      '0',
      '3 of 3 (100%)',
    ]);
  });

  test('in Russian the sections and captions are translated', async () => {
    await smallClub('ru');

    expect(screen.getByRole('table', { name: 'Риск ключевых людей' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'Покрытие по категориям' })).toBeVisible();
    expect(rowsOf('Покрытие по категориям', 'tfoot')[0][4]).toBe('2 из 4 (50%)');
    expect(screen.getByRole('heading', { name: 'Уходящие' })).toBeVisible();
  });
});
