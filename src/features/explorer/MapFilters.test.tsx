import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderAppWithFiles, textFile } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the canvas lists the people and skills it was given.
vi.mock('../../graph/GraphCanvas', async () => ({
  default: (await import('../../../tests/helpers/listingCanvas')).ListingCanvas,
}));

const drawn = (kind: 'member' | 'skill') =>
  within(screen.getByRole('list', { name: 'Expertise map graph' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent!)
    .filter((text) => text.startsWith(`${kind}: `))
    .map((text) => text.slice(kind.length + 2))
    .sort();

// Go: Ann (4) holds it; Bob knows it at 2. Figma: Bob alone (single holder). Cid is an employee in IT.
const files = [
  textFile(
    'members.csv',
    'name,status,department,location\nAnn,ambassador,IT,Kazan\nBob,ambassador,Sales,Perm\nCid,employee,IT,Perm\n',
  ),
  textFile('expertise.csv', 'name,skill,level\nAnn,Go,4\nBob,Go,2\nBob,Figma,4\nCid,Go,3\nCid,SQL,5\n'),
];

describe('the map follows the filter', () => {
  test('department, minimum level and only single holders narrow what is drawn; the chips undo them', async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });
    expect(drawn('member')).toEqual(['Ann', 'Bob']);

    await app.user.click(screen.getByRole('button', { name: 'Filters' }));
    const panel = screen.getByRole('group', { name: 'Map filters' });
    const departments = within(panel).getByRole('group', { name: 'Department' });
    await app.user.click(within(departments).getByRole('checkbox', { name: 'IT (2)' }));
    expect(drawn('member')).toEqual(['Ann']);
    await app.user.click(within(departments).getByRole('checkbox', { name: 'IT (2)' }));

    await app.user.selectOptions(within(panel).getByRole('combobox', { name: 'Minimum level' }), '3');
    // Bob's Go at level 2 is not drawn, but his Figma is
    expect(drawn('member')).toEqual(['Ann', 'Bob']);
    await app.user.click(within(panel).getByRole('checkbox', { name: 'Only single holders' }));
    expect(drawn('skill')).toEqual(['Figma', 'Go']);
    await app.user.keyboard('{Escape}');

    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.firstChild!.textContent),
    ).toEqual(['Level 3+', 'Only single holders']);
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toHaveAttribute('aria-expanded', 'false');
    await app.user.click(within(chips).getByRole('button', { name: 'Remove filter: Only single holders' }));
    expect(drawn('skill')).toEqual(['Figma', 'Go', 'SQL']);
  });

  test("filters that leave nobody say so and offer to clear them; the counts say they are the whole club's", async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });
    expect(screen.queryByText('No one matches these filters')).toBeNull();
    expect(document.querySelector('.status-counts .visually-hidden')!.textContent).toMatch(/^gaps: /);
    // Sales has only Bob; alumni: nobody
    act(() => app.ui.getState().setFilter({ departments: ['Sales'], statuses: ['alumni'] }));
    expect(await screen.findByText('No one matches these filters')).toBeInTheDocument();
    expect(document.querySelector('.status-counts .visually-hidden')!.textContent).toMatch(
      /^In the whole club: gaps: /,
    );
    await app.user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.queryByText('No one matches these filters')).toBeNull();
    expect(drawn('member')).toEqual(['Ann', 'Bob']);
  });

  test('a focused skill shows its people, and with two steps their other skills', async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });
    expect(screen.queryByRole('group', { name: 'Steps from the focus' })).toBeNull();
    const go = app.workspace.getState().workspace.skills.find((s) => s.name === 'Go')!;
    act(() => app.ui.getState().focus({ kind: 'skill', key: go.key }));
    // Cid, an employee at Go's level, is its candidate
    expect(drawn('skill')).toEqual(['Go']);
    expect(drawn('member')).toEqual(['Ann', 'Bob', 'Cid']);
    const steps = screen.getByRole('group', { name: 'Steps from the focus' });
    expect(within(steps).getByRole('button', { name: '1' })).toHaveAttribute('aria-pressed', 'true');
    await app.user.click(within(steps).getByRole('button', { name: '2' }));
    expect(drawn('skill')).toEqual(['Figma', 'Go', 'SQL']);
    expect(new URLSearchParams(window.location.search).get('steps')).toBe('2');
  });

  test('the note on hidden people says how to bring them in', async () => {
    const names = Array.from({ length: 160 }, (_, i) => `Person ${i}`);
    const many = [
      textFile(
        'members.csv',
        `name,status,department\n${names.map((n, i) => `${n},ambassador,D${i % 4}`).join('\n')}\n`,
      ),
      textFile('expertise.csv', `name,skill,level\n${names.map((n) => `${n},Go,3`).join('\n')}\n`),
    ];
    const app = await renderAppWithFiles(many, { lang: 'en' });
    // 160 people open on the overview; a skill held by all of them draws 150 and says what it left out
    const go = app.workspace.getState().workspace.skills.find((s) => s.name === 'Go')!;
    act(() => app.ui.getState().focus({ kind: 'skill', key: go.key }));
    // a skill is already focused: the note does not tell to focus one
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Showing the 150 most connected members; 10 more are hidden. To bring them in, narrow by department, location or minimum level (Filters).',
    );
  });
});
