// Small hand-made workspaces for the analysis, gap report and graph tests: a member, a skill or a link in one
// call, so a club reads like a table. Imports only src/domain, so domain tests may use it too.
import type { Analysis, SkillCoverage } from '../../src/domain/analysis';
import {
  newMember,
  newSkill,
  workspaceOf,
  type Expertise,
  type Member,
  type MemberStatus,
  type Skill,
  type Workspace,
} from '../../src/domain/types';

/** A member known by name only (key `n:<name>`): a status and a workload, nothing else. */
export function member(name: string, status: MemberStatus, workload: number | null = null): Member {
  return newMember({ key: `n:${name}`, name, status, workload });
}

/** A skill known by name only (key `s:<name>`): the defaults of docs/contract.md unless `settings` differ. */
export function skill(name: string, settings: Partial<Omit<Skill, 'key' | 'name'>> = {}): Skill {
  return newSkill({ key: `s:${name}`, name, ...settings });
}

export function link(m: Member, s: Skill, level: number): Expertise {
  return { memberKey: m.key, skillKey: s.key, level, interest: false };
}

// ---- the hand-made club of the analysis tests ----
//
// skills (target, required level, weight):
//   Python      2, 3, 3
//   SQL         1, 3, 2
//   Kubernetes  1, 4, 1
//   UX Research 0, 3, 1
//   Mentoring   2, 3, 1.5
// members (status, workload) and their levels:
//   Anna   ambassador 50    Python 5, SQL 4, Kubernetes 3
//   Boris  ambassador null  Python 3, Mentoring 2
//   Vera   employee   40    Python 4, Kubernetes 4, Mentoring 3
//   Gleb   alumni     null  Mentoring 5, SQL 3
//   Dina   employee   100   Mentoring 3, UX Research 5

export const python = skill('Python', { target: 2, requiredLevel: 3, weight: 3 });
export const sql = skill('SQL', { target: 1, requiredLevel: 3, weight: 2 });
export const kubernetes = skill('Kubernetes', { target: 1, requiredLevel: 4, weight: 1 });
export const ux = skill('UX Research', { target: 0, requiredLevel: 3, weight: 1 });
export const mentoring = skill('Mentoring', { target: 2, requiredLevel: 3, weight: 1.5 });

export const anna = member('Anna', 'ambassador', 50);
export const boris = member('Boris', 'ambassador', null);
export const vera = member('Vera', 'employee', 40);
export const gleb = member('Gleb', 'alumni', null);
export const dina = member('Dina', 'employee', 100);

export const club: Workspace = workspaceOf(
  [anna, boris, vera, gleb, dina],
  [python, sql, kubernetes, ux, mentoring],
  [
    link(anna, python, 5),
    link(anna, sql, 4),
    link(anna, kubernetes, 3),
    link(boris, python, 3),
    link(boris, mentoring, 2),
    link(vera, python, 4),
    link(vera, kubernetes, 4),
    link(vera, mentoring, 3),
    link(gleb, mentoring, 5),
    link(gleb, sql, 3),
    link(dina, mentoring, 3),
    link(dina, ux, 5),
  ],
);

// ---- reading an analysis back ----

export function entryOf(analysis: Analysis, s: Skill): SkillCoverage {
  const entry = analysis.bySkill.get(s.key);
  if (!entry) throw new Error(`no analysis for ${s.name}`);
  return entry;
}

export const names = (list: { member: Member }[]) => list.map((h) => h.member.name);
export const withLevels = (list: { member: Member; level: number }[]) =>
  list.map((h) => `${h.member.name} ${h.level}`);
