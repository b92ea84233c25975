// Growth candidates (docs/contract.md#growth-candidates): for each skill with an open gap, the members close to
// holding it — one level below the required one, or interested with any lower level (an interest-only record
// counts as level 0) — ambassadors first.
import { gapReportOrder, type Analysis, type SkillCoverage } from './analysis';
import { interestOnlyIndexOf } from './linkIndex';
import { compareWorkload } from './score';
import type { Member } from './types';

export interface GrowthCandidate {
  member: Member;
  /** 0 to the required level − 1 (0: an interest-only record, interest then always marked). */
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
  const consider = (link: number) => {
    const m = workspace.links.member[link];
    if (!ambassador[m] && !candidate[m]) return;
    const level = workspace.links.level[link];
    const interest = workspace.links.interest[link] === 1;
    if (level >= required) return;
    if (level !== required - 1 && !interest) return;
    out.push({ member: workspace.members[m], level, interest, ambassador: ambassador[m] === 1 });
  };
  for (let k = links.skillStart[entry.index]; k < links.skillStart[entry.index + 1]; k++)
    consider(links.bySkill[k]);
  // Wanting to develop the skill without any level in it is still close: the interest-only records.
  const wishes = interestOnlyIndexOf(workspace);
  for (let k = wishes.skillStart[entry.index]; k < wishes.skillStart[entry.index + 1]; k++)
    consider(wishes.bySkill[k]);
  return out.sort(
    (a, b) =>
      Number(b.ambassador) - Number(a.ambassador) ||
      b.level - a.level ||
      Number(b.interest) - Number(a.interest) ||
      compareWorkload(a.member.workload, b.member.workload) ||
      compareNames(a.member, b.member),
  );
}
