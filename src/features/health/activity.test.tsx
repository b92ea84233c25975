// Club health, activity and workload: what an HR analyst sees and does on a small club worked out by hand.
import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  csvLines,
  downloadedText,
  renderAppWithFiles,
  smallClubFiles,
  textFile,
  type AppUnderTest,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

/*
 * Five ambassadors and an employee. Free capacity f = 100 − workload; rate r = activity / max(f, 10) × 100.
 * Not overloaded: Boris f 50 → r 2, Clara f 100 → r 10, Dmitry f 80 → r 10, Fedor f 40 → r 22.5;
 * club norm N = median(2, 10, 10, 22.5) = 10. Expected = N × f / 100.
 *   Anna   workload 100           → overloaded (checked first)
 *   Boris  expected 5,  activity 1 → 1 < 50 % × 5 = 2.5 → quiet
 *   Clara  expected 10, activity 10 → between 5 and 15 → steady
 *   Dmitry expected 8,  activity 8  → between 4 and 12 → steady
 *   Fedor  expected 4,  activity 9  → 9 ≥ 150 % × 4 = 6 → thriving
 * Anna alone holds Python at the required level (Elena is an employee); SQL has two holders.
 */
function clubFiles(lang: 'en' | 'ru' = 'en'): File[] {
  const members =
    lang === 'en'
      ? 'member_id,name,department,status,workload,activity'
      : 'id сотрудника,ФИО,подразделение,статус,загрузка,активность';
  return [
    textFile(
      'skills.csv',
      ['skill_id,skill,category,target,required_level', 'S1,Python,Tech,1,3', 'S2,SQL,Tech,1,3', ''].join(
        '\n',
      ),
    ),
    textFile(
      'members.csv',
      [
        members,
        'M1,Anna,Sales,ambassador,100,5',
        'M2,Boris,IT,ambassador,50,1',
        'M3,Clara,HR,ambassador,0,10',
        'M4,Dmitry,IT,ambassador,20,8',
        'M5,Elena,IT,employee,10,3',
        'M6,Fedor,Sales,ambassador,60,9',
        '',
      ].join('\n'),
    ),
    textFile(
      'expertise.csv',
      ['member_id,skill_id,level', 'M1,S1,4', 'M2,S2,4', 'M3,S2,4', 'M5,S1,5', ''].join('\n'),
    ),
  ];
}

async function openActivity(app: AppUnderTest, views = 'Views', health = 'Club health') {
  await app.user.click(
    within(screen.getByRole('navigation', { name: views })).getByRole('button', { name: health }),
  );
  return app;
}

const table = () => screen.getByRole('table');
const namesInTable = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].querySelector('button')!.textContent);

