import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import {
  memberPanel,
  renderApp,
  renderAppWithFiles,
  waitForSample,
  type AppUnderTest,
} from '../../../tests/helpers/render';
import { cohortClubFiles } from '../../../tests/helpers/cohortClub';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// The cohort club (tests/helpers/cohortClub.ts): with no constraint the picks are Boris, Dmitry, Clara, and
// Negotiation stays open.
function openClub(tab: 'cohort' | 'map' = 'cohort'): Promise<AppUnderTest> {
  return renderAppWithFiles(cohortClubFiles(), { lang: 'en', tab });
}

/** The picks in pick order, by the name each row's "Why" button shows. */
function picks(): (string | null)[] {
  return within(screen.getByRole('table', { name: 'Cohort picks' }))
    .getAllByRole('button', { name: /^Why / })
    .map((b) => b.textContent);
}

/** The open gaps as `skill: reason`. */
function openGaps(): string[] {
  const table = screen.queryByRole('table', { name: 'Gaps left open' });
  if (!table) return [];
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map((row) => {
    const cells = within(row).getAllByRole('cell');
    return `${cells[0].textContent}: ${cells[3].textContent}`;
  });
}

async function setField(app: AppUnderTest, name: string, text: string): Promise<HTMLElement> {
  const field = screen.getByRole('spinbutton', { name });
  await app.user.clear(field);
  if (text) await app.user.type(field, text);
  return field;
}

/** The names "Add a person" suggests. */
function suggestions(): string[] {
  return within(screen.getByRole('listbox', { name: 'Add a person' }))
    .getAllByRole('option')
    .map((o) => o.textContent?.split(' · ')[0] ?? '');
}

const settings = (app: AppUnderTest) => plan(app).settings;
const plan = (app: AppUnderTest) => app.workspace.getState().workspace.plan;

/** The member keys of these people, in this order. */
function keys(app: AppUnderTest, ...names: string[]): string[] {
  const { members } = app.workspace.getState().workspace;
  return names.map((name) => members.find((m) => m.name === name)!.key);
}

