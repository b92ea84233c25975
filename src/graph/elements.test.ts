import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { analyse } from '../domain/analysis';
import { categoryRef, memberRef, skillRef } from '../domain/entities';
import { NO_FILTER, type ExplorerFilter } from '../domain/explorerFilter';
import {
  emptyPlan,
  expertiseList,
  newMember,
  newSkill,
  workspaceOf,
  type MemberStatus,
  type Workspace,
} from '../domain/types';
import { MAX_GRAPH_MEMBERS, toElements, type GraphView } from './elements';
import { edgeId, nodeId } from './nodeIds';
import { link } from '../../tests/helpers/workspaces';

// Keys as the importer makes them from names (`n:<lower case>`): the node ids below are written out.
const member = (name: string, status: MemberStatus = 'ambassador', key = `n:${name.toLowerCase()}`) =>
  newMember({ key, name, status });

const skill = (
  name: string,
  category = 'Data',
  target = 1,
  requiredLevel = 3,
  key = `n:${name.toLowerCase()}`,
) => newSkill({ key, name, category, target, requiredLevel });

function view(overrides: Partial<GraphView> = {}): GraphView {
  return {
    mode: 'ambassadors',
    focus: null,
    filter: NO_FILTER,
    steps: 1,
    uncategorisedLabel: 'Uncategorised',
    ...overrides,
  };
}

const narrowed = (filter: Partial<ExplorerFilter>): ExplorerFilter => ({ ...NO_FILTER, ...filter });

function draw(workspace: Workspace, v: GraphView = view()) {
  return toElements(workspace, analyse(workspace, { locale: 'en' }), v);
}

const ids = (elements: ElementDefinition[]) => elements.map((e) => String(e.data.id));
const dataOf = (elements: ElementDefinition[], id: string) => elements.find((e) => e.data.id === id)?.data;

// Anna and Boris are ambassadors, Vera an employee who knows SQL well, Gleb an alumnus who dabbles in Python.
const anna = member('Anna');
const boris = member('Boris');
const vera = member('Vera', 'employee');
const gleb = member('Gleb', 'alumni');
const python = skill('Python', 'Data', 2);
const sql = skill('SQL', 'Data');
const figma = skill('Figma', 'Design');
const kanban = skill('Kanban', '');
const club: Workspace = workspaceOf(
  [anna, boris, vera, gleb],
  [python, sql, figma, kanban],
  [
    link(anna, python, 5),
    link(anna, sql, 2),
    link(boris, python, 3),
    link(boris, figma, 4),
    link(vera, sql, 4),
    link(gleb, python, 1),
  ],
);

