import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderAppWithFiles, type AppUnderTest } from '../../../tests/helpers/render';
import { cohortClubFiles } from '../../../tests/helpers/cohortClub';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// The cohort club (tests/helpers/cohortClub.ts), worked out by hand there: Boris, Dmitry, Clara in that order.
function openClub(): Promise<AppUnderTest> {
  return renderAppWithFiles(cohortClubFiles(), { lang: 'en', tab: 'cohort' });
}

const two = (n: number) => n.toFixed(2);

describe('why each pick', () => {
  test('the picks in order, each closed for a start', async () => {
    await openClub();
    const names = within(screen.getByRole('table', { name: 'Cohort picks' }))
      .getAllByRole('button', { name: /^Why / })
      .map((b) => b.textContent);
    expect(names).toEqual(['Boris', 'Dmitry', 'Clara']);
    for (const name of names)
      expect(screen.getByRole('button', { name: `Why ${name}` })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: /^Why / })).toBeNull();
  });

  test("Boris: what he closes with its weights, the coverage he adds, his score skill by skill, 'overloaded'", async () => {
    const { user } = await openClub();
    await user.click(screen.getByRole('button', { name: 'Why Boris' }));

    const why = screen.getByRole('group', { name: 'Why Boris' });
    const items = within(why)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // 120 % is over 100: the factor is 50 / 120. Score = 3 × 5/5 × f + 2 × 4/5 × f = 4.6 × 50/120.
    const f = 50 / 120;
    expect(items).toEqual([
      'Public speaking (weight 3): coverage 0 → 1, target 1 Single holder',
      'Python (weight 2): coverage 1 → 2, target 2 Covered',
      `Public speaking: weight 3 × level 5/5 × workload factor ${two(f)} = ${two(3 * f)}`,
      `Python: weight 2 × level 4/5 × workload factor ${two(f)} = ${two(((2 * 4) / 5) * f)}`,
    ]);
    expect(within(why).getByText('Weighted gap closed: 5')).toBeVisible();
    expect(within(why).getByText('Skills at target: 0 → 2 of 6')).toBeVisible();
    expect(within(why).getByRole('heading', { name: `Candidate score: ${two(4.6 * f)}` })).toBeVisible();
    expect(two(4.6 * f)).toBe('1.92');
    expect(within(why).getByText('Workload: 120% — overloaded')).toBeVisible();
  });

  test('Dmitry and Clara: coverage after the picks before them; an unknown workload counted as 100 %', async () => {
    const { user } = await openClub();
    await user.click(screen.getByRole('button', { name: 'Why Dmitry' }));
    await user.click(screen.getByRole('button', { name: 'Why Clara' }));

    const dmitry = screen.getByRole('group', { name: 'Why Dmitry' });
    expect(within(dmitry).getByText('Skills at target: 2 → 4 of 6')).toBeVisible();
    // 20 % → 0.9: SQL 1 × 5/5 × 0.9 = 0.90, Design 1 × 4/5 × 0.9 = 0.72, score 1.62.
    expect(within(dmitry).getByRole('heading', { name: 'Candidate score: 1.62' })).toBeVisible();
    expect(within(dmitry).getByText('Workload: 20%')).toBeVisible();

    const clara = screen.getByRole('group', { name: 'Why Clara' });
    expect(
      within(clara)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Mentoring (weight 1): coverage 0 → 1, target 1 Single holder',
      // Highest level first, then name: SQL 4, Mentoring 3, Public speaking 3. 0.40 + 0.30 + 0.90 = 1.60.
      'SQL: weight 1 × level 4/5 × workload factor 0.50 = 0.40',
      'Mentoring: weight 1 × level 3/5 × workload factor 0.50 = 0.30',
      'Public speaking: weight 3 × level 3/5 × workload factor 0.50 = 0.90',
    ]);
    expect(within(clara).getByText('Weighted gap closed: 1')).toBeVisible();
    expect(within(clara).getByText('Skills at target: 4 → 5 of 6')).toBeVisible();
    expect(within(clara).getByRole('heading', { name: 'Candidate score: 1.60' })).toBeVisible();
    expect(
      within(clara).getByText(
        'Workload: unknown — counted as neutral in the score (as 100%, workload factor 0.50)',
      ),
    ).toBeVisible();
  });

  test('a pick opens and closes by keyboard: Enter, then Space', async () => {
    const { user } = await openClub();
    const button = screen.getByRole('button', { name: 'Why Dmitry' });
    act(() => button.focus());

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const why = screen.getByRole('group', { name: 'Why Dmitry' });
    expect(button).toHaveAttribute('aria-controls', why.id);
    expect(button).toHaveFocus();

    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Why Dmitry' })).toBeNull();
  });
});

function reasons(): Map<string, string> {
  const [, ...rows] = within(screen.getByRole('table', { name: 'Gaps left open' })).getAllByRole('row');
  return new Map(
    rows.map((row) => {
      const cells = within(row).getAllByRole('cell');
      return [cells[0].textContent ?? '', cells[3].textContent ?? ''];
    }),
  );
}

describe('why a gap stays open', () => {
  test('each reason counts who qualifies and what holds each back, mildest first', async () => {
    const app = await openClub();
    const size = screen.getByRole('spinbutton', { name: 'Cohort size' });
    await app.user.clear(size);
    await app.user.type(size, '1');
    // Boris alone. SQL: Clara and Dmitry qualify; Design: Dmitry and Elena; Mentoring: Clara.
    expect(reasons()).toEqual(
      new Map([
        ['SQL', '2 qualify: 2 left out only because the cohort is full.'],
        ['Design', '2 qualify: 2 left out only because the cohort is full.'],
        ['Mentoring', '1 qualifies: 1 left out only because the cohort is full.'],
        ['Negotiation', 'Nobody outside the cohort has the skill at the required level.'],
      ]),
    );

    const dmitry = app.workspace.getState().workspace.members.find((m) => m.name === 'Dmitry')!;
    act(() => void app.workspace.getState().apply({ kind: 'exclude', memberKey: dmitry.key }));
    expect(reasons().get('SQL')).toBe('2 qualify: 1 left out only because the cohort is full, 1 excluded.');
    expect(reasons().get('Design')).toBe(
      '2 qualify: 1 left out only because the cohort is full, 1 excluded.',
    );
  });
});

describe('in Russian', () => {
  test('the counts agree with their numbers', async () => {
    const { user } = await renderAppWithFiles(cohortClubFiles(), { lang: 'ru', tab: 'cohort' });
    const size = screen.getByRole('spinbutton', { name: 'Размер набора' });
    await user.clear(size);
    await user.type(size, '1');

    const [, ...rows] = within(screen.getByRole('table', { name: 'Оставшиеся пробелы' })).getAllByRole('row');
    expect(rows.map((row) => within(row).getAllByRole('cell')[3].textContent)).toEqual([
      'Подходят 2: 2 не вошли только потому, что набор заполнен.',
      'Подходят 2: 2 не вошли только потому, что набор заполнен.',
      'Подходит 1: 1 не вошёл только потому, что набор заполнен.',
      'Вне набора никто не владеет навыком на требуемом уровне.',
    ]);
    expect(screen.getByRole('button', { name: 'Почему Boris' })).toHaveAttribute('aria-expanded', 'false');
  });
});
