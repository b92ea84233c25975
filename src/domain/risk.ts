// What leaving costs (docs/contract.md "Leavers", "Key-person risk"): the gaps the marked leavers open, and for
// each current ambassador the weighted gap their leaving alone would open. Both read one analysis (the one with
// the leavers gone) and its link index in one pass; nothing is analysed twice.
import { gapOf, statusOf, type Analysis, type SkillCoverage } from './analysis';
import type { Member, SkillStatus } from './types';
import { roundScore } from './score';
import { uniqueSkillsOf } from './unique';

/** A skill the leavers leave worse off: its numbers with the leavers still counted, and as they are now. */
export interface OpenedGap {
  /** The skill as the analysis has it, the leavers gone. */
  entry: SkillCoverage;
  /** Holders at the required level with the leavers counted. */
  coverageBefore: number;
  gapBefore: number;
  statusBefore: SkillStatus;
  /** Units of gap the leavers open: `entry.gap − gapBefore` (0 when only the status worsens). */
  extraGap: number;
  /** `extraGap` × the skill's weight. */
  weightedGap: number;
  /** The leavers who hold it at the required level, in name order. */
  leavers: Member[];
}

export interface KeyPersonRisk {
  member: Member;
  /** The skills this ambassador alone holds (`uniqueSkillsOf`), in workspace order. */
  uniqueSkills: readonly SkillCoverage[];
  /** Gap units their leaving alone would open: the skills they hold where holders ≤ target. */
  gapsOpened: number;
  /** Σ weight over those skills (each opens exactly one unit). */
  weightedGap: number;
}

const SEVERITY: Record<SkillStatus, number> = { covered: 0, single_holder: 1, gap: 2 };

// Per analysis: for each skill (by index) the leavers holding it at its required level.
const leaverHoldersCache = new WeakMap<Analysis, Member[][]>();

/**
 * For each skill (by index), the leavers who hold it at the required level: what the analysis would count as
 * holders if nobody were leaving. Walks only the leavers' own links.
 */
export function leaverHolders(analysis: Analysis): readonly (readonly Member[])[] {
  let bySkill = leaverHoldersCache.get(analysis);
  if (bySkill) return bySkill;
  const { workspace, links, leaver, skills } = analysis;
  const { level, skill: linkSkill } = workspace.links;
  bySkill = skills.map(() => []);
  for (let m = 0; m < leaver.length; m++) {
    if (!leaver[m]) continue;
    for (let k = links.memberStart[m]; k < links.memberStart[m + 1]; k++) {
      const link = links.byMember[k];
      const s = linkSkill[link];
      if (level[link] >= skills[s].skill.requiredLevel) bySkill[s].push(workspace.members[m]);
    }
  }
  for (const list of bySkill) if (list.length > 1) list.sort(analysis.compareNames);
  leaverHoldersCache.set(analysis, bySkill);
  return bySkill;
}

/**
 * The skills whose gap or status is worse with the leavers gone than with them counted, largest weighted gap
 * first, then the larger status change, then workspace order. A status is worse when it moves from covered
 * towards single holder or gap. Empty when nobody is marked as leaving.
 */
export function gapsLeaversOpen(analysis: Analysis): OpenedGap[] {
  const held = leaverHolders(analysis);
  const opened: OpenedGap[] = [];
  for (const entry of analysis.skills) {
    const leavers = held[entry.index];
    if (leavers.length === 0) continue;
    const { target, weight } = entry.skill;
    const coverageBefore = entry.coverage + leavers.length;
    const gapBefore = gapOf(coverageBefore, target);
    const statusBefore = statusOf(coverageBefore, target);
    const extraGap = entry.gap - gapBefore;
    if (extraGap === 0 && SEVERITY[entry.status] <= SEVERITY[statusBefore]) continue;
    opened.push({
      entry,
      coverageBefore,
      gapBefore,
      statusBefore,
      extraGap,
      weightedGap: roundScore(extraGap * weight),
      leavers: [...leavers],
    });
  }
  const statusChange = (g: OpenedGap) => SEVERITY[g.entry.status] - SEVERITY[g.statusBefore];
  return opened.sort(
    (a, b) =>
      b.weightedGap - a.weightedGap || statusChange(b) - statusChange(a) || a.entry.index - b.entry.index,
  );
}

const riskCache = new WeakMap<Analysis, KeyPersonRisk[]>();

/**
 * Key-person risk: every current ambassador (not leaving) with what their leaving alone would cost, ranked
 * unique expertise first (more unique skills first), then the larger weighted gap, then name.
 *
 * One holder fewer opens one unit of gap on a skill exactly when its holders ≤ target (from h ≥ target + 1 the
 * gap stays 0; below, it grows by one). So one pass over the links at the required level gives every
 * ambassador's figure, in O(links), without re-analysing anyone away.
 */
export function keyPersonRisks(analysis: Analysis): readonly KeyPersonRisk[] {
  const cached = riskCache.get(analysis);
  if (cached) return cached;
  const { workspace, links, ambassador, skills } = analysis;
  const { level, member: linkMember } = workspace.links;
  const weighted = new Float64Array(ambassador.length);
  const opened = new Uint32Array(ambassador.length);
  for (const entry of skills) {
    const { target, requiredLevel, weight } = entry.skill;
    if (entry.coverage === 0 || entry.coverage > target) continue;
    for (let k = links.skillStart[entry.index]; k < links.skillStart[entry.index + 1]; k++) {
      const link = links.bySkill[k];
      const m = linkMember[link];
      if (ambassador[m] && level[link] >= requiredLevel) {
        weighted[m] += weight;
        opened[m]++;
      }
    }
  }
  const risks: KeyPersonRisk[] = [];
  for (let m = 0; m < ambassador.length; m++) {
    if (!ambassador[m]) continue;
    const member = workspace.members[m];
    risks.push({
      member,
      uniqueSkills: uniqueSkillsOf(analysis, member.key),
      gapsOpened: opened[m],
      weightedGap: roundScore(weighted[m]),
    });
  }
  risks.sort(
    (a, b) =>
      b.uniqueSkills.length - a.uniqueSkills.length ||
      b.weightedGap - a.weightedGap ||
      analysis.compareNames(a.member, b.member),
  );
  riskCache.set(analysis, risks);
  return risks;
}
