import { act } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

/** Dispatches beforeunload as a closing tab would; true when the page asked the browser to confirm. */
function closeTab(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('closing the tab', () => {
  test('asks to confirm while an import runs, a save is pending or the last save failed, and not otherwise', async () => {
    const app = await renderApp({ lang: 'en' });
    await waitForSample();
    await app.workspace.getState().settled();
    const { useImportFlow } = await import('../store/importFlow');
    expect(closeTab()).toBe(false);

    act(() =>
      useImportFlow.setState({
        importing: { fileNames: ['big.csv'], progress: null, cancel: () => undefined },
      }),
    );
    expect(closeTab()).toBe(true);
    act(() => useImportFlow.setState({ importing: null }));
    expect(closeTab()).toBe(false);

    act(() => app.workspace.setState({ committing: true }));
    expect(closeTab()).toBe(true);
    act(() => app.workspace.setState({ committing: false }));
    expect(closeTab()).toBe(false);

    // a save that failed (storage full) leaves the work only on screen, banner dismissed or not
    act(() => app.workspace.setState({ unsaved: true, problem: null }));
    expect(closeTab()).toBe(true);
    act(() => app.workspace.setState({ unsaved: false }));
    expect(closeTab()).toBe(false);
  });
});
