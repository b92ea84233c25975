// The stored form of a workspace: its schema version, how it is encoded, and the restore step that migrates
// an older schema, repairs missing fields, and tells unreadable data from data of a newer version.
import type {
  ActivityThresholds,
  Alias,
  LinkTable,
  Member,
  PlanSettings,
  RoleTarget,
  SkillBaseline,
  Workspace,
  WorkspacePlan,
} from '../domain/types';
import { emptyPlan, planFor } from '../domain/types';
import { validPlanSettings, validSkillValues } from '../domain/edits';
import { validActivityThresholds, validRoleTarget, withRoleTarget } from '../domain/clubValues';
import { migrate } from './migrations';
import {
  decodeMemberColumns,
  encodeMemberColumns,
  isObject,
  restoreAll,
  restoreSkill,
  type MemberColumns,
} from './storedRecords';

/**
 * 6: the plan also keeps the community roles' targets and the activity thresholds. 5: the plan also keeps the planner's settings, edited skills' values before their first edit, and names
 * remembered by renames. 4: the workspace always carries its plan. 3: members as columns (one list per field) — storing 20,000
 * member objects took the page 30–50 ms of copying in one task, the columns a third of that. 2: members as
 * objects, links as typed-array columns. 1: a list of keyed expertise objects. Older versions are migrated on
 * load (migrations.ts); newer ones are left as they are.
 */
export const SCHEMA_VERSION = 6;

export interface WorkspaceMeta {
  origin: 'sample' | 'user';
  /** The bundled sample as loaded, never edited: replaced without asking. */
  untouchedSample: boolean;
  sampleLang: 'ru' | 'en' | null;
}

export interface StoredWorkspace {
  schemaVersion: number;
  savedAt: string;
  workspace: Workspace;
  meta: WorkspaceMeta;
}

/** The stored workspace, or why it cannot be used: unreadable, or saved by a newer version (kept untouched). */
export type RestoreResult =
  { ok: true; stored: StoredWorkspace } | { ok: false; reason: 'corrupt' | 'newer' };

// Per members list: an edit of targets, leavers or the plan keeps the members, and 20,000 of them cost the page
// ~10 ms to encode on every save. The columns are shared (nothing changes them once encoded); the record is new.
const memberColumnCache = new WeakMap<readonly Member[], MemberColumns>();

function memberColumnsOf(members: readonly Member[]): MemberColumns {
  let columns = memberColumnCache.get(members);
  if (!columns) memberColumnCache.set(members, (columns = encodeMemberColumns(members)));
  return { ...columns };
}

/** What goes into the database: the workspace with its members as columns. */
export function encodeStored(workspace: Workspace, meta: WorkspaceMeta, savedAt: string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    savedAt,
    workspace: {
      members: memberColumnsOf(workspace.members),
      skills: workspace.skills,
      links: workspace.links,
      plan: workspace.plan,
    },
    meta,
  };
}

const CORRUPT = { ok: false, reason: 'corrupt' } as const;

/** Reads stored data of this or an older schema and repairs missing fields; says why when it cannot. */
export function restoreStored(raw: unknown): RestoreResult {
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion))
    return CORRUPT;
  // A later version may store anything differently: its data is not ours to judge, repair or replace.
  if (raw.schemaVersion > SCHEMA_VERSION) return { ok: false, reason: 'newer' };
  if (!isObject(raw.workspace)) return CORRUPT;
  const ws = migrate(raw.workspace, raw.schemaVersion, SCHEMA_VERSION);
  const workspace = ws && restoreWorkspace(ws);
  if (!workspace) return CORRUPT;
  const meta = isObject(raw.meta) ? raw.meta : {};
  return {
    ok: true,
    stored: {
      schemaVersion: SCHEMA_VERSION,
      savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
      workspace,
      meta: {
        origin: meta.origin === 'sample' ? 'sample' : 'user',
        untouchedSample: meta.untouchedSample === true,
        sampleLang: meta.sampleLang === 'ru' || meta.sampleLang === 'en' ? meta.sampleLang : null,
      },
    },
  };
}

