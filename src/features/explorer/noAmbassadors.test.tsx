import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, renderAppWithFiles, textFile, waitForSample } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the canvas lists the people and skills it was given.
vi.mock('../../graph/GraphCanvas', async () => ({
  default: (await import('../../../tests/helpers/listingCanvas')).ListingCanvas,
}));

const members = () =>
  within(screen.getByRole('list', { name: /Expertise map graph|Граф карты экспертности/ }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent!)
    .filter((text) => text.startsWith('member: '));

// A list without a status column: nobody is an ambassador.
const noStatus = [textFile('expertise.csv', 'name,skill,level\nAnn,Go,4\nBob,Go,2\nBob,Figma,4\n')];

describe('a workspace without ambassadors on the map', () => {
  test('says why only skills are drawn, and Show everyone brings the people in', async () => {
    const app = await renderAppWithFiles(noStatus, { lang: 'en' });
    expect(members()).toEqual([]);
    const note = screen.getByText(/No one here is an ambassador/);
    await app.user.click(within(note.parentElement!).getByRole('button', { name: 'Show everyone' }));
    expect(members().sort()).toEqual(['member: Ann', 'member: Bob']);
    expect(screen.queryByText(/No one here is an ambassador/)).toBeNull();
  });

  test('in Russian too', async () => {
    await renderAppWithFiles(noStatus, { lang: 'ru' });
    expect(screen.getByText(/Здесь нет амбассадоров/)).toBeDefined();
  });

  test('the sample, which has ambassadors, shows no such note', async () => {
    await renderApp({ lang: 'en' });
    await waitForSample('en');
    await screen.findByRole('list', { name: 'Expertise map graph' });
    expect(screen.queryByText(/No one here is an ambassador/)).toBeNull();
    expect(members().length).toBeGreaterThan(0);
  });
});
