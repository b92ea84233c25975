// Renaming and merging members and skills (docs/contract.md#aliases). Each remembers the spellings it was known
// by as aliases, so that the next import of any of them lands on the same entity. Pure; edits.ts dispatches here.
import { cleanText, memberKeyFor, normaliseIdentity } from './normalise';
import type { Alias, LinkTable, Member, Skill, Workspace, WorkspacePlan } from './types';

export type EntityKind = Alias['kind'];

export type IdentityRefusal =
  'unknown_skill' | 'unknown_member' | 'empty_name' | 'name_taken' | 'merge_into_itself';

type Result = { ok: true; workspace: Workspace } | { ok: false; reason: IdentityRefusal };

type Entity = Member | Skill;

const unknown = (kind: EntityKind): Result => ({
  ok: false,
  reason: kind === 'skill' ? 'unknown_skill' : 'unknown_member',
});

/** The identity key a row giving only this name would get (`n:<normalised name>`): what an alias is keyed by. */
export function spellingKey(name: string): string {
  return memberKeyFor('', name);
}

const entitiesOf = (workspace: Workspace, kind: EntityKind): readonly Entity[] =>
  kind === 'skill' ? workspace.skills : workspace.members;

const idOf = (entity: Entity): string => ('memberId' in entity ? entity.memberId : entity.skillId);

/**
 * The entity (other than `self`) a new name would be confused with: one already called so, or one whose key is
 * that spelling (its old name still lands on it). Two members with ids may share a name (namesakes, as the
 * import treats them); skills may not.
 */
export function nameHolder(
  workspace: Workspace,
  kind: EntityKind,
  selfKey: string,
  name: string,
): Entity | undefined {
  const list = entitiesOf(workspace, kind);
  const self = list.find((e) => e.key === selfKey);
  const normal = normaliseIdentity(cleanText(name));
  const spelling = `n:${normal}`;
  return list.find(
    (e) =>
      e.key !== selfKey &&
      (e.key === spelling || normaliseIdentity(e.name) === normal) &&
      !(kind === 'member' && self && idOf(self) && idOf(e)),
  );
}

/**
 * A new display name. An entity keyed by its name keeps its key, so its first spelling still lands on it; the
 * new spelling (and the one it replaces) become aliases of it. An entity keyed by its id is found by the id.
 */
export function renameEntity(workspace: Workspace, kind: EntityKind, key: string, rawName: string): Result {
  const list = entitiesOf(workspace, kind);
  const index = list.findIndex((e) => e.key === key);
  if (index < 0) return unknown(kind);
  const name = cleanText(rawName);
  if (!name) return { ok: false, reason: 'empty_name' };
  const entity = list[index];
  if (entity.name === name) return { ok: true, workspace };
  if (nameHolder(workspace, kind, key, name)) return { ok: false, reason: 'name_taken' };
  const renamed = list.slice() as Entity[];
  renamed[index] = { ...entity, name };
  const changed: Workspace =
    kind === 'skill'
      ? { ...workspace, skills: renamed as Skill[] }
      : { ...workspace, members: renamed as Member[] };
  if (!key.startsWith('n:')) return { ok: true, workspace: changed };
  const spellings = [spellingKey(entity.name), spellingKey(name)];
  const aliases = remember(workspace.plan.aliases, kind, spellings, key, renamed);
  if (aliases === workspace.plan.aliases) return { ok: true, workspace: changed };
  return { ok: true, workspace: { ...changed, plan: { ...workspace.plan, aliases } } };
}

/**
 * The aliases with `spellings` leading to `key`: a spelling another alias had is taken over (the later decision
 * wins); one that is the key of an entity in `list` is left out (an entity's own key always names it).
 */
function remember(
  aliases: Alias[],
  kind: EntityKind,
  spellings: string[],
  key: string,
  list: readonly Entity[],
): Alias[] {
  const keys = new Set(list.map((e) => e.key));
  const wanted = [...new Set(spellings)].filter((s) => s !== key && !keys.has(s));
  const fresh = wanted.filter((s) => !aliases.some((a) => a.kind === kind && a.alias === s && a.key === key));
  if (fresh.length === 0) return aliases;
  const taken = new Set(fresh);
  return [
    ...aliases.filter((a) => a.kind !== kind || !taken.has(a.alias)),
    ...fresh.map((alias) => ({ kind, alias, key })),
  ];
}

/** How a merge would change the links: `moved` links of `from` move to `into`; `both` entities hold both. */
export interface MergePreview {
  moved: number;
  both: number;
}

export function mergePreview(
  workspace: Workspace,
  kind: EntityKind,
  fromKey: string,
  intoKey: string,
): MergePreview | null {
  const list = entitiesOf(workspace, kind);
  const from = list.findIndex((e) => e.key === fromKey);
  const into = list.findIndex((e) => e.key === intoKey);
  if (from < 0 || into < 0 || from === into) return null;
  const { column, other } = columns(workspace.links, kind);
  const { level } = workspace.links;
  const held = new Uint8Array(entitiesOf(workspace, kind === 'skill' ? 'member' : 'skill').length);
  let moved = 0;
  let both = 0;
  // Links only: an interest-only record (level 0) moves too, but it is no link to announce.
  for (let i = 0; i < column.length; i++) if (column[i] === into && level[i] > 0) held[other[i]] = 1;
  for (let i = 0; i < column.length; i++) {
    if (column[i] !== from || level[i] === 0) continue;
    moved++;
    both += held[other[i]];
  }
  return { moved, both };
}

