// Coverage, gap, status, holders and candidates (docs/contract.md "Analysis"), and the candidate score.
// Built to stay in milliseconds at 200,000 links: one pass over the links grouped by skill, numbers in typed arrays.
import type { Member, Skill, SkillStatus, Workspace } from './types';
import { normaliseIdentity } from './normalise';
import { linkIndexOf, type LinkIndex } from './linkIndex';
import { inCandidatePool, isLeaver, leavingKeys } from './membership';
import { compareWorkload, roundScore, scorePoints, workloadFactor } from './score';

export interface MemberLevel {
  member: Member;
  level: number;
}

export interface SkillCoverage {
  skill: Skill;
  /** Position in `workspace.skills`. */
  index: number;
  coverage: number;
  gap: number;
  status: SkillStatus;
  /** Ambassadors at or above the required level: highest level first, then name. */
  holders: MemberLevel[];
  /** How many non-ambassadors are at or above the required level (see `candidatesOf`). */
  candidateCount: number;
}

export interface ScoreContribution {
  skillKey: string;
  weight: number;
  level: number;
  /** `scorePoints(weight, level, workloadFactor)` */
  points: number;
}

export interface CandidateScore {
  score: number;
  workloadFactor: number;
  contributions: ScoreContribution[];
}

export interface Analysis {
  /**
   * The workspace analysed. The analysis reads its members, skills, links and leavers only; a store may reuse it
   * for a later workspace that differs in the rest of its plan (settings, pins, exclusions), so read those from
   * the workspace itself.
   */
  workspace: Workspace;
  links: LinkIndex;
  skills: SkillCoverage[];
  bySkill: Map<string, SkillCoverage>;
  memberByKey: Map<string, Member>;
  memberIndex: Map<string, number>;
  /** By member index: 1 for members who count as ambassadors (`isAmbassador`: not leaving). */
  ambassador: Uint8Array;
  /** By member index: 1 for ambassadors marked as leaving (`isLeaver`): neither holders nor candidates. */
  leaver: Uint8Array;
  /** By member index: 1 for the candidate pool (`inCandidatePool`: neither ambassadors nor leavers). */
  candidate: Uint8Array;
  /** Candidate score by member index (0 outside the candidate pool and for those who close no open gap). */
  score: Float64Array;
  totals: {
    skills: number;
    gapSkills: number;
    singleHolderSkills: number;
    coveredSkills: number;
    openGap: number;
  };
  compareNames: (a: Member, b: Member) => number;
}

export interface AnalysisOptions {
  /** UI language, for name collation. */
  locale: string;
  /** Ambassadors treated as leaving on top of `workspace.plan.leaving` ("what if these ambassadors leave"). */
  leaving?: ReadonlySet<string>;
}

// The identity form of a name, computed once per member object.
const sortNames = new WeakMap<Member, string>();
function sortName(m: Member): string {
  let name = sortNames.get(m);
  if (name === undefined) sortNames.set(m, (name = normaliseIdentity(m.name)));
  return name;
}

export function nameOrder(locale: string): (a: Member, b: Member) => number {
  // made on the first comparison: a collator costs milliseconds, and an empty or one-member list needs none
  let collator: Intl.Collator | undefined;
  return (a, b) =>
    (collator ??= new Intl.Collator(locale, { sensitivity: 'base', numeric: true })).compare(
      sortName(a),
      sortName(b),
    ) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

interface MemberTables {
  memberByKey: Map<string, Member>;
  memberIndex: Map<string, number>;
  factor: Float64Array;
}

// Lookups that depend on the members alone, built once per members list (targets and levels change more often).
const memberTableCache = new WeakMap<Member[], MemberTables>();

function memberTables(members: Member[]): MemberTables {
  const cached = memberTableCache.get(members);
  if (cached) return cached;
  const factor = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) factor[i] = workloadFactor(members[i].workload);
  // The key maps are built when first asked for (the side panel, the gap report): the analysis needs none.
  let byKey: Map<string, Member> | null = null;
  let index: Map<string, number> | null = null;
  const tables: MemberTables = {
    factor,
    get memberByKey() {
      return (byKey ??= new Map(members.map((m) => [m.key, m])));
    },
    get memberIndex() {
      return (index ??= new Map(members.map((m, i) => [m.key, i])));
    },
  };
  memberTableCache.set(members, tables);
  return tables;
}

