// The organisation overview's breadcrumb: above the map when the club is too big to draw, each crumb a way back.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderAppWithFiles, textFile } from '../../../tests/helpers/render';
import { entityCode } from '../../store/urlState';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// 160 ambassadors, more than the detailed map draws (150): the map opens on the overview.
const PEOPLE = 160;
const files = () => [
  textFile(
    'members.csv',
    [
      'name,department,status',
      ...Array.from({ length: PEOPLE }, (_, i) => `Person ${i + 1},${i % 2 ? 'Sales' : 'Lab'},ambassador`),
      '',
    ].join('\n'),
  ),
  textFile('skills.csv', ['skill,category', 'SQL,Data', 'Python,Data', ''].join('\n')),
  textFile(
    'expertise.csv',
    ['name,skill,level', ...Array.from({ length: PEOPLE }, (_, i) => `Person ${i + 1},SQL,4`), ''].join('\n'),
  ),
];

const path = () => screen.getByRole('navigation', { name: 'Drill-down path' });
const crumbs = () =>
  within(path())
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('drill-down path', () => {
  test('at scale the map says what it shows, and a crumb goes back to its level', async () => {
    const app = await renderAppWithFiles(files());
    expect(await screen.findByRole('navigation', { name: 'Drill-down path' })).toBeInTheDocument();
    expect(crumbs()).toEqual(['Overview']);
    expect(within(path()).getByRole('button', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    expect(screen.getByText(/160 people, 2 skills: showing categories × departments/)).toBeInTheDocument();
    // the legend explains the overview's marks, not the member map's
    const legend = screen.getByRole('complementary', { name: 'Legend' });
    expect(within(legend).getByText('Department (size: its people)')).toBeInTheDocument();
    expect(within(legend).queryByText('Ambassador')).toBeNull();

    const sql = app.workspace.getState().workspace.skills.find((s) => s.name === 'SQL')!;
    const person = app.workspace.getState().workspace.members.find((m) => m.name === 'Person 7')!;
    act(() => app.ui.getState().drillInto({ kind: 'category', key: 'Data' }));
    expect(crumbs()).toEqual(['Overview', 'Data']);
    expect(screen.getByText(/Data: its 2 skills × departments/)).toBeInTheDocument();
    act(() => app.ui.getState().drillInto({ kind: 'skill', key: sql.key }));
    act(() => app.ui.getState().drillInto({ kind: 'member', key: person.key }));
    expect(crumbs()).toEqual(['Overview', 'Data', 'SQL', 'Person 7']);
    expect(within(path()).getByRole('button', { name: 'Person 7' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    expect(app.ui.getState().focused).toEqual({ kind: 'member', key: person.key });
    // the path travels as codes, never names
    expect(window.location.search).toContain(
      `drill=category-${entityCode('Data')}%2Cskill-${entityCode(sql.key)}`,
    );
    expect(window.location.search).toContain(`focus=member-${entityCode(person.key)}`);

    await app.user.click(within(path()).getByRole('button', { name: 'SQL' }));
    expect(crumbs()).toEqual(['Overview', 'Data', 'SQL']);
    expect(app.ui.getState().focused).toEqual({ kind: 'skill', key: sql.key });
    await app.user.click(within(path()).getByRole('button', { name: 'Overview' }));
    expect(crumbs()).toEqual(['Overview']);
    expect(app.ui.getState().focused).toBeNull();
    expect(window.location.search).not.toContain('drill=');
  });

  test('the sample keeps the detailed map, with no path', async () => {
    await renderAppWithFiles([textFile('expertise.csv', 'name,skill,level\nAnn,SQL,4\n')]);
    expect(screen.queryByRole('navigation', { name: 'Drill-down path' })).toBeNull();
    const legend = screen.getByRole('complementary', { name: 'Legend' });
    expect(within(legend).getByText('Ambassador')).toBeInTheDocument();
    expect(within(legend).queryByText('Department (size: its people)')).toBeNull();
  });
});
