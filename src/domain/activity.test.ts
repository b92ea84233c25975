import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyse } from './analysis';
import {
  ACTIVITY_STATES,
  activityModel,
  activityRowOrder,
  freeCapacityOf,
  median,
  offboardingList,
  rateOf,
  stateOfReason,
  type ActivityModel,
} from './activity';
import {
  DEFAULT_ACTIVITY_THRESHOLDS,
  emptyWorkspace,
  newMember,
  workspaceOf,
  type ActivityThresholds,
  type Member,
  type MemberStatus,
  type Workspace,
} from './types';
import { link, skill } from '../../tests/helpers/workspaces';

function person(
  name: string,
  status: MemberStatus,
  workload: number | null,
  activity: number | null,
): Member {
  return newMember({ key: `n:${name}`, name, status, workload, activity });
}

// f = clamp(100 − workload, 0, 100), unknown workload → 100; r = a / max(f, 10) × 100 (unknown activity → 0).
//   Ann  amb  workload 50,   activity 10   → f 50,  r 10/50×100 = 20
//   Bob  amb  workload 0,    activity 10   → f 100, r 10
//   Cid  amb  workload 80,   activity 12   → f 20,  r 12/20×100 = 60
//   Dan  amb  workload 120,  activity 40   → overloaded (≥ 100): not in the norm
//   Fay  amb  workload 20,   activity 2    → f 80,  r 2/80×100 = 2.5
//   Gus  amb  workload null, activity null → f 100, a 0, r 0
//   Eve  employee, workload 0, activity 100 → not judged
const ann = person('Ann', 'ambassador', 50, 10);
const bob = person('Bob', 'ambassador', 0, 10);
const cid = person('Cid', 'ambassador', 80, 12);
const dan = person('Dan', 'ambassador', 120, 40);
const fay = person('Fay', 'ambassador', 20, 2);
const gus = person('Gus', 'ambassador', null, null);
const eve = person('Eve', 'employee', 0, 100);

const solo = skill('Solo');
const pair = skill('Pair');
const twin = skill('Twin');
const lone = skill('Lone');

function clubOf(members: Member[], leaving: string[] = []): Workspace {
  const workspace = workspaceOf(
    members,
    [solo, pair, twin, lone],
    [dan, fay, ann, bob]
      .filter((m) => members.includes(m))
      .flatMap((m) =>
        m === dan
          ? [link(dan, solo, 3)]
          : m === fay
            ? [link(fay, twin, 3), link(fay, lone, 4)]
            : [link(m, pair, 3)],
      ),
  );
  return { ...workspace, plan: { ...workspace.plan, leaving } };
}

const club = clubOf([ann, bob, cid, dan, fay, gus, eve]);

function modelOf(workspace: Workspace, thresholds: ActivityThresholds = DEFAULT_ACTIVITY_THRESHOLDS) {
  const analysis = analyse(workspace, { locale: 'en' });
  return { analysis, model: activityModel(analysis, thresholds) };
}

const states = (model: ActivityModel) => model.rows.map((r) => `${r.member.name} ${r.state}`);

