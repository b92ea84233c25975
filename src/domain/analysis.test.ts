import { test, expect, describe } from 'vitest';
import fc from 'fast-check';
import {
  analyse,
  gapReportOrder,
  rankedCandidates,
  scoreOf,
  topCandidates,
  type Analysis,
  type SkillCoverage,
} from './analysis';
import type { Expertise, Member, MemberStatus, Skill, Workspace } from './types';
import { workspaceOf, expertiseList } from './types';
import { explainScore, candidatesOf } from './analysis';
import { roundScore, workloadFactor } from './score';

// ---- helpers: tiny builders so a workspace reads like a table ----

function member(name: string, status: MemberStatus, workload: number | null = null): Member {
  return {
    key: `n:${name}`,
    memberId: '',
    name,
    department: '',
    location: '',
    title: '',
    email: '',
    status,
    workload,
    activity: null,
    roles: [],
  };
}

function skill(name: string, target: number, requiredLevel: number, weight = 1): Skill {
  return { key: `s:${name}`, skillId: '', name, category: '', target, requiredLevel, weight };
}

function link(m: Member, s: Skill, level: number): Expertise {
  return { memberKey: m.key, skillKey: s.key, level, interest: false };
}

function entryOf(analysis: Analysis, s: Skill): SkillCoverage {
  const entry = analysis.bySkill.get(s.key);
  if (!entry) throw new Error(`no analysis for ${s.name}`);
  return entry;
}

const names = (list: { member: Member }[]) => list.map((h) => h.member.name);
const withLevels = (list: { member: Member; level: number }[]) =>
  list.map((h) => `${h.member.name} ${h.level}`);

// ---- the hand-made club ----
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

const python = skill('Python', 2, 3, 3);
const sql = skill('SQL', 1, 3, 2);
const kubernetes = skill('Kubernetes', 1, 4, 1);
const ux = skill('UX Research', 0, 3, 1);
const mentoring = skill('Mentoring', 2, 3, 1.5);

const anna = member('Anna', 'ambassador', 50);
const boris = member('Boris', 'ambassador', null);
const vera = member('Vera', 'employee', 40);
const gleb = member('Gleb', 'alumni', null);
const dina = member('Dina', 'employee', 100);