/** The workspace part of the current schema, repaired; null when its parts do not fit together. */
function restoreWorkspace(ws: Record<string, unknown>): Workspace | null {
  const members = decodeMemberColumns(ws.members);
  if (!members || !Array.isArray(ws.skills)) return null;
  const skills = restoreAll(ws.skills, restoreSkill);
  // Skills dropped as unreadable would shift indexes: such data is set aside, not guessed at.
  if (skills.length !== ws.skills.length) return null;
  const links = restoreLinks(ws.links, members.length, skills.length);
  if (!links) return null;
  return { members, skills, links, plan: planFor(restorePlan(ws.plan), members) };
}

function restoreLinks(value: unknown, members: number, skills: number): LinkTable | null {
  if (!isObject(value)) return null;
  const { member, skill, level, interest } = value;
  if (!(
    member instanceof Uint32Array &&
    skill instanceof Uint32Array &&
    level instanceof Uint8Array &&
    interest instanceof Uint8Array
  ))
    return null;
  const n = level.length;
  if (member.length !== n || skill.length !== n || interest.length !== n) return null;
  for (let i = 0; i < n; i++) {
    // Level 0 is kept only as an interest-only record (with interest); without it the entry means nothing.
    if (member[i] >= members || skill[i] >= skills || level[i] > 5 || (level[i] === 0 && interest[i] !== 1))
      return null;
  }
  return { member, skill, level, interest };
}

function restorePlan(value: unknown): WorkspacePlan {
  const empty = emptyPlan();
  if (!isObject(value)) return empty;
  const keys = (list: unknown) =>
    Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  const objects = (list: unknown) => (Array.isArray(list) ? list.filter(isObject) : []);
  return {
    leaving: keys(value.leaving),
    pinned: keys(value.pinned),
    excluded: keys(value.excluded),
    settings: restoreSettings(value.settings, empty.settings),
    // A reset to unreadable values would be worse than no reset: such entries are dropped, one by one.
    baseline: objects(value.baseline).flatMap((b) => {
      const entry = {
        skillKey: b.skillKey,
        target: b.target,
        requiredLevel: b.requiredLevel,
        weight: b.weight,
      };
      return typeof entry.skillKey === 'string' && validSkillValues(entry) ? [entry as SkillBaseline] : [];
    }),
    aliases: objects(value.aliases).flatMap((a) =>
      (a.kind === 'skill' || a.kind === 'member') && typeof a.alias === 'string' && typeof a.key === 'string'
        ? [{ kind: a.kind, alias: a.alias, key: a.key } as Alias]
        : [],
    ),
    roleTargets: restoreRoleTargets(objects(value.roleTargets)),
    activityThresholds: restoreThresholds(value.activityThresholds, empty.activityThresholds),
  };
}

/** Readable entries, one per role (the last one stored wins), defaults left out as the edit leaves them. */
function restoreRoleTargets(entries: Record<string, unknown>[]): RoleTarget[] {
  let list: RoleTarget[] = [];
  for (const { role, target } of entries)
    if (typeof role === 'string' && role !== '' && validRoleTarget(target))
      list = withRoleTarget(list, role, target);
  return list;
}

/** The thresholds as stored when they fit together, else the defaults (one bad value makes the set unusable). */
function restoreThresholds(value: unknown, defaults: ActivityThresholds): ActivityThresholds {
  if (!isObject(value)) return defaults;
  const { overloadedFrom, quietBelow, thrivingFrom } = value;
  const stored = { overloadedFrom, quietBelow, thrivingFrom };
  return validActivityThresholds(stored) ? (stored as ActivityThresholds) : defaults;
}

/** Each setting as stored when it is one the planner accepts, else its default. */
function restoreSettings(value: unknown, defaults: PlanSettings): PlanSettings {
  if (!isObject(value)) return defaults;
  const checked = validPlanSettings(value as Partial<PlanSettings>);
  return { ...defaults, ...checked };
}
