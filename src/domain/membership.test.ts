import { describe, expect, test } from 'vitest';
import { ambassadorCount, inCandidatePool, isAmbassador, isLeaver, leavingKeys } from './membership';
import { emptyPlan, emptyWorkspace, newMember, type MemberStatus } from './types';

const person = (name: string, status: MemberStatus) => newMember({ key: `n:${name}`, name, status });
const anna = person('anna', 'ambassador');
const vera = person('vera', 'employee');
const gleb = person('gleb', 'alumni');

describe('membership', () => {
  test('the ambassador count leaves out those marked as leaving', () => {
    const ws = {
      ...emptyWorkspace(),
      members: [anna, vera, gleb, newMember({ key: 'i:b', name: 'B', status: 'ambassador' })],
    };
    expect(ambassadorCount(ws)).toBe(2);
    expect(ambassadorCount({ ...ws, plan: { ...emptyPlan(), leaving: [anna.key] } })).toBe(1);
    expect(ambassadorCount(emptyWorkspace())).toBe(0);
  });

  test('an ambassador counts as one until marked as leaving', () => {
    expect(isAmbassador(anna, new Set())).toBe(true);
    expect(isAmbassador(anna, new Set([anna.key]))).toBe(false);
  });

  test('a leaver is an ambassador marked as leaving, and never in the candidate pool', () => {
    const leaving = new Set([anna.key]);
    expect(isLeaver(anna, leaving)).toBe(true);
    expect(isLeaver(anna, new Set())).toBe(false);
    expect(inCandidatePool(anna)).toBe(false);
  });

  test('employees and alumni are the candidate pool; a leaving mark on them makes no leaver', () => {
    const leaving = new Set([vera.key, gleb.key]);
    for (const m of [vera, gleb]) {
      expect(inCandidatePool(m)).toBe(true);
      expect(isLeaver(m, leaving)).toBe(false);
      expect(isAmbassador(m, leaving)).toBe(false);
    }
  });

  test('leaving keys are the plan’s, plus the extra ones asked for', () => {
    const workspace = {
      ...emptyWorkspace(),
      plan: { ...emptyPlan(), leaving: ['n:anna'], pinned: [], excluded: [] },
    };
    expect([...leavingKeys(workspace)]).toEqual(['n:anna']);
    expect([...leavingKeys(workspace, new Set(['n:boris']))].sort()).toEqual(['n:anna', 'n:boris']);
  });
});
