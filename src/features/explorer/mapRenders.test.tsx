import { act, Profiler, type ComponentProps } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../../tests/helpers/render';
import type * as MapViewModule from './MapView';

vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// Every commit inside the map (the view, its toolbar, its PNG export, its panel) is counted.
const commits = vi.hoisted(() => ({ count: 0 }));
vi.mock('./MapView', async (importOriginal) => {
  const actual = await importOriginal<typeof MapViewModule>();
  return {
    MapView: (props: ComponentProps<typeof actual.MapView>) => (
      <Profiler id="map" onRender={() => void (commits.count += 1)}>
        <actual.MapView {...props} />
      </Profiler>
    ),
  };
});

describe('the map and the UI store', () => {
  test('a change of a UI field the map does not read does not render the map again', async () => {
    const { ui } = await renderApp({ url: '/?lang=en' });
    await waitForSample();
    // the deferred renders after the sample landed have settled
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const before = commits.count;
    expect(before).toBeGreaterThan(0);

    act(() => ui.getState().setHealthSection('roles'));
    act(() => ui.getState().setCsv({ delimiter: ';' }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

    expect(commits.count).toBe(before);
  });
});
