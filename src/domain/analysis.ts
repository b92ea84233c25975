// Coverage, gap, status, holders and candidates (SPEC "Analysis"), and the candidate score.
import { MAX_LEVEL, type Member, type Skill, type SkillStatus, type Workspace } from './types';
import { normaliseIdentity } from './normalise';

export interface MemberLevel {
  member: Member;
  level: number;
}

export interface SkillCoverage {
  skill: Skill;
  coverage: number;
  gap: number;
  status: SkillStatus;
  /** Ambassadors at or above the required level: highest level first, then name. */
  holders: MemberLevel[];
  /** Non-ambassadors at or above the required level, unsorted: use `rankedCandidates`. */
  candidates: MemberLevel[];
}

export interface ScoreContribution {
  skillKey: string;
  weight: number;
  level: number;
  /** weight × level / 5 × workload factor */
  points: number;
}

export interface CandidateScore {
  score: number;
  workloadFactor: number;
  contributions: ScoreContribution[];
}

export interface Analysis {
  skills: SkillCoverage[];
  bySkill: Map<string, SkillCoverage>;
  memberByKey: Map<string, Member>;
  /** Every non-ambassador's candidate score (0 when they close no open gap). */
  scores: Map<string, CandidateScore>;
  /** Each member's links: skill key → level. */
  levelsByMember: Map<string, Map<string, number>>;
  totals: { skills: number; gapSkills: number; singleHolderSkills: number; coveredSkills: number; openGap: number };
  compareNames: (a: Member, b: Member) => number;
}

export interface AnalysisOptions {
  /** UI language, for name collation. */
  locale: string;
  /** Ambassadors treated as gone ("what if this ambassador leaves"). */
  leaving?: ReadonlySet<string>;
}

/** How much workload lowers a score: 1 at 0 %, ½ at 100 %, never 0 so nobody is hidden. */
export function workloadFactor(workload: number | null): number {
  const w = Math.min(100, Math.max(0, workload ?? 0));
  return 1 - w / 200;
}

export function analyse(workspace: Workspace, options: AnalysisOptions): Analysis {
  const leaving = options.leaving;
  const memberByKey = new Map<string, Member>();
  const sortName = new Map<string, string>();
  for (const m of workspace.members) {
    memberByKey.set(m.key, m);
    sortName.set(m.key, normaliseIdentity(m.name));
  }
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  const compareNames = (a: Member, b: Member) =>
    collator.compare(sortName.get(a.key) ?? a.name, sortName.get(b.key) ?? b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

  const bySkill = new Map<string, SkillCoverage>();
  const skills: SkillCoverage[] = workspace.skills.map((skill) => {
    const entry: SkillCoverage = { skill, coverage: 0, gap: 0, status: 'covered', holders: [], candidates: [] };
    bySkill.set(skill.key, entry);
    return entry;
  });

  const levelsByMember = new Map<string, Map<string, number>>();
  for (const link of workspace.expertise) {
    const member = memberByKey.get(link.memberKey);
    const entry = bySkill.get(link.skillKey);
    if (!member || !entry) continue;
    let levels = levelsByMember.get(member.key);
    if (!levels) levelsByMember.set(member.key, (levels = new Map()));
    levels.set(link.skillKey, link.level);
    if (link.level < entry.skill.requiredLevel) continue;
    const isAmbassador = member.status === 'ambassador' && !leaving?.has(member.key);
    (isAmbassador ? entry.holders : entry.candidates).push({ member, level: link.level });
  }

  const totals = { skills: skills.length, gapSkills: 0, singleHolderSkills: 0, coveredSkills: 0, openGap: 0 };
  for (const entry of skills) {
    entry.coverage = entry.holders.length;
    entry.gap = Math.max(0, entry.skill.target - entry.coverage);
    entry.status = entry.coverage < entry.skill.target ? 'gap' : entry.coverage === 1 ? 'single_holder' : 'covered';
    entry.holders.sort((a, b) => b.level - a.level || compareNames(a.member, b.member));
    if (entry.status === 'gap') totals.gapSkills++;
    else if (entry.status === 'single_holder') totals.singleHolderSkills++;
    else totals.coveredSkills++;
    totals.openGap += entry.gap;
  }

  const scores = new Map<string, CandidateScore>();
  for (const m of workspace.members) {
    if (m.status === 'ambassador' && !leaving?.has(m.key)) continue;
    scores.set(m.key, { score: 0, workloadFactor: workloadFactor(m.workload), contributions: [] });
  }
  for (const entry of skills) {
    if (entry.gap === 0) continue;
    for (const { member, level } of entry.candidates) {
      const s = scores.get(member.key);
      if (!s) continue;
      const points = ((entry.skill.weight * level) / MAX_LEVEL) * s.workloadFactor;
      s.contributions.push({ skillKey: entry.skill.key, weight: entry.skill.weight, level, points });
      s.score += points;
    }
  }
  // Scores equal on paper can differ in the last bit (2 × 4/5 × 0.75 = 1.2000000000000002 vs 2 × 3/5 = 1.2);
  // rounding lets such ties fall to workload and name, as SPEC orders them.
  for (const s of scores.values()) s.score = Math.round(s.score * 1e9) / 1e9;

  return { skills, bySkill, memberByKey, scores, levelsByMember, totals, compareNames };
}

export function scoreOf(analysis: Analysis, memberKey: string): number {
  return analysis.scores.get(memberKey)?.score ?? 0;
}

/** Candidate order everywhere: higher score, then lower workload, then name. */
export function candidateComparator(analysis: Analysis): (a: Member, b: Member) => number {
  return (a, b) =>
    scoreOf(analysis, b.key) - scoreOf(analysis, a.key) ||
    (a.workload ?? 0) - (b.workload ?? 0) ||
    analysis.compareNames(a, b);
}

export function rankedCandidates(analysis: Analysis, entry: SkillCoverage): MemberLevel[] {
  const compare = candidateComparator(analysis);
  return [...entry.candidates].sort((a, b) => compare(a.member, b.member));
}

/** The `limit` best candidates without sorting the whole pool. */
export function topCandidates(analysis: Analysis, entry: SkillCoverage, limit: number): MemberLevel[] {
  if (limit <= 0) return [];
  const compare = candidateComparator(analysis);
  const top: MemberLevel[] = [];
  for (const c of entry.candidates) {
    if (top.length === limit && compare(c.member, top[top.length - 1].member) >= 0) continue;
    let i = top.length;
    while (i > 0 && compare(c.member, top[i - 1].member) < 0) i--;
    top.splice(i, 0, c);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Gap report order: gap (largest first), then weight (largest first), then skill name. */
export function gapReportOrder(analysis: Analysis, locale: string): SkillCoverage[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...analysis.skills].sort(
    (a, b) =>
      b.gap - a.gap ||
      b.skill.weight - a.skill.weight ||
      collator.compare(normaliseIdentity(a.skill.name), normaliseIdentity(b.skill.name)),
  );
}