/** A skill's gap at a coverage: the holders still missing to reach its target. */
export function gapOf(coverage: number, target: number): number {
  return Math.max(0, target - coverage);
}

/** A skill's status at a coverage: gap below the target, else single holder at one holder, else covered. */
export function statusOf(coverage: number, target: number): SkillStatus {
  return coverage < target ? 'gap' : coverage === 1 ? 'single_holder' : 'covered';
}

export function analyse(workspace: Workspace, options: AnalysisOptions): Analysis {
  const { members, skills: skillList } = workspace;
  const index = linkIndexOf(workspace);
  const { level, member: linkMember } = workspace.links;
  const compareNames = nameOrder(options.locale);

  const tables = memberTables(members);
  const { factor } = tables;
  const leaving = leavingKeys(workspace, options.leaving);
  const ambassador = new Uint8Array(members.length);
  const leaver = new Uint8Array(members.length);
  const candidate = new Uint8Array(members.length);
  // Every member is exactly one of the three; the leaving set is asked about ambassadors only.
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (inCandidatePool(m)) candidate[i] = 1;
    else if (isLeaver(m, leaving)) leaver[i] = 1;
    else ambassador[i] = 1;
  }

  const score = new Float64Array(members.length);
  const bySkill = new Map<string, SkillCoverage>();
  const totals = {
    skills: skillList.length,
    gapSkills: 0,
    singleHolderSkills: 0,
    coveredSkills: 0,
    openGap: 0,
  };
  const skills = skillList.map((skill, s): SkillCoverage => {
    const holders: MemberLevel[] = [];
    let candidateCount = 0;
    const start = index.skillStart[s];
    const end = index.skillStart[s + 1];
    for (let k = start; k < end; k++) {
      const link = index.bySkill[k];
      const lv = level[link];
      if (lv < skill.requiredLevel) continue;
      const m = linkMember[link];
      if (ambassador[m]) holders.push({ member: members[m], level: lv });
      else if (candidate[m]) candidateCount++;
    }
    const coverage = holders.length;
    const gap = gapOf(coverage, skill.target);
    const status = statusOf(coverage, skill.target);
    if (gap > 0 && candidateCount > 0) {
      for (let k = start; k < end; k++) {
        const link = index.bySkill[k];
        const m = linkMember[link];
        if (candidate[m] && level[link] >= skill.requiredLevel)
          score[m] += scorePoints(skill.weight, level[link], factor[m]);
      }
    }
    if (status === 'gap') totals.gapSkills++;
    else if (status === 'single_holder') totals.singleHolderSkills++;
    else totals.coveredSkills++;
    totals.openGap += gap;
    // Holders are put in order when first read: name collation is the costliest step, and most views need
    // the holders of a few skills only.
    let sorted = false;
    const entry: SkillCoverage = {
      skill,
      index: s,
      coverage,
      gap,
      status,
      get holders() {
        if (!sorted) {
          holders.sort((a, b) => b.level - a.level || compareNames(a.member, b.member));
          sorted = true;
        }
        return holders;
      },
      candidateCount,
    };
    bySkill.set(skill.key, entry);
    return entry;
  });
  for (let m = 0; m < score.length; m++) if (score[m] !== 0) score[m] = roundScore(score[m]);

  return {
    workspace,
    links: index,
    skills,
    bySkill,
    get memberByKey() {
      return tables.memberByKey;
    },
    get memberIndex() {
      return tables.memberIndex;
    },
    ambassador,
    leaver,
    candidate,
    score,
    totals,
    compareNames,
  };
}

