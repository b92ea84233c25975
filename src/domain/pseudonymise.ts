// The pseudonymised workspace (docs/contract.md#pseudonymised-workspace): names, emails, ids and titles gone,
// small departments and locations merged (one decision for the whole zip), everything the analysis reads kept,
// so its numbers stay the same.
import { cleanText, memberKeyFor, normaliseIdentity } from './normalise';
import type { IntakeSnapshotData } from './intakes';
import type { LinkTable, Member, Workspace, WorkspacePlan } from './types';

export const DEFAULT_SMALL_GROUP = 5;
export const MIN_SECRET_LENGTH = 8;
/** Hex digits of the HMAC a pseudonym shows; more only where two members would share them. */
export const PSEUDONYM_HEX_DIGITS = 8;
const PSEUDONYM_PREFIX = 'P-';

export type SecretProblem = 'empty' | 'short';

/** Why a secret cannot key the pseudonyms, or null: a short secret could be guessed by trying them all. */
export function secretProblem(secret: string): SecretProblem | null {
  if (secret.trim() === '') return 'empty';
  return [...secret].length < MIN_SECRET_LENGTH ? 'short' : null;
}

/**
 * Pseudonyms from each member key's HMAC (lowercase or uppercase hex): `P-` and its first 8 hex digits. Members
 * whose digits would coincide get 4 more at a time until they differ, so two people never merge into one, while
 * everyone else keeps the short form (and so the same pseudonym as last time).
 */
export function pseudonymsFromDigests(digests: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const settle = (keys: string[], digits: number) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const head = digests.get(key)!.slice(0, digits).toUpperCase();
      const group = groups.get(head);
      if (group) group.push(key);
      else groups.set(head, [key]);
    }
    for (const [head, group] of groups) {
      const longest = digests.get(group[0])!.length;
      if (group.length === 1 || digits >= longest) {
        // Equal whole digests only for equal keys, which a Map cannot hold; the index keeps them apart anyway.
        group.forEach((key, i) => out.set(key, `${PSEUDONYM_PREFIX}${head}${i === 0 ? '' : `-${i + 1}`}`));
      } else settle(group, digits + 4);
    }
  };
  settle([...digests.keys()], PSEUDONYM_HEX_DIGITS);
  return out;
}

/** The part of WebCrypto the pseudonyms need (browsers' and Node 20's `crypto.subtle`). */
export interface HmacCrypto {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    keyUsages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: never, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

export type PseudonymsResult =
  { ok: true; pseudonyms: Map<string, string> } | { ok: false; problem: SecretProblem };

/**
 * Each member key's pseudonym: HMAC-SHA-256 of the key under the UTF-8 secret. The same secret gives the same
 * pseudonyms next time; without it nobody can go from a pseudonym back to the key.
 */
export async function pseudonymsFor(
  subtle: HmacCrypto,
  secret: string,
  keys: readonly string[],
): Promise<PseudonymsResult> {
  const problem = secretProblem(secret);
  if (problem) return { ok: false, problem };
  const encoder = new TextEncoder();
  const hmacKey = await subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const digests = new Map<string, string>();
  // The signatures of a chunk run at once (one await per chunk, not per key); chunks keep the pending promises
  // and buffers of 20,000 members from piling up.
  for (let start = 0; start < keys.length; start += SIGN_CHUNK) {
    const chunk = keys.slice(start, start + SIGN_CHUNK);
    const macs = await Promise.all(
      chunk.map((key) => subtle.sign('HMAC', hmacKey as never, encoder.encode(key))),
    );
    chunk.forEach((key, i) => digests.set(key, hex(new Uint8Array(macs[i]))));
  }
  return { ok: true, pseudonyms: pseudonymsFromDigests(digests) };
}

const SIGN_CHUNK = 1024;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}

export interface PseudonymiseOptions {
  /** A member key's pseudonym (from `pseudonymsFor`): the new id and name. */
  pseudonymOf: (key: string) => string;
  /** Departments and locations with fewer people than this in any file become `otherLabel` (an integer ≥ 1). */
  k: number;
  otherLabel: string;
}

/** The member fields that name a group of people, where a group of fewer than k could point at a person. */
type GroupField = 'department' | 'location';