describe('toElements', () => {
  it('gives every node and edge a stable, prefixed id', () => {
    const first = draw(club, view({ mode: 'everyone' }));
    const second = draw(club, view({ mode: 'everyone' }));
    expect(ids(first.nodes)).toEqual(ids(second.nodes));
    expect(ids(first.edges)).toEqual(ids(second.edges));
    expect(ids(first.nodes)).toEqual(
      expect.arrayContaining([
        'c:Data',
        'c:Design',
        'c:',
        's:n:python',
        's:n:sql',
        'm:n:anna',
        'm:n:vera',
        'm:n:gleb',
      ]),
    );
    expect(ids(first.edges)).toContain('e:n:anna|n:python');
    expect(first.edges.every((e) => String(e.data.id).startsWith('e:'))).toBe(true);
  });

  it('puts each skill inside its category and lists categories before their skills', () => {
    const { nodes } = draw(club);
    expect(dataOf(nodes, 's:n:python')?.parent).toBe('c:Data');
    expect(dataOf(nodes, 's:n:figma')?.parent).toBe('c:Design');
    const position = (id: string) => ids(nodes).indexOf(id);
    expect(position('c:Data')).toBeLessThan(position('s:n:python'));
    expect(position('c:')).toBeLessThan(position('s:n:kanban'));
  });

  it('labels the uncategorised category with the given label', () => {
    const { nodes } = draw(club, view({ uncategorisedLabel: 'Без категории' }));
    expect(dataOf(nodes, 'c:')).toEqual({ id: 'c:', label: 'Без категории', kind: 'category' });
  });

  it('carries coverage, gap and status on skill nodes', () => {
    const { nodes } = draw(club);
    // Python needs 2 ambassadors at level 3: Anna (5) and Boris (3) hold it
    expect(dataOf(nodes, 's:n:python')).toMatchObject({
      label: 'Python',
      kind: 'skill',
      status: 'covered',
      coverage: 2,
      target: 2,
      gap: 0,
    });
    // SQL: Anna is below the required level, Vera is no ambassador
    expect(dataOf(nodes, 's:n:sql')).toMatchObject({ status: 'gap', coverage: 0, target: 1, gap: 1 });
    expect(dataOf(nodes, 's:n:figma')).toMatchObject({ status: 'single_holder', coverage: 1 });
  });

  it('marks an edge as holding only at or above the required level', () => {
    const { edges } = draw(club);
    expect(dataOf(edges, 'e:n:anna|n:python')).toEqual({
      id: 'e:n:anna|n:python',
      source: 'm:n:anna',
      target: 's:n:python',
      level: 5,
      holds: true,
    });
    expect(dataOf(edges, 'e:n:anna|n:sql')).toMatchObject({ level: 2, holds: false });
  });

  it('shows every skill but only ambassadors in ambassadors mode', () => {
    const result = draw(club);
    expect(ids(result.nodes.filter((n) => n.data.kind === 'skill'))).toEqual([
      's:n:python',
      's:n:sql',
      's:n:figma',
      's:n:kanban',
    ]);
    expect(ids(result.nodes.filter((n) => n.data.kind === 'member')).sort()).toEqual([
      'm:n:anna',
      'm:n:boris',
    ]);
    expect(result.edges.some((e) => e.data.source === 'm:n:vera')).toBe(false);
    expect(result).toMatchObject({ truncated: false, hiddenMembers: 0 });
  });

  it('shows every linked member with their status in everyone mode', () => {
    const { nodes } = draw(club, view({ mode: 'everyone' }));
    expect(ids(nodes.filter((n) => n.data.kind === 'member')).sort()).toEqual([
      'm:n:anna',
      'm:n:boris',
      'm:n:gleb',
      'm:n:vera',
    ]);
    expect(dataOf(nodes, 'm:n:gleb')).toEqual({
      id: 'm:n:gleb',
      label: 'Gleb',
      kind: 'member',
      status: 'alumni',
      unique: false,
      // in a crowd only the club's names are drawn
      named: false,
    });
  });

  it('marks the only ambassador holding a skill as unique expertise', () => {
    // Figma (target 1, level 3): Boris (ambassador, 4) alone → single holder. Python is held by Anna and Boris.
    const { nodes } = draw(club, view({ mode: 'everyone' }));
    expect(dataOf(nodes, 'm:n:boris')?.unique).toBe(true);
    expect(dataOf(nodes, 'm:n:anna')?.unique).toBe(false);
  });

  it('marks unique expertise whatever the target: one holder of a skill that needs three', () => {
    // Kanban (target 3, level 3): Anna (4) alone → coverage 1, status gap, but still her unique expertise.
    const workspace = workspaceOf(club.members, [{ ...kanban, target: 3 }], [link(anna, kanban, 4)]);
    const { nodes } = draw(workspace);
    expect(dataOf(nodes, 's:n:kanban')).toMatchObject({ status: 'gap', coverage: 1 });
    expect(dataOf(nodes, 'm:n:anna')?.unique).toBe(true);
  });

  it('draws an ambassador marked as leaving as leaving, holding nothing and unique in nothing', () => {
    // Boris leaves: Figma loses its only holder (gap); Python keeps Anna alone, now her unique expertise.
    const leaving: Workspace = {
      ...club,
      plan: { ...emptyPlan(), leaving: [boris.key], pinned: [], excluded: [] },
    };
    const { nodes } = draw(leaving);
    expect(dataOf(nodes, 'm:n:boris')).toEqual({
      id: 'm:n:boris',
      label: 'Boris',
      kind: 'member',
      status: 'leaving',
      unique: false,
      named: true,
    });
    expect(dataOf(nodes, 's:n:figma')).toMatchObject({ status: 'gap', coverage: 0 });
    expect(dataOf(nodes, 's:n:python')).toMatchObject({ status: 'gap', coverage: 1 });
    expect(dataOf(nodes, 'm:n:anna')).toMatchObject({ status: 'ambassador', unique: true });
  });

  it('places a leaver at a focused skill apart from its holders and its candidates', () => {
    // Python focused, Anna leaving: Boris (3) is its only holder, Vera (employee, 4) a candidate;
    // Anna (5) is neither, so she goes to the outer ring.
    const leaving: Workspace = {
      ...workspaceOf(club.members, club.skills, [...expertiseList(club), link(vera, python, 4)]),
      plan: { ...emptyPlan(), leaving: [anna.key], pinned: [], excluded: [] },
    };
    const { nodes } = draw(leaving, view({ focus: skillRef(python.key) }));
    expect(ids(nodes).sort()).toEqual(['m:n:anna', 'm:n:boris', 'm:n:vera', 's:n:python']);
    expect(dataOf(nodes, 'm:n:anna')?.status).toBe('leaving');
    const distance = (id: string) => {
      const p = nodes.find((n) => n.data.id === id)!.position!;
      const c = nodes.find((n) => n.data.id === 's:n:python')!.position!;
      return Math.hypot(p.x - c.x, p.y - c.y);
    };
    expect(distance('m:n:vera')).toBeGreaterThan(distance('m:n:boris'));
    expect(distance('m:n:anna')).toBeGreaterThan(distance('m:n:vera'));
  });

  it('leaves out a member with no link to a visible skill', () => {
    const loner = member('Loner');
    const workspace = workspaceOf([...club.members, loner], club.skills, [
      ...expertiseList(club),
      link(loner, figma, 0),
    ]);
    const { nodes } = draw(workspace, view({ mode: 'everyone' }));
    expect(ids(nodes)).not.toContain('m:n:loner');
  });

  it('adds the candidates of a focused skill to ambassadors mode, but not non-ambassadors below its level', () => {
    const sqlFocus = draw(club, view({ focus: skillRef(sql.key) }));
    expect(ids(sqlFocus.nodes).sort()).toEqual(['m:n:anna', 'm:n:vera', 's:n:sql']);
    const pythonFocus = draw(club, view({ focus: skillRef(python.key) }));
    expect(ids(pythonFocus.nodes)).not.toContain('m:n:gleb'); // level 1 < 3: no candidate
    expect(ids(pythonFocus.nodes).sort()).toEqual(['m:n:anna', 'm:n:boris', 's:n:python']);
  });

  it('shows everyone linked to a focused skill in everyone mode', () => {
    const { nodes, edges } = draw(club, view({ mode: 'everyone', focus: skillRef(python.key) }));
    expect(ids(nodes).sort()).toEqual(['m:n:anna', 'm:n:boris', 'm:n:gleb', 's:n:python']);
    expect(ids(edges).sort()).toEqual(['e:n:anna|n:python', 'e:n:boris|n:python', 'e:n:gleb|n:python']);
  });

  it('focuses on the kind of entity asked for when a skill and a member share a key', () => {
    const twin = member('Twin', 'ambassador', sql.key);
    const workspace = workspaceOf([...club.members, twin], club.skills, [
      ...expertiseList(club),
      link(twin, figma, 4),
    ]);
    expect(ids(draw(workspace, view({ focus: skillRef(sql.key) })).nodes).sort()).toEqual([
      'm:n:anna',
      'm:n:vera',
      's:n:sql',
    ]);
    expect(ids(draw(workspace, view({ focus: memberRef(sql.key) })).nodes)).toEqual([
      's:n:figma',
      'm:n:sql',
      'm:n:boris',
    ]);
  });

  it('focused on a member, shows exactly their skills and the holders of those skills', () => {
    const { nodes, edges } = draw(club, view({ focus: memberRef(vera.key) }));
    expect(ids(nodes.filter((n) => n.data.kind === 'skill'))).toEqual(['s:n:sql']);
    expect(ids(nodes.filter((n) => n.data.kind === 'member'))).toEqual(['m:n:vera']); // SQL has no holder
    expect(ids(edges)).toEqual(['e:n:vera|n:sql']);

    const boriss = draw(club, view({ focus: memberRef(boris.key) }));
    expect(ids(boriss.nodes.filter((n) => n.data.kind === 'skill')).sort()).toEqual([
      's:n:figma',
      's:n:python',
    ]);
    expect(ids(boriss.nodes.filter((n) => n.data.kind === 'member'))).toEqual(['m:n:boris', 'm:n:anna']);
    expect(ids(boriss.edges).sort()).toEqual([
      'e:n:anna|n:python',
      'e:n:boris|n:figma',
      'e:n:boris|n:python',
    ]);
  });

  it('focused on a category, shows its skills and the members linked to them', () => {
    const { nodes } = draw(club, view({ focus: categoryRef('Design') }));
    expect(ids(nodes)).toEqual(['c:Design', 's:n:figma', 'm:n:boris']);
  });

  it('ignores a focus that names nothing in the workspace', () => {
    expect(ids(draw(club, view({ focus: skillRef('n:cobol') })).nodes)).toEqual(ids(draw(club).nodes));
  });

  it('keeps only the skills of the chosen categories and the members linked to them', () => {
    const { nodes, edges } = draw(
      club,
      view({ mode: 'everyone', filter: narrowed({ categories: ['Design', ''] }) }),
    );
    expect(ids(nodes)).toEqual(['c:Design', 'c:', 's:n:figma', 's:n:kanban', 'm:n:boris']);
    expect(ids(edges)).toEqual(['e:n:boris|n:figma']);
  });

  it('draws nothing when no category matches', () => {
    expect(draw(club, view({ mode: 'everyone', filter: narrowed({ categories: ['Nothing'] }) }))).toEqual({
      nodes: [],
      edges: [],
      truncated: false,
      hiddenMembers: 0,
      thinnedEdges: false,
    });
  });

  it('keeps the best-linked members beyond MAX_GRAPH_MEMBERS, whatever their status, in everyone mode', () => {
    const skills = [skill('A'), skill('B')];
    const ambassadors = Array.from({ length: 700 }, (_, i) => member(`Amb ${String(i).padStart(3, '0')}`));
    const employees = Array.from({ length: 50 }, (_, i) => member(`Emp ${i}`, 'employee'));
    const expertise = [
      ...ambassadors.map((m) => link(m, skills[0], 3)),
      // the last 10 ambassadors have two links, so they rank first
      ...ambassadors.slice(690).map((m) => link(m, skills[1], 3)),
      ...employees.flatMap((m) => [link(m, skills[0], 5), link(m, skills[1], 5)]),
    ];
    const workspace = workspaceOf([...employees, ...ambassadors], skills, expertise);

    const result = draw(workspace, view({ mode: 'everyone' }));
    const inAmbassadorsMode = ids(draw(workspace, view({ mode: 'ambassadors' })).nodes);
    // in ambassadors mode the two-link ambassadors come first and no employee is drawn
    expect(inAmbassadorsMode.filter((id) => id.startsWith('m:')).slice(0, 10)).toEqual(
      ambassadors.slice(690).map((m) => nodeId.member(m.key)),
    );
    expect(inAmbassadorsMode.some((id) => id.startsWith('m:n:emp'))).toBe(false);
    const shown = ids(result.nodes.filter((n) => n.data.kind === 'member'));
    expect(shown).toHaveLength(MAX_GRAPH_MEMBERS);
    expect(result.truncated).toBe(true);
    expect(result.hiddenMembers).toBe(750 - MAX_GRAPH_MEMBERS);
    // the 50 employees and the last 10 ambassadors have two links each: all 60 are kept
    expect(shown.filter((id) => id.startsWith('m:n:emp'))).toHaveLength(50);
    expect(ambassadors.slice(690).every((m) => shown.includes(nodeId.member(m.key)))).toBe(true);
    expect(result.edges.every((e) => shown.includes(String(e.data.source)))).toBe(true);
  });

  it('is not truncated at exactly MAX_GRAPH_MEMBERS members', () => {
    const a = skill('A');
    const members = Array.from({ length: MAX_GRAPH_MEMBERS }, (_, i) => member(`M${i}`));
    const result = draw(
      workspaceOf(
        members,
        [a],
        members.map((m) => link(m, a, 3)),
      ),
    );
    expect(result).toMatchObject({ truncated: false, hiddenMembers: 0 });
  });

  it('gives two links distinct ids even when keys contain the separator', () => {
    const m1 = member('x', 'ambassador', 'n:a|b');
    const m2 = member('y', 'ambassador', 'n:a');
    const s1 = skill('c', 'Data', 1, 3, 'n:c');
    const s2 = skill('d', 'Data', 1, 3, 'b|n:c');
    expect(edgeId(m1.key, s1.key)).not.toBe(edgeId(m2.key, s2.key));
    const { edges } = draw(workspaceOf([m1, m2], [s1, s2], [link(m1, s1, 3), link(m2, s2, 3)]));
    expect(new Set(ids(edges)).size).toBe(2);
  });

  it('draws one edge, at the higher level, when the link table names a pair twice', () => {
    const workspace = workspaceOf([anna], [sql], [link(anna, sql, 2), link(anna, sql, 4)]);
    const { edges } = draw(workspace);
    expect(edges.map((e) => e.data)).toEqual([
      { id: 'e:n:anna|n:sql', source: 'm:n:anna', target: 's:n:sql', level: 4, holds: true },
    ]);
  });
});