describe('planner settings', () => {
  test('the controls start empty (no caps, no ceiling), both statuses eligible, nothing to undo', async () => {
    await openClub();
    const constraints = screen.getByRole('group', { name: 'Constraints' });
    expect(within(constraints).getByRole('spinbutton', { name: 'Cohort size' })).toHaveValue(10);
    for (const name of ['Max per department', 'Max per location', 'Workload ceiling, %'])
      expect(within(constraints).getByRole('spinbutton', { name })).toHaveValue(null);
    expect(within(constraints).getByRole('checkbox', { name: 'Employees' })).toBeChecked();
    expect(within(constraints).getByRole('checkbox', { name: 'Alumni' })).toBeChecked();
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
    expect(openGaps()).toEqual([
      'Negotiation: Nobody outside the cohort has the skill at the required level.',
    ]);
  });

  test('max per department 1: one pick from IT, and Design stays open over the cap; emptied, no cap again', async () => {
    const app = await openClub();
    await setField(app, 'Max per department', '1');

    expect(settings(app).maxPerDepartment).toBe(1);
    // Boris takes IT's place; Clara (HR) closes SQL + Mentoring; Dmitry and Elena (IT) are over the cap.
    expect(picks()).toEqual(['Boris', 'Clara']);
    expect(openGaps()).toEqual([
      'Design: 2 qualify: 2 in a department or location already at its cap.',
      'Negotiation: Nobody outside the cohort has the skill at the required level.',
    ]);

    await setField(app, 'Max per department', '');
    expect(settings(app).maxPerDepartment).toBeNull();
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
  });

  test('max per location 1: Boris for Moscow, Dmitry for Kazan; Clara (Moscow) cannot close Mentoring', async () => {
    const app = await openClub();
    await setField(app, 'Max per location', '1');

    expect(settings(app).maxPerLocation).toBe(1);
    expect(picks()).toEqual(['Boris', 'Dmitry']);
    expect(openGaps()[0]).toBe('Mentoring: 1 qualifies: 1 in a department or location already at its cap.');
  });

  test('a workload ceiling of 100 % leaves Boris (120 %) out: Clara first, then Dmitry; Python stays open', async () => {
    const app = await openClub();
    await setField(app, 'Workload ceiling, %', '100');

    expect(settings(app).workloadCeiling).toBe(100);
    expect(picks()).toEqual(['Clara', 'Dmitry']);
    expect(openGaps()[0]).toBe('Python: 1 qualifies: 1 over the workload ceiling.');
    expect(screen.queryByText(/^Pinned past a limit/)).toBeNull();

    // Pinned anyway, Boris is in, and the page says the pin outranked the ceiling.
    act(() => void app.workspace.getState().apply({ kind: 'pin', memberKey: keys(app, 'Boris')[0] }));
    expect(await screen.findByText('Boris: workload 120% is over the ceiling of 100%')).toBeVisible();
  });

  test('eligible statuses: without alumni Dmitry is out; with alumni only, he is the whole cohort', async () => {
    const app = await openClub();
    await app.user.click(screen.getByRole('checkbox', { name: 'Alumni' }));

    expect(settings(app).eligibleStatuses).toEqual(['employee']);
    expect(picks()).toEqual(['Boris', 'Clara', 'Elena']);

    await app.user.click(screen.getByRole('checkbox', { name: 'Alumni' }));
    await app.user.click(screen.getByRole('checkbox', { name: 'Employees' }));
    expect(settings(app).eligibleStatuses).toEqual(['alumni']);
    expect(picks()).toEqual(['Dmitry']);

    // Neither status: nobody can be picked, and the page says the limits are why (not that nobody qualifies).
    await app.user.click(screen.getByRole('checkbox', { name: 'Alumni' }));
    expect(settings(app).eligibleStatuses).toEqual([]);
    expect(screen.queryByRole('table', { name: 'Cohort picks' })).toBeNull();
    expect(screen.getByText(/^Nobody can be picked within these limits/)).toBeVisible();
  });

  test('a refused value gets a message beside its field, keeps its text and changes nothing', async () => {
    const app = await openClub();
    const cap = await setField(app, 'Max per department', '0');

    expect(cap).toHaveValue(0);
    expect(cap).toHaveAttribute('aria-invalid', 'true');
    expect(cap).toHaveAccessibleDescription('Enter a whole number, 1 or more, or leave empty for no cap.');
    expect(settings(app).maxPerDepartment).toBeNull();
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
    // Leaving the field keeps the refused text with its message.
    await app.user.tab();
    expect(cap).toHaveValue(0);

    const ceiling = await setField(app, 'Workload ceiling, %', '-5');
    expect(ceiling).toHaveAccessibleDescription('Enter a number from 0 to 300, or leave empty for none.');
    expect(settings(app).workloadCeiling).toBeNull();

    const size = await setField(app, 'Cohort size', '0');
    expect(size).toHaveAccessibleDescription('Enter a whole number, 1 or more.');
    expect(settings(app).size).toBe(10);

    // A good value clears the message and applies.
    await setField(app, 'Max per department', '2');
    expect(cap).not.toHaveAttribute('aria-invalid');
    expect(settings(app).maxPerDepartment).toBe(2);
  });

  test('Undo brings back the settings before the last change, fields included', async () => {
    const app = await openClub();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    const cap = await setField(app, 'Max per department', '1');
    expect(picks()).toEqual(['Boris', 'Clara']);

    await app.user.click(undo);

    expect(settings(app).maxPerDepartment).toBeNull();
    expect(cap).toHaveValue(null);
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
  });
});

