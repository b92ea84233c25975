// Brings a cytoscape instance to a new set of elements without redrawing what stayed: the gone are removed, the
// kept are moved and relabelled in place, and the new are added a chunk per animation frame, because cytoscape
// styles and draws what was added in its next frame, all in one task.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphElements } from './elements';

/**
 * Elements added per animation frame, at first and at most. The first elements cytoscape meets cost the most (its
 * code is not compiled yet), so a map starts small and the chunk grows while frames stay short.
 */
const FIRST_CHUNK = 60;
const MAX_CHUNK = 1200;
/** A frame longer than this halves the next chunk; one shorter than a third of it doubles the chunk. */
const FRAME_BUDGET_MS = 40;
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
 * the last. Returns the cancel.
 *
 * cytoscape's first frame draws every element into its layer bitmaps at once (several times the cost of drawing
 * them); after that it fills those bitmaps a few at a time between frames. So a new canvas draws one empty frame
 * before its elements come.
 */
export function addInChunks(
  cy: Core,
  toAdd: ElementDefinition[],
  on: { added: () => void; settled: () => void },
): () => void {
  let frame = 0;
  let chunk = FIRST_CHUNK;
  let last = 0;
  const addChunk = () => {
    if (cy.destroyed()) return;
    const now = performance.now();
    if (last > 0) {
      // the time since the last chunk holds cytoscape's drawing of it
      const spent = now - last;
      if (spent > FRAME_BUDGET_MS) chunk = Math.max(FIRST_CHUNK / 2, chunk >> 1);
      else if (spent < FRAME_BUDGET_MS / 3) chunk = Math.min(MAX_CHUNK, chunk * 2);
    }
    last = now;
    cy.add(toAdd.splice(0, chunk));
    on.added();
    if (toAdd.length > 0) frame = requestAnimationFrame(addChunk);
    else on.settled();
  };
  if (hasDrawn.has(cy)) {
    addChunk();
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
