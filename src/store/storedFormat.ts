// The stored form of a workspace: its schema version, how it is encoded, and the restore step that reads
// this or an older schema, repairs missing fields, and says null for data that is not ours.
import type {
  Expertise,
  LinkTable,
  Member,
  MemberStatus,
  Skill,
  Workspace,
  WorkspacePlan,
} from '../domain/types';
import { SKILL_DEFAULTS, emptyPlan, planFor, workspaceOf } from '../domain/types';

/**
 * 3: members as columns (one list per field) — storing 20,000 member objects took the page 30–50 ms of
 * copying in one task, the columns a third of that. 2: members as objects, links as typed-array columns.
 * 1: a list of keyed expertise objects. Older versions are migrated on load.
 */
export const SCHEMA_VERSION = 3;

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

/** What goes into the database: the workspace with its members as columns. */
export function encodeStored(workspace: Workspace, meta: WorkspaceMeta, savedAt: string) {
  const { members } = workspace;
  const column = <T>(read: (m: Member) => T) => members.map(read);
  const number = (read: (m: Member) => number | null) => Float64Array.from(members, (m) => read(m) ?? NaN);
  const memberColumns: MemberColumns = {
    key: column((m) => m.key),
    memberId: column((m) => m.memberId),
    name: column((m) => m.name),
    department: column((m) => m.department),
    location: column((m) => m.location),
    title: column((m) => m.title),
    email: column((m) => m.email),
    status: column((m) => m.status),
    workload: number((m) => m.workload),
    activity: number((m) => m.activity),
    // Roles come from table cells, which never hold a NUL: one text per member.
    roles: column((m) => m.roles.join(ROLE_SEPARATOR)),
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    savedAt,
    workspace: {
      members: memberColumns,
      skills: workspace.skills,
      links: workspace.links,
      plan: workspace.plan,
    },
    meta,
  };
}

const ROLE_SEPARATOR = '\u0000';
const MEMBER_TEXT_COLUMNS = [
  'key',
  'memberId',
  'name',
  'department',
  'location',
  'title',
  'email',
  'status',
  'roles',
] as const;

interface MemberColumns {
  key: string[];
  memberId: string[];
  name: string[];
  department: string[];
  location: string[];
  title: string[];
  email: string[];
  status: string[];
  workload: Float64Array;
  activity: Float64Array;
  roles: string[];
}

/** Members stored as columns, as objects again; null when the columns do not fit together. */
function decodeMembers(value: unknown): Record<string, unknown>[] | null {
  if (!isObject(value)) return null;
  const key = value.key;
  if (!Array.isArray(key)) return null;
  const n = key.length;
  for (const name of MEMBER_TEXT_COLUMNS) {
    const list = value[name];
    if (!Array.isArray(list) || list.length !== n) return null;
  }
  const { workload, activity } = value;
  if (!(
    workload instanceof Float64Array &&
    activity instanceof Float64Array &&
    workload.length === n &&
    activity.length === n
  ))
    return null;
  const c = value as unknown as MemberColumns;
  return Array.from({ length: n }, (_, i) => ({
    key: c.key[i],
    memberId: c.memberId[i],
    name: c.name[i],
    department: c.department[i],
    location: c.location[i],
    title: c.title[i],
    email: c.email[i],
    status: c.status[i],
    workload: Number.isNaN(c.workload[i]) ? null : c.workload[i],
    activity: Number.isNaN(c.activity[i]) ? null : c.activity[i],
    roles: typeof c.roles[i] === 'string' ? c.roles[i].split(ROLE_SEPARATOR).filter(Boolean) : [],
  }));
}

/** Reads stored data of this or an older schema; repairs missing fields; null when it is not ours. */
export function restoreStored(raw: unknown): StoredWorkspace | null {
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number' || raw.schemaVersion > SCHEMA_VERSION)
    return null;
  const ws = raw.workspace;
  if (!isObject(ws)) return null;
  // Version 3 keeps members as columns; 1 and 2 as a list of objects.
  const memberList = raw.schemaVersion >= 3 ? decodeMembers(ws.members) : ws.members;
  if (!Array.isArray(memberList) || !Array.isArray(ws.skills)) return null;
  const members = memberList
    .filter(isObject)
    .map(restoreMember)
    .filter((m): m is Member => m !== null);
  const skills = ws.skills
    .filter(isObject)
    .map(restoreSkill)
    .filter((s): s is Skill => s !== null);
  let workspace: Workspace;
  if (raw.schemaVersion === 1) {
    // Version 1 kept links as keyed objects.
    if (!Array.isArray(ws.expertise)) return null;
    const list: Expertise[] = ws.expertise.filter(isObject).map((e) => ({
      memberKey: String(e.memberKey),
      skillKey: String(e.skillKey),
      level: Number(e.level),
      interest: e.interest === true,
    }));
    workspace = workspaceOf(
      members,
      skills,
      list.filter((e) => e.level >= 1 && e.level <= 5),
    );
  } else {
    const links = restoreLinks(ws.links, members.length, skills.length);
    if (!links) return null;
    // Members or skills dropped as unreadable would shift indexes: such data is set aside, not guessed at.
    if (members.length !== memberList.length || skills.length !== ws.skills.length) return null;
    workspace = { members, skills, links, plan: emptyPlan() };
  }
  // The plan (leavers, pins) was added within schema 3; data without one has none.
  workspace.plan = planFor(restorePlan(ws.plan), members);
  const meta = isObject(raw.meta) ? raw.meta : {};
  return {
    schemaVersion: SCHEMA_VERSION,
    savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
    workspace,
    meta: {
      origin: meta.origin === 'sample' ? 'sample' : 'user',
      untouchedSample: meta.untouchedSample === true,
      sampleLang: meta.sampleLang === 'ru' || meta.sampleLang === 'en' ? meta.sampleLang : null,
    },
  };
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
    if (member[i] >= members || skill[i] >= skills || level[i] < 1 || level[i] > 5) return null;
  }
  return { member, skill, level, interest };
}

function restorePlan(value: unknown): WorkspacePlan {
  if (!isObject(value)) return emptyPlan();
  const keys = (list: unknown) =>
    Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  return { leaving: keys(value.leaving), pinned: keys(value.pinned), excluded: keys(value.excluded) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATUSES: readonly MemberStatus[] = ['ambassador', 'employee', 'alumni'];

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function restoreMember(m: Record<string, unknown>): Member | null {
  const key = text(m.key);
  const name = text(m.name);
  if (!key || !name) return null;
  return {
    key,
    memberId: text(m.memberId),
    name,
    department: text(m.department),
    location: text(m.location),
    title: text(m.title),
    email: text(m.email),
    status: STATUSES.includes(m.status as MemberStatus) ? (m.status as MemberStatus) : 'employee',
    workload: numberOrNull(m.workload),
    activity: numberOrNull(m.activity),
    roles: Array.isArray(m.roles) ? m.roles.map(text).filter(Boolean) : [],
  };
}

function restoreSkill(s: Record<string, unknown>): Skill | null {
  const key = text(s.key);
  const name = text(s.name);
  if (!key || !name) return null;
  return {
    key,
    skillId: text(s.skillId),
    name,
    category: text(s.category),
    target: numberOrNull(s.target) ?? SKILL_DEFAULTS.target,
    requiredLevel: numberOrNull(s.requiredLevel) ?? SKILL_DEFAULTS.requiredLevel,
    weight: numberOrNull(s.weight) ?? SKILL_DEFAULTS.weight,
  };
}
