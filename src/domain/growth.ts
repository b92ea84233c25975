// Growth candidates (docs/contract.md#growth-candidates): for each skill with an open gap, the members close to
// holding it — one level below the required one, or interested with any lower level — ambassadors first.
import { gapReportOrder, type Analysis, type SkillCoverage } from './analysis';
import { compareWorkload } from './score';
import type { Member } from './types';

export interface GrowthCandidate {
  member: Member;
  /** 1 to the required level − 1 (a member needs a link to be close: level 0 is no expertise). */
  level: number;
  interest: boolean;
  /** Counts as an ambassador (not leaving): growing them closes the gap without a new intake. */
  ambassador: boolean;
}

export interface SkillGrowth {
  entry: SkillCoverage;
  candidates: GrowthCandidate[];
}

/**
 * The gap skills in gap report order, each with its growth candidates: ambassadors first, then the candidate
 * pool; within each, higher level, interest marked, lower workload (unknown last), name. Leavers are left out:
 * growing someone who is leaving closes nothing.
 */
export function growthCandidates(analysis: Analysis, locale: string): SkillGrowth[] {
  return gapReportOrder(analysis, locale)
    .filter((entry) => entry.gap > 0)
    .map((entry) => ({ entry, candidates: growthCandidatesOf(analysis, entry) }));
}

export function growthCandidatesOf(analysis: Analysis, entry: SkillCoverage): GrowthCandidate[] {
  const { links, workspace, ambassador, candidate, compareNames } = analysis;
  const required = entry.skill.requiredLevel;
  const out: GrowthCandidate[] = [];
  for (let k = links.skillStart[entry.index]; k < links.skillStart[entry.index + 1]; k++) {
    const link = links.bySkill[k];
    const m = workspace.links.member[link];
    if (!ambassador[m] && !candidate[m]) continue;
    const level = workspace.links.level[link];
    const interest = workspace.links.interest[link] === 1;
    if (level >= required) continue;
    if (level !== required - 1 && !interest) continue;
    out.push({ member: workspace.members[m], level, interest, ambassador: ambassador[m] === 1 });
  }
  return out.sort(
    (a, b) =>
      Number(b.ambassador) - Number(a.ambassador) ||
      b.level - a.level ||
      Number(b.interest) - Number(a.interest) ||
      compareWorkload(a.member.workload, b.member.workload) ||
      compareNames(a.member, b.member),
  );
}
