import { NO_FILTER, type ExplorerFilter } from '../domain/explorerFilter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { analyse } from '../domain/analysis';
import { skillRef } from '../domain/entities';
import type { Workspace } from '../domain/types';
import { importFiles } from '../../tests/helpers/importFiles';
import { organisation } from '../../tests/helpers/organisation';
import { toElements, type GraphMode } from './elements';
import { memberExtent, skillExtent, type Extent } from './labels';
import { layoutPositions, type Point } from './layout';

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

// ---- the bundled sample, drawn as the map draws it ----

function sample(lang: 'en' | 'ru'): Workspace {
  const dir = join(__dirname, '..', '..', 'sample-data', lang);
  const files = ['members.csv', 'skills.csv', 'expertise.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(dir, name))),
  }));
  return importFiles(...files).workspace;
}

const sampleEn = sample('en');
const analysisEn = analyse(sampleEn, { locale: 'en' });
const draw = (mode: GraphMode, focus: string | null = null) =>
  toElements(sampleEn, analysisEn, {
    mode,
    focus: focus === null ? null : skillRef(sampleEn.skills.find((s) => s.name === focus)!.key),
    filter: NO_FILTER,
    steps: 1,
    uncategorisedLabel: 'Uncategorised',
  });

/** The box a node and its label cover, where it was placed. */
function boxOf(node: ElementDefinition): Extent & Point {
  const d = node.data as { kind: string; label: string; target?: number; named?: boolean };
  const e =
    d.kind === 'skill' ? skillExtent(d.label, d.target ?? 1) : memberExtent(d.label, d.named ?? false);
  return { ...e, ...node.position! };
}

/** Pairs of drawn boxes (skills and people) that overlap by more than a pixel. */
function overlapping(nodes: ElementDefinition[]): string[] {
  const boxes = nodes.filter((n) => n.data.kind !== 'category').map((n) => ({ id: n.data.id, b: boxOf(n) }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].b;
      const b = boxes[j].b;
      const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left);
      const oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top);
      if (ox > 1 && oy > 1) found.push(`${boxes[i].id} × ${boxes[j].id}`);
    }
  return found;
}

