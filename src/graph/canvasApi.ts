// What the map offers the page around it, without handing out cytoscape itself.
export interface GraphCanvasApi {
  /** The whole map as a PNG, at twice the screen's scale, on the theme's background. */
  png: () => Promise<Blob>;
}

/** `expertise-map-2026-12-05.png`: the local date the picture was taken. */
export function pngFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `expertise-map-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.png`;
}