describe('Activity and workload', () => {
  test('answers first with the counts and the club norm, then a row per ambassador with state and reason', async () => {
    await openActivity(await renderAppWithFiles(clubFiles()));
    expect(screen.getByText('1 overloaded · 1 quiet · 2 steady · 1 thriving')).toBeTruthy();
    expect(
      screen.getByText(/Club norm: 10 contributions per full free capacity, the median of 4 ambassadors/),
    ).toBeTruthy();
    expect(screen.getByText(/Free capacity = 100 − workload/)).toBeTruthy();
    // report order: by state, then name; Elena (employee) is not judged
    expect(namesInTable()).toEqual(['Anna', 'Boris', 'Clara', 'Dmitry', 'Fedor']);
    const boris = within(table()).getByRole('button', { name: 'Boris' }).closest('tr')!;
    const cells = within(boris)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // name, department, workload, free capacity, activity, expected, state, reason, alone
    expect(cells).toEqual([
      'Boris',
      'IT',
      '50',
      '50',
      '1',
      '5',
      'Quiet',
      'Activity 1 is below 50 % of the 5 expected (free capacity 50 %, club norm 10).',
      '—',
    ]);
    // never a state without its reason
    for (const row of within(table()).getAllByRole('row').slice(1)) {
      const [state, reason] = within(row).getAllByRole('cell').slice(6, 8);
      expect(state.textContent).not.toBe('');
      expect(reason.textContent).toMatch(/^(Activity|Workload|Nothing)/);
    }
    const anna = within(table()).getByRole('button', { name: 'Anna' }).closest('tr')!;
    expect(anna.textContent).toContain('Workload 100 % is at or above 100 %, whatever the activity (5).');
    expect(anna.textContent).toContain('Python');
  });

  test('sorts by a header button and filters by state', async () => {
    const app = await openActivity(await renderAppWithFiles(clubFiles()));
    const activity = screen.getByRole('columnheader', { name: /^Activity/ });
    expect(activity).toHaveAttribute('aria-sort', 'none');
    await app.user.click(within(activity).getByRole('button'));
    expect(activity).toHaveAttribute('aria-sort', 'descending');
    // 10, 9, 8, 5, 1
    expect(namesInTable()).toEqual(['Clara', 'Fedor', 'Dmitry', 'Anna', 'Boris']);
    await app.user.click(within(activity).getByRole('button'));
    expect(activity).toHaveAttribute('aria-sort', 'ascending');
    expect(namesInTable()).toEqual(['Boris', 'Anna', 'Dmitry', 'Fedor', 'Clara']);

    const filter = screen.getByRole('group', { name: 'Show ambassadors by state' });
    await app.user.click(within(filter).getByRole('button', { name: 'Steady (2)' }));
    expect(within(filter).getByRole('button', { name: 'Steady (2)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(namesInTable()).toEqual(['Clara', 'Dmitry']);
    await app.user.click(within(filter).getByRole('button', { name: 'All (5)' }));
    expect(namesInTable()).toHaveLength(5);
  });

  test('lists the overloaded, then the quiet, with what they alone hold, before an offboarding conversation', async () => {
    await openActivity(await renderAppWithFiles(clubFiles()));
    const list = screen.getByRole('region', { name: 'Before an offboarding conversation' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('button')!.textContent)).toEqual(['Anna', 'Boris']);
    expect(items[0].textContent).toContain('Overloaded');
    expect(items[0].textContent).toContain('Alone holds: Python');
    expect(items[1].textContent).toContain('Quiet');
    expect(items[1].textContent).toContain('Activity 1 is below 50 % of the 5 expected');
    expect(items[1].textContent).toContain('Holds no skill alone.');
  });

  test('a name opens the person on the map, where the side panel gives the state and its reason', async () => {
    const app = await openActivity(await renderAppWithFiles(clubFiles()));
    await app.user.click(within(table()).getByRole('button', { name: 'Boris' }));
    expect(app.ui.getState().tab).toBe('map');
    const panel = await screen.findByRole('complementary', { name: 'Boris' });
    expect(within(panel).getByText('Quiet')).toBeTruthy();
    expect(within(panel).getByText(/Activity 1 is below 50 % of the 5 expected/)).toBeTruthy();
  });

  test('exports the activity CSV, read back in English', async () => {
    const downloads = captureDownloads();
    const app = await openActivity(await renderAppWithFiles(clubFiles()));
    await app.user.click(screen.getByRole('button', { name: 'Export activity' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe('activity.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).replace(/^\ufeff/, ''));
    expect(lines[0]).toBe(
      'member_id,name,department,workload,free_capacity,activity,expected,state,reason,unique_skills',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      'M1,Anna,Sales,100,0,5,0,overloaded,"Workload 100 % is at or above 100 %, whatever the activity (5).",Python',
    );
    expect(lines[2].startsWith('M2,Boris,IT,50,50,1,5,quiet,')).toBe(true);
  });

  test('in Russian: the counts, the reason and the export in Russian words', async () => {
    const downloads = captureDownloads();
    const app = await renderAppWithFiles(clubFiles('ru'), { lang: 'ru' });
    await openActivity(app, 'Разделы', 'Здоровье клуба');
    expect(
      screen.getByText('перегрузка: 1 · низкая активность: 1 · норма: 2 · высокая активность: 1'),
    ).toBeTruthy();
    expect(screen.getByText(/медиана по 4 амбассадорам без перегрузки/)).toBeTruthy();
    const boris = within(table()).getByRole('button', { name: 'Boris' }).closest('tr')!;
    expect(boris.textContent).toContain('Низкая активность');
    expect(boris.textContent).toContain(
      'Активность 1 ниже 50 % от ожидаемой 5 (свободный ресурс 50 %, норма клуба 10).',
    );
    expect(screen.getByRole('region', { name: 'Перед разговором об уходе' })).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Экспорт активности' }));
    expect(downloads[0].fileName).toBe('aktivnost.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).replace(/^\ufeff/, ''));
    expect(lines[0]).toBe(
      'id сотрудника;ФИО;подразделение;загрузка;свободный ресурс;активность;ожидаемая активность;состояние;причина;уникальные навыки',
    );
    expect(lines[2]).toBe(
      'M2;Boris;IT;50;50;1;5;низкая активность;"Активность 1 ниже 50 % от ожидаемой 5 (свободный ресурс 50 %, норма клуба 10).";',
    );
  });

  test('thresholds edited in place change the states; values they cannot take are refused with the reason', async () => {
    const app = await openActivity(await renderAppWithFiles(clubFiles()));
    // an applied value redraws its field: each is found afresh
    const field = (name: string) => screen.getByRole('textbox', { name });
    const thriving = field('Thriving from, % of expected');
    expect(thriving).toHaveValue('150');
    // thriving from 100 %: Clara (10 of 10) and Dmitry (8 of 8) reach it, with Fedor
    await app.user.clear(thriving);
    await app.user.type(thriving, '100{Enter}');
    expect(screen.getByText('1 overloaded · 1 quiet · 0 steady · 3 thriving')).toBeTruthy();
    expect(app.workspace.getState().workspace.plan.activityThresholds.thrivingFrom).toBe(100);
    expect(screen.getByText(/at least 100 % of the expected/)).toBeTruthy();

    // overloaded from 50 %: Anna (100), Boris (50) and Fedor (60); N = median(10, 10) = 10, so Clara (10 of 10)
    // and Dmitry (8 of 8) are at 100 % of the expected: thriving from 100 %
    await app.user.clear(field('Overloaded from, % workload'));
    await app.user.type(field('Overloaded from, % workload'), '50{Enter}');
    expect(screen.getByText('3 overloaded · 0 quiet · 0 steady · 2 thriving')).toBeTruthy();

    const overloaded = field('Overloaded from, % workload');
    await app.user.clear(overloaded);
    await app.user.type(overloaded, '0{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A number from 1 to 300.');
    expect(overloaded).toHaveAttribute('aria-invalid', 'true');
    await app.user.keyboard('{Escape}');
    expect(overloaded).toHaveValue('50');
    expect(screen.queryByRole('alert')).toBeNull();

    // quiet below must stay under thriving from (100 now)
    const quiet = screen.getByRole('textbox', { name: 'Quiet below, % of expected' });
    await app.user.clear(quiet);
    await app.user.type(quiet, '120{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/below the upper one/);
    expect(app.workspace.getState().workspace.plan.activityThresholds.quietBelow).toBe(50);

    await app.user.click(screen.getByRole('button', { name: 'Back to 100 / 50 / 150' }));
    expect(screen.getByText('1 overloaded · 1 quiet · 2 steady · 1 thriving')).toBeTruthy();
  });

  test('a workspace without an activity column says so plainly', async () => {
    await openActivity(await renderAppWithFiles(smallClubFiles()));
    expect(screen.getByRole('note').textContent).toMatch(/^This workspace has no activity column/);
    // Anna (40 %) and Boris (10 %) both count as 0 against a norm of 0: nothing expected, both steady
    expect(screen.getByText('0 overloaded · 0 quiet · 2 steady · 0 thriving')).toBeTruthy();
    expect(namesInTable()).toEqual(['Anna Petrova', 'Boris Ivanov']);
    expect(table().textContent).toContain('No activity recorded: counted as 0.');
  });

  test('a workspace without ambassadors has nothing to weigh and nothing to export', async () => {
    const file = textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nBoris,SQL,3\n');
    await openActivity(await renderAppWithFiles([file]));
    expect(await screen.findByText(/No one in this workspace is an ambassador/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
