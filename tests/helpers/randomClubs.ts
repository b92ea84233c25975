// Random small clubs for the property tests (fast-check): skills with random settings and links between
// random members and skills. Each test draws its own members (what it varies about people differs); these
// build the rest. Imports only src/domain, so domain tests may use it.
import fc from 'fast-check';
import type { CohortOptions } from '../../src/domain/cohortTypes';
import type { Expertise, Member, MemberStatus, Skill } from '../../src/domain/types';
import { link, skill } from './workspaces';

export const STATUSES: readonly MemberStatus[] = ['ambassador', 'employee', 'alumni'];

export interface SkillDraw {
  maxTarget: number;
  weights: readonly number[];
  maxSkills: number;
}

/**
 * 1 to `maxSkills` skills, the i-th named `skill <i>` with key `s<i>`: a target from 0 to `maxTarget`, a
 * required level from 1 to 5, a weight from `weights`.
 */
export function randomSkills({ maxTarget, weights, maxSkills }: SkillDraw): fc.Arbitrary<Skill[]> {
  return fc
    .array(
      fc.record({
        target: fc.integer({ min: 0, max: maxTarget }),
        requiredLevel: fc.integer({ min: 1, max: 5 }),
        weight: fc.constantFrom(...weights),
      }),
      { minLength: 1, maxLength: maxSkills },
    )
    .map((skills) => skills.map((s, i) => ({ ...skill(`skill ${i}`, s), key: `s${i}` })));
}

/** A member index, a skill index (both taken modulo the club's sizes by `linksOf`) and a level from 1 to 5. */
export type LinkDraw = [member: number, skill: number, level: number];

export function randomLinkDraws(maxLinks: number): fc.Arbitrary<LinkDraw[]> {
  return fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: maxLinks });
}

/** The drawn links of a club: one per member and skill, the last level drawn for a pair wins; none without members. */
export function linksOf(
  members: readonly Member[],
  skills: readonly Skill[],
  draws: readonly LinkDraw[],
): Expertise[] {
  const pairs = new Map<string, Expertise>();
  if (members.length > 0)
    for (const [mi, si, level] of draws) {
      const m = members[mi % members.length];
      const s = skills[si % skills.length];
      pairs.set(`${m.key}|${s.key}`, link(m, s, level));
    }
  return [...pairs.values()];
}

/**
 * The planner's settings for a small club: a size up to 5, department and location caps up to 2 or none, a
 * workload ceiling up to 100 % or none, any of the statuses it may pick.
 */
export function randomCohortOptions(): fc.Arbitrary<Partial<CohortOptions>> {
  return fc.record({
    size: fc.integer({ min: 0, max: 5 }),
    maxPerDepartment: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    maxPerLocation: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    workloadCeiling: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    eligibleStatuses: fc.subarray(['employee', 'alumni'] as MemberStatus[]),
  });
}
