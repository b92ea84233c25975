import { within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { factsOf, memberPanel, renderAppWithFiles, textFile } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// One gap skill (Go: target 1, required 3, weight 1, no ambassador holds it). Ann is an ambassador with no
// workload; Ola is overloaded (120 % → factor 50/120 = 0.42); Uma's workload is unknown (counted as 100 % → 0.5).
const files = [
  textFile(
    'members.csv',
    'name,status,workload\nAnn,ambassador,\nOla,employee,120%\nUma,employee,\nVic,alumni,80\n',
  ),
  textFile('expertise.csv', 'name,skill,level\nOla,Go,5\nUma,Go,5\nVic,Go,5\n'),
];

describe('member panel workload', () => {
  test('over 100 % shows as overloaded; unknown says it counts as neutral; an ambassador’s unknown is a dash', async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });

    const ola = await memberPanel(app, 'Ola');
    expect(factsOf(ola).get('Workload')).toBe('120% — overloaded');
    expect(within(ola).getByText(/workload factor 0\.42 =/)).toBeTruthy();

    const uma = await memberPanel(app, 'Uma');
    expect(factsOf(uma).get('Workload')).toBe(
      'unknown — counted as neutral in the score (as 100%, workload factor 0.50)',
    );

    expect(factsOf(await memberPanel(app, 'Vic')).get('Workload')).toBe('80%');
    expect(factsOf(await memberPanel(app, 'Ann')).get('Workload')).toBe('—');
  });
});
