import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { hasUniqueExpertise, uniqueHolder, uniqueSkillsOf } from './unique';
import { emptyPlan, newMember, newSkill, workspaceOf, type MemberStatus, type Workspace } from './types';

const person = (name: string, status: MemberStatus = 'ambassador') =>
  newMember({ key: `n:${name}`, name, status });
const anna = person('Anna');
const boris = person('Boris');
const vera = person('Vera', 'employee');
// Design: target 2, only Anna at the required level → coverage 1, status gap, but unique expertise still.
const design = newSkill({ key: 's:design', name: 'Design', target: 2 });
// SQL: target 1, Anna and Boris hold it → coverage 2, nobody's unique expertise.
const sql = newSkill({ key: 's:sql', name: 'SQL' });
// Go: target 1, Boris alone → single holder, unique.
const go = newSkill({ key: 's:go', name: 'Go' });
const club: Workspace = workspaceOf(
  [anna, boris, vera],
  [design, sql, go],
  [
    { memberKey: anna.key, skillKey: design.key, level: 4, interest: false },
    { memberKey: boris.key, skillKey: design.key, level: 2, interest: false },
    { memberKey: vera.key, skillKey: design.key, level: 5, interest: false },
    { memberKey: anna.key, skillKey: sql.key, level: 3, interest: false },
    { memberKey: boris.key, skillKey: sql.key, level: 5, interest: false },
    { memberKey: boris.key, skillKey: go.key, level: 3, interest: false },
  ],
);
const entry = (a: ReturnType<typeof analyse>, key: string) => a.bySkill.get(key)!;
const keys = (list: readonly { skill: { key: string } }[]) => list.map((e) => e.skill.key);

describe('unique expertise', () => {
  const a = analyse(club, { locale: 'en' });

  test('a skill with target 2 and one holder is that holder’s unique expertise', () => {
    expect(entry(a, design.key).status).toBe('gap');
    expect(uniqueHolder(entry(a, design.key))?.member.key).toBe(anna.key);
    expect(keys(uniqueSkillsOf(a, anna.key))).toEqual([design.key]);
  });

  test('a skill held by two ambassadors is nobody’s unique expertise', () => {
    expect(uniqueHolder(entry(a, sql.key))).toBeNull();
  });

  test('each member’s unique skills are listed in workspace order', () => {
    expect(keys(uniqueSkillsOf(a, boris.key))).toEqual([go.key]);
    expect(uniqueSkillsOf(a, vera.key)).toEqual([]);
    expect([anna, boris, vera].map((m) => hasUniqueExpertise(a, m.key))).toEqual([true, true, false]);
  });

  test('a leaver holds nothing, so their co-holder’s skill becomes unique', () => {
    const b = analyse(
      { ...club, plan: { ...emptyPlan(), leaving: [anna.key], pinned: [], excluded: [] } },
      { locale: 'en' },
    );
    expect(uniqueHolder(entry(b, design.key))).toBeNull(); // nobody left at level 3
    expect(uniqueSkillsOf(b, anna.key)).toEqual([]);
    expect(hasUniqueExpertise(b, anna.key)).toBe(false);
    expect(keys(uniqueSkillsOf(b, boris.key))).toEqual([sql.key, go.key]);
  });
});
