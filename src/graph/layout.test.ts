import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { layoutPositions } from './layout';

const category = (id: string): ElementDefinition => ({ group: 'nodes', data: { id, kind: 'category' } });
const skill = (id: string, parent: string): ElementDefinition => ({
  group: 'nodes',
  data: { id, kind: 'skill', parent },
});
const member = (id: string): ElementDefinition => ({ group: 'nodes', data: { id, kind: 'member' } });
const edge = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}>${target}`, source, target },
});

describe('cluster layout', () => {
  const nodes = [
    category('c:A'),
    category('c:B'),
    skill('s:a1', 'c:A'),
    skill('s:a2', 'c:A'),
    skill('s:b1', 'c:B'),
    member('m:x'),
    member('m:y'),
  ];
  const edges = [edge('m:x', 's:a1'), edge('m:x', 's:a2'), edge('m:x', 's:b1'), edge('m:y', 's:b1')];
  const positions = layoutPositions(nodes, edges, { kind: 'none' });
  const dist = (a: string, b: string) =>
    Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);

  it('places every skill and member, and no category (cytoscape sizes it around its skills)', () => {
    expect([...positions.keys()].sort()).toEqual(['m:x', 'm:y', 's:a1', 's:a2', 's:b1']);
  });

  it('puts a member next to the category holding most of their links', () => {
    // x: two links in A, one in B → A's ring; y: only B.
    expect(dist('m:x', 's:a1')).toBeLessThan(dist('m:x', 's:b1'));
    expect(dist('m:y', 's:b1')).toBeLessThan(dist('m:y', 's:a1'));
  });

  it('keeps clusters apart: skills of different categories are farther apart than skills of one', () => {
    expect(dist('s:a1', 's:b1')).toBeGreaterThan(dist('s:a1', 's:a2'));
  });

  it('is deterministic', () => {
    expect(layoutPositions(nodes, edges, { kind: 'none' })).toEqual(positions);
  });
});

describe('radial layout', () => {
  it('puts the focused node in the centre and each ring farther out than the one before', () => {
    const positions = layoutPositions([], [], {
      kind: 'radial',
      centre: 's:x',
      rings: [['m:h1', 'm:h2'], ['m:c1'], []],
    });
    const r = (id: string) => Math.hypot(positions.get(id)!.x, positions.get(id)!.y);
    expect(positions.get('s:x')).toEqual({ x: 0, y: 0 });
    expect(r('m:h1')).toBeCloseTo(r('m:h2'), 6);
    expect(r('m:c1')).toBeGreaterThan(r('m:h1'));
  });
});
