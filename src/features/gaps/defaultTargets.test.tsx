import { screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  closeReport,
  csvLines,
  downloadedText,
  importFiles,
  renderApp,
  renderAppWithFiles,
  smallClubFiles,
  textFile,
  waitForSample,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

const NOTICE =
  'No skill has a target from a file: every target is 1, which may look rosier than reality. Set targets or download a skills-file template.';

/** Members and expertise, no skills file: every skill gets the defaults. */
function withoutSkillsFile(): File[] {
  const [, members, expertise] = smallClubFiles();
  return [members, expertise];
}

describe('targets that are all the defaults', () => {
  test('the gap report says so, opens the targets editor, and offers the skills file to fill in', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'en', tab: 'gaps' });
    await waitForSample();
    // The sample has a skills file.
    expect(screen.queryByText(NOTICE)).toBeNull();
    await closeReport(app.user, await importFiles(app.user, withoutSkillsFile()));

    expect(await screen.findByText(NOTICE)).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Download skills template' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['skills.csv']);
    const lines = csvLines(await downloadedText(downloads[0].blob));
    expect(lines[0]).toBe('\ufeffskill_id,skill,category,target,required_level,weight');
    expect(lines.slice(1).sort()).toEqual(['S1,S1,,1,3,1', 'S2,S2,,1,3,1', 'S3,S3,,1,3,1', 'S4,S4,,1,3,1']);

    await app.user.click(screen.getByRole('button', { name: 'Set targets' }));
    expect(screen.getByRole('table', { name: 'Targets' })).toBeVisible();

    // A decision taken, even back to 1, is no longer "nobody set the targets".
    const target = screen.getByRole('textbox', { name: 'Target for S1' });
    await app.user.clear(target);
    await app.user.type(target, '2{Enter}');
    await app.user.click(screen.getByRole('button', { name: 'Gap report' }));
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  test('in Russian the notice is translated and the template has Russian headers and ;', async () => {
    const downloads = captureDownloads();
    const app = await renderAppWithFiles(
      [
        textFile('members.csv', 'name,status\nАнна,амбассадор\n'),
        textFile('e.csv', 'name,skill,level\nАнна,Python,4\n'),
      ],
      { lang: 'ru', tab: 'gaps' },
    );
    expect(await screen.findByText(/^Ни у одного навыка нет цели из файла/)).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Скачать шаблон навыков' }));
    const lines = csvLines(await downloadedText(downloads[0].blob));
    expect(downloads[0].fileName).toBe('navyki.csv');
    expect(lines).toEqual(['\ufeffкод навыка;навык;категория;цель;требуемый уровень;вес', ';Python;;1;3;1']);
  });

  test('a skills file gives targets: no notice', async () => {
    await renderAppWithFiles(smallClubFiles(), { lang: 'en', tab: 'gaps' });
    expect(screen.getByRole('table')).toBeVisible();
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});
