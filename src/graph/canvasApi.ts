// What the map offers the page around it, without handing out cytoscape itself.
import type { Core } from 'cytoscape';
import { palettes, type Theme } from './palette';
import type { PngFrameText } from './pngFrame';

export type { PngFrameText };

export interface GraphCanvasApi {
  /**
   * The whole map as a PNG, at twice the screen's scale, on the theme's background; with `frame`, under a title
   * and a line of what is shown, above a legend of its colours and rings.
   */
  png: (frame?: PngFrameText) => Promise<Blob>;
}

/** An exported picture is drawn at twice the screen's scale, sharp on a projector. */
const PNG_SCALE = 2;

/** The api of a drawn map in a theme; the frame's code loads with the first framed picture. */
export function canvasApiOf(cy: Core, theme: Theme): GraphCanvasApi {
  return {
    png: async (frame) => {
      const bg = palettes[theme].background;
      const map = await cy.png({ full: true, scale: PNG_SCALE, bg, output: 'blob-promise' });
      if (!frame) return map;
      const { framePng } = await import('./pngFrame');
      return framePng(map, frame, theme, PNG_SCALE);
    },
  };
}

/** `expertise-map-2026-12-05.png`: the local date the picture was taken. */
export function pngFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `expertise-map-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.png`;
}
