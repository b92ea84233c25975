import { translator } from '../../i18n/i18n';
import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import {
  renderAppWithFiles,
  smallClubFiles,
  textFile,
  type AppUnderTest,
} from '../../../tests/helpers/render';
import { GAP_ROWS_SHOWN } from './GapTable';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// The small club (tests/helpers/render.tsx), worked out by hand in export.test.tsx:
//   skill            gap  weight  coverage  candidates
//   Public speaking   1     3       0          3
//   Python            1     2       1          2
//   Kubernetes        0     1       2          0
//   SQL               0     1       1          0
const REPORT_ORDER = ['Public speaking', 'Python', 'Kubernetes', 'SQL'];

function openGapReportOfSmallClub(): Promise<AppUnderTest> {
  return renderAppWithFiles(smallClubFiles(), { lang: 'en', tab: 'gaps' });
}

/** The skill names of the table's rows, top to bottom. */
function skillsShown(): string[] {
  const [, ...rows] = within(screen.getByRole('table')).getAllByRole('row');
  return rows.map((row) => within(row).getAllByRole('cell')[0].textContent ?? '');
}

function columnHeader(name: string): HTMLElement {
  return screen.getByRole('columnheader', { name: new RegExp(`^${name}\\b`) });
}

async function sortBy(user: UserEvent, name: string): Promise<void> {
  await user.click(within(columnHeader(name)).getByRole('button'));
}

describe('gap table', () => {
  test('rows start in report order (gap, then weight, then name) with no column marked as sorted', async () => {
    await openGapReportOfSmallClub();

    expect(skillsShown()).toEqual(REPORT_ORDER);
    for (const name of ['Skill', 'Coverage', 'Gap', 'Candidates'])
      expect(columnHeader(name)).toHaveAttribute('aria-sort', 'none');
  });

  test('clicking the Skill header sorts by name A→Z, clicking again Z→A', async () => {
    const { user } = await openGapReportOfSmallClub();

    await sortBy(user, 'Skill');
    expect(columnHeader('Skill')).toHaveAttribute('aria-sort', 'ascending');
    expect(skillsShown()).toEqual(['Kubernetes', 'Public speaking', 'Python', 'SQL']);

    await sortBy(user, 'Skill');
    expect(columnHeader('Skill')).toHaveAttribute('aria-sort', 'descending');
    expect(skillsShown()).toEqual(['SQL', 'Python', 'Public speaking', 'Kubernetes']);
  });

  test('a number column sorts largest first on the first click, ties keeping report order', async () => {
    const { user } = await openGapReportOfSmallClub();
    await sortBy(user, 'Skill');

    await sortBy(user, 'Coverage');
    expect(columnHeader('Coverage')).toHaveAttribute('aria-sort', 'descending');
    expect(columnHeader('Skill')).toHaveAttribute('aria-sort', 'none');
    // Coverage 2, 1, 1, 0; Python and SQL tie at 1 and keep their report order.
    expect(skillsShown()).toEqual(['Kubernetes', 'Python', 'SQL', 'Public speaking']);

    await sortBy(user, 'Coverage');
    expect(columnHeader('Coverage')).toHaveAttribute('aria-sort', 'ascending');
    expect(skillsShown()).toEqual(['Public speaking', 'Python', 'SQL', 'Kubernetes']);
  });

  test('the filter box narrows the rows to skills whose name, category or id match', async () => {
    const { user } = await openGapReportOfSmallClub();
    const filter = screen.getByRole('searchbox', { name: 'Filter skills' });

    await user.type(filter, 'PYTH');
    expect(skillsShown()).toEqual(['Python']);

    await user.clear(filter);
    await user.type(filter, 'soft');
    expect(skillsShown()).toEqual(['Public speaking']);

    await user.clear(filter);
    await user.type(filter, 's2');
    expect(skillsShown()).toEqual(['SQL']);

    await user.clear(filter);
    expect(skillsShown()).toEqual(REPORT_ORDER);
  });

  test('the filter also finds the skills whose row names a person, as holder or as candidate', async () => {
    const { user } = await openGapReportOfSmallClub();
    const filter = screen.getByRole('searchbox', { name: 'Filter skills' });

    // Boris holds SQL and Kubernetes; his Python (level 2, below the required 3) is not in any row.
    await user.type(filter, 'boris');
    expect(skillsShown()).toEqual(['Kubernetes', 'SQL']);

    // Dmitry is a candidate for Public speaking and for Python.
    await user.clear(filter);
    await user.type(filter, 'DMITRY orlov');
    expect(skillsShown()).toEqual(['Public speaking', 'Python']);

    // Elena (alumni) is a candidate for Public speaking only.
    await user.clear(filter);
    await user.type(filter, 'volkova');
    expect(skillsShown()).toEqual(['Public speaking']);
  });

  test('clicking a skill name opens the map with that skill selected', async () => {
    const { user, ui, workspace } = await openGapReportOfSmallClub();
    const publicSpeaking = workspace.getState().workspace.skills.find((s) => s.skillId === 'S3');

    await user.click(screen.getByRole('button', { name: 'Public speaking' }));

    expect(ui.getState().tab).toBe('map');
    expect(ui.getState().selected).toEqual({ kind: 'skill', key: publicSpeaking?.key });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const details = screen.getByRole('complementary', { name: 'Public speaking' });
    expect(within(details).getByRole('heading', { name: 'Public speaking' })).toBeInTheDocument();
  });

  test('a filter that matches nothing does not claim the workspace has no skills', async () => {
    const { user } = await openGapReportOfSmallClub();

    await user.type(screen.getByRole('searchbox', { name: 'Filter skills' }), 'blockchain');

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText('No skills in the workspace yet.')).not.toBeInTheDocument();
    expect(screen.getByText('No skill matches “blockchain”.')).toBeInTheDocument();
  });
});

describe('gap table of many skills', () => {
  test('draws the first page of rows and adds more on "Show more"; the filter looks at every skill', async () => {
    const skills = Array.from({ length: GAP_ROWS_SHOWN + 5 }, (_, i) => `Skill ${i}`);
    const matrix = [`name,${skills.join(',')}`, `Anna,${skills.map(() => '3').join(',')}`].join('\n');
    const { user } = await renderAppWithFiles([textFile('wide.csv', matrix)], { lang: 'en', tab: 'gaps' });
    expect(skillsShown()).toHaveLength(GAP_ROWS_SHOWN);
    expect(screen.getByText(/The first 200 of 205 skills/)).toBeTruthy();
    screen.getByRole('button', { name: 'Show 5 more' }).focus();
    await user.keyboard('{Enter}');
    expect(skillsShown()).toHaveLength(GAP_ROWS_SHOWN + 5);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
    // the keyboard goes on at the first row added, not to the page as the button goes
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skill 200' }));
    fireEvent.change(screen.getByRole('searchbox', { name: /filter/i }), { target: { value: 'Skill 204' } });
    expect(skillsShown()).toEqual(['Skill 204']);
  }, 60_000);
});

describe('the page note of a long gap table in Russian', () => {
  test('agrees with its number: из 201 навыка, из 205 навыков', () => {
    const ru = translator('ru');
    expect(ru('gaps.shown', { shown: 200, count: 201 })).toContain('из 201 навыка;');
    expect(ru('gaps.shown', { shown: 200, count: 205 })).toContain('из 205 навыков;');
    expect(ru('gaps.shown', { shown: 200, count: 202 })).toContain('из 202 навыков;');
  });
});
