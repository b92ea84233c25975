import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { memberPanel, renderAppWithFiles, textFile } from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// Ann alone holds Go (target 1): covered by a single holder. Bob is an employee who could close it.
const files = [
  textFile('members.csv', 'name,status\nAnn,ambassador\nBob,employee\n'),
  textFile('expertise.csv', 'name,skill,level\nAnn,Go,4\nBob,Go,3\n'),
];

describe('Mark as leaving', () => {
  test('marking the only holder opens the gap and unmarking closes it again', async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });
    expect(await screen.findByText(/gaps: 0, single holders: 1, covered: 0/)).toBeTruthy();

    const ann = await memberPanel(app, 'Ann');
    const toggle = within(ann).getByRole('checkbox', { name: 'Mark as leaving' });
    expect(toggle).not.toBeChecked();
    await app.user.click(toggle);
    expect(toggle).toBeChecked();
    expect(app.workspace.getState().workspace.plan.leaving).toHaveLength(1);
    expect(within(ann).getByText(/Marked as leaving/)).toBeTruthy();
    expect(screen.getByText(/2 members · 0 ambassadors/)).toBeTruthy();
    // The map's summary follows: Go, held by Ann alone, is a gap while she is marked.
    expect(await screen.findByText(/gaps: 1, single holders: 0, covered: 0/)).toBeTruthy();

    await app.user.click(within(ann).getByRole('checkbox', { name: 'Mark as leaving' }));
    expect(app.workspace.getState().workspace.plan.leaving).toEqual([]);
    expect(screen.getByText(/2 members · 1 ambassador/)).toBeTruthy();
    expect(await screen.findByText(/gaps: 0, single holders: 1, covered: 0/)).toBeTruthy();
  });

  test('an employee has no such toggle', async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });
    const bob = await memberPanel(app, 'Bob');
    expect(within(bob).queryByRole('checkbox', { name: 'Mark as leaving' })).toBeNull();
  });
});