function closestPair(nodes: ElementDefinition[]): number {
  const points = nodes.filter((n) => n.position).map((n) => n.position!);
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      best = Math.min(best, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
  return best;
}

let bigOrganisation: { workspace: Workspace; analysis: ReturnType<typeof analyse> } | null = null;
function big(): Workspace {
  if (!bigOrganisation) {
    const workspace = organisation(20_000, 500, 200_000);
    bigOrganisation = { workspace, analysis: analyse(workspace, { locale: 'en' }) };
  }
  return bigOrganisation.workspace;
}
/** The map of 20,000 members (150 of them drawn), whole or around one skill. */
const drawBig = (focusKey: string | null) =>
  toElements(big(), bigOrganisation!.analysis, {
    mode: 'everyone',
    focus: focusKey === null ? null : skillRef(focusKey),
    filter: NO_FILTER,
    steps: 1,
    uncategorisedLabel: '',
  });

describe('the sample, laid out', () => {
  for (const mode of ['ambassadors', 'everyone'] as const) {
    it(`keeps every node and label clear of the others (${mode})`, () => {
      const { nodes } = draw(mode);
      expect(closestPair(nodes)).toBeGreaterThanOrEqual(12);
      expect(overlapping(nodes)).toEqual([]);
    });
  }

  it("places each person nearer their main category's skills they hold than any category they hold nothing in", () => {
    const { nodes, edges } = draw('everyone');
    const at = new Map(nodes.map((n) => [String(n.data.id), n]));
    const categoryOf = (skill: string) => String(at.get(skill)!.data.parent);
    const centre = (ids: string[]) => ({
      x: ids.reduce((n, id) => n + at.get(id)!.position!.x, 0) / ids.length,
      y: ids.reduce((n, id) => n + at.get(id)!.position!.y, 0) / ids.length,
    });
    // main category: the one with the most level summed over the person's links there
    const held = new Map<string, Map<string, { skills: string[]; weight: number }>>();
    for (const e of edges) {
      const { source, target, level } = e.data as { source: string; target: string; level: number };
      const byCategory = held.get(source) ?? new Map<string, { skills: string[]; weight: number }>();
      held.set(source, byCategory);
      const entry = byCategory.get(categoryOf(target)) ?? { skills: [], weight: 0 };
      byCategory.set(categoryOf(target), entry);
      entry.skills.push(target);
      entry.weight += level;
    }
    const categorySkills = new Map<string, string[]>();
    for (const n of nodes)
      if (n.data.kind === 'skill')
        categorySkills.set(String(n.data.parent), [
          ...(categorySkills.get(String(n.data.parent)) ?? []),
          String(n.data.id),
        ]);
    let checked = 0;
    for (const [person, byCategory] of held) {
      const p = at.get(person)!.position!;
      const main = [...byCategory.values()].reduce((a, b) => (b.weight > a.weight ? b : a));
      const own = centre(main.skills);
      for (const [category, skills] of categorySkills) {
        if (byCategory.has(category)) continue;
        const other = centre(skills);
        expect(Math.hypot(p.x - own.x, p.y - own.y), `${person} vs ${category}`).toBeLessThan(
          Math.hypot(p.x - other.x, p.y - other.y),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('gives the same positions for the same nodes', () => {
    expect(draw('everyone').nodes).toEqual(draw('everyone').nodes);
  });

  it("leaves room for every name in a focused skill's rings", () => {
    for (const mode of ['ambassadors', 'everyone'] as const) {
      const { nodes } = draw(mode, 'Mentoring');
      expect(nodes.filter((n) => n.data.kind === 'member').length).toBeGreaterThan(20);
      expect(overlapping(nodes)).toEqual([]);
    }
  });

  it('keeps the 150 people drawn at 20,000 members clear of each other and of the skills', () => {
    const { nodes } = drawBig(null);
    expect(nodes.filter((n) => n.data.kind === 'member')).toHaveLength(150);
    expect(overlapping(nodes)).toEqual([]);
  });

  it('keeps the rings of a skill focused at 20,000 members clear of each other', () => {
    const { nodes } = drawBig(big().skills[0].key);
    expect(nodes.filter((n) => n.data.kind === 'member').length).toBeGreaterThan(20);
    expect(overlapping(nodes)).toEqual([]);
  });

  it('lays out the sample and the 150 people drawn at 20,000 members in a few milliseconds', () => {
    const time = (elements: { nodes: ElementDefinition[]; edges: ElementDefinition[] }) => {
      const runs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        layoutPositions(elements.nodes, elements.edges, { kind: 'none' });
        runs.push(performance.now() - start);
      }
      return runs.sort((a, b) => a - b)[3];
    };
    const bigElements = drawBig(null);
    const sampleMs = time(draw('everyone'));
    const bigMs = time(bigElements);
    console.info(`layout: sample ${sampleMs.toFixed(1)} ms, 150 of 20,000 members ${bigMs.toFixed(1)} ms`);
    // budgets with room for a busy machine (the 2-core CI box shared with other jobs measures 2–4× slower)
    expect(sampleMs).toBeLessThan(60);
    expect(bigMs).toBeLessThan(100);
  });
});

describe('positions under a filter', () => {
  const at = (nodes: ElementDefinition[]) =>
    new Map(nodes.filter((n) => n.position).map((n) => [String(n.data.id), n.position!]));
  const drawFiltered = (filter: Partial<ExplorerFilter>, focus: string | null = null) =>
    toElements(sampleEn, analysisEn, {
      mode: 'everyone',
      focus: focus === null ? null : skillRef(sampleEn.skills.find((s) => s.name === focus)!.key),
      filter: { ...NO_FILTER, ...filter },
      steps: 1,
      uncategorisedLabel: 'Uncategorised',
    });

  for (const [what, filter, focus] of [
    ['a category', { categories: ['Technology'] }, null],
    ['a department', { departments: ['Retail Banking'] }, null],
    ['a minimum level', { minLevel: 4 }, null],
    ['risks only', { onlyGaps: true, onlySingleHolders: true }, null],
    ['a status, around a focused skill', { statuses: ['ambassador' as const] }, 'Mentoring'],
  ] as const)
    it(`keeps every node that remains where it was (${what})`, () => {
      const whole = at(draw('everyone', focus).nodes);
      const narrowed = drawFiltered(filter, focus).nodes;
      expect(narrowed.length).toBeGreaterThan(5);
      expect(narrowed.length).toBeLessThan(whole.size + 20);
      for (const [id, p] of at(narrowed)) expect(p, id).toEqual(whole.get(id));
      expect(overlapping(narrowed)).toEqual([]);
    });

  it('keeps the people it shows at 20,000 members where they were, and finds room for those the cap had left out', () => {
    const whole = at(drawBig(null).nodes);
    const narrowed = toElements(big(), bigOrganisation!.analysis, {
      mode: 'everyone',
      focus: null,
      filter: { ...NO_FILTER, departments: [big().members[0].department] },
      steps: 1,
      uncategorisedLabel: '',
    }).nodes;
    const people = narrowed.filter((n) => n.data.kind === 'member');
    const newcomers = people.filter((n) => !whole.has(String(n.data.id)));
    expect(newcomers.length).toBeGreaterThan(0);
    for (const n of narrowed)
      if (whole.has(String(n.data.id)))
        expect(n.position, String(n.data.id)).toEqual(whole.get(String(n.data.id)));
    expect(overlapping(narrowed)).toEqual([]);
  });
});