describe('the explorer filter on the map', () => {
  const kinds = (elements: ElementDefinition[], kind: string) =>
    ids(elements.filter((n) => n.data.kind === kind)).sort();
  // The club again, with departments, locations and a second Python holder in another office.
  const staff = (name: string, department: string, location: string, status: MemberStatus = 'ambassador') =>
    newMember({ key: `n:${name.toLowerCase()}`, name, department, location, status });
  const offices: Workspace = workspaceOf(
    [
      staff('Anna', 'IT', 'Kazan'),
      staff('Boris', 'Design', 'Perm'),
      staff('Vera', 'IT', 'Perm', 'employee'),
      staff('Gleb', 'IT', 'Kazan', 'alumni'),
    ],
    club.skills,
    expertiseList(club),
  );

  it('draws only the members of the chosen departments', () => {
    const { nodes, edges } = draw(
      offices,
      view({ mode: 'everyone', filter: narrowed({ departments: ['IT'] }) }),
    );
    expect(kinds(nodes, 'member')).toEqual(['m:n:anna', 'm:n:gleb', 'm:n:vera']);
    expect(edges.some((e) => e.data.source === 'm:n:boris')).toBe(false);
    // the skills stay: a department narrows the people, not what the club needs
    expect(kinds(nodes, 'skill')).toHaveLength(4);
  });

  it('draws only the members of the chosen locations and statuses', () => {
    const perm = draw(offices, view({ mode: 'everyone', filter: narrowed({ locations: ['Perm'] }) }));
    expect(kinds(perm.nodes, 'member')).toEqual(['m:n:boris', 'm:n:vera']);
    const employees = draw(offices, view({ mode: 'everyone', filter: narrowed({ statuses: ['employee'] }) }));
    expect(kinds(employees.nodes, 'member')).toEqual(['m:n:vera']);
    // in ambassadors mode a status outside the club draws nobody
    expect(
      kinds(draw(offices, view({ filter: narrowed({ statuses: ['alumni'] }) })).nodes, 'member'),
    ).toEqual([]);
  });

  it('leaves out links below the minimum level, and the people only they would bring in', () => {
    const { nodes, edges } = draw(club, view({ mode: 'everyone', filter: narrowed({ minLevel: 3 }) }));
    expect(ids(edges).sort()).toEqual([
      'e:n:anna|n:python',
      'e:n:boris|n:figma',
      'e:n:boris|n:python',
      'e:n:vera|n:sql',
    ]);
    expect(kinds(nodes, 'member')).toEqual(['m:n:anna', 'm:n:boris', 'm:n:vera']); // Gleb's only link is level 1
  });

  it('only gaps keeps the skills with a gap and the people linked to them', () => {
    // SQL (nobody at level 3 in the club) and Kanban (nobody at all) are gaps
    const { nodes, edges } = draw(club, view({ mode: 'everyone', filter: narrowed({ onlyGaps: true }) }));
    expect(kinds(nodes, 'skill')).toEqual(['s:n:kanban', 's:n:sql']);
    expect(kinds(nodes, 'member')).toEqual(['m:n:anna', 'm:n:vera']);
    expect(ids(edges).sort()).toEqual(['e:n:anna|n:sql', 'e:n:vera|n:sql']);
  });

  it('only single holders keeps the skills one person holds, and both together keep either', () => {
    const single = draw(club, view({ filter: narrowed({ onlySingleHolders: true }) }));
    expect(kinds(single.nodes, 'skill')).toEqual(['s:n:figma']);
    expect(kinds(single.nodes, 'member')).toEqual(['m:n:boris']);
    const either = draw(club, view({ filter: narrowed({ onlyGaps: true, onlySingleHolders: true }) }));
    expect(kinds(either.nodes, 'skill')).toEqual(['s:n:figma', 's:n:kanban', 's:n:sql']);
  });

  it('a focused skill is drawn whatever the filter says; its people follow the filter', () => {
    const filter = narrowed({ departments: ['IT'], onlySingleHolders: true });
    const { nodes } = draw(offices, view({ mode: 'everyone', focus: skillRef(python.key), filter }));
    expect(ids(nodes).sort()).toEqual(['m:n:anna', 'm:n:gleb', 's:n:python']);
    const levelled = draw(
      offices,
      view({ mode: 'everyone', focus: skillRef(python.key), filter: narrowed({ minLevel: 2 }) }),
    );
    expect(kinds(levelled.nodes, 'member')).toEqual(['m:n:anna', 'm:n:boris']);
  });

  it('a focused person is drawn whatever the filter says; their skills and holders follow it', () => {
    // Anna's Python is held by Boris too, who is in Design: a department filter keeps her and leaves him out
    expect(kinds(draw(offices, view({ focus: memberRef(anna.key) })).nodes, 'member')).toEqual([
      'm:n:anna',
      'm:n:boris',
    ]);
    const design = draw(
      offices,
      view({ focus: memberRef(anna.key), filter: narrowed({ departments: ['Design'] }) }),
    );
    expect(kinds(design.nodes, 'member')).toEqual(['m:n:anna', 'm:n:boris']);
    const inIt = draw(
      offices,
      view({ focus: memberRef(anna.key), filter: narrowed({ departments: ['IT'] }) }),
    );
    expect(kinds(inIt.nodes, 'member')).toEqual(['m:n:anna']);
    const onlyRisks = draw(
      offices,
      view({ focus: memberRef(boris.key), filter: narrowed({ onlySingleHolders: true }) }),
    );
    expect(ids(onlyRisks.nodes)).toEqual(['s:n:figma', 'm:n:boris']);
    // Anna holds Python at 5, Boris at 3: at level 4 and above Anna is the only holder left to draw
    const strong = draw(offices, view({ focus: memberRef(anna.key), filter: narrowed({ minLevel: 4 }) }));
    expect(ids(strong.nodes)).toEqual(['s:n:python', 'm:n:anna']);
  });

  it('a focused category keeps the risk filter but not the category filter', () => {
    const filter = narrowed({ categories: ['Design'], onlyGaps: true });
    expect(ids(draw(club, view({ focus: categoryRef('Data'), filter })).nodes)).toEqual([
      'c:Data',
      's:n:sql',
      'm:n:anna',
    ]);
  });
});