const club: Workspace = workspaceOf(
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

describe('coverage, gap and status', () => {
  const a = analyse(club, { locale: 'en' });

  test('gap is zero when coverage meets the target', () => {
    // Python: ambassadors Anna (5) and Boris (3) reach level 3 → coverage 2 = target 2 → gap 0, covered.
    const e = entryOf(a, python);
    expect([e.coverage, e.gap, e.status]).toEqual([2, 0, 'covered']);
  });

  test('one holder meeting a target of one is a single holder', () => {
    // SQL: Anna (4) is the only ambassador at ≥ 3 → coverage 1 ≥ target 1 → single_holder, gap 0.
    const e = entryOf(a, sql);
    expect([e.coverage, e.gap, e.status]).toEqual([1, 0, 'single_holder']);
  });

  test('a level below the required level does not count as holding the skill', () => {
    // Kubernetes needs 4: Anna has 3 → coverage 0, gap 1 − 0 = 1.
    const e = entryOf(a, kubernetes);
    expect([e.coverage, e.gap, e.status]).toEqual([0, 1, 'gap']);
    expect(e.holders).toEqual([]);
    // Mentoring needs 3: Boris has 2 → coverage 0, gap 2 − 0 = 2.
    const m = entryOf(a, mentoring);
    expect([m.coverage, m.gap, m.status]).toEqual([0, 2, 'gap']);
  });

  test('a skill with target 0 is covered even when nobody holds it', () => {
    // UX Research: no ambassador, target 0 → gap max(0, 0 − 0) = 0 → covered.
    const e = entryOf(a, ux);
    expect([e.coverage, e.gap, e.status]).toEqual([0, 0, 'covered']);
  });

  test('totals count skills by status and add up the open gap', () => {
    // gap: Kubernetes, Mentoring; single holder: SQL; covered: Python, UX Research; open gap 1 + 2 = 3.
    expect(a.totals).toEqual({
      skills: 5,
      gapSkills: 2,
      singleHolderSkills: 1,
      coveredSkills: 2,
      openGap: 3,
    });
  });

  test('holders are ambassadors by level, highest first', () => {
    expect(withLevels(entryOf(a, python).holders)).toEqual(['Anna 5', 'Boris 3']);
  });

  test('alumni and employees are candidates, ambassadors never', () => {
    // Python candidates: Vera (employee, 4); Anna and Boris are ambassadors → holders, not candidates.
    expect(withLevels(rankedCandidates(a, entryOf(a, python)))).toEqual(['Vera 4']);
    // SQL: Gleb (alumni, 3).
    expect(withLevels(rankedCandidates(a, entryOf(a, sql)))).toEqual(['Gleb 3']);
    // Ambassadors get no candidate score at all.
    expect(explainScore(a, anna.key) !== null).toBe(false);
    expect(explainScore(a, boris.key) !== null).toBe(false);
  });

  test('a non-ambassador below the required level is no candidate', () => {
    // Kubernetes needs 4: Vera (4) qualifies; Anna (3) is an ambassador anyway; nobody else has it.
    expect(names(candidatesOf(a, entryOf(a, kubernetes)))).toEqual(['Vera']);
  });
});

describe('candidate score', () => {
  const a = analyse(club, { locale: 'en' });

  test('workload factor is 1 at 0 %, ½ at 100 %, and null counts as 0 %', () => {
    expect(workloadFactor(0)).toBe(1);
    expect(workloadFactor(100)).toBe(0.5);
    expect(workloadFactor(40)).toBeCloseTo(0.8, 12); // 1 − 40/200
    expect(workloadFactor(null)).toBe(1);
  });

  test('score sums weight × level / 5 × workload factor over open-gap skills only', () => {
    // Open gaps: Kubernetes (w 1), Mentoring (w 1.5). Python and SQL are not gaps, UX Research has gap 0.
    // Vera, workload 40 → factor 0.8: Kubernetes 1 × 4/5 × 0.8 = 0.64, Mentoring 1.5 × 3/5 × 0.8 = 0.72,
    //   Python (4) is no gap → nothing. Total 1.36.
    expect(scoreOf(a, vera.key)).toBeCloseTo(1.36, 10);
    const veraParts = explainScore(a, vera.key)!.contributions.map((c) => [
      c.skillKey,
      Number(c.points.toFixed(4)),
    ]);
    expect(veraParts).toEqual([
      [kubernetes.key, 0.64],
      [mentoring.key, 0.72],
    ]);
    // Gleb, workload null → factor 1: Mentoring 1.5 × 5/5 × 1 = 1.5; SQL is no gap. Total 1.5.
    expect(scoreOf(a, gleb.key)).toBeCloseTo(1.5, 10);
    // Dina, workload 100 → factor 0.5: Mentoring 1.5 × 3/5 × 0.5 = 0.45; UX Research (gap 0) adds nothing.
    expect(scoreOf(a, dina.key)).toBeCloseTo(0.45, 10);
  });

  test('candidates are ranked by score, highest first', () => {
    // Mentoring: Gleb 1.5 > Vera 1.36 > Dina 0.45.
    expect(names(rankedCandidates(a, entryOf(a, mentoring)))).toEqual(['Gleb', 'Vera', 'Dina']);
  });
});

describe('an ambassador marked as leaving', () => {
  const a = analyse(club, { locale: 'en', leaving: new Set([anna.key]) });

  test('no longer counts towards coverage', () => {
    // Python: only Boris (3) remains → coverage 1 < 2 → gap 1. SQL: nobody remains → gap 1.
    expect([entryOf(a, python).coverage, entryOf(a, python).gap, entryOf(a, python).status]).toEqual([
      1,
      1,
      'gap',
    ]);
    expect([entryOf(a, sql).coverage, entryOf(a, sql).gap]).toEqual([0, 1]);
    expect(a.totals.openGap).toBe(1 + 1 + 1 + 0 + 2); // Python, SQL, Kubernetes, UX, Mentoring
  });

  test('is never a candidate, even for the gaps their leaving opens', () => {
    // Anna holds Python (5) and SQL (4), both gaps now; a leaver is no candidate, so no score and no explanation.
    expect(scoreOf(a, anna.key)).toBe(0);
    expect(explainScore(a, anna.key)).toBeNull();
    // Python candidates: Vera alone — Python 3 × 4/5 × 0.8 = 1.92 + Kubernetes 0.64 + Mentoring 0.72 = 3.28.
    expect(names(rankedCandidates(a, entryOf(a, python)))).toEqual(['Vera']);
    expect(entryOf(a, python).candidateCount).toBe(1);
    expect(scoreOf(a, vera.key)).toBeCloseTo(3.28, 10);
    // SQL: Gleb (alumni, 3) remains its only candidate.
    expect(names(candidatesOf(a, entryOf(a, sql)))).toEqual(['Gleb']);
  });

  test('counts neither as an ambassador nor as a candidate in the per-member flags', () => {
    const i = a.memberIndex.get(anna.key)!;
    expect([a.ambassador[i], a.leaver[i], a.candidate[i]]).toEqual([0, 1, 0]);
    const b = a.memberIndex.get(boris.key)!;
    expect([a.ambassador[b], a.leaver[b], a.candidate[b]]).toEqual([1, 0, 0]);
    const v = a.memberIndex.get(vera.key)!;
    expect([a.ambassador[v], a.leaver[v], a.candidate[v]]).toEqual([0, 0, 1]);
  });
});

describe('leavers from the workspace plan', () => {
  const planned: Workspace = { ...club, plan: { leaving: [anna.key], pinned: [], excluded: [] } };

  test('the plan marks leavers as the leaving option does', () => {
    const fromPlan = analyse(planned, { locale: 'en' });
    const fromOption = analyse(club, { locale: 'en', leaving: new Set([anna.key]) });
    expect(fromPlan.skills.map((e) => [e.coverage, e.gap, e.status, e.candidateCount])).toEqual(
      fromOption.skills.map((e) => [e.coverage, e.gap, e.status, e.candidateCount]),
    );
    expect([...fromPlan.score]).toEqual([...fromOption.score]);
    expect(names(entryOf(fromPlan, python).holders)).toEqual(['Boris']);
    expect(explainScore(fromPlan, anna.key)).toBeNull();
  });

  test('the leaving option adds to the plan', () => {
    // Anna from the plan, Boris from the option: Python has no holder left → coverage 0, gap 2.
    const a = analyse(planned, { locale: 'en', leaving: new Set([boris.key]) });
    expect([entryOf(a, python).coverage, entryOf(a, python).gap]).toEqual([0, 2]);
    expect(scoreOf(a, boris.key)).toBe(0);
  });

  test('a leaving mark on someone outside the club changes nothing', () => {
    // Vera is an employee: the mark neither removes her from the candidates nor makes her a holder.
    const a = analyse({ ...club, plan: { leaving: [vera.key], pinned: [], excluded: [] } }, { locale: 'en' });
    const plain = analyse(club, { locale: 'en' });
    expect([...a.score]).toEqual([...plain.score]);
    expect(names(rankedCandidates(a, entryOf(a, kubernetes)))).toEqual(['Vera']);
  });
});

describe('the score explained', () => {
  test('its contributions add up to the score the ranking uses', () => {
    const a = analyse(club, { locale: 'en' });
    for (const m of club.members) {
      const explained = explainScore(a, m.key);
      if (!explained) continue;
      const sum = explained.contributions.reduce((total, c) => total + c.points, 0);
      expect(roundScore(sum)).toBe(explained.score);
      expect(explained.score).toBe(scoreOf(a, m.key));
    }
  });
});

describe('name order', () => {
  test('holders of the same level are ordered by name with Russian collation, ё as е', () => {
    // Ёлкин and Елисеев both at 4. Normalised: "елкин" vs "елисеев" → "ели" < "елк" (и before к),
    // so Елисеев comes first — a plain code-unit sort would put Ё (U+0401) before Е (U+0415).
    const design = skill('Дизайн', 3, 3);
    const yolkin = member('Ёлкин', 'ambassador');
    const eliseev = member('Елисеев', 'ambassador');
    const abramov = member('Абрамов', 'ambassador');
    const yakovlev = member('Яковлев', 'ambassador');
    const a = analyse(
      workspaceOf(
        [yolkin, eliseev, abramov, yakovlev],
        [design],
        [
          link(yolkin, design, 4),
          link(abramov, design, 3),
          link(eliseev, design, 4),
          link(yakovlev, design, 5),
        ],
      ),
      { locale: 'ru' },
    );
    expect(withLevels(entryOf(a, design).holders)).toEqual([
      'Яковлев 5',
      'Елисеев 4',
      'Ёлкин 4',
      'Абрамов 3',
    ]);
  });

  test('name order ignores case and surrounding white space', () => {
    const s = skill('S', 2, 1);
    const lower = member('  борис', 'ambassador');
    const upper = member('АННА', 'ambassador');
    const a = analyse(workspaceOf([lower, upper], [s], [link(lower, s, 2), link(upper, s, 2)]), {
      locale: 'ru',
    });
    expect(names(entryOf(a, s).holders)).toEqual(['АННА', '  борис']);
  });
});

describe('topCandidates', () => {
  // One gap skill "Go" (target 1, required 3, weight 1), nobody holds it. Scores = level/5 × (1 − workload/200):
  //   Виктор  5, workload 0    → 1.0
  //   Галина  5, workload 40   → 1 × 0.8 = 0.8
  //   Борис   4, workload 0    → 0.8
  //   Анна    4, workload null → 0.8 (null counts as 0)
  //   Дмитрий 3, workload 0    → 0.6
  // Order: Виктор; then the 0.8s by lower workload (Анна 0, Борис 0, Галина 40), Анна before Борис by name;
  // then Дмитрий.
  const go = skill('Go', 1, 3, 1);
  const people = [
    [member('Дмитрий', 'employee', 0), 3],
    [member('Галина', 'employee', 40), 5],
    [member('Борис', 'employee', 0), 4],
    [member('Виктор', 'alumni', 0), 5],
    [member('Анна', 'employee', null), 4],
  ] as const;
  const a = analyse(
    workspaceOf(
      people.map(([m]) => m),
      [go],
      people.map(([m, level]) => link(m, go, level)),
    ),
    { locale: 'ru' },
  );
  const entry = entryOf(a, go);

  test('ties on score go to lower workload, then to name', () => {
    expect(names(rankedCandidates(a, entry))).toEqual(['Виктор', 'Анна', 'Борис', 'Галина', 'Дмитрий']);
  });

  test('scores equal on paper tie even when floating point differs in the last bit', () => {
    // Skill "Data" (weight 2, gap 1). Ned: 2 × 4/5 × (1 − 50/200) = 1.6 × 0.75 = 1.2; Oda: 2 × 3/5 × 1 = 1.2.
    // In floating point the first is 1.2000000000000002; the tie must still go to the lower workload (Oda, 0 %).
    const dataSkill = skill('Data', 1, 3, 2);
    const ned = member('Ned', 'employee', 50);
    const oda = member('Oda', 'employee', 0);
    const b = analyse(
      workspaceOf([ned, oda], [dataSkill], [link(ned, dataSkill, 4), link(oda, dataSkill, 3)]),
      { locale: 'en' },
    );
    expect(scoreOf(b, ned.key)).toBe(scoreOf(b, oda.key));
    expect(names(rankedCandidates(b, entryOf(b, dataSkill)))).toEqual(['Oda', 'Ned']);
  });

  test('returns the best `limit` candidates in rank order', () => {
    expect(names(topCandidates(a, entry, 3))).toEqual(['Виктор', 'Анна', 'Борис']);
    expect(names(topCandidates(a, entry, 1))).toEqual(['Виктор']);
  });

  test('returns every candidate when the limit exceeds the pool, and none for limit 0', () => {
    expect(names(topCandidates(a, entry, 10))).toEqual(['Виктор', 'Анна', 'Борис', 'Галина', 'Дмитрий']);
    expect(topCandidates(a, entry, 0)).toEqual([]);
  });
});

describe('gapReportOrder', () => {
  test('orders by gap (largest first), then weight (largest first), then skill name', () => {
    // From the club: Mentoring gap 2; Kubernetes gap 1; gap 0: Python w 3, SQL w 2, UX Research w 1.
    const a = analyse(club, { locale: 'en' });
    expect(gapReportOrder(a, 'en').map((e) => e.skill.name)).toEqual([
      'Mentoring',
      'Kubernetes',
      'Python',
      'SQL',
      'UX Research',
    ]);
  });

  test('equal gap and weight fall back to the name, ё read as е', () => {
    // All gap 1, weight 1. Normalised names: "ель", "елка", "ясень", "акация" → акация, елка, ель, ясень
    // ("елк" < "ель" since к < ь).
    const skills = ['Ясень', 'Ель', 'Ёлка', 'акация'].map((n) => skill(n, 1, 3, 1));
    const a = analyse(workspaceOf([], skills, []), { locale: 'ru' });
    expect(gapReportOrder(a, 'ru').map((e) => e.skill.name)).toEqual(['акация', 'Ёлка', 'Ель', 'Ясень']);
  });
});

// ---- properties over random workspaces ----

const STATUSES: MemberStatus[] = ['ambassador', 'employee', 'alumni'];
const NAME_POOL = ['Анна', 'анна', 'Ёлкин', 'Елкин', 'Boris', 'boris ', 'Zoe', 'Яна'];

const workspaceArb = fc
  .record({
    members: fc.array(
      fc.record({
        name: fc.constantFrom(...NAME_POOL),
        status: fc.constantFrom(...STATUSES),
        workload: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      }),
      { maxLength: 8 },
    ),
    skills: fc.array(
      fc.record({
        target: fc.integer({ min: 0, max: 4 }),
        requiredLevel: fc.integer({ min: 1, max: 5 }),
        weight: fc.constantFrom(0.5, 1, 1.5, 2, 3),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }),
    leavingMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ members, skills, links, leavingMask }) => {
    const ms = members.map((m, i) => ({ ...member(m.name, m.status, m.workload), key: `m${i}` }));
    const ss = skills.map((s, i) => ({
      ...skill(`skill ${i}`, s.target, s.requiredLevel, s.weight),
      key: `s${i}`,
    }));
    const pairs = new Map<string, Expertise>();
    if (ms.length > 0) {
      for (const [mi, si, level] of links) {
        const m = ms[mi % ms.length];
        const s = ss[si % ss.length];
        pairs.set(`${m.key}|${s.key}`, link(m, s, level));
      }
    }
    const leaving = new Set(
      ms.filter((m, i) => m.status === 'ambassador' && leavingMask[i]).map((m) => m.key),
    );
    return { workspace: workspaceOf(ms, ss, [...pairs.values()]) as Workspace, leaving };
  });

describe('analysis properties', () => {
  test('gap is never negative and gap + coverage always reaches the target', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        for (const e of analyse(workspace, { locale: 'ru', leaving }).skills) {
          expect(e.gap).toBeGreaterThanOrEqual(0);
          expect(e.gap + e.coverage).toBeGreaterThanOrEqual(e.skill.target);
          expect(e.gap).toBe(Math.max(0, e.skill.target - e.coverage));
        }
      }),
    );
  });

  test('status agrees with coverage and target', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        for (const e of analyse(workspace, { locale: 'ru', leaving }).skills) {
          const expected =
            e.coverage < e.skill.target ? 'gap' : e.coverage === 1 ? 'single_holder' : 'covered';
          expect(e.status).toBe(expected);
        }
      }),
    );
  });

  test('holders are exactly the staying ambassadors at or above the required level, highest level first', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        for (const e of a.skills) {
          const qualifying = expertiseList(workspace).filter(
            (x) => x.skillKey === e.skill.key && x.level >= e.skill.requiredLevel,
          );
          const isHolder = (key: string) => {
            const m = a.memberByKey.get(key)!;
            return m.status === 'ambassador' && !leaving.has(key);
          };
          expect(e.coverage).toBe(qualifying.filter((x) => isHolder(x.memberKey)).length);
          expect(e.holders.length).toBe(e.coverage);
          for (const h of e.holders) {
            expect(h.member.status).toBe('ambassador');
            expect(leaving.has(h.member.key)).toBe(false);
            expect(h.level).toBeGreaterThanOrEqual(e.skill.requiredLevel);
          }
          for (let i = 1; i < e.holders.length; i++)
            expect(e.holders[i - 1].level).toBeGreaterThanOrEqual(e.holders[i].level);
          for (const c of candidatesOf(a, e)) {
            expect(isHolder(c.member.key)).toBe(false);
            expect(leaving.has(c.member.key)).toBe(false);
            expect(c.level).toBeGreaterThanOrEqual(e.skill.requiredLevel);
          }
          const leavers = qualifying.filter((x) => leaving.has(x.memberKey)).length;
          expect(candidatesOf(a, e).length).toBe(qualifying.length - e.coverage - leavers);
          expect(e.candidateCount).toBe(candidatesOf(a, e).length);
        }
      }),
    );
  });

  test('topCandidates(n) is a prefix of rankedCandidates', () => {
    fc.assert(
      fc.property(workspaceArb, fc.integer({ min: 0, max: 9 }), ({ workspace, leaving }, n) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        for (const e of a.skills) {
          const ranked = rankedCandidates(a, e).map((c) => c.member.key);
          expect(topCandidates(a, e, n).map((c) => c.member.key)).toEqual(ranked.slice(0, n));
        }
      }),
    );
  });

  test('a score is positive exactly for a candidate of some open-gap skill', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        const closesAGap = new Set(
          a.skills.filter((e) => e.gap > 0).flatMap((e) => candidatesOf(a, e).map((c) => c.member.key)),
        );
        for (const m of workspace.members) expect(scoreOf(a, m.key) > 0).toBe(closesAGap.has(m.key));
      }),
    );
  });

  test('an explained score equals the score, and leavers have none', () => {
    fc.assert(
      fc.property(workspaceArb, ({ workspace, leaving }) => {
        const a = analyse(workspace, { locale: 'ru', leaving });
        for (const m of workspace.members) {
          const explained = explainScore(a, m.key);
          if (leaving.has(m.key)) {
            expect(explained).toBeNull();
            expect(scoreOf(a, m.key)).toBe(0);
            continue;
          }
          if (!explained) continue;
          const sum = explained.contributions.reduce((total, c) => total + c.points, 0);
          expect(roundScore(sum)).toBe(explained.score);
          expect(explained.score).toBe(scoreOf(a, m.key));
        }
      }),
    );
  });
});
