// The map's activity marks: overloaded and quiet ambassadors carry `activity` in their node data, drawn as a
// symbol before the name (and said by the keyboard cursor); everyone else carries no such field.
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { activityModel } from '../domain/activity';
import { analyse } from '../domain/analysis';
import { NO_FILTER } from '../domain/explorerFilter';
import {
  DEFAULT_ACTIVITY_THRESHOLDS,
  emptyPlan,
  newMember,
  newSkill,
  workspaceOf,
  type Member,
  type Workspace,
} from '../domain/types';
import { translator } from '../i18n/i18n';
import { link } from '../../tests/helpers/workspaces';
import { toAggregateElements } from './aggregate';
import { activityMarkOf, toElements, type GraphView, type MemberNodeData } from './elements';
import { describeNode } from './keyboardNav';
import { drawnMemberLabel, memberExtent } from './labels';

const person = (name: string, workload: number | null, activity: number | null, status: Member['status']) =>
  newMember({ key: `n:${name.toLowerCase()}`, name, department: 'IT', status, workload, activity });

/*
 * Rates of the ambassadors who are not overloaded (activity / free capacity × 100): Boris 1 / 50 → 2,
 * Clara 10 / 100 → 10, Dmitry 8 / 80 → 10; club norm N = 10.
 * Anna: workload 100 → overloaded. Boris: expected 5, 1 < 2.5 → quiet. Clara 10 of 10, Dmitry 8 of 8 → steady.
 * Vera is an employee: not judged, never marked.
 */
const anna = person('Anna', 100, 5, 'ambassador');
const boris = person('Boris', 50, 1, 'ambassador');
const clara = person('Clara', 0, 10, 'ambassador');
const dmitry = person('Dmitry', 20, 8, 'ambassador');
const vera = person('Vera', 100, 0, 'employee');
const python = newSkill({ key: 'n:python', name: 'Python', category: 'Data', target: 1, requiredLevel: 3 });
const club: Workspace = workspaceOf(
  [anna, boris, clara, dmitry, vera],
  [python],
  [anna, boris, clara, dmitry, vera].map((m) => link(m, python, 4)),
);

function view(overrides: Partial<GraphView> = {}): GraphView {
  return { mode: 'everyone', focus: null, filter: NO_FILTER, steps: 1, uncategorisedLabel: '', ...overrides };
}

function drawWithActivity(workspace: Workspace) {
  const analysis = analyse(workspace, { locale: 'en' });
  const activity = activityModel(analysis, DEFAULT_ACTIVITY_THRESHOLDS);
  return { analysis, activity, elements: toElements(workspace, analysis, view({ activity })) };
}

const dataOf = (nodes: ElementDefinition[], name: string) =>
  nodes.find((n) => n.data.label === name)?.data as MemberNodeData;

describe('activity marks on the map', () => {
  it('marks the overloaded and the quiet ambassador, and nobody else', () => {
    const { nodes } = drawWithActivity(club).elements;
    expect(dataOf(nodes, 'Anna').activity).toBe('overloaded');
    expect(dataOf(nodes, 'Boris').activity).toBe('quiet');
    // steady ambassadors and the employee (workload 100, but not judged) carry no field at all
    for (const name of ['Clara', 'Dmitry', 'Vera']) expect('activity' in dataOf(nodes, name)).toBe(false);
  });

  it('marks nobody when no activity model is given (the data stays as before)', () => {
    const analysis = analyse(club, { locale: 'en' });
    const { nodes } = toElements(club, analysis, view());
    expect(nodes.some((n) => 'activity' in n.data)).toBe(false);
  });

  it('leaves a leaver unmarked: they are drawn as leaving already', () => {
    // Boris leaves: the norm is the median of Clara's and Dmitry's 10; Boris is still quiet but not marked
    const leaving: Workspace = { ...club, plan: { ...emptyPlan(), leaving: [boris.key] } };
    const { activity, elements } = drawWithActivity(leaving);
    expect(activity.byKey.get(boris.key)?.state).toBe('quiet');
    expect(activityMarkOf(activity, boris.key)).toBeUndefined();
    expect(dataOf(elements.nodes, 'Boris')).toMatchObject({ status: 'leaving' });
    expect('activity' in dataOf(elements.nodes, 'Boris')).toBe(false);
    expect(dataOf(elements.nodes, 'Anna').activity).toBe('overloaded');
  });

  it("marks a department's people on the organisation overview too", () => {
    const analysis = analyse(club, { locale: 'en' });
    const activity = activityModel(analysis, DEFAULT_ACTIVITY_THRESHOLDS);
    const { nodes } = toAggregateElements(club, analysis, {
      mode: 'ambassadors',
      filter: NO_FILTER,
      step: { kind: 'department', key: 'IT' },
      t: translator('en'),
      activity,
    });
    expect(dataOf(nodes, 'Anna').activity).toBe('overloaded');
    expect(dataOf(nodes, 'Boris').activity).toBe('quiet');
    expect('activity' in dataOf(nodes, 'Clara')).toBe(false);
  });

  it('draws the symbol before the name, makes room for it, and says the state to the keyboard cursor', () => {
    expect(drawnMemberLabel('Anna', 'overloaded')).toBe('▲ Anna');
    expect(drawnMemberLabel('Boris', 'quiet')).toBe('◌ Boris');
    expect(drawnMemberLabel('Clara', undefined)).toBe('Clara');
    // the layout measures the name as drawn: two characters wider
    expect(memberExtent('▲ Anna', true).right).toBeGreaterThan(memberExtent('Anna', true).right);
    const { nodes } = drawWithActivity(club).elements;
    expect(nodes.filter((n) => n.data.kind === 'member').every((n) => n.position)).toBe(true);
    const en = translator('en');
    const ru = translator('ru');
    expect(describeNode(dataOf(nodes, 'Anna'), en)).toBe('Anna, Ambassador, Overloaded');
    expect(describeNode(dataOf(nodes, 'Boris'), ru)).toMatch(/^Boris, .*, Низкая активность$/);
    expect(describeNode(dataOf(nodes, 'Clara'), en)).toBe('Clara, Ambassador');
  });
});