describe('pins and exclusions', () => {
  test('Add a person: typing lists matching candidates with department and score; Enter pins the first', async () => {
    const app = await openClub();
    const add = screen.getByRole('combobox', { name: 'Add a person' });
    await app.user.type(add, 'le');

    expect(add).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Add a person' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Elena · IT · score 1.00']);
    expect(add).toHaveAttribute('aria-activedescendant', options[0].id);

    await app.user.keyboard('{Enter}');

    expect(plan(app).pinned).toEqual(keys(app, 'Elena'));
    expect(add).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
    // Elena first, closing Design; then Boris, then Clara (SQL + Mentoring beats Dmitry's SQL alone).
    expect(picks()).toEqual(['Elena', 'Boris', 'Clara']);
    const first = within(screen.getByRole('table', { name: 'Cohort picks' })).getAllByRole('row')[1];
    expect(within(first).getByText('pinned')).toBeVisible();

    await app.user.click(screen.getByRole('button', { name: 'Unpin Elena' }));
    expect(plan(app).pinned).toEqual([]);
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
    expect(screen.queryByRole('button', { name: /^Unpin / })).toBeNull();
  });

  test('Add a person offers candidates only, not those pinned already; the arrows choose among several', async () => {
    const app = await openClub();
    const add = screen.getByRole('combobox', { name: 'Add a person' });
    await app.user.type(add, 'Anna');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('Nobody outside the club matches.')).toBeVisible();

    await app.user.clear(add);
    // "r" starts no candidate's name but is inside Boris, Clara and Dmitry (Elena has none).
    await app.user.type(add, 'r');
    expect(suggestions()).toEqual(['Boris', 'Clara', 'Dmitry']);
    // Down to Clara, to Dmitry, up to Clara, down to Dmitry: Enter pins him.
    await app.user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}{Enter}');
    expect(plan(app).pinned).toEqual(keys(app, 'Dmitry'));

    await app.user.type(add, 'r');
    expect(suggestions()).toEqual(['Boris', 'Clara']);
    await app.user.click(within(screen.getByRole('listbox')).getByRole('option', { name: /^Clara/ }));
    expect(plan(app).pinned).toEqual(keys(app, 'Dmitry', 'Clara'));
  });

  test('Exclude takes a pick out and lists them under Excluded; Include brings them back', async () => {
    const app = await openClub();
    await app.user.click(screen.getByRole('button', { name: 'Exclude Boris' }));

    expect(plan(app).excluded).toEqual(keys(app, 'Boris'));
    expect(picks()).toEqual(['Clara', 'Dmitry']);
    expect(openGaps()[0]).toBe('Python: 1 qualifies: 1 excluded.');
    const excluded = screen.getByRole('region', { name: 'Excluded' });
    expect(within(excluded).getByRole('listitem')).toHaveTextContent('Boris · IT Include');

    await app.user.click(within(excluded).getByRole('button', { name: 'Include Boris' }));

    expect(plan(app).excluded).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Excluded' })).toBeNull();
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
  });

  test('a pinned pick can be excluded: the exclusion replaces the pin', async () => {
    const app = await openClub();
    await app.user.type(screen.getByRole('combobox', { name: 'Add a person' }), 'Elena{Enter}');
    await app.user.click(screen.getByRole('button', { name: 'Exclude Elena' }));

    const plan = app.workspace.getState().workspace.plan;
    expect(plan.pinned).toEqual([]);
    expect(plan.excluded).toEqual(keys(app, 'Elena'));
    expect(picks()).toEqual(['Boris', 'Dmitry', 'Clara']);
  });

  test('pins the size cannot hold are named with the reason, and can be unpinned there', async () => {
    const app = await openClub();
    await setField(app, 'Cohort size', '1');
    const add = screen.getByRole('combobox', { name: 'Add a person' });
    await app.user.type(add, 'Elena{Enter}');
    await app.user.type(add, 'Clara{Enter}');

    expect(picks()).toEqual(['Elena']);
    const notice = screen.getByRole('status', { name: 'A pin is not in the cohort:' });
    expect(notice).toHaveTextContent('Clara does not fit: earlier pins fill the cohort size.');

    await app.user.click(within(notice).getByRole('button', { name: 'Unpin Clara' }));
    expect(plan(app).pinned).toEqual(keys(app, 'Elena'));
    expect(screen.queryByText(/does not fit/)).toBeNull();
  });

  test('a pinned ambassador (from an older plan) is named as not a candidate', async () => {
    const app = await openClub();
    const { workspace } = app.workspace.getState();
    app.workspace.setState({
      workspace: { ...workspace, plan: { ...workspace.plan, pinned: keys(app, 'Anna') } },
    });

    expect(await screen.findByText('Anna is an ambassador, so not a candidate.')).toBeVisible();
  });
});

describe('pin and exclude in the member panel', () => {
  test('a candidate can be pinned to the cohort or excluded from it, one or the other', async () => {
    const app = await openClub('map');
    const panel = await memberPanel(app, 'Elena');
    const pin = within(panel).getByRole('checkbox', { name: 'Pin to cohort' });
    const exclude = within(panel).getByRole('checkbox', { name: 'Exclude from cohort' });
    expect(pin).not.toBeChecked();
    expect(exclude).not.toBeChecked();

    await app.user.click(pin);
    expect(pin).toBeChecked();
    expect(plan(app).pinned).toEqual(keys(app, 'Elena'));

    await app.user.click(exclude);
    expect(exclude).toBeChecked();
    expect(pin).not.toBeChecked();
    expect(plan(app)).toMatchObject({ pinned: [], excluded: keys(app, 'Elena') });

    await app.user.click(exclude);
    expect(plan(app).excluded).toEqual([]);
  });

  test('an ambassador has no cohort toggles', async () => {
    const app = await openClub('map');
    const panel = await memberPanel(app, 'Anna');
    expect(within(panel).queryByRole('checkbox', { name: 'Pin to cohort' })).toBeNull();
    expect(within(panel).getByRole('checkbox', { name: 'Mark as leaving' })).toBeVisible();
  });
});

describe('in Russian', () => {
  test('the controls have Russian names', async () => {
    await renderApp({ lang: 'ru', tab: 'cohort' });
    await waitForSample('ru');
    const constraints = screen.getByRole('group', { name: 'Ограничения' });
    for (const name of [
      'Размер набора',
      'Не больше от подразделения',
      'Не больше от локации',
      'Потолок загрузки, %',
    ])
      expect(within(constraints).getByRole('spinbutton', { name })).toBeVisible();
    expect(within(constraints).getByRole('checkbox', { name: 'Сотрудники' })).toBeChecked();
    expect(within(constraints).getByRole('checkbox', { name: 'Выпускники' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Добавить человека' })).toBeVisible();
  });
});
