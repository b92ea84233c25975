// Export pseudonymised workspace: the dialog, a refused secret, and the zip read back by the app's own import with
// the same totals and gap numbers and no name left (docs/contract.md#pseudonymised-workspace).
import { screen, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, test, vi } from 'vitest';
import {
  importFiles as importFileList,
  textFile as textImportFile,
} from '../../../tests/helpers/importFiles';
import {
  captureDownloads,
  closeReport,
  downloadedText,
  headerTotals,
  pickFiles,
  renderAppWithFiles,
  smallClubFiles,
  type AppUnderTest,
  type Download,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

const NAMES = [
  'Anna',
  'Petrova',
  'Boris',
  'Clara',
  'Dmitry',
  'Elena',
  'Volkova',
  'M1',
  'M2',
  'M3',
  'M4',
  'M5',
];

/** The small club's gap report without the two name columns (holders, top_candidates): what must not change. */
async function gapNumbers(app: AppUnderTest, downloads: Download[], button: string): Promise<string[][]> {
  await app.user.click(screen.getByRole('button', { name: button }));
  const text = (await downloadedText(downloads[downloads.length - 1].blob)).replace(/^\ufeff/, '');
  const rows = Papa.parse<string[]>(text.trim()).data;
  return rows.map((row) => [...row.slice(0, 8), row[9]]);
}

async function zipOf(download: Download) {
  return unzipSync(new Uint8Array(await download.blob.arrayBuffer()));
}

describe('Export pseudonymised workspace', () => {
  test('refuses a short secret, then writes a zip that imports back with the same totals and gap numbers', async () => {
    const downloads = captureDownloads();
    const app = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    const { user } = app;
    const totals = headerTotals().textContent;
    const before = await gapNumbers(app, downloads, 'Export gap report');

    await user.click(screen.getByRole('button', { name: 'Export pseudonymised workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export pseudonymised workspace' });
    expect(dialog).toHaveTextContent('without it nobody can tell who is who');
    expect(dialog).toHaveTextContent('intake snapshots');
    expect(within(dialog).getByLabelText('Smallest group shown (k)')).toHaveValue(5);
    await user.type(within(dialog).getByLabelText('Secret'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The secret must be at least 8 characters long.',
    );
    expect(downloads).toHaveLength(1);

    await user.type(within(dialog).getByLabelText('Secret'), ' and longer');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(downloads[1].fileName).toMatch(/^expertise-map-pseudonymised-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await zipOf(downloads[1]);
    expect(Object.keys(zip).sort()).toEqual(['expertise.csv', 'members.csv', 'plan.csv', 'skills.csv']);
    const members = strFromU8(zip['members.csv']);
    for (const name of NAMES) expect(members + strFromU8(zip['expertise.csv'])).not.toContain(name);
    // Sales and HR have one person each, IT three: all fewer than 5, so all "Other".
    expect(members).not.toMatch(/Sales|HR|IT/);
    expect(members.match(/^P-[0-9A-F]{8},P-[0-9A-F]{8},Other,,,,/gm)).toHaveLength(5);

    const files = Object.entries(zip).map(([name, bytes]) => new File([bytes as BlobPart], name));
    await pickFiles(user, files);
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    await closeReport(user, await screen.findByRole('dialog', { name: 'Import report' }));
    expect(headerTotals().textContent).toBe(totals);
    expect(await gapNumbers(app, downloads, 'Export gap report')).toEqual(before);
  });

  test('the same secret gives the same file; k = 2 keeps IT (3 people), k = 3 merges it into a small Other', async () => {
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    const exportWith = async (secret: string, k: string) => {
      await user.click(screen.getByRole('button', { name: 'Export pseudonymised workspace' }));
      const dialog = await screen.findByRole('dialog', { name: 'Export pseudonymised workspace' });
      await user.type(within(dialog).getByLabelText('Secret'), secret);
      await user.clear(within(dialog).getByLabelText('Smallest group shown (k)'));
      await user.type(within(dialog).getByLabelText('Smallest group shown (k)'), k);
      await user.click(within(dialog).getByRole('button', { name: 'Export' }));
      await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      return strFromU8((await zipOf(downloads[downloads.length - 1]))['members.csv']);
    };
    const first = await exportWith('a long secret', '2');
    expect(await exportWith('a long secret', '2')).toBe(first);
    expect(await exportWith('another long secret', '2')).not.toBe(first);
    // Sales and HR (1 each) make an Other of 2.
    expect(first.match(/,IT,/g)).toHaveLength(3);
    expect(first.match(/,Other,/g)).toHaveLength(2);
    // At k = 3 an Other of 2 would be a small group: IT, the only named one, joins it.
    const three = await exportWith('a long secret', '3');
    expect(three.match(/,IT,/g)).toBeNull();
    expect(three.match(/,Other,/g)).toHaveLength(5);
  });

  test('in Russian: the button, an empty secret refused, k checked, the Russian file name and “Другое”', async () => {
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'ru' });

    await user.click(screen.getByRole('button', { name: 'Экспорт без имён' }));
    const dialog = await screen.findByRole('dialog', { name: 'Экспорт без имён' });
    expect(dialog).toHaveTextContent('без него никто не поймёт, кто есть кто');
    await user.click(within(dialog).getByRole('button', { name: 'Экспорт' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Введите секрет.');
    await user.clear(within(dialog).getByLabelText('Наименьшая группа (k)'));
    await user.type(within(dialog).getByLabelText('Наименьшая группа (k)'), '0');
    expect(within(dialog).getByText('Целое число, не меньше 1.')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Наименьшая группа (k)'));
    await user.type(within(dialog).getByLabelText('Наименьшая группа (k)'), '5');
    await user.type(within(dialog).getByLabelText('Секрет'), 'надёжный секрет');
    await user.click(within(dialog).getByRole('button', { name: 'Экспорт' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toMatch(/^karta-ekspertnosti-bez-imen-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await zipOf(downloads[0]);
    expect(strFromU8(zip['uchastniki.csv']).match(/;Другое;/g)).toHaveLength(5);
  });

  test('intake snapshots travel pseudonymised: the same person has one pseudonym; no name, email or id is left', async () => {
    // A snapshot of last year: Anna and Boris with emails and titles, and Zoya, who is only in the snapshot.
    const snapshot = importFileList(
      textImportFile(
        'members.csv',
        [
          'member_id,name,email,title,department,status',
          'M1,Anna Petrova,anna.petrova@club.example,Lead,Sales,ambassador',
          'M2,Boris Ivanov,b.ivanov@club.example,,IT,ambassador',
          'Z9,Zoya Leaver,zoya@club.example,Architect,Legal,ambassador',
          '',
        ].join('\n'),
      ),
      textImportFile('expertise.csv', 'member_id,skill_id,level\nM1,S1,3\nZ9,S2,4\n'),
    ).workspace;
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    // The snapshots as stored (IndexedDB under jsdom cannot hold the typed arrays: see intakes.test.tsx).
    const forExport = vi.fn(() =>
      Promise.resolve([{ name: 'Intake 2025', savedAt: '2025-09-01T10:00:00.000Z', workspace: snapshot }]),
    );
    // The page's own store: renderAppWithFiles loaded the app's modules afresh.
    const { useIntakes } = await import('../../store/intakes');
    useIntakes.setState({ forExport });
    await user.click(screen.getByRole('button', { name: 'Export pseudonymised workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export pseudonymised workspace' });
    expect(dialog).toHaveTextContent('intake snapshots, pseudonymised the same way');
    await user.type(within(dialog).getByLabelText('Secret'), 'a long secret');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(forExport).toHaveBeenCalled();

    const zip = await zipOf(downloads[0]);
    expect(Object.keys(zip)).toContain('snapshots/Intake 2025/members.csv');
    expect(Object.keys(zip)).toContain('snapshots/Intake 2025/snapshot.csv');
    const every = Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)] as const);
    const personal = [
      ...NAMES,
      'Zoya',
      'Leaver',
      'Z9',
      'Ivanov',
      'Smith',
      'Orlov',
      '@',
      'club.example',
      'Lead',
      'Architect',
      'Legal',
    ];
    for (const [name, text] of every)
      for (const word of personal) expect(text, `${word} in ${name}`).not.toContain(word);

    // One person, one pseudonym: Anna (M1, Sales ambassador, Python 4 now, Python 3 then) in both member lists.
    const pseudonyms = (file: string) =>
      Papa.parse<string[]>(strFromU8(zip[file]).trim())
        .data.slice(1)
        .map((r) => r[0]);
    const now = pseudonyms('members.csv');
    const then = pseudonyms('snapshots/Intake 2025/members.csv');
    expect(now).toHaveLength(5);
    expect(then).toHaveLength(3);
    // Anna and Boris are in both, Zoya only then: exactly two pseudonyms shared.
    expect(then.filter((p) => now.includes(p))).toHaveLength(2);
    for (const p of [...now, ...then]) expect(p).toMatch(/^P-[0-9A-F]{8}$/);
  });
});

describe('Export pseudonymised workspace with snapshots: small groups', () => {
  test('IT with 6 people in a snapshot and 3 now (k = 5) is Other in every file, not named in the snapshot only', async () => {
    const snapshot = importFileList(
      textImportFile(
        'members.csv',
        [
          'member_id,name,department,location,status',
          'M2,Boris Ivanov,IT,Kazan,ambassador',
          'M4,Dmitry Orlov,IT,Kazan,employee',
          'M5,Elena Volkova,IT,Kazan,alumni',
          'X1,Xenia One,IT,Kazan,employee',
          'X2,Xenia Two,IT,Kazan,employee',
          'X3,Xenia Three,it,Kazan,employee',
          'M1,Anna Petrova,Sales,,ambassador',
          '',
        ].join('\n'),
      ),
    ).workspace;
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    const { useIntakes } = await import('../../store/intakes');
    useIntakes.setState({
      forExport: () =>
        Promise.resolve([{ name: 'Spring', savedAt: '2025-03-01T10:00:00.000Z', workspace: snapshot }]),
    });
    await user.click(screen.getByRole('button', { name: 'Export pseudonymised workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export pseudonymised workspace' });
    expect(dialog).toHaveTextContent(
      'fewer than k people, now or in any snapshot, becomes “Other” in every file',
    );
    await user.type(within(dialog).getByLabelText('Secret'), 'a long secret');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));

    const zip = await zipOf(downloads[0]);
    const column = (file: string, name: string) => {
      const [header, ...rows] = Papa.parse<string[]>(strFromU8(zip[file]).trim()).data;
      return rows.map((row) => row[header.indexOf(name)]);
    };
    const files = ['members.csv', 'snapshots/Spring/members.csv'];
    expect(column(files[1], 'department')).toHaveLength(7);
    // Now IT has 3 (fewer than 5): kept by the snapshot's 6 alone, the names would single out Boris, Dmitry, Elena.
    for (const file of files) expect(column(file, 'department').filter((d) => d !== 'Other')).toEqual([]);
    // Kazan: 6 in the snapshot, nobody now: named where it appears (Anna's blank location is no Other of 1).
    expect(column(files[1], 'location').filter((l) => l === 'Kazan')).toHaveLength(6);
  });
});
