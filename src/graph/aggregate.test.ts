import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { analyse } from '../domain/analysis';
import { NO_FILTER } from '../domain/explorerFilter';
import {
  expertiseList,
  newMember,
  newSkill,
  workspaceOf,
  type MemberStatus,
  type Workspace,
} from '../domain/types';
import { translator } from '../i18n/i18n';
import { link } from '../../tests/helpers/workspaces';
import { organisation } from '../../tests/helpers/organisation';
import {
  needsOverview,
  TOP_EDGES,
  toAggregateElements,
  type AggregateStep,
  type AggregateView,
} from './aggregate';
import { nodeId } from './nodeIds';

const member = (name: string, department: string, status: MemberStatus = 'ambassador') =>
  newMember({ key: `n:${name}`, name, department, status });
const skill = (name: string, category: string, target: number) =>
  newSkill({ key: `s:${name}`, name, category, target, requiredLevel: 3 });

// Departments and levels (required level 3 everywhere; a holder is an ambassador at 3 or above):
//   Anna  ambassador Sales  Python 5, SQL 3        Boris ambassador R&D  Python 4, Figma 2 (below: not held)
//   Carl  ambassador R&D    SQL 4, Figma 4         Vera  employee   Sales SQL 5 (a candidate, not a holder)
//   Dina  ambassador Ops    Kanban 1
// Skills: Python (Data, target 2): Anna, Boris → covered; SQL (Data, 1): Anna, Carl → covered;
// Figma (Design, 1): Carl → single holder; Kanban (uncategorised, 1): nobody → gap.
const anna = member('Anna', 'Sales');
const boris = member('Boris', 'R&D');
const carl = member('Carl', 'R&D');
const vera = member('Vera', 'Sales', 'employee');
const dina = member('Dina', 'Ops');
const python = skill('Python', 'Data', 2);
const sql = skill('SQL', 'Data', 1);
const figma = skill('Figma', 'Design', 1);
const kanban = skill('Kanban', '', 1);
const club: Workspace = workspaceOf(
  [anna, boris, carl, vera, dina],
  [python, sql, figma, kanban],
  [
    link(anna, python, 5),
    link(anna, sql, 3),
    link(boris, python, 4),
    link(boris, figma, 2),
    link(carl, sql, 4),
    link(carl, figma, 4),
    link(vera, sql, 5),
    link(dina, kanban, 1),
  ],
);
const t = translator('en');

function draw(step: AggregateStep = null, overrides: Partial<AggregateView> = {}, workspace = club) {
  const analysis = analyse(workspace, { locale: 'en' });
  return toAggregateElements(workspace, analysis, {
    mode: 'ambassadors',
    filter: NO_FILTER,
    step,
    t,
    ...overrides,
  });
}

const dataOf = (elements: ElementDefinition[], id: string) => elements.find((e) => e.data.id === id)?.data;
const edgeList = (elements: ElementDefinition[]) =>
  elements.map((e) => `${String(e.data.source)} → ${String(e.data.target)}: ${String(e.data.weight)}`);

