// Brings a cytoscape instance to a new set of elements without redrawing what stayed: the gone are removed, the
// kept are moved and relabelled in place, and the new are added a chunk per animation frame, because cytoscape
// styles and draws what was added in its next frame, all in one task.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphElements } from './elements';

/**
 * Elements added in the first frame of a new canvas, of one that has drawn before, and at least and at most in one
 * frame. The first elements cytoscape meets cost the most (its code is not compiled yet), so a new canvas starts
 * small; after that the chunk is sized from what the last one cost.
 */
const FIRST_CHUNK = 15;
const WARM_FIRST_CHUNK = 50;
const MIN_CHUNK = 5;
const MAX_CHUNK = 1200;
/** What adding a chunk and drawing it may cost, together, in one frame's task. */
const CHUNK_BUDGET_MS = 12;
/** How long a new canvas waits for its first (empty) frame before its elements are added anyway. */
const FIRST_FRAME_WAIT_MS = 250;
/** Canvases that have drawn their first (empty) frame. */
const hasDrawn = new WeakSet<Core>();

function copy(e: ElementDefinition): ElementDefinition {
  return e.position
    ? { group: e.group, data: { ...e.data }, position: { ...e.position } }
    : { group: e.group, data: { ...e.data } };
}

/** Removes, moves and relabels at once; returns the elements still to add (copies: cytoscape keeps what it gets). */
export function updateInPlace(cy: Core, elements: GraphElements): ElementDefinition[] {
  const wanted = new Map<string, ElementDefinition>();
  for (const e of elements.nodes) wanted.set(String(e.data.id), e);
  for (const e of elements.edges) wanted.set(String(e.data.id), e);
  const toAdd: ElementDefinition[] = [];
  cy.batch(() => {
    cy.elements()
      .filter((e) => !wanted.has(e.id()))
      .remove();
    for (const [id, def] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) toAdd.push(copy(def));
      else if (existing.isNode() && (existing.data('parent') ?? null) !== (def.data.parent ?? null)) {
        // cytoscape ignores `parent` in data(): a node that changes category box is drawn again in the new one
        existing.remove();
        toAdd.push(copy(def));
      } else {
        // only what changed: a data write restyles the element
        const data = existing.data() as Record<string, unknown>;
        if (Object.entries(def.data).some(([k, v]) => data[k] !== v)) existing.data({ ...def.data });
        const p = def.position;
        if (p && existing.isNode() && !existing.isParent()) {
          const now = existing.position();
          if (now.x !== p.x || now.y !== p.y) existing.position({ ...p });
        }
      }
    }
  });
  return toAdd;
}

/**
 * Adds `toAdd` (in place: it is emptied) a chunk per frame, calling `added` after each chunk and `settled` after
 * the last; while `paused()` says so (an import runs over the map), frames pass without adding. Returns the cancel.
 *
 * cytoscape's first frame draws every element into its layer bitmaps at once (several times the cost of drawing
 * them); after that it fills those bitmaps a few at a time between frames. So a new canvas draws one empty frame
 * before its elements come.
 */
export function addInChunks(
  cy: Core,
  toAdd: ElementDefinition[],
  on: { added: () => void; settled: () => void; paused?: () => boolean },
): () => void {
  let frame = 0;
  let chunk = hasDrawn.has(cy) ? WARM_FIRST_CHUNK : FIRST_CHUNK;
  let last = { count: 0, addMs: 0 };
  const addChunk = (frameStart: number) => {
    if (cy.destroyed()) return;
    if (on.paused?.()) {
      last = { count: 0, addMs: 0 };
      frame = requestAnimationFrame(addChunk);
      return;
    }
    const begun = performance.now();
    if (last.count > 0) {
      // cytoscape drew the last chunk in this frame, before this callback: that, and adding it, is what it cost
      const cost = Math.max(1, begun - frameStart + last.addMs);
      // at most twice as many: the cost is not all per element (every frame redraws what is there)
      const fits = Math.floor((last.count * CHUNK_BUDGET_MS) / cost);
      chunk = Math.min(MAX_CHUNK, 2 * chunk, Math.max(MIN_CHUNK, fits));
    }
    const batch = toAdd.splice(0, chunk);
    cy.add(batch);
    last = { count: batch.length, addMs: performance.now() - begun };
    on.added();
    if (toAdd.length > 0) frame = requestAnimationFrame(addChunk);
    else on.settled();
  };
  if (hasDrawn.has(cy)) {
    addChunk(performance.now());
    return () => cancelAnimationFrame(frame);
  }
  const onFirstFrame = () => {
    clearTimeout(fallback);
    cy.removeListener('render', onFirstFrame);
    hasDrawn.add(cy);
    frame = requestAnimationFrame(addChunk);
  };
  // a canvas out of sight may never draw: its elements come anyway
  const fallback = setTimeout(onFirstFrame, FIRST_FRAME_WAIT_MS);
  cy.one('render', onFirstFrame);
  return () => {
    clearTimeout(fallback);
    cy.removeListener('render', onFirstFrame);
    cancelAnimationFrame(frame);
  };
}
