// The planner at organisation scale (20,000 members, 500 skills, 200,000 links): prints its time, asserts only
// what it picked (CI machines vary too much for a time limit; the budget is ≤ 20 ms, docs/contract.md "Scale").
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { planCohort } from './cohort';
import { emptyLinks, emptyPlan, newMember, newSkill, type MemberStatus, type Workspace } from './types';

function organisation(members: number, skills: number, links: number): Workspace {
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('planner speed', () => {
  test('20,000 members, 500 skills, 200,000 links', () => {
    const workspace = organisation(20_000, 500, 200_000);
    // Warm up on one analysis, then time a fresh one (as after a target edit): its first plan builds the gap lists.
    const warmUp = analyse(workspace, { locale: 'en' });
    for (let i = 0; i < 5; i++) planCohort(warmUp, { size: 10 + i });
    const analysis = analyse(workspace, { locale: 'en' });
    let t = performance.now();
    const first = planCohort(analysis);
    const cold = performance.now() - t;
    const warm: number[] = [];
    const capped: number[] = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      planCohort(analysis, { size: 10 + i });
      warm.push(performance.now() - t);
      t = performance.now();
      planCohort(analysis, { size: 50, maxPerDepartment: 1, maxPerLocation: 5, workloadCeiling: 60 });
      capped.push(performance.now() - t);
    }
    console.log(
      `planCohort at 20k/500/200k: ${cold.toFixed(1)} ms on a fresh analysis (gap lists built), then median ` +
        `${median(warm).toFixed(1)} ms (size 10–24), ${median(capped).toFixed(1)} ms (size 50, caps, ceiling)`,
    );
    expect(first.picks).toHaveLength(10);
    expect(first.openGaps.length).toBeGreaterThan(100);
  });
});
