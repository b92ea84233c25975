import { screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { captureDownloads, renderApp, waitForSample } from '../../../tests/helpers/render';
import { pngFileName, type GraphCanvasApi, type PngFrameText } from '../../graph/canvasApi';

const png = vi.fn<(frame?: PngFrameText) => Promise<Blob>>();

// cytoscape cannot draw in jsdom: the placeholder hands over a canvas api whose png() the test controls.
vi.mock('../../graph/GraphCanvas', () => ({
  default: function FakeCanvas({
    ariaLabel,
    onReady,
  }: {
    ariaLabel: string;
    onReady?: (api: GraphCanvasApi | null) => void;
  }) {
    useEffect(() => {
      onReady?.({ png });
      return () => onReady?.(null);
    }, [onReady]);
    return <div role="img" aria-label={ariaLabel} />;
  },
}));

describe('Export PNG', () => {
  test('downloads the map as expertise-map-<date>.png', async () => {
    png.mockResolvedValue(new Blob(['\x89PNG'], { type: 'image/png' }));
    const app = await renderApp({ lang: 'en' });
    await waitForSample();
    const downloads = captureDownloads();
    const button = await screen.findByRole('button', { name: 'Export PNG' });
    await waitFor(() => expect(button).toBeEnabled());
    await app.user.click(button);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(png).toHaveBeenCalledTimes(1);
    // titled with what it shows, with the legend's words
    expect(png.mock.calls[0][0]).toEqual({
      title: 'Expertise Map',
      subtitle: expect.stringMatching(/^The ambassadors and their skills · .*\d{4}$/),
      legend: expect.objectContaining({ gap: 'Gap (dashed ring)', ambassador: 'Ambassador' }),
    });
    expect(downloads[0].fileName).toMatch(/^expertise-map-\d{4}-\d{2}-\d{2}\.png$/);
    expect(downloads[0].blob.type).toBe('image/png');
  });

  test('a picture the canvas cannot make is reported, nothing is downloaded', async () => {
    png.mockRejectedValue(new Error('too large'));
    const app = await renderApp({ lang: 'ru' });
    await waitForSample('ru');
    const downloads = captureDownloads();
    const button = await screen.findByRole('button', { name: 'Экспорт PNG' });
    await waitFor(() => expect(button).toBeEnabled());
    await app.user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('Не удалось сохранить картинку (too large).');
    expect(downloads).toHaveLength(0);
  });

  test('the file is named by the local date', () => {
    expect(pngFileName(new Date(2026, 0, 5, 23, 59))).toBe('expertise-map-2026-01-05.png');
    expect(pngFileName(new Date(2026, 11, 31))).toBe('expertise-map-2026-12-31.png');
  });
});
