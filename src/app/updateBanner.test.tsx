import { act, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

/** The app's own instances of the stores (each render loads the modules afresh). */
async function stores() {
  const [{ useAppUpdate }, { useImportFlow }] = await Promise.all([
    import('../store/appUpdate'),
    import('../store/importFlow'),
  ]);
  return { useAppUpdate, useImportFlow };
}

describe('a new version waiting', () => {
  test('is announced, and Reload loads it when the person chooses', async () => {
    const app = await renderApp({ lang: 'en' });
    await waitForSample();
    await app.workspace.getState().settled();
    const { useAppUpdate } = await stores();
    expect(screen.queryByText('A new version of the app is ready.')).not.toBeInTheDocument();
    const reload = vi.fn();
    act(() => useAppUpdate.getState().offer(reload));
    expect(screen.getByText('A new version of the app is ready.')).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('never reloads under an import that is running', async () => {
    const app = await renderApp({ lang: 'ru' });
    await waitForSample('ru');
    await app.workspace.getState().settled();
    const { useAppUpdate, useImportFlow } = await stores();
    const reload = vi.fn();
    const idle = useImportFlow.getState().importing;
    act(() => {
      useAppUpdate.getState().offer(reload);
      useImportFlow.setState({
        importing: { fileNames: ['big.csv'], progress: null, cancel: () => undefined },
      });
    });
    const button = screen.getByRole('button', { name: 'Перезагрузить' });
    expect(button).toBeDisabled();
    expect(screen.getByText(/когда закончится импорт или сохранение/)).toBeInTheDocument();
    act(() => useImportFlow.setState({ importing: idle }));
    expect(button).toBeEnabled();
    await app.user.click(button);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
