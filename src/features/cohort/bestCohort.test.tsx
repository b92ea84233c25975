import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { SolveRequest, SolverResponse } from '../../io/solverMessages';
import { closeReport, importFiles, renderApp, textFile, waitForSample } from '../../../tests/helpers/render';
import { cohortLp } from '../../domain/cohortLp';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

/**
 * A stand-in for the solver worker (HiGHS itself is exercised in src/workers/solverHandler.test.ts): answers each
 * request with what `script` says, one message per task, unless it was terminated first.
 */
function fakeSolverWorker(script: (request: SolveRequest) => SolverResponse[]) {
  const started: { request: SolveRequest; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: { data: SolverResponse }) => void) | null = null;
    onerror: ((event: { message: string }) => void) | null = null;
    private run: { request: SolveRequest; terminated: boolean } | null = null;
    constructor(readonly url: URL | string) {}
    postMessage(request: SolveRequest) {
      if (!String(this.url).includes('solverWorker')) return;
      const run = (this.run = { request, terminated: false });
      started.push(run);
      script(request).forEach((message, i) =>
        setTimeout(
          () => {
            if (!run.terminated) this.onmessage?.({ data: message });
          },
          5 * (i + 1),
        ),
      );
    }
    terminate() {
      if (this.run) this.run.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

const region = () => screen.findByRole('region', { name: 'Best possible cohort' });

describe('best possible cohort', () => {
  test('the sample: the bound, the plan’s share of it and, at the time limit, not proven', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const started = fakeSolverWorker((request) => [
      { type: 'bound', upperBound: request.startObjective + 2, seconds: 0.1 },
      {
        type: 'done',
        values: request.start,
        upperBound: request.startObjective + 2,
        proven: false,
        seconds: 10,
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Cohort' }));

    const panel = await region();
    expect(
      await within(panel).findByText(
        /^The plan closes a weighted gap of 26; no cohort of 10 can close more than 28: at least 92% of the best\.$/,
      ),
    ).toBeVisible();
    expect(
      await within(panel).findByText(
        /^Time limit reached: .* closes a weighted gap of 26; not proven optimal\.$/,
      ),
    ).toBeVisible();
    expect(within(panel).getByText('The plan above is the best cohort found.')).toBeVisible();
    expect(within(panel).queryByRole('button', { name: 'Use the best cohort found' })).toBeNull();
    expect(started).toHaveLength(1);
    // No user text travels to the worker, nor enters the LP text it writes.
    expect(JSON.stringify(started[0].request)).not.toMatch(/[А-яЁё]|Anna|Python/);
    expect(cohortLp(started[0].request.problem).lp).not.toMatch(/[А-яЁё]|Anna|Python/);
  });

  // P holds b c d e, Q a b c, R d e f (every gap 1, weight 1): the plan takes P then Q (5); Q and R close all 6.
  test('a better cohort found is offered beside the plan, which stays the greedy one', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const holds = (id: string, skills: string) => [...skills].map((s) => `${id},${s},4`);
    await closeReport(
      user,
      await importFiles(user, [
        textFile(
          'skills.csv',
          [
            'skill_id,skill,target,required_level,weight',
            ...[...'abcdef'].map((s) => `${s},Skill ${s},1,3,1`),
            '',
          ].join('\n'),
        ),
        textFile(
          'members.csv',
          ['member_id,name,status', 'P,Pavel,employee', 'Q,Quinn,employee', 'R,Rita,employee', ''].join('\n'),
        ),
        textFile(
          'expertise.csv',
          [
            'member_id,skill_id,level',
            ...holds('P', 'bcde'),
            ...holds('Q', 'abc'),
            ...holds('R', 'def'),
            '',
          ].join('\n'),
        ),
      ]),
    );
    fakeSolverWorker((request) => {
      // Columns x0, x1, x2 (Pavel, Quinn, Rita), then one per gap skill: Quinn and Rita chosen.
      expect(request.problem.candidates).toHaveLength(3);
      const columns = request.problem.candidates.length + request.problem.gapSkills.length;
      const values = Array.from({ length: columns }, (_, i) => (i === 1 || i === 2 ? 1 : 0));
      return [
        { type: 'bound', upperBound: 6, seconds: 0 },
        { type: 'done', values, upperBound: 6, proven: true, seconds: 0 },
      ];
    });
    await user.click(screen.getByRole('button', { name: 'Cohort' }));
    const size = screen.getByRole('spinbutton', { name: 'Cohort size' });
    await user.clear(size);
    await user.type(size, '2');

    const panel = await region();
    expect(
      await within(panel).findByText('Proven optimal: the best cohort closes a weighted gap of 6.'),
    ).toBeVisible();
    expect(
      within(panel).getByText(/no cohort of 2 can close more than 6: at least 83% of the best/),
    ).toBeVisible();
    const use = within(panel).getByRole('button', { name: 'Use the best cohort found' });
    await user.click(use);
    const list = within(panel).getByRole('list', { name: 'Best cohort found' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Quinn', 'Rita · not in the plan']);
    // The plan itself is unchanged.
    const [, ...rows] = within(screen.getByRole('table', { name: 'Cohort picks' })).getAllByRole('row');
    expect(rows.map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual(['Pavel', 'Quinn']);

    // Pinning the better cohort makes it the plan (and so the export), in one undoable step.
    await user.click(within(panel).getByRole('button', { name: 'Pin this cohort' }));
    const picks = () =>
      within(screen.getByRole('table', { name: 'Cohort picks' }))
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent ?? '');
    await waitFor(() =>
      expect(picks()).toEqual([expect.stringContaining('Quinn'), expect.stringContaining('Rita')]),
    );
    expect(screen.getByText('The cohort closes 6 of 6 weighted gap points.')).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Undo' })[0]);
    await waitFor(() => expect(picks()).toEqual(['Pavel', 'Quinn']));
  });

  test('a change of plan stops the running solve and starts a new one', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();
    const started = fakeSolverWorker((request) => [
      { type: 'bound', upperBound: request.startObjective + 1, seconds: 0 },
    ]);
    await user.click(screen.getByRole('button', { name: 'Cohort' }));
    expect(await within(await region()).findByText(/Searching for the best cohort/)).toBeVisible();
    const size = screen.getByRole('spinbutton', { name: 'Cohort size' });
    await user.clear(size);
    await user.type(size, '3');
    expect(started.length).toBeGreaterThanOrEqual(2);
    expect(started.slice(0, -1).every((run) => run.terminated)).toBe(true);
    expect(started.at(-1)!.terminated).toBe(false);
  });

  test('a solver that cannot load says so instead of leaving the panel blank', async () => {
    // jsdom has no Worker: the solver cannot start.
    await renderApp({ lang: 'en', tab: 'cohort' });
    await waitForSample();
    expect(
      await within(await region()).findByText(/^The solver could not be loaded, so how close the plan is/),
    ).toBeVisible();
  });

  test('in Russian: the title, the plural of the size and the proof', async () => {
    const { user } = await renderApp({ lang: 'ru' });
    await waitForSample('ru');
    fakeSolverWorker((request) => [
      { type: 'bound', upperBound: request.startObjective, seconds: 0 },
      { type: 'done', values: request.start, upperBound: request.startObjective, proven: true, seconds: 0 },
    ]);
    await user.click(screen.getByRole('button', { name: 'Набор' }));
    const panel = await screen.findByRole('region', { name: 'Лучший возможный набор' });
    expect(
      await within(panel).findByText(
        /ни один набор из 10 человек не закроет больше 26: это не меньше 100% лучшего/,
      ),
    ).toBeVisible();
    expect(within(panel).getByText(/^Оптимальность доказана/)).toBeVisible();
  });
});
