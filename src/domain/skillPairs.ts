// The skill–skill view (docs/contract.md#matrix-view): how many of the shown members hold both skills of a pair at
// the minimum level or above. Counted per member over their own skill list (Σ d² for d skills a member holds), so
// 200,000 links over 500 skills stays in milliseconds; the counts live in one S × S typed array.
import type { Analysis } from './analysis';

export interface SkillPair {
  /** Skill indexes: `a` the one with fewer holders (the lower index on a tie), so `both / holders[a]` is the larger share. */
  a: number;
  b: number;
  /** Members holding both. */
  both: number;
}

export interface SkillPairCounts {
  /** By skill index: shown members holding it (0 for skills the filter hides). */
  holders: Uint32Array;
  /** Every pair held together by at least one member. */
  pairs: SkillPair[];
}

/**
 * Pair counts among the members `shown` (1 by member index) and the skills `shownSkills` (1 by skill index), for
 * links at `minLevel` or above.
 */
export function skillPairCounts(
  analysis: Analysis,
  shown: Uint8Array,
  shownSkills: Uint8Array,
  minLevel: number,
): SkillPairCounts {
  const { workspace } = analysis;
  const skillCount = workspace.skills.length;
  const { memberStart, byMember } = analysis.links;
  const links = workspace.links;
  const holders = new Uint32Array(skillCount);
  const counts = new Uint32Array(skillCount * skillCount);
  const held: number[] = [];
  for (let m = 0; m < workspace.members.length; m++) {
    if (!shown[m]) continue;
    held.length = 0;
    for (let i = memberStart[m]; i < memberStart[m + 1]; i++) {
      const link = byMember[i];
      const skill = links.skill[link];
      if (shownSkills[skill] && links.level[link] >= minLevel) held.push(skill);
    }
    for (let x = 0; x < held.length; x++) {
      const sx = held[x];
      holders[sx]++;
      for (let y = x + 1; y < held.length; y++) {
        const sy = held[y];
        counts[sx < sy ? sx * skillCount + sy : sy * skillCount + sx]++;
      }
    }
  }
  const pairs: SkillPair[] = [];
  for (let a = 0; a < skillCount; a++)
    for (let b = a + 1, at = a * skillCount + b; b < skillCount; b++, at++)
      if (counts[at] > 0)
        pairs.push(holders[b] < holders[a] ? { a: b, b: a, both: counts[at] } : { a, b, both: counts[at] });
  return { holders, pairs };
}

/** The share of a skill's holders who hold the other skill too (0 when it has none). */
export function pairShare(both: number, holders: number): number {
  return holders === 0 ? 0 : both / holders;
}