describe('two steps from the focus', () => {
  it('a skill: its people, then their other skills', () => {
    const one = draw(club, view({ focus: skillRef(python.key) }));
    const two = draw(club, view({ focus: skillRef(python.key), steps: 2 }));
    expect(ids(one.nodes).sort()).toEqual(['m:n:anna', 'm:n:boris', 's:n:python']);
    expect(ids(two.nodes)).toEqual(['s:n:python', 's:n:sql', 's:n:figma', 'm:n:anna', 'm:n:boris']);
    expect(ids(two.edges).sort()).toEqual([
      'e:n:anna|n:python',
      'e:n:anna|n:sql',
      'e:n:boris|n:figma',
      'e:n:boris|n:python',
    ]);
    // the second step's skills sit on the outermost ring
    const distance = (id: string) =>
      Math.hypot(
        two.nodes.find((n) => n.data.id === id)!.position!.x,
        two.nodes.find((n) => n.data.id === id)!.position!.y,
      );
    expect(distance('s:n:sql')).toBeGreaterThan(distance('m:n:anna'));
  });

  it('a skill: the second step follows the filter', () => {
    const filter = narrowed({ onlyGaps: true });
    const { nodes } = draw(club, view({ focus: skillRef(python.key), steps: 2, filter }));
    expect(ids(nodes)).toEqual(['s:n:python', 's:n:sql', 'm:n:anna', 'm:n:boris']);
  });

  it('a person: their skills and holders, then everyone else around those skills', () => {
    const one = draw(club, view({ focus: memberRef(vera.key) }));
    expect(ids(one.nodes)).toEqual(['s:n:sql', 'm:n:vera']);
    // Anna knows SQL below its level: no holder, but one of the people around SQL
    const two = draw(club, view({ focus: memberRef(vera.key), steps: 2 }));
    expect(ids(two.nodes)).toEqual(['s:n:sql', 'm:n:vera', 'm:n:anna']);
    const everyone = draw(club, view({ mode: 'everyone', focus: memberRef(boris.key), steps: 2 }));
    expect(ids(everyone.nodes.filter((n) => n.data.kind === 'member'))).toEqual([
      'm:n:boris',
      'm:n:anna',
      'm:n:gleb',
    ]);
  });

  it('a category: its people, then their skills in other categories', () => {
    const { nodes } = draw(club, view({ focus: categoryRef('Design'), steps: 2 }));
    expect(ids(nodes)).toEqual(['c:Design', 'c:Data', 's:n:figma', 's:n:python', 'm:n:boris']);
  });
});

