// An organisation-scale workspace for the speed tests: seeded, so every run plans the same organisation.
// Imports only src/domain, so domain tests may use it too.
import {
  emptyLinks,
  emptyPlan,
  newMember,
  newSkill,
  type MemberStatus,
  type Workspace,
} from '../../src/domain/types';

export function organisation(members: number, skills: number, links: number): Workspace {
  // mulberry32: a seeded generator, so every run plans the same organisation.
  let seed = 12345;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  // One in 20 an ambassador: about 12 holders per skill, so targets of 1–24 leave about half the skills open.
  const statuses: MemberStatus[] = [
    'ambassador',
    ...Array<MemberStatus>(15).fill('employee'),
    'alumni',
    'alumni',
    'alumni',
    'alumni',
  ];
  const memberList = Array.from({ length: members }, (_, i) =>
    newMember({
      key: `i:${i}`,
      memberId: String(i),
      name: `Member ${i}`,
      department: `Dept ${i % 40}`,
      location: `City ${i % 7}`,
      status: statuses[i % statuses.length],
      workload: i % 9 === 0 ? null : Math.floor(random() * 101),
    }),
  );
  const skillList = Array.from({ length: skills }, (_, i) =>
    newSkill({ key: `s:${i}`, name: `Skill ${i}`, target: 1 + (i % 24), weight: 1 + (i % 4) * 0.5 }),
  );
  const table = emptyLinks(links);
  const seen = new Set<number>();
  for (let i = 0; i < links;) {
    const m = Math.floor(random() * members);
    const s = Math.floor(random() * skills);
    if (seen.has(m * skills + s)) continue;
    seen.add(m * skills + s);
    table.member[i] = m;
    table.skill[i] = s;
    table.level[i] = 1 + Math.floor(random() * 5);
    i++;
  }
  return { members: memberList, skills: skillList, links: table, plan: emptyPlan() };
}
