// The problem banner says in words what the workspace store reports: a refused edit, a change another tab saved
// first. The edits come from the store's one edit action, as a feature's control would send them.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

describe('problem banner', () => {
  test('a refused edit is explained, and Dismiss hides it', async () => {
    const { user, workspace } = await renderApp({ lang: 'en' });
    await waitForSample();
    const employee = workspace.getState().workspace.members.find((m) => m.status === 'employee');
    act(() => {
      workspace.getState().apply({ kind: 'markLeaving', memberKey: employee!.key });
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only an ambassador can be marked as leaving.');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('a change another tab saved first is explained in Russian', async () => {
    const { workspace } = await renderApp({ lang: 'ru' });
    await waitForSample('ru');
    act(() => workspace.getState().showProblem({ kind: 'otherTabSavedFirst' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Другая вкладка приложения сохранила пространство чуть раньше этой.',
    );
  });
});
