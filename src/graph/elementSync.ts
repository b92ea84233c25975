// Brings a cytoscape instance to a new set of elements without redrawing what stayed: the gone are removed, the
// kept are moved and relabelled in place, and the new are added a chunk per animation frame, because cytoscape
// styles and draws what was added in its next frame, all in one task.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphElements } from './elements';

/**
 * Elements added in the first frame of a new canvas, of one that has drawn before, and at least and at most in one
 * frame. The first elements cytoscape meets cost the most (its code is not compiled yet), so a new canvas starts
 * small; after that the chunk is sized from what the last one cost. On a canvas that has drawn, a list of up to
 * AT_ONCE is added at once (a focus or a filter's few changes), a longer one from the next frame, 40 first: the
 * overview at organisation scale (38 elements) then comes in one frame, as bare cytoscape draws it, not in three.
 */
const FIRST_CHUNK = 5;
const AT_ONCE = 10;
const WARM_FIRST_CHUNK = 40;
const MIN_CHUNK = 5;
const MAX_CHUNK = 1200;
/**
 * What a frame that adds a chunk may cost, all told: adding it, cytoscape drawing it with what is there already, and
 * the browser painting the canvas. Under 50 ms with room to spare, so that no task is long even on a slow machine.
 */
const FRAME_BUDGET_MS = 30;
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
 * before its elements come. On a canvas that has drawn, a few come at once; more from the next frame, leaving this
 * one to the page's own changes and the removals.
 */
export function addInChunks(
  cy: Core,
  toAdd: ElementDefinition[],
  on: { added: () => void; settled: () => void; paused?: () => boolean },
): () => void {
  let frame = 0;
  let chunk = hasDrawn.has(cy) ? WARM_FIRST_CHUNK : FIRST_CHUNK;
  let added = 0;
  const least = Math.max(MIN_CHUNK, Math.ceil(toAdd.length / 60));
  // What a frame cost, all told: from its first callback to a task queued in it, which runs once it is painted.
  // cytoscape draws a chunk later in the frame it was added in, or early in the next one: both frames are timed.
  const frames = frameClock();
  const addChunk = (frameStart: number) => {
    if (cy.destroyed()) return;
    if (on.paused?.()) {
      added = 0;
      frame = requestAnimationFrame(addChunk);
      return;
    }
    const sofar = frames.begin(frameStart);
    if (added > 0) {
      chunk = nextChunk(chunk, Math.max(frames.last(), sofar), least);
    }
    const batch = toAdd.splice(0, chunk);
    cy.add(batch);
    added = batch.length;
    on.added();
    if (toAdd.length > 0) {
      frames.end();
      frame = requestAnimationFrame(addChunk);
    } else {
      frames.stop();
      on.settled();
    }
  };
  if (hasDrawn.has(cy)) {
    // A few (a focus, a filter, a node moving to another box) come at once, with what was removed and moved; more
    // from the next frame, leaving this one to paint what the page changed with the removals and moves.
    if (toAdd.length <= AT_ONCE) addChunk(performance.now());
    else frame = requestAnimationFrame(addChunk);
    return () => {
      frames.stop();
      cancelAnimationFrame(frame);
    };
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
    frames.stop();
    cancelAnimationFrame(frame);
  };
}

/**
 * The next chunk's size from what the frame with the last one cost. Most of a frame's cost is redrawing what is
 * there, not the few added, so the chunk grows while frames stay under the budget and halves once one goes over;
 * never below `least` (so that the map comes within about 60 frames) nor above the most one frame takes. For a list
 * of thousands on a slow machine the floor wins over the budget: the map still comes, in frames over 30 ms.
 */
export function nextChunk(chunk: number, frameCostMs: number, least = MIN_CHUNK): number {
  const next =
    frameCostMs <= FRAME_BUDGET_MS / 2 ? 2 * chunk : frameCostMs <= FRAME_BUDGET_MS ? 1.5 * chunk : chunk / 2;
  return Math.min(MAX_CHUNK, Math.max(least, Math.floor(next)));
}

/**
 * Times whole frames: `begin` at a frame callback (returns what the frame has cost so far), `end` queues a task that
 * runs once the frame is painted, and `last` is what the frame before cost from its start to that task.
 */
function frameClock() {
  let began = 0;
  let tail = 0; // when the last timed frame's work ended
  let lastCost = 0;
  const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
  if (channel)
    channel.port1.onmessage = () => {
      tail = performance.now();
      lastCost = tail - began;
    };
  return {
    begin(frameStart: number): number {
      // a frame stamp can lie before the end of the work that delayed it: that work is not this frame's
      began = Math.max(frameStart, tail);
      return performance.now() - began;
    },
    end(): void {
      lastCost = 0;
      channel?.port2.postMessage(null);
    },
    last: (): number => lastCost,
    stop(): void {
      channel?.port1.close();
    },
  };
}