/**
 * Per grouping field, the groups (by identity) that keep their name, each with the one spelling every file writes
 * for it; the rest become Other.
 */
export type KeptGroups = Record<GroupField, ReadonlyMap<string, string>>;

/**
 * The departments and locations that keep their name across `workspaces` (the current one and every snapshot
 * going into one zip): those with at least k members in each workspace where they have anyone. Decided once for
 * all files, so a group is named in all of them or in none: a group named in one file and merged in another
 * would show, by comparing the two, which pseudonyms are its few members. Other must not be a small group
 * either: while some file has 1..k-1 people in Other and a named group there, the named group with the fewest
 * people in such a file (ties: the first identity in character order) joins Other in every file. A group spelt
 * like `otherLabel` is part of Other. A named group is written in its most common spelling over all files (ties:
 * the first in character order): a member's own spelling, such as `sales` among `Sales`, would single them out.
 */
export function keptGroupsOf(workspaces: readonly Workspace[], k: number, otherLabel: string): KeptGroups {
  const other = normaliseIdentity(otherLabel);
  const kept = (field: GroupField) => {
    // Each file's head count per group, and each group's spellings counted over all files.
    const spellings = new Map<string, Map<string, number>>();
    const perFile = workspaces.map((workspace) => {
      const counts = new Map<string, number>();
      for (const m of workspace.members) {
        const group = normaliseIdentity(m[field]);
        if (group === '') continue;
        counts.set(group, (counts.get(group) ?? 0) + 1);
        const spelling = cleanText(m[field]);
        let ofGroup = spellings.get(group);
        if (!ofGroup) spellings.set(group, (ofGroup = new Map()));
        ofGroup.set(spelling, (ofGroup.get(spelling) ?? 0) + 1);
      }
      return counts;
    });
    const named = new Set<string>();
    for (const counts of perFile)
      for (const group of counts.keys())
        if (group !== other && perFile.every((c) => (c.get(group) ?? k) >= k)) named.add(group);
    // Merging a named group never makes a new small Other: it has at least k people wherever it has anyone.
    const otherCounts = perFile.map((counts) => {
      let n = 0;
      for (const [group, count] of counts) if (!named.has(group)) n += count;
      return n;
    });
    for (;;) {
      let smallest: { group: string; count: number } | null = null;
      perFile.forEach((counts, f) => {
        if (otherCounts[f] === 0 || otherCounts[f] >= k) return;
        for (const [group, count] of counts) {
          if (!named.has(group)) continue;
          if (!smallest || count < smallest.count || (count === smallest.count && group < smallest.group))
            smallest = { group, count };
        }
      });
      if (!smallest) break;
      const { group } = smallest;
      named.delete(group);
      perFile.forEach((counts, f) => (otherCounts[f] += counts.get(group) ?? 0));
    }
    return new Map([...named].map((group) => [group, mostCommon(spellings.get(group)!)]));
  };
  return { department: kept('department'), location: kept('location') };
}

/**
 * The workspace with each member's id and name replaced by their pseudonym, email and title emptied, and
 * departments and locations not in `kept` (by default: `keptGroupsOf` this workspace alone) merged into
 * `otherLabel`. Skills, levels, interest, statuses, workload, activity, roles and the plan stay; the plan's marks
 * follow the pseudonyms, and remembered member names (aliases) are dropped. Members are put in pseudonym order,
 * so the file's order tells nothing either. A zip with snapshots goes through `pseudonymiseExport`.
 */
export function pseudonymiseWorkspace(
  workspace: Workspace,
  options: PseudonymiseOptions,
  kept: KeptGroups = keptGroupsOf([workspace], options.k, options.otherLabel),
): Workspace {
  const { members } = workspace;
  const department = groupOrOther(kept.department, options.otherLabel);
  const location = groupOrOther(kept.location, options.otherLabel);
  const newKeys = new Map<string, string>();
  const usedKeys = new Set<string>();
  const renamed = members.map((m): Member => {
    let pseudonym = options.pseudonymOf(m.key);
    // Never two members on one identity: a duplicate pseudonym would merge them on import.
    for (let n = 2; usedKeys.has(memberKeyFor(pseudonym, pseudonym)); n++) pseudonym = `${pseudonym}-${n}`;
    const key = memberKeyFor(pseudonym, pseudonym);
    usedKeys.add(key);
    newKeys.set(m.key, key);
    return {
      ...m,
      key,
      memberId: pseudonym,
      name: pseudonym,
      title: '',
      email: '',
      department: department(m.department),
      location: location(m.location),
      roles: [...m.roles],
    };
  });
  const order = renamed.map((_, i) => i).sort((a, b) => compareText(renamed[a].name, renamed[b].name));
  const newIndex = new Uint32Array(members.length);
  order.forEach((old, i) => (newIndex[old] = i));
  return {
    members: order.map((i) => renamed[i]),
    skills: workspace.skills.map((s) => ({ ...s })),
    links: linksRenumbered(workspace.links, newIndex),
    plan: planRenamed(workspace.plan, newKeys),
  };
}