describe('the activity formula', () => {
  test('free capacity, the 10 % floor and the median', () => {
    expect([freeCapacityOf(null), freeCapacityOf(0), freeCapacityOf(35), freeCapacityOf(140)]).toEqual([
      100, 100, 65, 0,
    ]);
    // f 5 is below the floor: 3 / max(5, 10) × 100 = 30, not 3/5×100 = 60; f 0 likewise: 4 / 10 × 100 = 40.
    expect([rateOf(3, 5), rateOf(4, 0), rateOf(3, 10), rateOf(10, 50)]).toEqual([30, 40, 30, 20]);
    // odd: the middle one; even: the mean of the two middle ones; none: 0.
    expect([median([60, 0, 20, 2.5, 10]), median([60, 20, 2.5, 10]), median([])]).toEqual([10, 15, 0]);
  });

  test('odd count: N is the middle rate; each ambassador gets a state and its numbers', () => {
    // Rates without the overloaded Dan: 0 (Gus), 2.5 (Fay), 10 (Bob), 20 (Ann), 60 (Cid) → N = 10.
    // expected = N × f / 100; quiet below 50 % of it, thriving from 150 % of it:
    //   Ann  10×50/100 = 5:  bounds 2.5 / 7.5, a 10 → thriving
    //   Bob  10:             bounds 5 / 15,    a 10 → steady
    //   Cid  10×20/100 = 2:  bounds 1 / 3,     a 12 → thriving
    //   Dan  overloaded (120 ≥ 100), expected 10×0/100 = 0
    //   Fay  10×80/100 = 8:  bounds 4 / 12,    a 2  → quiet
    //   Gus  10 (f 100):     bounds 5 / 15,    a 0  → quiet, workload and activity unknown
    const { model } = modelOf(club);
    expect(model.norm).toBe(10);
    expect(model.normBasis).toBe(5);
    expect(states(model)).toEqual([
      'Ann thriving',
      'Bob steady',
      'Cid thriving',
      'Dan overloaded',
      'Fay quiet',
      'Gus quiet',
    ]);
    expect(model.counts).toEqual({ overloaded: 1, quiet: 2, steady: 1, thriving: 2 });
    const fayRow = model.byKey.get(fay.key)!;
    expect(fayRow).toMatchObject({ index: 4, freeCapacity: 80, activity: 2, rate: 2.5, expected: 8 });
    expect(fayRow.reason).toMatchObject({
      rule: 'quiet',
      workload: 20,
      freeCapacity: 80,
      activity: 2,
      norm: 10,
      expected: 8,
      quietBound: 4,
      thrivingBound: 12,
      workloadUnknown: false,
      activityUnknown: false,
    });
    const gusRow = model.byKey.get(gus.key)!;
    // Unknown activity stays null in the data, and counts as 0 in the reason.
    expect(gusRow.activity).toBeNull();
    expect(gusRow.workload).toBeNull();
    expect(gusRow.reason).toMatchObject({ activity: 0, freeCapacity: 100, expected: 10 });
    expect(gusRow.reason.workloadUnknown && gusRow.reason.activityUnknown).toBe(true);
    expect(model.byKey.get(dan.key)!.reason).toMatchObject({
      rule: 'overloaded',
      workload: 120,
      expected: 0,
    });
    expect(model.byKey.has(eve.key)).toBe(false);
  });

  test('even count: N is the mean of the two middle rates', () => {
    // Without Gus: 2.5, 10, 20, 60 → N = (10 + 20) / 2 = 15.
    //   Ann  15×50/100 = 7.5:  bounds 3.75 / 11.25, a 10 → steady
    //   Bob  15:               bounds 7.5 / 22.5,   a 10 → steady
    //   Cid  15×20/100 = 3:    bounds 1.5 / 4.5,    a 12 → thriving
    //   Fay  15×80/100 = 12:   bounds 6 / 18,       a 2  → quiet
    const { model } = modelOf(clubOf([ann, bob, cid, dan, fay]));
    expect(model.norm).toBe(15);
    expect(states(model)).toEqual([
      'Ann steady',
      'Bob steady',
      'Cid thriving',
      'Dan overloaded',
      'Fay quiet',
    ]);
  });

  test('the 10 % floor keeps a nearly full ambassador from setting the norm', () => {
    // Hal: workload 95 → f 5, r 3 / 10 × 100 = 30 (not 60). Ida: workload 0, a 20 → r 20. N = (20 + 30) / 2 = 25.
    // Hal expected 25×5/100 = 1.25, thriving from 1.875 → a 3 thriving; Ida expected 25, bounds 12.5 / 37.5 → steady.
    const hal = person('Hal', 'ambassador', 95, 3);
    const ida = person('Ida', 'ambassador', 0, 20);
    const { model } = modelOf(workspaceOf([hal, ida], [], []));
    expect(model.byKey.get(hal.key)!.rate).toBe(30);
    expect(model.norm).toBe(25);
    expect(model.byKey.get(hal.key)!.expected).toBe(1.25);
    expect(states(model)).toEqual(['Hal thriving', 'Ida steady']);
  });

  test('ties at exactly a threshold: workload = overloadedFrom is overloaded, a = quiet bound is not quiet, a = thriving bound is thriving', () => {
    // P a 20, Q a 10, R a 30, all workload 0 → rates 20, 10, 30 → N 20, expected 20, bounds 10 / 30.
    // S workload exactly 100 → overloaded; T workload 99 (f 1, floor 10: r 0) joins the norm: 0, 10, 20, 30.
    // First without T: Q 10 = 10 → steady; R 30 = 30 → thriving.
    const p = person('P', 'ambassador', 0, 20);
    const q = person('Q', 'ambassador', 0, 10);
    const r = person('R', 'ambassador', 0, 30);
    const s = person('S', 'ambassador', 100, 0);
    const { model } = modelOf(workspaceOf([p, q, r, s], [], []));
    expect(model.norm).toBe(20);
    expect(states(model)).toEqual(['P steady', 'Q steady', 'R thriving', 'S overloaded']);
    const t = person('T', 'ambassador', 99, 0);
    // With T: N = (10 + 20) / 2 = 15, expected 15, bounds 7.5 / 22.5 (R 30 still thriving, Q 10 steady);
    // T expected 15 × 1 / 100 = 0.15, quiet bound 0.075 → a 0 quiet.
    const withT = modelOf(workspaceOf([p, q, r, s, t], [], [])).model;
    expect(withT.norm).toBe(15);
    expect(states(withT)).toEqual(['P steady', 'Q steady', 'R thriving', 'S overloaded', 'T quiet']);
  });

  test('N = 0: nobody is quiet (nothing is expected); any activity at all is thriving', () => {
    // X a 0, Y a unknown, Z a 5, all workload 0 → rates 0, 0, 5 → N = 0, expected 0, bounds 0 / 0.
    // X: 0 < 0 no; a > 0 no → steady. Y: the same, activity unknown. Z: 5 > 0 and 5 ≥ 0 → thriving.
    const x = person('X', 'ambassador', 0, 0);
    const y = person('Y', 'ambassador', 0, null);
    const z = person('Z', 'ambassador', 0, 5);
    const { model } = modelOf(workspaceOf([x, y, z], [], []));
    expect(model.norm).toBe(0);
    expect(states(model)).toEqual(['X steady', 'Y steady', 'Z thriving']);
    expect(model.byKey.get(y.key)!.reason.activityUnknown).toBe(true);
    // Everyone overloaded: no rate to take the median of → N = 0.
    const all = modelOf(workspaceOf([person('O', 'ambassador', 150, 9)], [], [])).model;
    expect([all.norm, all.normBasis, all.counts.overloaded]).toEqual([0, 0, 1]);
  });

  test('edited thresholds: overload from 130, quiet below 100 %, thriving from 200 %', () => {
    // Dan (120) is no longer overloaded: f 0, r 40 / 10 × 100 = 400. Rates 0, 2.5, 10, 20, 60, 400 → N = 15.
    //   Ann  7.5:  bounds 7.5 / 15, a 10 → steady (10 ≥ 7.5, 10 < 15)
    //   Bob  15:   bounds 15 / 30,  a 10 → quiet
    //   Cid  3:    bounds 3 / 6,    a 12 → thriving
    //   Dan  0:    bounds 0 / 0,    a 40 → thriving
    //   Fay  12:   bounds 12 / 24,  a 2  → quiet
    //   Gus  15:   bounds 15 / 30,  a 0  → quiet
    const { model } = modelOf(club, { overloadedFrom: 130, quietBelow: 100, thrivingFrom: 200 });
    expect(model.norm).toBe(15);
    expect(states(model)).toEqual([
      'Ann steady',
      'Bob quiet',
      'Cid thriving',
      'Dan thriving',
      'Fay quiet',
      'Gus quiet',
    ]);
    expect(model.counts).toEqual({ overloaded: 0, quiet: 3, steady: 1, thriving: 2 });
  });

  test('nobody is an ambassador, or nobody at all: no rows, N = 0', () => {
    for (const workspace of [workspaceOf([eve], [], []), emptyWorkspace()]) {
      const { model } = modelOf(workspace);
      expect(model.rows).toEqual([]);
      expect(model.norm).toBe(0);
      expect(model.counts).toEqual({ overloaded: 0, quiet: 0, steady: 0, thriving: 0 });
    }
  });

  test('a leaver is still judged and listed, but the norm is the club that stays', () => {
    // Fay leaving: rates 0, 10, 20, 60 → N = 15; Fay expected 12, quiet bound 6 → quiet, marked leaving.
    const { model } = modelOf(clubOf([ann, bob, cid, dan, fay, gus, eve], [fay.key]));
    expect(model.norm).toBe(15);
    expect(model.byKey.get(fay.key)).toMatchObject({ leaving: true, state: 'quiet', expected: 12 });
    expect(model.byKey.get(ann.key)!.leaving).toBe(false);
  });

  test('report order: overloaded, quiet, steady, thriving, then name', () => {
    const { analysis, model } = modelOf(club);
    expect([...model.rows].sort(activityRowOrder(analysis)).map((r) => r.member.name)).toEqual([
      'Dan',
      'Fay',
      'Gus',
      'Bob',
      'Ann',
      'Cid',
    ]);
  });
});

