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
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// Python (target 2, required level 3): Anna (ambassador, 4) holds it, so gap 1. Close to it: Boris (ambassador,
// level 2 = 3 − 1), Dmitry (employee, 2, interested, workload unknown), Elena (alumna, 1 but interested). Clara
// (employee, 3) qualifies today. Public speaking (target 1, level 4): nobody holds it, nobody is close (no level
// 3, no interest); Clara (5) qualifies today.
const CLUB = [
  textFile(
    'skills.csv',
    'skill_id,skill,category,target,required_level\nS1,Python,Tech,2,3\nS2,Public speaking,Soft,1,4\n',
  ),
  textFile(
    'members.csv',
    [
      'member_id,name,status,workload',
      'M1,Anna Petrova,ambassador,40',
      'M2,Boris Ivanov,ambassador,10',
      'M3,Clara Smith,employee,50',
      'M4,Dmitry Orlov,employee,',
      'M5,Elena Volkova,alumni,100',
      '',
    ].join('\n'),
  ),
  textFile(
    'expertise.csv',
    [
      'member_id,skill_id,level,interest',
      'M1,S1,4,',
      'M2,S1,2,',
      'M3,S1,3,',
      'M4,S1,2,yes',
      'M5,S1,1,yes',
      'M3,S2,5,',
      '',
    ].join('\n'),
  ),
];

const skillCard = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name} `) });

async function openGrow(lang: 'en' | 'ru' = 'en') {
  const app = await renderAppWithFiles(CLUB, { tab: 'health', lang });
  await app.user.click(
    screen.getByRole('button', { name: lang === 'en' ? 'Skills to grow' : 'Навыки для развития' }),
  );
  return app;
}

describe('skills to grow', () => {
  test('ambassadors first and marked, apart from those who qualify today; a skill nobody is close to says so', async () => {
    const app = await openGrow();
    expect(
      screen.getByText(
        'Skills with a gap: 2 · can grow from within: 1, 1 of them by an ambassador · nobody close: 1',
      ),
    ).toBeVisible();

    const python = skillCard('Python');
    expect(within(python).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Python Tech · required level 3 · gap 1',
    );
    const could = within(python).getByRole('region', { name: 'Could grow into it (3)' });
    const people = within(could).getAllByRole('listitem');
    expect(people.map((li) => li.textContent)).toEqual([
      'Boris Ivanov ambassador level 2 → 3 · workload 10 %',
      'Dmitry Orlov level 2 → 3 · ★ wants to develop · workload unknown',
      'Elena Volkova level 1 → 3 · ★ wants to develop · workload 100 %',
    ]);
    expect(within(could).getByText('Ambassadors — closes the gap without a new intake')).toBeVisible();
    // Clara qualifies today: she is in the other list, not among those who could grow.
    const qualify = within(python).getByRole('region', { name: 'Qualify today (1)' });
    expect(within(qualify).getByRole('button', { name: 'Clara Smith' })).toBeVisible();
    expect(within(could).queryByText('Clara Smith')).toBeNull();

    const speaking = skillCard('Public speaking');
    expect(within(speaking).getByText(/Nobody is close to it yet/)).toBeVisible();
    expect(within(speaking).getByRole('region', { name: 'Qualify today (1)' })).toHaveTextContent(
      'Clara Smith',
    );

    await app.user.click(within(could).getByRole('button', { name: 'Dmitry Orlov' }));
    expect(await screen.findByRole('complementary', { name: 'Dmitry Orlov' })).toBeVisible();
  });

  test('the development plan read back in English', async () => {
    const downloads = captureDownloads();
    const app = await openGrow();
    await app.user.click(screen.getByRole('button', { name: 'Export development plan' }));
    expect(downloads[0].fileName).toBe('development-plan.csv');
    expect(csvLines((await downloadedText(downloads[0].blob)).replace(/^\ufeff/, ''))).toEqual([
      'skill_id,skill,category,required_level,gap,member_id,name,status,level,interest,workload',
      'S1,Python,Tech,3,1,M2,Boris Ivanov,ambassador,2,,10',
      'S1,Python,Tech,3,1,M4,Dmitry Orlov,employee,2,yes,',
      'S1,Python,Tech,3,1,M5,Elena Volkova,alumni,1,yes,100',
    ]);
  });

  test('in Russian: the marks in Russian and the plan with Russian headers and file name', async () => {
    const downloads = captureDownloads();
    const app = await openGrow('ru');
    const could = within(skillCard('Python')).getByRole('region', { name: 'Могут дорасти (3)' });
    expect(within(could).getByText('Амбассадоры — закроют пробел без нового набора')).toBeVisible();
    expect(within(could).getAllByRole('listitem')[0]).toHaveTextContent(
      'Boris Ivanov амбассадор уровень 2 → 3 · загрузка 10 %',
    );
    await app.user.click(screen.getByRole('button', { name: 'Экспорт плана развития' }));
    expect(downloads[0].fileName).toBe('plan-razvitiya.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).replace(/^\ufeff/, ''));
    expect(lines[0]).toBe(
      'код навыка;навык;категория;требуемый уровень;пробел;id сотрудника;ФИО;статус;уровень;интерес;загрузка',
    );
    expect(lines.slice(1)).toEqual([
      'S1;Python;Tech;3;1;M2;Boris Ivanov;амбассадор;2;;10',
      'S1;Python;Tech;3;1;M4;Dmitry Orlov;сотрудник;2;да;',
      'S1;Python;Tech;3;1;M5;Elena Volkova;выпускник;1;да;100',
    ]);
  });

  test('the sample: a long list gets a find box, and a skill with many close members shows 5 and "Show all"', async () => {
    const app = await renderApp({ tab: 'health' });
    await waitForSample();
    await app.user.click(screen.getByRole('button', { name: 'Skills to grow' }));
    const find = screen.getByRole('searchbox', { name: 'Find a skill to grow' });
    const articles = screen.getAllByRole('article');
    const first = articles[0];
    const name = within(first).getByRole('heading', { level: 3 }).firstChild!.textContent!.trim();
    await app.user.type(find, name);
    expect(screen.getAllByRole('article').length).toBeLessThanOrEqual(articles.length);
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName(new RegExp(`^${name} `));
    await app.user.clear(find);
    await app.user.type(find, 'no such skill at all');
    expect(screen.getByText('No gap skill matches this search.')).toBeVisible();

    await app.user.clear(find);
    const long = screen
      .getAllByRole('article')
      .find((a) => within(a).queryByRole('button', { name: /^Show all \d+$/ }));
    // some skill of the sample has more than five members close to it
    expect(long).toBeDefined();
    const could = within(long!).getAllByRole('region')[0];
    expect(within(could).getAllByRole('listitem')).toHaveLength(5);
    await app.user.click(within(long!).getByRole('button', { name: /^Show all \d+$/ }));
    expect(within(could).getAllByRole('listitem').length).toBeGreaterThan(5);
  });
});
