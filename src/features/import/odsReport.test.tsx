import { within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { factsOf, importFiles, renderApp, waitForSample } from '../../../tests/helpers/render';
import { contentXml, makeOds, tableXml } from '../../../tests/helpers/ods';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

describe('import report of an .ods', () => {
  test('a sheet names its format, not an encoding or a delimiter', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const ods = makeOds(
      contentXml(
        tableXml('Sheet1', [
          ['name', 'skill', 'level'],
          ['Anna Petrova', 'SQL', 4],
          ['Boris Ivanov', 'Python, pandas', 3],
        ]),
      ),
    );
    const file = new File([ods as BlobPart], 'club.ods', {
      type: 'application/vnd.oasis.opendocument.spreadsheet',
    });
    const report = await importFiles(user, [file]);
    expect(Object.fromEntries(factsOf(within(report).getByRole('region', { name: 'club.ods' })))).toEqual({
      Kind: 'expertise (long list)',
      Format: 'OpenDocument (.ods)',
      'Rows read': '2',
      Imported: '2',
      Merged: '0',
      Rejected: '0',
    });
  });
});