/**
 * `from` becomes part of `into`: its links move (a pair both hold keeps the higher level, interest if either
 * had it), it is removed, and its key, its name and its aliases lead to `into` from now on. `into` keeps its
 * own values; an empty field of it takes `from`'s. Members: leavers, pins and exclusions of `from` pass to
 * `into` where they hold for it. Skills: `from`'s reset values are dropped.
 */
export function mergeEntities(
  workspace: Workspace,
  kind: EntityKind,
  fromKey: string,
  intoKey: string,
): Result {
  const list = entitiesOf(workspace, kind);
  const from = list.findIndex((e) => e.key === fromKey);
  const into = list.findIndex((e) => e.key === intoKey);
  if (from < 0 || into < 0) return unknown(kind);
  if (from === into) return { ok: false, reason: 'merge_into_itself' };
  const gone = list[from];
  const kept = filled(list[into], gone);
  const rest = list.filter((_, i) => i !== from);
  rest[into > from ? into - 1 : into] = kept;
  const otherCount = entitiesOf(workspace, kind === 'skill' ? 'member' : 'skill').length;
  const links = mergeLinks(workspace.links, kind, from, into, otherCount);
  let aliases = workspace.plan.aliases.map((a) =>
    a.kind === kind && a.key === fromKey ? { ...a, key: intoKey } : a,
  );
  aliases = remember(aliases, kind, [fromKey, spellingKey(gone.name)], intoKey, rest);
  const plan: WorkspacePlan =
    kind === 'skill'
      ? {
          ...workspace.plan,
          baseline: workspace.plan.baseline.filter((b) => b.skillKey !== fromKey),
          aliases,
        }
      : { ...mergedPlan(workspace.plan, fromKey, kept as Member), aliases };
  return {
    ok: true,
    workspace:
      kind === 'skill'
        ? { ...workspace, skills: rest as Skill[], links, plan }
        : { ...workspace, members: rest as Member[], links, plan },
  };
}

/** `into` with each empty field (no text, no number, no tags) taken from `from`; key and name stay. */
function filled<T extends Entity>(into: T, from: T): T {
  const result = { ...into };
  const empty = (v: unknown) => v === '' || v === null || (Array.isArray(v) && v.length === 0);
  for (const field of Object.keys(into) as (keyof T)[]) {
    if (field === 'key' || field === 'name') continue;
    if (empty(into[field]) && !empty(from[field])) result[field] = from[field];
  }
  return result;
}

/** The member plan with `from`'s key replaced by `into`'s, each list without duplicates and still valid. */
function mergedPlan(plan: WorkspacePlan, fromKey: string, into: Member): WorkspacePlan {
  const repoint = (list: string[]) =>
    list.includes(fromKey) ? [...new Set(list.map((k) => (k === fromKey ? into.key : k)))] : list;
  const without = (list: string[]) => list.filter((k) => k !== into.key);
  let leaving = repoint(plan.leaving);
  let pinned = repoint(plan.pinned);
  let excluded = repoint(plan.excluded);
  // Only an ambassador leaves; an ambassador is never pinned (the rules of the plan edits).
  if (into.status !== 'ambassador' && leaving.includes(into.key)) leaving = without(leaving);
  if (into.status === 'ambassador' && pinned.includes(into.key)) pinned = without(pinned);
  // Pinned and excluded at once: `into`'s own choice wins over the one it inherits.
  if (pinned.includes(into.key) && excluded.includes(into.key)) {
    if (plan.excluded.includes(into.key)) pinned = without(pinned);
    else excluded = without(excluded);
  }
  return { ...plan, leaving, pinned, excluded };
}

function columns(links: LinkTable, kind: EntityKind): { column: Uint32Array; other: Uint32Array } {
  return kind === 'skill'
    ? { column: links.skill, other: links.member }
    : { column: links.member, other: links.skill };
}

/**
 * The links with entity `from` (in the `kind` column) moved to `into` and the indexes above `from` moved down
 * one. A pair both held becomes one link, where `into`'s was: the higher level, interest if either had it (so a
 * link and an interest-only record make the link, with interest; two interest-only records stay one).
 */
function mergeLinks(
  links: LinkTable,
  kind: EntityKind,
  from: number,
  into: number,
  otherCount: number,
): LinkTable {
  const { column, other } = columns(links, kind);
  const n = column.length;
  const fromAt = new Int32Array(otherCount).fill(-1);
  const intoAt = new Int32Array(otherCount).fill(-1);
  for (let i = 0; i < n; i++) {
    if (column[i] === from) fromAt[other[i]] = i;
    else if (column[i] === into) intoAt[other[i]] = i;
  }
  let length = n;
  for (let o = 0; o < otherCount; o++) if (fromAt[o] >= 0 && intoAt[o] >= 0) length--;
  const outColumn = new Uint32Array(length);
  const outOther = new Uint32Array(length);
  const level = new Uint8Array(length);
  const interest = new Uint8Array(length);
  const repacked = (c: number) => (c > from ? c - 1 : c);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const o = other[i];
    let c = column[i];
    let lv = links.level[i];
    let wants = links.interest[i];
    if (c === from) {
      if (intoAt[o] >= 0) continue;
      c = into;
    } else if (c === into && fromAt[o] >= 0) {
      lv = Math.max(lv, links.level[fromAt[o]]);
      wants = wants | links.interest[fromAt[o]];
    }
    outColumn[j] = repacked(c);
    outOther[j] = o;
    level[j] = lv;
    interest[j] = wants;
    j++;
  }
  return kind === 'skill'
    ? { member: outOther, skill: outColumn, level, interest }
    : { member: outColumn, skill: outOther, level, interest };
}
