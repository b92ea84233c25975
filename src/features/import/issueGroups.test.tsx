import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { importFiles, renderApp, textFile, waitForSample } from '../../../tests/helpers/render';
import type { Lang } from '../../i18n/i18n';
import type { ImportIssue } from '../../io/report';
import { useUi } from '../../store/ui';
import { IssueList } from './IssueList';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// One change met on 266 rows (a Merge that moves everyone to “Team”) and one broken row in the middle of them.
const CHANGES: ImportIssue[] = Array.from({ length: 266 }, (_, i) => ({
  severity: 'warning',
  code: 'conflict_stored',
  file: 'team.csv',
  row: i + 2,
  column: 'Подразделение',
  value: 'Team',
  detail: { owner: `Member ${i + 2}`, field: 'department', previous: 'Sales' },
}));
const BROKEN: ImportIssue = {
  severity: 'error',
  code: 'row_bad_level',
  file: 'team.csv',
  row: 150,
  column: 'level',
  value: 'guru',
};
const REPORT = [...CHANGES.slice(0, 148), BROKEN, ...CHANGES.slice(148)];

function show(issues: ImportIssue[], lang: Lang) {
  useUi.setState({ lang });
  render(<IssueList issues={issues} />);
  // The outer list: one item per single issue or group (a group's rows are a list of their own inside it).
  const [outer] = screen.getAllByRole('list');
  return within(outer)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === outer);
}

describe('the import report groups repeated issues', () => {
  beforeEach(() => useUi.setState({ lang: 'en' }));

  test('the one broken row comes first; 266 rows of one change are one warning with a count and three rows', () => {
    const items = show(REPORT, 'en');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'Error team.csv, row 150, column “level”: The level “guru” cannot be read',
    );
    const group = items[1];
    expect(group).toHaveTextContent(/^Warning · 266 rows · team\.csv, column “Подразделение”:/);
    const rows = within(group).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^row 2: “Member 2”: “Team” replaces “Sales”/),
      expect.stringMatching(/^row 3: “Member 3”/),
      expect.stringMatching(/^row 4: “Member 4”/),
    ]);
  });

  test('“Show all 266 rows” reveals every row, by keyboard, and folds back', async () => {
    const user = userEvent.setup();
    const [, group] = show(REPORT, 'en');
    const button = within(group).getByRole('button', { name: 'Show all 266 rows' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const rows = within(group).getByRole('list');
    expect(button).toHaveAttribute('aria-controls', rows.id);

    button.focus();
    await user.keyboard('{Enter}');

    expect(button).toHaveAttribute('aria-expanded', 'true');
    const all = within(rows).getAllByRole('listitem');
    expect(all).toHaveLength(266);
    expect(all[265]).toHaveTextContent(/^row 267: “Member 267”/);
    expect(all.some((r) => r.textContent?.includes('guru'))).toBe(false);

    await user.click(within(group).getByRole('button', { name: 'Show the first 3 only' }));
    expect(within(rows).getAllByRole('listitem')).toHaveLength(3);
  });

  test('in Russian the count and the button take the plural of their number', () => {
    const items = show(REPORT, 'ru');
    expect(items[1]).toHaveTextContent(/^Предупреждение · 266 строк · team\.csv/);
    expect(within(items[1]).getByRole('button', { name: 'Показать все 266 строк' })).toBeInTheDocument();
  });

  test.each([
    [22, 'en', '22 rows', 'Show all 22 rows'],
    [22, 'ru', '22 строки', 'Показать все 22 строки'],
    [21, 'ru', '21 строка', 'Показать все 21 строку'],
  ] as const)('%i rows in %s: “%s”, “%s”', (n, lang, count, button) => {
    const [group] = show(CHANGES.slice(0, n), lang);
    expect(group).toHaveTextContent(count);
    expect(within(group).getByRole('button', { name: button })).toBeInTheDocument();
  });

  test('a group of three or fewer rows lists them all without a button', () => {
    const [group] = show(CHANGES.slice(0, 2), 'en');
    expect(group).toHaveTextContent(/^Warning · 2 rows/);
    expect(within(group).getAllByRole('listitem')).toHaveLength(2);
    expect(within(group).queryByRole('button')).toBeNull();
  });

  test('a summary of unlisted issues follows the group of its kind and still reads as before', () => {
    const items = show(
      [
        ...CHANGES.slice(0, 5),
        {
          severity: 'info',
          code: 'more_issues',
          file: 'team.csv',
          detail: { count: 3000, code: 'conflict_stored' },
        },
        { severity: 'info', code: 'member_created', file: 'team.csv', row: 9, value: 'Zoe' },
      ],
      'en',
    );
    expect(items.map((i) => i.textContent?.slice(0, 24))).toEqual([
      'Warning · 5 rows · team.',
      'Note team.csv: …and 3000',
      'Note team.csv, row 9: Th',
    ]);
    expect(items[1]).toHaveTextContent(/…and 3000 more like “.+” in this file: counted, not listed\./);
  });
});

describe('the import report of a real file', () => {
  test('a file that moves 266 people to “Team” and has one nameless row: the error first, one group of 266', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const ids = Array.from({ length: 266 }, (_, i) => `M${i + 1}`);
    const report = await importFiles(user, [
      textFile(
        'team.csv',
        [
          'member_id,name,Подразделение',
          ...ids.map((id) => `${id},Person ${id},Sales`),
          ',,Sales',
          ...ids.map((id) => `${id},Person ${id},Team`),
          '',
        ].join('\n'),
      ),
    ]);
    const file = within(report).getByRole('region', { name: 'team.csv' });
    const outer = within(file).getAllByRole('list')[0];
    const items = within(outer)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === outer);
    expect(items[0]).toHaveTextContent(/^Error team\.csv, row 268:/);
    const groups = items.filter((item) => /^Warning · \d+ rows/.test(item.textContent ?? ''));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveTextContent(/^Warning · 266 rows · team\.csv, column “Подразделение”:/);
    expect(groups[0]).toHaveTextContent(/row 269: “Person M1”: “Team” replaces “Sales”/);
    await user.click(within(groups[0]).getByRole('button', { name: 'Show all 266 rows' }));
    expect(within(within(groups[0]).getByRole('list')).getAllByRole('listitem')).toHaveLength(266);
  });
});
