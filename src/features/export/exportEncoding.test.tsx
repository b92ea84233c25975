import { act, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  closeReport,
  csvLines,
  downloadedText,
  importFiles,
  renderApp,
  smallClubFiles,
  waitForSample,
  type AppUnderTest,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const decode1251 = (bytes: Uint8Array) => new TextDecoder('windows-1251').decode(bytes);

/** The small club (tests/helpers/render.tsx) with Dmitry Orlov renamed: its cohort is Dmitry alone. */
async function smallClub(app: AppUnderTest, lang: 'en' | 'ru', dmitry: string) {
  await waitForSample(lang);
  const names =
    lang === 'ru'
      ? { input: 'Импорт CSV', report: 'Отчёт об импорте' }
      : { input: 'Import CSV', report: 'Import report' };
  await closeReport(
    app.user,
    await importFiles(app.user, smallClubFiles(), names),
    lang === 'ru' ? 'Закрыть' : 'Close',
  );
  const member = app.workspace.getState().workspace.members.find((m) => m.memberId === 'M4')!;
  act(() => {
    app.workspace.getState().apply({ kind: 'renameMember', memberKey: member.key, name: dmitry });
  });
}

async function openCsvSettings(app: AppUnderTest) {
  await app.user.click(screen.getByRole('button', { name: 'CSV' }));
}

/** The live region beside an export button (empty until a file lost characters). */
function noticeBeside(buttonName: string): HTMLElement {
  const action = screen.getByRole('button', { name: buttonName }).parentElement!;
  return within(action).getByRole('status');
}

describe('CSV encoding', () => {
  test('in Windows-1251 the cohort CSV has no BOM, keeps €, writes Ž and the emoji as ? and says so', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'en', tab: 'cohort' });
    await smallClub(app, 'en', 'Dmitry 😀 Žukov €');
    await app.user.click(screen.getByRole('button', { name: 'Export cohort' }));
    const utf8 = await downloadedText(downloads[0].blob);
    expect(noticeBeside('Export cohort')).toBeEmptyDOMElement();

    await openCsvSettings(app);
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Encoding' }),
      'Windows-1251 (older Excel)',
    );
    expect(screen.getByRole('checkbox', { name: 'UTF-8 with BOM (for Excel)' })).toBeDisabled();
    await app.user.click(screen.getByRole('button', { name: 'Export cohort' }));

    expect(downloads[1].fileName).toBe('cohort.csv');
    expect(downloads[1].blob.type).toBe('text/csv;charset=windows-1251');
    const bytes = await bytesOf(downloads[1].blob);
    expect(bytes[0]).toBe('m'.charCodeAt(0));
    // The same file as in UTF-8 (without its BOM), the two characters 1251 lacks replaced; € is byte 0x88.
    expect(decode1251(bytes)).toBe(utf8.slice(1).replace('😀', '?').replace('Ž', '?'));
    expect(csvLines(decode1251(bytes))[1]).toMatch(/^M4,Dmitry \? \?ukov €,IT,employee,0,/);
    expect(bytes).toContain(0x88);
    expect(noticeBeside('Export cohort')).toHaveTextContent(
      '2 characters could not be written in Windows-1251 and were replaced by ?',
    );
    expect(noticeBeside('Export gap report')).toBeEmptyDOMElement();

    // Back in UTF-8 the file is as before and the notice goes (the export's click closed the settings).
    await openCsvSettings(app);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Encoding' }), 'UTF-8');
    expect(screen.getByRole('checkbox', { name: 'UTF-8 with BOM (for Excel)' })).toBeChecked();
    await app.user.click(screen.getByRole('button', { name: 'Export cohort' }));
    expect(downloads[2].blob.type).toBe('text/csv;charset=utf-8');
    expect(await downloadedText(downloads[2].blob)).toBe(utf8);
    expect(noticeBeside('Export cohort')).toBeEmptyDOMElement();
  });

  test('the notice floats beside its export button until dismissed; focus goes back to that button', async () => {
    captureDownloads();
    const app = await renderApp({ lang: 'en', tab: 'cohort' });
    await smallClub(app, 'en', 'Dmitry 😀 Orlov');
    await openCsvSettings(app);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Encoding' }), 'windows-1251');
    await app.user.keyboard('{Escape}');
    await app.user.click(screen.getByRole('button', { name: 'Export cohort' }));
    const notice = noticeBeside('Export cohort');
    expect(notice).toHaveTextContent(
      '1 character could not be written in Windows-1251 and was replaced by ?',
    );
    // The dismiss button is beside the live region, not read out as part of the notice.
    expect(notice).not.toHaveTextContent('Dismiss');

    await app.user.click(screen.getByRole('button', { name: 'Dismiss the notice' }));

    expect(noticeBeside('Export cohort')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Dismiss the notice' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export cohort' })).toHaveFocus();
  });

  test('in Russian the gap report in Windows-1251 reads back with its Russian words, and nothing is replaced', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'ru' });
    await smallClub(app, 'ru', 'Дмитрий Орлов');
    await app.user.click(screen.getByRole('button', { name: 'Экспорт отчёта' }));
    const utf8 = await downloadedText(downloads[0].blob);

    await openCsvSettings(app);
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Кодировка' }),
      'Windows-1251 (старый Excel)',
    );
    await app.user.click(screen.getByRole('button', { name: 'Экспорт отчёта' }));

    expect(downloads[1].blob.type).toBe('text/csv;charset=windows-1251');
    const text = decode1251(await bytesOf(downloads[1].blob));
    expect(text).toBe(utf8.slice(1));
    expect(csvLines(text)[0]).toBe(
      'код навыка;навык;категория;требуемый уровень;цель;покрытие;пробел;статус;носители;число кандидатов;лучшие кандидаты',
    );
    expect(text).toContain('"Дмитрий Орлов; Clara Smith; Elena Volkova"');
    expect(noticeBeside('Экспорт отчёта')).toBeEmptyDOMElement();
  });

  test('the notice counts in Russian plural forms: an emoji is one character', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'ru', tab: 'cohort' });
    await smallClub(app, 'ru', 'Дмитрий 😀😀 Žukov');
    await openCsvSettings(app);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Кодировка' }), 'windows-1251');

    await app.user.click(screen.getByRole('button', { name: 'Экспорт набора' }));

    expect(csvLines(decode1251(await bytesOf(downloads[0].blob)))[1]).toMatch(/^M4;Дмитрий \?\? \?ukov;/);
    expect(noticeBeside('Экспорт набора')).toHaveTextContent(
      '3 символа не удалось записать в Windows-1251, они заменены на ?',
    );
  });

  test('the header language can differ from the interface: English headers and commas in the Russian UI', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'ru' });
    await smallClub(app, 'ru', 'Dmitry Orlov');
    await openCsvSettings(app);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Язык заголовков' }), 'английский');

    await app.user.click(screen.getByRole('button', { name: 'Экспорт отчёта' }));

    // The file name stays in the interface's language; the report's words and delimiter follow the headers.
    expect(downloads[0].fileName).toBe('otchet-o-probelah.csv');
    const lines = csvLines((await downloadedText(downloads[0].blob)).slice(1));
    expect(lines[0]).toBe(
      'skill_id,skill,category,required_level,target,coverage,gap,status,holders,candidate_count,top_candidates',
    );
    expect(lines[1]).toBe(
      'S3,Public speaking,Soft,4,1,0,1,gap,,3,"Dmitry Orlov; Clara Smith; Elena Volkova"',
    );
  });

  test('Export workspace stays UTF-8 with Windows-1251 chosen (names read back exactly) but follows the header language', async () => {
    const downloads = captureDownloads();
    const app = await renderApp({ lang: 'ru' });
    await smallClub(app, 'ru', 'Dmitry 😀 Žukov');
    await openCsvSettings(app);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Язык заголовков' }), 'английский');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Кодировка' }), 'windows-1251');
    expect(screen.getByText(/экспорт данных остаётся в UTF-8/)).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Экспорт данных' }));
    // The zip writer loads with the first export.
    await waitFor(() => expect(downloads).toHaveLength(1));

    const zip = unzipSync(await bytesOf(downloads[0].blob));
    const members = new TextDecoder('utf-8', { ignoreBOM: true }).decode(zip['members.csv']);
    expect(members.charCodeAt(0)).toBe(0xfeff);
    expect(csvLines(members.slice(1))[0]).toBe(
      'member_id,name,department,location,title,email,status,workload,activity,roles,cohort_plan',
    );
    expect(members).toContain('M4,Dmitry 😀 Žukov,IT,');
  });
});