describe('offboarding list', () => {
  test('overloaded first, then quiet by unique skills held, with those skills', () => {
    // Dan overloaded, alone in Solo; Fay quiet, alone in Twin and Lone; Gus quiet, alone in nothing.
    // Ann and Bob share Pair (coverage 2): unique to nobody.
    const { analysis, model } = modelOf(club);
    expect(
      offboardingList(analysis, model).map(
        (e) => `${e.row.member.name} ${e.row.state}: ${e.uniqueSkills.map((s) => s.skill.name).join(', ')}`,
      ),
    ).toEqual(['Dan overloaded: Solo', 'Fay quiet: Twin, Lone', 'Gus quiet: ']);
  });

  test('leavers are left out (their cost is the gaps they open)', () => {
    const { analysis, model } = modelOf(clubOf([ann, bob, cid, dan, fay, gus], [fay.key]));
    expect(offboardingList(analysis, model).map((e) => e.row.member.name)).toEqual(['Dan', 'Gus']);
  });
});

describe('activity properties', () => {
  const number = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
  const clubArb = fc.record({
    members: fc.array(
      fc.record({
        status: fc.constantFrom<MemberStatus>('ambassador', 'ambassador', 'employee', 'alumni'),
        workload: number(300),
        activity: number(60),
        leaving: fc.boolean(),
      }),
      { maxLength: 25 },
    ),
    thresholds: fc.record({
      overloadedFrom: fc.integer({ min: 0, max: 300 }),
      quietBelow: fc.integer({ min: 0, max: 200 }),
      thrivingFrom: fc.integer({ min: 0, max: 400 }),
    }),
  });

  test('every ambassador gets exactly one state, and the reason’s numbers give that state again', () => {
    fc.assert(
      fc.property(clubArb, ({ members, thresholds }) => {
        const list = members.map((m, i) => person(`M${i}`, m.status, m.workload, m.activity));
        const workspace = workspaceOf(list, [], []);
        workspace.plan.leaving = list.filter((_, i) => members[i].leaving).map((m) => m.key);
        const { analysis, model } = modelOf(workspace, thresholds);
        const judged = list.filter((m) => m.status === 'ambassador');
        expect(model.rows.map((r) => r.member)).toEqual(judged);
        expect(new Set(model.rows.map((r) => r.member.key)).size).toBe(judged.length);
        for (const row of model.rows) {
          expect(ACTIVITY_STATES).toContain(row.state);
          expect(row.reason.rule).toBe(row.state);
          expect(stateOfReason(row.reason)).toBe(row.state);
          expect(row.leaving).toBe(analysis.leaver[row.index] === 1);
        }
        expect(ACTIVITY_STATES.reduce((sum, s) => sum + model.counts[s], 0)).toBe(judged.length);
      }),
    );
  });
});
