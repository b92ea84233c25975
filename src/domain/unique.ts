// Unique expertise (docs/contract.md "Analysis"): a skill exactly one ambassador holds at the required level
// (coverage = 1), whatever its target. It is what the map marks and what that ambassador's leaving would cost.
import type { Analysis, MemberLevel, SkillCoverage } from './analysis';

/** The skill's only holder when its coverage is 1, else null. */
export function uniqueHolder(entry: SkillCoverage): MemberLevel | null {
  return entry.coverage === 1 ? entry.holders[0] : null;
}

// Member key → the skills that member alone holds, built once per analysis in O(skills).
const uniqueByMember = new WeakMap<Analysis, Map<string, SkillCoverage[]>>();

function uniqueSkillsByMember(analysis: Analysis): Map<string, SkillCoverage[]> {
  let byMember = uniqueByMember.get(analysis);
  if (byMember) return byMember;
  byMember = new Map();
  for (const entry of analysis.skills) {
    const holder = uniqueHolder(entry);
    if (!holder) continue;
    const list = byMember.get(holder.member.key);
    if (list) list.push(entry);
    else byMember.set(holder.member.key, [entry]);
  }
  uniqueByMember.set(analysis, byMember);
  return byMember;
}

/** The skills this member alone holds, in workspace order (none for anyone who is not an ambassador). */
export function uniqueSkillsOf(analysis: Analysis, memberKey: string): readonly SkillCoverage[] {
  return uniqueSkillsByMember(analysis).get(memberKey) ?? [];
}

export function hasUniqueExpertise(analysis: Analysis, memberKey: string): boolean {
  return uniqueSkillsByMember(analysis).has(memberKey);
}