describe('the organisation overview: categories × departments', () => {
  it('counts skills, gaps and distinct holders per category, and members and ambassadors per department', () => {
    const overview = draw();
    expect(overview.level).toBe('overview');
    expect(overview.people).toBe(5);
    expect(overview.skills).toBe(4);
    expect(dataOf(overview.nodes, nodeId.category('Data'))).toMatchObject({
      kind: 'categorySummary',
      label: 'Data · 2 skills · 0 gaps',
      skills: 2,
      gaps: 0,
      holders: 3, // Anna, Boris, Carl: Anna holds both skills and counts once
      status: 'covered',
      coveredShare: 100,
      size: 100,
    });
    expect(dataOf(overview.nodes, nodeId.category('Design'))).toMatchObject({
      label: 'Design · 1 skill · 0 gaps',
      holders: 1,
      status: 'single_holder',
      singleShare: 100,
    });
    expect(dataOf(overview.nodes, nodeId.category(''))).toMatchObject({
      label: 'Uncategorised · 1 skill · 1 gap',
      holders: 0,
      status: 'gap',
      gapShare: 100,
    });
    expect(dataOf(overview.nodes, nodeId.department('Sales'))).toMatchObject({
      kind: 'department',
      label: 'Sales · 2 people · 1 ambassador',
      members: 2,
      ambassadors: 1,
    });
  });

  it('weights each category–department edge by the holders there; "everyone" counts the non-ambassadors too', () => {
    expect(edgeList(draw().edges)).toEqual([
      `${nodeId.category('Data')} → ${nodeId.department('R&D')}: 2`,
      `${nodeId.category('Data')} → ${nodeId.department('Sales')}: 1`,
      `${nodeId.category('Design')} → ${nodeId.department('R&D')}: 1`,
    ]);
    expect(edgeList(draw(null, { mode: 'everyone' }).edges)).toContain(
      `${nodeId.category('Data')} → ${nodeId.department('Sales')}: 2`, // Anna and Vera
    );
  });

  it('follows the filter: a minimum level of 4 leaves Anna’s SQL at 3 out', () => {
    const edges = edgeList(draw(null, { filter: { ...NO_FILTER, minLevel: 4 } }).edges);
    expect(edges).toContain(`${nodeId.category('Data')} → ${nodeId.department('Sales')}: 1`); // Python 5 still
    const onlyDesign = draw(null, { filter: { ...NO_FILTER, categories: ['Design'] } });
    expect(onlyDesign.nodes.filter((n) => n.data.kind === 'categorySummary')).toHaveLength(1);
  });

  it('a category opens as its skills × departments, each skill drawn with its status and coverage', () => {
    const data = draw({ kind: 'category', key: 'Data' });
    expect(data.level).toBe('category');
    expect(dataOf(data.nodes, nodeId.skill(python.key))).toMatchObject({
      kind: 'skill',
      status: 'covered',
      coverage: 2,
      summary: true,
    });
    expect(edgeList(data.edges)).toEqual([
      `${nodeId.skill(python.key)} → ${nodeId.department('Sales')}: 1`,
      `${nodeId.skill(python.key)} → ${nodeId.department('R&D')}: 1`,
      `${nodeId.skill(sql.key)} → ${nodeId.department('Sales')}: 1`,
      `${nodeId.skill(sql.key)} → ${nodeId.department('R&D')}: 1`,
    ]);
    expect(data.nodes.some((n) => n.data.kind === 'member')).toBe(false);
  });

  it('a department opens as its people, most holdings first, with the skills they hold', () => {
    const rnd = draw({ kind: 'department', key: 'R&D' });
    expect(rnd.level).toBe('department');
    expect(rnd.nodes.filter((n) => n.data.kind === 'member').map((n) => n.data.label)).toEqual([
      'Carl',
      'Boris',
    ]);
    expect(edgeList(rnd.edges).sort()).toEqual(
      [
        `${nodeId.member(boris.key)} → ${nodeId.skill(python.key)}: 1`,
        `${nodeId.member(carl.key)} → ${nodeId.skill(sql.key)}: 1`,
        `${nodeId.member(carl.key)} → ${nodeId.skill(figma.key)}: 1`,
      ].sort(),
    );
  });

  it('every node has a position, and an unknown step falls back to the overview', () => {
    const overview = draw();
    expect(overview.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(draw({ kind: 'category', key: 'Nope' }).level).toBe('overview');
  });
});

describe('interest without a level', () => {
  it('adds no holder and no edge to the overview', () => {
    const wishes = workspaceOf(
      [anna, boris, carl, vera, dina],
      [python, sql, figma, kanban],
      [
        ...expertiseList(club),
        { ...link(dina, python, 0), interest: true },
        { ...link(anna, kanban, 0), interest: true },
      ],
    );
    const a = draw(null, {}, wishes);
    const b = draw();
    expect(edgeList(a.edges)).toEqual(edgeList(b.edges));
    expect(a.nodes.map((n) => n.data)).toEqual(b.nodes.map((n) => n.data));
  });
});

describe('at organisation scale', () => {
  const big = organisation(20_000, 500, 200_000);
  const analysis = analyse(big, { locale: 'en' });

  it('the small club keeps the detailed map; 20,000 members open on the overview', () => {
    expect(needsOverview(analyse(club, { locale: 'en' }), 'everyone', NO_FILTER)).toBe(false);
    expect(needsOverview(analysis, 'ambassadors', NO_FILTER)).toBe(true);
  });

  it(`draws a few dozen elements, at most ${TOP_EDGES} edges per category, in milliseconds`, () => {
    const view: AggregateView = { mode: 'ambassadors', filter: NO_FILTER, step: null, t };
    toAggregateElements(big, analysis, view); // warm-up: the first call compiles
    const runs = 5;
    const start = performance.now();
    let overview = toAggregateElements(big, analysis, view);
    for (let i = 1; i < runs; i++) overview = toAggregateElements(big, analysis, view);
    const ms = (performance.now() - start) / runs;
    console.info(`overview at 20,000 members / 200,000 links: ${ms.toFixed(1)} ms per build`);
    expect(overview.nodes).toHaveLength(12 + 40); // categories + departments
    const perCategory = new Map<string, number>();
    for (const e of overview.edges)
      perCategory.set(String(e.data.source), (perCategory.get(String(e.data.source)) ?? 0) + 1);
    expect(Math.max(...perCategory.values())).toBeLessThanOrEqual(TOP_EDGES);
    expect(ms).toBeLessThan(500); // generous: CI machines are slow and shared; the number above is the measure
  });

  it('a department of 500 people draws at most the member cap of those holding something, and counts the rest', () => {
    const dept = toAggregateElements(big, analysis, {
      mode: 'everyone',
      filter: NO_FILTER,
      step: { kind: 'department', key: 'Dept 3' },
      t,
    });
    const shown = dept.nodes.filter((n) => n.data.kind === 'member').length;
    expect(shown).toBe(150);
    expect(dept.truncated).toBe(true);
    // 2 of Dept 3's 500 hold no skill at its required level: they are not drawn, hidden or counted
    expect(shown + dept.hiddenMembers).toBe(498);
    // too many skills for 150 people: they link to categories, each person once (the one they hold most in)
    expect(dept.nodes.filter((n) => n.data.kind === 'categorySummary')).toHaveLength(12);
    expect(dept.edges).toHaveLength(150);
  });
});
