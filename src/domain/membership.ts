// Who counts as an ambassador, who is leaving, who may be a candidate (docs/contract.md "Analysis", "Leavers").
// Every formula reads these three facts from here, through the analysis' per-member flags.
import type { Member, Workspace } from './types';

/** An ambassador by status who is not marked as leaving: counts towards coverage and holds skills. */
export function isAmbassador(member: Member, leaving: ReadonlySet<string>): boolean {
  return member.status === 'ambassador' && !leaving.has(member.key);
}

/** An ambassador marked as leaving: while the mark lasts, neither a holder nor a candidate. */
export function isLeaver(member: Member, leaving: ReadonlySet<string>): boolean {
  return member.status === 'ambassador' && leaving.has(member.key);
}

/**
 * The candidate pool: members who are not ambassadors (employees, alumni). A leaver is an ambassador by
 * status, so never a candidate; a leaving mark on someone outside the club changes nothing.
 */
export function inCandidatePool(member: Member): boolean {
  return member.status !== 'ambassador';
}

/** The member keys marked as leaving: the workspace's plan, plus any the caller adds ("what if …"). */
export function leavingKeys(workspace: Workspace, extra?: ReadonlySet<string>): ReadonlySet<string> {
  const planned = workspace.plan.leaving;
  if (!extra || extra.size === 0) return new Set(planned);
  return new Set([...planned, ...extra]);
}

/** How many members count as ambassadors now (those marked as leaving do not): the header's and a snapshot's count. */
export function ambassadorCount(workspace: Workspace): number {
  const leaving = leavingKeys(workspace);
  let count = 0;
  for (const member of workspace.members) if (isAmbassador(member, leaving)) count++;
  return count;
}