describe('interest without a level', () => {
  // Vera wants Python, Gleb wants Figma, Anna wants Kanban, with no level: no edges, no coverage, same map.
  const wishes = workspaceOf(
    [anna, boris, vera, gleb],
    [python, sql, figma, kanban],
    [
      ...expertiseList(club),
      { ...link(vera, python, 0), interest: true },
      { ...link(gleb, figma, 0), interest: true },
      { ...link(anna, kanban, 0), interest: true },
    ],
  );

  it('draws the same nodes and edges as without the wishes, in every mode and focus', () => {
    for (const v of [
      view({ mode: 'everyone' }),
      view(),
      view({ mode: 'everyone', focus: memberRef('n:vera') }),
      view({ mode: 'everyone', focus: skillRef('n:figma'), steps: 2 }),
    ]) {
      const a = draw(wishes, v);
      const b = draw(club, v);
      expect(ids(a.nodes)).toEqual(ids(b.nodes));
      expect(ids(a.edges)).toEqual(ids(b.edges));
      expect(a.nodes.map((n) => n.data)).toEqual(b.nodes.map((n) => n.data));
    }
  });
});

describe('positions and scale', () => {
  it('gives every skill and member node a position', () => {
    const result = draw(club, view({ mode: 'everyone' }));
    for (const node of result.nodes) {
      if (node.data.kind !== 'category') expect(node.position, String(node.data.id)).toBeDefined();
    }
  });

  it('draws only the links that make coverage when there are too many to draw', () => {
    const skills = Array.from({ length: 40 }, (_, i) => skill(`S${i}`));
    const members = Array.from({ length: 100 }, (_, i) => member(`M${i}`));
    // every member: level 4 (holds, required 3) in S0–S4, level 1 in the other 35 → 4,000 links, 500 holding
    const expertise = members.flatMap((m) => skills.map((s, i) => link(m, s, i < 5 ? 4 : 1)));
    const result = draw(workspaceOf(members, skills, expertise));
    expect(result.thinnedEdges).toBe(true);
    expect(result.edges).toHaveLength(500);
    expect(result.edges.every((e) => e.data.holds === true)).toBe(true);
  });
});
