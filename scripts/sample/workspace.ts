// The generated people and skills as the app's workspace in one language, and the app's own analysis of it.
import { analyse, type SkillCoverage } from '../../src/domain/analysis';
import { memberKeyFor, skillKeyFor } from '../../src/domain/normalise';
import { newMember, newSkill, workspaceOf, type Expertise, type Workspace } from '../../src/domain/types';
import type { ColumnLang } from '../../src/domain/fields';
import type { SampleMember } from './members';
import { CATEGORIES, SKILLS, type PlannedSkill } from './organisation';

export function sampleWorkspace(members: readonly SampleMember[], lang: ColumnLang): Workspace {
  const memberList = members.map((m) =>
    newMember({
      key: memberKeyFor(m.id, m.name[lang]),
      memberId: m.id,
      name: m.name[lang],
      department: m.dept[lang],
      location: m.city[lang],
      title: m.title[lang],
      email: m.email,
      status: m.status,
      workload: m.workload,
      activity: m.activity,
      roles: m.roles.map((r) => r[lang]),
    }),
  );
  const skills = SKILLS.map((s) =>
    newSkill({
      key: skillKeyFor(s.id, s[lang]),
      skillId: s.id,
      name: s[lang],
      category: CATEGORIES[s.cat][lang],
      target: s.target,
      requiredLevel: s.req,
      weight: s.weight,
    }),
  );
  // Links member by member, each in skill order: the order the expertise file lists them.
  const expertise: Expertise[] = [];
  members.forEach((m, i) => {
    SKILLS.forEach((s, j) => {
      const e = m.skills.get(s.id);
      if (e)
        expertise.push({
          memberKey: memberList[i].key,
          skillKey: skills[j].key,
          level: e.level,
          interest: e.interest,
        });
    });
  });
  return workspaceOf(memberList, skills, expertise);
}

/** Coverage, gap, status and candidates of every skill, as the app computes them (SKILLS order). */
export function sampleAnalysis(members: readonly SampleMember[], lang: ColumnLang): SkillCoverage[] {
  return analyse(sampleWorkspace(members, lang), { locale: lang }).skills;
}

/** One skill's coverage and candidate count as the app computes them. */
export function skillOutcome(members: readonly SampleMember[], skill: PlannedSkill): SkillCoverage {
  return sampleAnalysis(members, 'en')[SKILLS.indexOf(skill)];
}
