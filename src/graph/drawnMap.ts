// What the map last drew and when: read by `npm run bench` through the bench hook (src/app/benchHook.ts), to
// time the map and to draw the same elements with bare cytoscape beside it. Nothing in the app reads it.
import type { Core, ElementDefinition } from 'cytoscape';

export interface DrawnMap {
  cy: Core;
  /** The elements given to the canvas, positions included (cytoscape's own copies are not exposed). */
  elements: ElementDefinition[];
  /** performance.now() when the sync started, when its first chunk and its last one were added. */
  startedAt: number;
  firstChunkAt: number | null;
  settledAt: number | null;
}

let drawn: DrawnMap | null = null;

export function noteMapSync(cy: Core, elements: ElementDefinition[]): DrawnMap {
  drawn = { cy, elements, startedAt: performance.now(), firstChunkAt: null, settledAt: null };
  return drawn;
}

export function drawnMap(): DrawnMap | null {
  return drawn;
}

/** cytoscape itself and the map's stylesheet, for a bare instance drawn beside the app's. */
export async function loadCytoscape() {
  // loaded here, not at the top: the bench hook is in the first load, the stylesheet is not
  const [c, { graphStylesheet }] = await Promise.all([import('cytoscape'), import('./style')]);
  return { cytoscape: c.default, stylesheet: graphStylesheet };
}
