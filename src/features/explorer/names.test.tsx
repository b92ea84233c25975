// Rename and Merge into… in the side panel: inline rename with its refusals, a merge that says what it will do
// before it does it, and the next import of a remembered spelling landing on the same skill or person.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  closeReport,
  memberPanel,
  pickFiles,
  renderAppWithFiles,
  textFile,
  waitForTotals,
  type AppUnderTest,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// Ann holds both spellings of design thinking (2 and 4); Bob only the Russian one; Cid the English one and SQL.
const files = () => [
  textFile(
    'expertise.csv',
    [
      'name,skill,level',
      'Ann,Design thinking,2',
      'Ann,Дизайн-мышление,4',
      'Bob,Дизайн-мышление,3',
      'Cid,Design thinking,5',
      'Cid,SQL,1',
      '',
    ].join('\n'),
  ),
];

function loaded(lang: 'en' | 'ru' = 'en'): Promise<AppUnderTest> {
  return renderAppWithFiles(files(), { lang });
}

async function skillPanel(app: AppUnderTest, name: string): Promise<HTMLElement> {
  const skill = app.workspace.getState().workspace.skills.find((s) => s.name === name)!;
  act(() => app.ui.getState().select({ kind: 'skill', key: skill.key }));
  return screen.findByRole('complementary', { name });
}

describe('Rename', () => {
  test('Enter applies the new name; the panel, the workspace and its aliases follow', async () => {
    const app = await loaded();
    const panel = await skillPanel(app, 'SQL');
    await app.user.click(within(panel).getByRole('button', { name: 'Rename' }));
    const field = within(panel).getByRole('textbox', { name: 'New name' });
    expect(field).toHaveValue('SQL');
    await app.user.clear(field);
    await app.user.type(field, 'PostgreSQL{Enter}');
    const renamed = await screen.findByRole('complementary', { name: 'PostgreSQL' });
    expect(within(renamed).queryByRole('textbox', { name: 'New name' })).toBeNull();
    const { workspace } = app.workspace.getState();
    expect(workspace.skills.map((s) => s.name)).toContain('PostgreSQL');
    expect(workspace.plan.aliases).toEqual([{ kind: 'skill', alias: 'n:postgresql', key: 'n:sql' }]);
  });

  test('a name another skill has is refused on the spot with a pointer to Merge; an empty one too', async () => {
    const app = await loaded();
    const panel = await skillPanel(app, 'Дизайн-мышление');
    await app.user.click(within(panel).getByRole('button', { name: 'Rename' }));
    const field = within(panel).getByRole('textbox', { name: 'New name' });
    await app.user.clear(field);
    await app.user.type(field, 'design  thinking{Enter}');
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'Another skill is already called “Design thinking”. If they are the same skill, use Merge into… instead.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await app.user.clear(field);
    await app.user.type(field, '   {Enter}');
    expect(within(panel).getByRole('alert')).toHaveTextContent('A name cannot be empty.');
    // Escape leaves the name as it was.
    await app.user.type(field, '{Escape}');
    expect(within(panel).queryByRole('textbox', { name: 'New name' })).toBeNull();
    expect(app.workspace.getState().workspace.skills.map((s) => s.name)).toEqual([
      'Design thinking',
      'Дизайн-мышление',
      'SQL',
    ]);
  });

  test('a person renamed in the panel stays one person when a file names them by the old name', async () => {
    const app = await loaded();
    const bob = await memberPanel(app, 'Bob');
    await app.user.click(within(bob).getByRole('button', { name: 'Rename' }));
    const field = within(bob).getByRole('textbox', { name: 'New name' });
    await app.user.clear(field);
    await app.user.type(field, 'Robert{Enter}');
    await screen.findByRole('complementary', { name: 'Robert' });

    await pickFiles(app.user, [textFile('more.csv', 'name,skill,level\nBob,SQL,2\nRobert,Go,3\n')]);
    const choice = await screen.findByRole('dialog', { name: 'Import into the current workspace' });
    await app.user.click(within(choice).getByRole('button', { name: 'Merge' }));
    await closeReport(app.user, await screen.findByRole('dialog', { name: 'Import report' }));
    const members = app.workspace.getState().workspace.members;
    expect(members.map((m) => m.name)).toEqual(['Ann', 'Robert', 'Cid']);
  });
});

describe('Merge into…', () => {
  test('says what will move before it does, merges, shows the kept skill, and a later import lands on it', async () => {
    const app = await loaded();
    const panel = await skillPanel(app, 'Дизайн-мышление');
    await app.user.click(within(panel).getByRole('button', { name: 'Merge into…' }));
    const merge = within(panel).getByRole('button', { name: 'Merge' });
    expect(merge).toBeDisabled();
    await app.user.type(within(panel).getByRole('combobox', { name: 'Merge into' }), 'design thinking');
    expect(
      within(panel).getByText(
        '“Дизайн-мышление” becomes part of “Design thinking”: 2 links move, 1 member holds both: higher level kept. “Design thinking” keeps its name and details; the next import of “Дизайн-мышление” lands on it.',
      ),
    ).toBeTruthy();
    await app.user.click(merge);

    const kept = await screen.findByRole('complementary', { name: 'Design thinking' });
    expect(
      within(kept)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expect.arrayContaining([expect.stringContaining('Ann'), expect.stringContaining('Bob')]));
    await waitForTotals('3 members', '2 skills', '4 links');

    await pickFiles(app.user, [textFile('more.csv', 'name,skill,level\nDan,Дизайн-мышление,3\n')]);
    const choice = await screen.findByRole('dialog', { name: 'Import into the current workspace' });
    await app.user.click(within(choice).getByRole('button', { name: 'Merge' }));
    await closeReport(app.user, await screen.findByRole('dialog', { name: 'Import report' }));
    await waitForTotals('4 members', '2 skills', '5 links');
    expect(app.workspace.getState().workspace.skills.map((s) => s.name)).toEqual(['Design thinking', 'SQL']);
  });

  test('merging people: the person merged away is gone and their skills are the kept one’s', async () => {
    const app = await loaded();
    const bob = await memberPanel(app, 'Bob');
    await app.user.click(within(bob).getByRole('button', { name: 'Merge into…' }));
    const box = within(bob).getByRole('combobox', { name: 'Merge into' });
    await app.user.type(box, 'Nobody');
    expect(within(bob).getByText('Nobody else has that name.')).toBeTruthy();
    await app.user.clear(box);
    await app.user.type(box, 'Ann');
    expect(
      within(bob).getByText(
        /“Bob” becomes part of “Ann”: 1 link moves, 1 skill held by both: higher level kept\./,
      ),
    ).toBeTruthy();
    await app.user.click(within(bob).getByRole('button', { name: 'Merge' }));
    await screen.findByRole('complementary', { name: 'Ann' });
    const { members } = app.workspace.getState().workspace;
    expect(members.map((m) => m.name)).toEqual(['Ann', 'Cid']);
  });

  test('in Russian the controls and the summary are translated', async () => {
    const app = await loaded('ru');
    const panel = await skillPanel(app, 'Design thinking');
    expect(within(panel).getByRole('button', { name: 'Переименовать' })).toBeTruthy();
    await app.user.click(within(panel).getByRole('button', { name: 'Объединить с…' }));
    await app.user.type(within(panel).getByRole('combobox', { name: 'Объединить с' }), 'Дизайн-мышление');
    expect(
      within(panel).getByText(/переносятся 2 связи, у 1 участника есть оба: остаётся более высокий уровень/),
    ).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Объединить' })).toBeEnabled();
  });
});
