import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { NO_FILTER, type ExplorerFilter } from '../domain/explorerFilter';
import { translator, type Lang } from '../i18n/i18n';
import { FilterChips, FilterPopover, type FilterChoices } from './FilterPanel';

const few: FilterChoices = {
  departments: [
    { value: '', count: 1 },
    { value: 'IT', count: 12 },
    { value: 'Sales', count: 3 },
  ],
  locations: [{ value: 'Kazan', count: 16 }],
};

/** The popover and the chips over one filter held in state, as a view holds it in the store. */
function show(lang: Lang = 'en', choices = few, start: ExplorerFilter = NO_FILTER) {
  const user = userEvent.setup();
  const seen: ExplorerFilter[] = [];
  function Harness() {
    const [filter, setFilter] = useState<ExplorerFilter>(start);
    const onChange = (next: ExplorerFilter) => {
      seen.push(next);
      setFilter(next);
    };
    const t = translator(lang);
    return (
      <>
        <FilterPopover t={t} filter={filter} onChange={onChange} choices={choices} />
        <FilterChips
          t={t}
          filter={filter}
          onChange={onChange}
          categoryLabel={(c) => c || '(uncategorised)'}
        />
        <button type="button">Elsewhere</button>
      </>
    );
  }
  render(<Harness />);
  return { user, seen, last: () => seen[seen.length - 1] };
}

describe('the filter popover', () => {
  test('a "Filters" button opens a panel with every control under its name, and shows the count', async () => {
    const { user, last } = show();
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Map filters' })).toBeNull();

    await user.click(toggle);
    const panel = screen.getByRole('group', { name: 'Map filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', panel.id);
    const departments = within(panel).getByRole('group', { name: 'Department' });
    expect(within(departments).getByRole('checkbox', { name: 'IT (12)' })).not.toBeChecked();
    expect(within(departments).getByRole('checkbox', { name: '(none) (1)' })).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Location' })).toBeInTheDocument();
    const statuses = within(panel).getByRole('group', { name: 'Status' });
    for (const name of ['Ambassadors', 'Employees', 'Alumni'])
      expect(within(statuses).getByRole('checkbox', { name })).toBeInTheDocument();
    // a short list has no search box
    expect(within(panel).queryByRole('searchbox')).toBeNull();

    await user.click(within(departments).getByRole('checkbox', { name: 'IT (12)' }));
    await user.click(within(statuses).getByRole('checkbox', { name: 'Employees' }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Minimum level' }), '3');
    await user.click(within(panel).getByRole('checkbox', { name: 'Only gaps' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Only single holders' }));
    expect(last()).toEqual({
      ...NO_FILTER,
      departments: ['IT'],
      statuses: ['employee'],
      minLevel: 3,
      onlyGaps: true,
      onlySingleHolders: true,
    });
    expect(toggle).toHaveTextContent('Filters (5)');

    await user.click(within(panel).getByRole('button', { name: 'Clear filters' }));
    expect(last()).toEqual(NO_FILTER);
    expect(toggle).toHaveTextContent(/^Filters$/);
    expect(within(panel).getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  test('Escape closes it and gives focus back to the button; a click elsewhere closes it', async () => {
    const { user } = show();
    const toggle = screen.getByRole('button', { name: 'Filters' });
    await user.click(toggle);
    await user.click(screen.getByRole('checkbox', { name: 'Only gaps' }));
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('a long list gets a search box that narrows it, keeping what is chosen', async () => {
    const many: FilterChoices = {
      departments: Array.from({ length: 12 }, (_, i) => ({ value: `Dept ${i + 1}`, count: i + 1 })),
      locations: [],
    };
    const { user } = show('en', many);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const departments = screen.getByRole('group', { name: 'Department' });
    await user.click(within(departments).getByRole('checkbox', { name: 'Dept 2 (2)' }));
    await user.type(within(departments).getByRole('searchbox', { name: 'Find a department' }), 'dept 1');
    expect(
      within(departments)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement!.textContent!.trim()),
    ).toEqual(['Dept 1 (1)', 'Dept 2 (2)', 'Dept 10 (10)', 'Dept 11 (11)', 'Dept 12 (12)']);
    await user.clear(within(departments).getByRole('searchbox', { name: 'Find a department' }));
    await user.type(within(departments).getByRole('searchbox', { name: 'Find a department' }), 'zzz');
    expect(within(departments).getByText('Nothing matches.')).toBeInTheDocument();
  });

  test('in Russian every control is named in Russian', async () => {
    const { user } = show('ru');
    await user.click(screen.getByRole('button', { name: 'Фильтры' }));
    const panel = screen.getByRole('group', { name: 'Фильтры карты' });
    for (const name of ['Подразделение', 'Город', 'Статус'])
      expect(within(panel).getByRole('group', { name })).toBeInTheDocument();
    for (const name of [
      'Амбассадоры',
      'Сотрудники',
      'Выпускники',
      'Только пробелы',
      'Только с единственным носителем',
    ])
      expect(within(panel).getByRole('checkbox', { name })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Минимальный уровень' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Сбросить фильтры' })).toBeInTheDocument();
  });
});

describe('the active filters as chips', () => {
  test('one chip per active filter; removing one leaves the rest', async () => {
    const { user, last } = show('en', few, {
      ...NO_FILTER,
      departments: ['IT', ''],
      categories: [''],
      statuses: ['alumni'],
      minLevel: 4,
      onlyGaps: true,
    });
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.firstChild!.textContent),
    ).toEqual([
      'Department: IT, (none)',
      'Category: (uncategorised)',
      'Status: Alumni',
      'Level 4+',
      'Only gaps',
    ]);
    expect(screen.getByRole('button', { name: 'Filters (5)' })).toBeInTheDocument();

    await user.click(within(chips).getByRole('button', { name: 'Remove filter: Level 4+' }));
    expect(last()).toMatchObject({ minLevel: 1, onlyGaps: true, departments: ['IT', ''] });
    await user.click(within(chips).getByRole('button', { name: 'Remove filter: Department: IT, (none)' }));
    expect(last().departments).toEqual([]);
    expect(screen.getByRole('button', { name: 'Filters (3)' })).toBeInTheDocument();
  });

  test('no chips without a filter', () => {
    show();
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });
});