export function scoreOf(analysis: Analysis, memberKey: string): number {
  const i = analysis.memberIndex.get(memberKey);
  return i === undefined ? 0 : analysis.score[i];
}

/** The candidate pool at or above the skill's required level, in link order (`rankedCandidates` sorts). */
export function candidatesOf(analysis: Analysis, entry: SkillCoverage): MemberLevel[] {
  const { links, workspace, candidate } = analysis;
  const out: MemberLevel[] = [];
  for (let k = links.skillStart[entry.index]; k < links.skillStart[entry.index + 1]; k++) {
    const link = links.bySkill[k];
    const m = workspace.links.member[link];
    const lv = workspace.links.level[link];
    if (candidate[m] && lv >= entry.skill.requiredLevel)
      out.push({ member: workspace.members[m], level: lv });
  }
  return out;
}

/** Each skill a member has, with level and interest, highest level first. */
export function skillsOfMember(
  analysis: Analysis,
  memberKey: string,
): { entry: SkillCoverage; level: number; interest: boolean }[] {
  const m = analysis.memberIndex.get(memberKey);
  if (m === undefined) return [];
  const { links, workspace, skills } = analysis;
  const out: { entry: SkillCoverage; level: number; interest: boolean }[] = [];
  for (let k = links.memberStart[m]; k < links.memberStart[m + 1]; k++) {
    const link = links.byMember[k];
    out.push({
      entry: skills[workspace.links.skill[link]],
      level: workspace.links.level[link],
      interest: workspace.links.interest[link] === 1,
    });
  }
  return out.sort((a, b) => b.level - a.level || a.entry.skill.name.localeCompare(b.entry.skill.name));
}

/** A member's candidate score, skill by skill; null outside the candidate pool (ambassadors, leavers). */
export function explainScore(analysis: Analysis, memberKey: string): CandidateScore | null {
  const m = analysis.memberIndex.get(memberKey);
  if (m === undefined || !analysis.candidate[m]) return null;
  const member = analysis.workspace.members[m];
  const factor = workloadFactor(member.workload);
  const contributions = skillsOfMember(analysis, memberKey)
    .filter(({ entry, level }) => entry.gap > 0 && level >= entry.skill.requiredLevel)
    .map(({ entry, level }) => ({
      skillKey: entry.skill.key,
      weight: entry.skill.weight,
      level,
      points: scorePoints(entry.skill.weight, level, factor),
    }));
  return { score: analysis.score[m], workloadFactor: factor, contributions };
}

/** Candidate order everywhere: higher score, then lower workload (unknown after known), then name. */
function candidateOrder(analysis: Analysis, a: Member, scoreA: number, b: Member, scoreB: number): number {
  return scoreB - scoreA || compareWorkload(a.workload, b.workload) || analysis.compareNames(a, b);
}

export function candidateComparator(analysis: Analysis): (a: Member, b: Member) => number {
  return (a, b) => candidateOrder(analysis, a, scoreOf(analysis, a.key), b, scoreOf(analysis, b.key));
}

/** The same order by member index, without key lookups: for the cohort planner's queue. */
export function candidateIndexComparator(analysis: Analysis): (a: number, b: number) => number {
  const { score, workspace } = analysis;
  const { members } = workspace;
  return (a, b) => candidateOrder(analysis, members[a], score[a], members[b], score[b]);
}

export function rankedCandidates(analysis: Analysis, entry: SkillCoverage): MemberLevel[] {
  const compare = candidateComparator(analysis);
  return candidatesOf(analysis, entry).sort((a, b) => compare(a.member, b.member));
}

/** The `limit` best candidates without sorting the whole pool. */
export function topCandidates(analysis: Analysis, entry: SkillCoverage, limit: number): MemberLevel[] {
  if (limit <= 0) return [];
  const compare = candidateComparator(analysis);
  const top: MemberLevel[] = [];
  for (const c of candidatesOf(analysis, entry)) {
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
