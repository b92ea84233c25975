import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addInChunks, nextChunk, updateInPlace } from './elementSync';
import type { GraphElements } from './elements';

function graph(nodes: number, label = 'n'): GraphElements {
  return {
    nodes: Array.from({ length: nodes }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: `${label}${i}` },
      position: { x: i, y: 0 },
    })),
    edges: [],
  } as unknown as GraphElements;
}

afterEach(() => vi.useRealTimers());

describe('element sync', () => {
  it('removes the gone, relabels and moves the kept in place, and returns only the new', () => {
    const cy = cytoscape({ headless: true, elements: graph(3).nodes });
    const kept = cy.getElementById('n1');
    const next = graph(5, 'm');
    next.nodes[1]!.position = { x: 50, y: 7 };
    next.nodes.splice(0, 1); // n0 goes
    const toAdd = updateInPlace(cy, next);
    expect(toAdd.map((e) => e.data.id)).toEqual(['n3', 'n4']);
    expect(cy.getElementById('n0').empty()).toBe(true);
    expect(cy.getElementById('n1')).toBe(kept);
    expect(kept.data('label')).toBe('m1');
    expect(kept.position()).toEqual({ x: 50, y: 7 });
    // copies: what cytoscape is given is not the caller's object
    expect(toAdd[0]).not.toBe(next.nodes[2]);
  });

  it('adds everything a chunk per frame once the canvas had its first frame (or waited for it), then settles', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    const cy = cytoscape({ headless: true }); // headless: no frame is ever drawn, so the wait runs out
    const toAdd = updateInPlace(cy, graph(1000));
    const added = vi.fn();
    const settled = vi.fn();
    addInChunks(cy, toAdd, { added, settled });
    expect(cy.elements().length).toBe(0);
    vi.advanceTimersByTime(300);
    vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBeGreaterThan(0);
    expect(cy.elements().length).toBeLessThan(1000);
    for (let i = 0; i < 50 && settled.mock.calls.length === 0; i++) vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(1000);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(added.mock.calls.length).toBeGreaterThan(1);
  });

  it('stops adding when cancelled', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    const cy = cytoscape({ headless: true });
    const settled = vi.fn();
    const cancel = addInChunks(cy, updateInPlace(cy, graph(500)), { added: () => {}, settled });
    vi.advanceTimersByTime(300);
    vi.advanceTimersToNextFrame();
    const partial = cy.elements().length;
    cancel();
    for (let i = 0; i < 20; i++) vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(partial);
    expect(settled).not.toHaveBeenCalled();
  });

  it('adds nothing while paused (an import runs over the map) and goes on after', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    const cy = cytoscape({ headless: true });
    let paused = false;
    const settled = vi.fn();
    addInChunks(cy, updateInPlace(cy, graph(300)), { added: () => {}, settled, paused: () => paused });
    vi.advanceTimersByTime(300);
    vi.advanceTimersToNextFrame();
    const before = cy.elements().length;
    paused = true;
    for (let i = 0; i < 20; i++) vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(before);
    paused = false;
    for (let i = 0; i < 100 && settled.mock.calls.length === 0; i++) vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(300);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('grows the chunk while frames are cheap, halves it when one goes over 30 ms, and keeps within its bounds', () => {
    expect(nextChunk(10, 8)).toBe(20); // well under the budget
    expect(nextChunk(10, 22)).toBe(15); // under it
    expect(nextChunk(40, 45)).toBe(20); // over it
    expect(nextChunk(6, 80)).toBe(5); // never below the least
    expect(nextChunk(6, 80, 30)).toBe(30); // a long list comes within about 60 frames
    expect(nextChunk(1000, 1)).toBe(1200); // the most one frame takes
  });

  it('on a canvas that has drawn, a few come at once and more from the next frame', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    const cy = cytoscape({ headless: true });
    const settled = vi.fn();
    addInChunks(cy, updateInPlace(cy, graph(3)), { added: () => {}, settled });
    vi.advanceTimersByTime(300); // a new canvas: its (headless) first frame never comes, so the wait runs out
    vi.advanceTimersToNextFrame();
    expect(settled).toHaveBeenCalledTimes(1);

    const few = updateInPlace(cy, graph(8));
    addInChunks(cy, few, { added: () => {}, settled });
    expect(cy.elements().length).toBe(8); // at once
    expect(settled).toHaveBeenCalledTimes(2);

    addInChunks(cy, updateInPlace(cy, graph(100)), { added: () => {}, settled });
    expect(cy.elements().length).toBe(8); // not in this frame
    vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(48); // the first chunk of a canvas that has drawn: 40
    for (let i = 0; i < 20 && settled.mock.calls.length < 3; i++) vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(100);

    // the overview at organisation scale (38 elements) on that canvas: in one frame, the next one
    cy.elements().remove();
    addInChunks(cy, updateInPlace(cy, graph(38)), { added: () => {}, settled });
    expect(cy.elements().length).toBe(0);
    vi.advanceTimersToNextFrame();
    expect(cy.elements().length).toBe(38);
    expect(settled).toHaveBeenCalledTimes(4);
  });
});
