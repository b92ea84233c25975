// What the map offers the page around it, without handing out cytoscape itself.
import type { PngFrameText } from './pngFrame';

export type { PngFrameText };

export interface GraphCanvasApi {
  /**
   * The whole map as a PNG, at twice the screen's scale, on the theme's background; with `frame`, under a title
   * and a line of what is shown, above a legend of its colours and rings.
   */
  png: (frame?: PngFrameText) => Promise<Blob>;
}

/** `expertise-map-2026-12-05.png`: the local date the picture was taken. */
export function pngFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `expertise-map-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.png`;
}
