// The workspace in IndexedDB: the current one, the unreadable one set aside, and the history of snapshots.
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { Workspace } from '../domain/types';
import { encodeStored, restoreStored, type StoredWorkspace, type WorkspaceMeta } from './storedFormat';

export type LoadResult =
  { ok: true; stored: StoredWorkspace | null } | { ok: false; reason: 'corrupt' | 'newer' | 'unavailable' };

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'newer' };

const WORKSPACE_KEY = 'workspace';
const SET_ASIDE_KEY = 'workspace-unreadable';

/** Unreadable stored data that could not be copied aside yet: no save may overwrite it until it is. */
let notSetAside: { raw: unknown } | null = null;
/** The stored workspace was saved by a newer version of the app: it stays as it is, no save replaces it. */
let storedIsNewer = false;

let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('expertise-map', 'kv');
  return store;
}

export async function loadWorkspace(): Promise<LoadResult> {
  let raw: unknown;
  try {
    raw = await get(WORKSPACE_KEY, db());
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (raw === undefined) return { ok: true, stored: null };
  const restored = restoreStored(raw);
  if (restored.ok) return { ok: true, stored: restored.stored };
  if (restored.reason === 'newer') {
    storedIsNewer = true;
    return { ok: false, reason: 'newer' };
  }
  // Never overwrite what we cannot read: keep it aside for a later version or a person to rescue.
  try {
    await set(SET_ASIDE_KEY, raw, db());
  } catch {
    // If even that fails, the original stays under its key and saveWorkspace tries again before overwriting it.
    notSetAside = { raw };
  }
  return { ok: false, reason: 'corrupt' };
}

export async function saveWorkspace(workspace: Workspace, meta: WorkspaceMeta): Promise<SaveResult> {
  if (storedIsNewer) return { ok: false, reason: 'newer' };
  const stored = encodeStored(workspace, meta, new Date().toISOString());
  try {
    if (notSetAside) {
      await set(SET_ASIDE_KEY, notSetAside.raw, db());
      notSetAside = null;
    }
    await set(WORKSPACE_KEY, stored, db());
    return { ok: true };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return { ok: false, reason: name === 'QuotaExceededError' ? 'quota' : 'unavailable' };
  }
}

// ---- history: the workspace before each import, the last HISTORY_LIMIT of them ----

export const HISTORY_LIMIT = 5;
const HISTORY_KEY = 'history';

export interface SnapshotInfo {
  id: string;
  savedAt: string;
  reason: 'import' | 'restore';
  members: number;
  skills: number;
  links: number;
  meta: WorkspaceMeta;
}

export async function listSnapshots(): Promise<SnapshotInfo[]> {
  try {
    const list = await get(HISTORY_KEY, db());
    return Array.isArray(list) ? (list as SnapshotInfo[]) : [];
  } catch {
    return [];
  }
}

/** Keeps a copy of a workspace; the oldest beyond the limit is dropped. */
export async function pushSnapshot(
  workspace: Workspace,
  meta: WorkspaceMeta,
  reason: SnapshotInfo['reason'],
): Promise<{ ok: true; id: string } | { ok: false; reason: 'quota' | 'unavailable' }> {
  const info: SnapshotInfo = {
    id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    savedAt: new Date().toISOString(),
    reason,
    members: workspace.members.length,
    skills: workspace.skills.length,
    links: workspace.links.level.length,
    meta,
  };
  try {
    await set(`snapshot:${info.id}`, encodeStored(workspace, meta, info.savedAt), db());
    // The list changes in one transaction, so two tabs keeping snapshots at once lose none of them.
    let dropped: SnapshotInfo[] = [];
    await update(
      HISTORY_KEY,
      (old: unknown) => {
        const list = [info, ...(Array.isArray(old) ? (old as SnapshotInfo[]) : [])];
        dropped = list.slice(HISTORY_LIMIT);
        return list.slice(0, HISTORY_LIMIT);
      },
      db(),
    );
    for (const old of dropped) await del(`snapshot:${old.id}`, db());
    return { ok: true, id: info.id };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return { ok: false, reason: name === 'QuotaExceededError' ? 'quota' : 'unavailable' };
  }
}

export async function loadSnapshot(id: string): Promise<StoredWorkspace | null> {
  try {
    const restored = restoreStored(await get(`snapshot:${id}`, db()));
    return restored.ok ? restored.stored : null;
  } catch {
    return null;
  }
}

/** Asks the browser not to evict our data under storage pressure; the answer is only informative. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
