import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
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

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

async function openRoles(app: AppUnderTest, name = 'Community roles') {
  await app.user.click(screen.getByRole('button', { name }));
}

function rowOf(role: string): HTMLElement {
  return screen.getByRole('rowheader', { name: role }).closest('tr')!;
}

// A club of three: Anna and Boris are ambassadors, Clara is not. Architect is held by both (Boris writes it in
// Russian), Moderator by Boris alone, "Storyteller" (a free tag, spelt two ways) by Anna with Clara a candidate,
// Ideologist by nobody (Clara carries it but is no ambassador); Empath, Voice and Ambassador by nobody.
const CLUB = [
  textFile(
    'members.csv',
    [
      'member_id,name,status,roles',
      'M1,Anna Petrova,ambassador,architect; Storyteller',
      'M2,Boris Ivanov,ambassador,Архитектор; модератор',
      'M3,Clara Smith,employee,ideologist;  storyTELLER ',
      '',
    ].join('\n'),
  ),
  textFile('skills.csv', 'skill_id,skill,target\nS1,Python,1\n'),
  textFile('expertise.csv', 'member_id,skill_id,level\nM1,S1,3\n'),
];

describe('community roles', () => {
  test('the sample: the role nobody holds is a warning line, the single holder is named, then the table', async () => {
    const app = await renderApp({ tab: 'health' });
    await waitForSample();
    await openRoles(app);

    const missing = screen.getByText('Roles nobody holds: Ideologist');
    expect(missing.closest('.roles-missing')).not.toBeNull();
    expect(screen.getByText('Held by one person alone: Moderator (Marina Danilova)')).toBeVisible();

    const ideologist = rowOf('Ideologist');
    expect(within(ideologist).getByText('Gap')).toHaveClass('badge');
    expect(within(ideologist).getByRole('button', { name: 'Anna Kozlova' })).toBeVisible();
    // A holder opens on the map.
    await app.user.click(within(rowOf('Moderator')).getByRole('button', { name: 'Marina Danilova' }));
    expect(app.ui.getState().tab).toBe('map');
    expect(await screen.findByRole('complementary', { name: 'Marina Danilova' })).toBeVisible();
  });

  test('a target edited in place changes gap and status, stays after leaving the part, and can be undone', async () => {
    const app = await renderApp({ tab: 'health' });
    await waitForSample();
    await openRoles(app);
    const { user } = app;
    const input = within(rowOf('Moderator')).getByRole('textbox', { name: 'Target for Moderator' });
    expect(input).toHaveValue('1');

    await user.clear(input);
    await user.type(input, '2{Enter}');

    // target 2, one holder: gap 2 − 1 = 1, status Gap (the analysis follows the workspace a moment later)
    expect(await screen.findByText('Below target: Moderator')).toBeVisible();
    const cells = within(rowOf('Moderator')).getAllByRole('cell');
    expect(cells.slice(1, 4).map((c) => c.textContent)).toEqual(['1', '1', 'Gap']);
    expect(app.workspace.getState().workspace.plan.roleTargets).toEqual([{ role: 'moderator', target: 2 }]);

    await user.click(screen.getByRole('button', { name: 'Skills to grow' }));
    await openRoles(app);
    expect(within(rowOf('Moderator')).getByRole('textbox', { name: 'Target for Moderator' })).toHaveValue(
      '2',
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(rowOf('Moderator')).getByRole('textbox', { name: 'Target for Moderator' })).toHaveValue(
      '1',
    );
    expect(within(rowOf('Moderator')).getByText('Single holder')).toBeVisible();
    expect(app.workspace.getState().workspace.plan.roleTargets).toEqual([]);
  });

  test('a target a role cannot have is refused with the reason and not applied', async () => {
    const app = await renderApp({ tab: 'health' });
    await waitForSample();
    await openRoles(app);
    const input = within(rowOf('Voice')).getByRole('textbox', { name: 'Target for Voice' });

    for (const typed of ['1.5', '101', 'two']) {
      await app.user.clear(input);
      await app.user.type(input, `${typed}{Enter}`);
      expect(within(rowOf('Voice')).getByRole('alert')).toHaveTextContent(
        'A role target must be a whole number from 0 to 100.',
      );
      expect(input).toHaveAttribute('aria-invalid', 'true');
    }
    expect(app.workspace.getState().workspace.plan.roleTargets).toEqual([]);
    await app.user.type(input, '{Escape}');
    expect(input).toHaveValue('1');
    expect(within(rowOf('Voice')).queryByRole('alert')).toBeNull();
  });

  test('a club of its own: every missing role listed, a free tag shown as first written, the export read back', async () => {
    const downloads = captureDownloads();
    const app = await renderAppWithFiles(CLUB, { tab: 'health' });
    await openRoles(app);

    expect(screen.getByText('Roles nobody holds: Empath, Ideologist, Voice, Ambassador')).toBeVisible();
    expect(
      screen.getByText('Held by one person alone: Moderator (Boris Ivanov), Storyteller (Anna Petrova)'),
    ).toBeVisible();
    const free = rowOf('Storyteller (free tag)');
    expect(within(free).getByRole('button', { name: 'Clara Smith' })).toBeVisible();
    expect(within(rowOf('Architect')).getByText('Covered')).toBeVisible();

    await app.user.click(screen.getByRole('button', { name: 'Export roles' }));
    expect(downloads[0].fileName).toBe('roles.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).replace(/^\ufeff/, ''));
    expect(lines).toEqual([
      'role,target,coverage,gap,status,holders,candidates',
      'architect,1,2,0,covered,"Anna Petrova; Boris Ivanov",',
      'empath,1,0,1,gap,,',
      'ideologist,1,0,1,gap,,Clara Smith',
      'voice,1,0,1,gap,,',
      'ambassador,1,0,1,gap,,',
      'moderator,1,1,0,single_holder,Boris Ivanov,',
      'Storyteller,1,1,0,single_holder,Anna Petrova,Clara Smith',
    ]);
  });

  test('in Russian: the same answer in Russian words, the export with Russian headers and file name', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'ru', tab: 'health' });
    await waitForSample('ru');
    await openRoles(app, 'Роли в сообществе');

    expect(screen.getByText('Роли, которых нет ни у кого: Идеолог')).toBeVisible();
    expect(screen.getByText('Держится на одном человеке: Модератор (Марина Данилова)')).toBeVisible();
    expect(rowOf('наставник (свободный тег)')).toBeVisible();

    await app.user.click(screen.getByRole('button', { name: 'Экспорт ролей' }));
    expect(downloads[0].fileName).toBe('roli.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).replace(/^\ufeff/, ''));
    expect(lines[0]).toBe('роль;цель;покрытие;пробел;статус;носители;кандидаты');
    expect(lines).toContain('идеолог;1;0;1;пробел;;"Анна Козлова; Денис Егоров"');
    expect(lines.find((l) => l.startsWith('модератор;'))).toMatch(
      /^модератор;1;1;0;единственный носитель;Марина Данилова;/,
    );
  });

  test('an empty workspace: every wanted role is missing and the page says no roles are recorded', async () => {
    const app = await renderAppWithFiles(
      [textFile('members.csv', 'member_id,name,status\nM1,Anna Petrova,ambassador\n')],
      { tab: 'health' },
    );
    await openRoles(app);
    expect(
      screen.getByText('Roles nobody holds: Architect, Empath, Ideologist, Voice, Ambassador, Moderator'),
    ).toBeVisible();
    expect(screen.getByText(/No one in this workspace has roles recorded/)).toBeVisible();
  });
});