/**
 * Every member key of the workspace and of its intake snapshots, once: the pseudonyms are computed over all of
 * them together, so a person has one pseudonym in the workspace and in every snapshot (and one who is only in a
 * snapshot has one too).
 */
export function memberKeysOf(workspace: Workspace, intakes: readonly IntakeSnapshotData[]): string[] {
  const keys = new Set(workspace.members.map((m) => m.key));
  for (const intake of intakes) for (const m of intake.workspace.members) keys.add(m.key);
  return [...keys];
}

export interface PseudonymisedExport {
  workspace: Workspace;
  intakes: IntakeSnapshotData[];
}

/**
 * The workspace and its intake snapshots pseudonymised for one zip: the same pseudonym for the same member key,
 * and one decision for all files on which departments and locations keep their name (`keptGroupsOf`). The
 * snapshots' names and times stay; the stored snapshots are not changed.
 */
export function pseudonymiseExport(
  workspace: Workspace,
  intakes: readonly IntakeSnapshotData[],
  options: PseudonymiseOptions,
): PseudonymisedExport {
  const files = [workspace, ...intakes.map((intake) => intake.workspace)];
  const kept = keptGroupsOf(files, options.k, options.otherLabel);
  return {
    workspace: pseudonymiseWorkspace(workspace, options, kept),
    intakes: intakes.map((intake) => ({
      ...intake,
      workspace: pseudonymiseWorkspace(intake.workspace, options, kept),
    })),
  };
}

/** A member's value for a grouping field: its group's one spelling where kept, else `otherLabel`; empty stays. */
function groupOrOther(kept: ReadonlyMap<string, string>, otherLabel: string): (value: string) => string {
  return (value) => {
    const group = normaliseIdentity(value);
    return group === '' ? value : (kept.get(group) ?? otherLabel);
  };
}

/** The spelling with the highest count; of equal counts, the first in character order. */
function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of counts)
    if (count > bestCount || (count === bestCount && compareText(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  return best;
}

/** The links with new member indexes, in member then skill order (the old order would hint at the old names). */
function linksRenumbered(links: LinkTable, newIndex: Uint32Array): LinkTable {
  const n = links.level.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => newIndex[links.member[a]] - newIndex[links.member[b]] || links.skill[a] - links.skill[b],
  );
  const out: LinkTable = {
    member: new Uint32Array(n),
    skill: new Uint32Array(n),
    level: new Uint8Array(n),
    interest: new Uint8Array(n),
  };
  order.forEach((old, i) => {
    out.member[i] = newIndex[links.member[old]];
    out.skill[i] = links.skill[old];
    out.level[i] = links.level[old];
    out.interest[i] = links.interest[old];
  });
  return out;
}

function planRenamed(plan: WorkspacePlan, newKeys: ReadonlyMap<string, string>): WorkspacePlan {
  const rename = (keys: string[]) => keys.flatMap((key) => newKeys.get(key) ?? []);
  return {
    ...plan,
    leaving: rename(plan.leaving),
    pinned: rename(plan.pinned),
    excluded: rename(plan.excluded),
    settings: { ...plan.settings, eligibleStatuses: [...plan.settings.eligibleStatuses] },
    baseline: plan.baseline.map((b) => ({ ...b })),
    // A member alias is an old name or id: it would name the person.
    aliases: plan.aliases.filter((a) => a.kind === 'skill').map((a) => ({ ...a })),
    roleTargets: plan.roleTargets.map((r) => ({ ...r })),
    activityThresholds: { ...plan.activityThresholds },
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
