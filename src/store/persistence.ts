// The workspace in IndexedDB: the current one with its version, the unreadable one set aside, and the history of
// snapshots. Every save is a compare-and-swap on the version, so two tabs saving at once never lose one silently.
import { createStore, del, get, getMany, keys, set, update, type UseStore } from 'idb-keyval';
import { linkCount, type Workspace } from '../domain/types';
import { encodeStored, restoreStored, type StoredWorkspace, type WorkspaceMeta } from './storedFormat';

/** `version`: how many saves the stored workspace has seen (0 before the first, or data older than versions). */
export type LoadResult =
  | { ok: true; stored: StoredWorkspace | null; version: number }
  | { ok: false; reason: 'corrupt'; version: number }
  /** Saved by a newer version of the app: kept as it is, and no save of this tab replaces it. */
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'unavailable' };

export type SaveResult =
  | { ok: true; version: number }
  /** Another tab saved since the expected version: nothing was written; `version` is the stored one. */
  | { ok: false; reason: 'stale'; version: number }
  | { ok: false; reason: 'quota' | 'unavailable' | 'newer' };

export type SnapshotResult =
  | { ok: true; id: string }
  /** `newer`: a newer version of the app owns the stored data, its History included: nothing is written. */
  | { ok: false; reason: 'quota' | 'unavailable' | 'newer' };

export interface SnapshotInfo {
  id: string;
  savedAt: string;
  /** What replaced it: an import, a restore, or another tab's save that won over this one (`lostToOtherTab`). */
  reason: 'import' | 'restore' | 'lostToOtherTab';
  members: number;
  skills: number;
  links: number;
  meta: WorkspaceMeta;
}

/** The workspace's database as one tab sees it (tests open two to play two tabs). */
export interface WorkspaceStorage {
  loadWorkspace(): Promise<LoadResult>;
  /** The stored version alone (cheap: no workspace is read); null when storage is unavailable. */
  storedVersion(): Promise<number | null>;
  /** Saves when the stored version is still `expectedVersion` (always, when none is given). */
  saveWorkspace(workspace: Workspace, meta: WorkspaceMeta, expectedVersion?: number): Promise<SaveResult>;
  listSnapshots(): Promise<SnapshotInfo[]>;
  /** Keeps a copy of a workspace; the oldest beyond the limit is dropped. */
  pushSnapshot(
    workspace: Workspace,
    meta: WorkspaceMeta,
    reason: SnapshotInfo['reason'],
  ): Promise<SnapshotResult>;
  loadSnapshot(id: string): Promise<StoredWorkspace | null>;
  /** The unreadable data kept aside, newest last: what a person can download to rescue. */
  listSetAside(): Promise<string[]>;
  readSetAside(key: string): Promise<unknown>;
}

export const HISTORY_LIMIT = 5;

const WORKSPACE_KEY = 'workspace';
// Beside the encoded workspace, not in it: its format (storedFormat.ts) stays what it was.
const VERSION_KEY = 'workspace-version';
const SET_ASIDE_KEY = 'workspace-unreadable';
/** `workspace-unreadable`, then `workspace-unreadable-2`, -3…: a copy kept aside is never overwritten by the next. */
const setAsideKey = (n: number) => (n === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${n}`);
const setAsideNumber = (key: IDBValidKey): number | null => {
  if (key === SET_ASIDE_KEY) return 1;
  const m = typeof key === 'string' ? /^workspace-unreadable-(\d+)$/.exec(key) : null;
  return m ? Number(m[1]) : null;
};

/** Whether two values read from IndexedDB hold the same data (typed arrays compared by their elements). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
const HISTORY_KEY = 'history';

export function createWorkspaceStorage(): WorkspaceStorage {
  let store: UseStore | null = null;
  const db = (): UseStore => (store ??= createStore('expertise-map', 'kv'));
  /** Unreadable stored data that could not be copied aside yet: no save may overwrite it until it is. */
  let notSetAside: { raw: unknown; key: string } | null = null;

  /** The kept copies' numbers, in order. */
  async function setAsideNumbers(): Promise<number[]> {
    return (await keys(db()))
      .map(setAsideNumber)
      .filter((n): n is number => n !== null)
      .sort((x, y) => x - y);
  }

  /** Where `raw` goes aside: nowhere when an equal copy is kept already (the same data read again), else a new key. */
  async function setAsideKeyFor(raw: unknown): Promise<string | null> {
    const numbers = await setAsideNumbers();
    for (const n of numbers) if (sameData(await get(setAsideKey(n), db()), raw)) return null;
    return setAsideKey((numbers.at(-1) ?? 0) + 1);
  }
  /** The stored workspace was saved by a newer version of the app: it stays as it is, no save replaces it. */
  let storedIsNewer = false;

  async function loadWorkspace(): Promise<LoadResult> {
    let raw: unknown;
    let version: number;
    try {
      // One transaction: the workspace and the version it was saved as.
      const [value, storedVersion] = await getMany([WORKSPACE_KEY, VERSION_KEY], db());
      raw = value;
      version = versionOf(storedVersion);
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
    if (raw === undefined) return { ok: true, stored: null, version };
    const restored = restoreStored(raw);
    if (restored.ok) return { ok: true, stored: restored.stored, version };
    if (restored.reason === 'newer') {
      storedIsNewer = true;
      return { ok: false, reason: 'newer', version };
    }
    // Never overwrite what we cannot read: keep it aside (beside any copy kept before) for a later version or a
    // person to rescue.
    let key: string | null = SET_ASIDE_KEY;
    try {
      key = await setAsideKeyFor(raw);
      if (key !== null) await set(key, raw, db());
    } catch {
      // If even that fails, the original stays under its key and the next save tries again before overwriting it.
      if (key !== null) notSetAside = { raw, key };
    }
    return { ok: false, reason: 'corrupt', version };
  }

  async function storedVersion(): Promise<number | null> {
    try {
      return versionOf(await get(VERSION_KEY, db()));
    } catch {
      return null;
    }
  }

  async function saveWorkspace(
    workspace: Workspace,
    meta: WorkspaceMeta,
    expectedVersion?: number,
  ): Promise<SaveResult> {
    if (storedIsNewer) return { ok: false, reason: 'newer' };
    const stored = encodeStored(workspace, meta, new Date().toISOString());
    const setAside = notSetAside;
    try {
      const result = await db()('readwrite', (objects) =>
        swap(objects, expectedVersion, (version) => {
          if (setAside) objects.put(setAside.raw, setAside.key);
          objects.put(stored, WORKSPACE_KEY);
          objects.put(version, VERSION_KEY);
        }),
      );
      if (result.ok && setAside === notSetAside) notSetAside = null;
      return result;
    } catch (error) {
      return { ok: false, reason: storageErrorOf(error) };
    }
  }

  async function listSnapshots(): Promise<SnapshotInfo[]> {
    try {
      const list = await get(HISTORY_KEY, db());
      return Array.isArray(list) ? (list as SnapshotInfo[]) : [];
    } catch {
      return [];
    }
  }

  async function pushSnapshot(
    workspace: Workspace,
    meta: WorkspaceMeta,
    reason: SnapshotInfo['reason'],
  ): Promise<SnapshotResult> {
    // Keeping a snapshot may drop the oldest, which a newer version may have written: leave its History be.
    if (storedIsNewer) return { ok: false, reason: 'newer' };
    const info: SnapshotInfo = {
      id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      savedAt: new Date().toISOString(),
      reason,
      members: workspace.members.length,
      skills: workspace.skills.length,
      links: linkCount(workspace),
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
      return { ok: false, reason: storageErrorOf(error) };
    }
  }

  async function loadSnapshot(id: string): Promise<StoredWorkspace | null> {
    try {
      const restored = restoreStored(await get(`snapshot:${id}`, db()));
      return restored.ok ? restored.stored : null;
    } catch {
      return null;
    }
  }

  async function listSetAside(): Promise<string[]> {
    try {
      return (await setAsideNumbers()).map(setAsideKey);
    } catch {
      return [];
    }
  }

  async function readSetAside(key: string): Promise<unknown> {
    return setAsideNumber(key) === null ? undefined : get(key, db());
  }

  return {
    loadWorkspace,
    storedVersion,
    saveWorkspace,
    listSnapshots,
    pushSnapshot,
    loadSnapshot,
    listSetAside,
    readSetAside,
  };
}

/**
 * In one readwrite transaction: reads the stored version and, when it is the expected one, lets `write` store
 * the next. IndexedDB runs readwrite transactions on one object store one after another, across tabs too, so
 * no other save can come between the read and the write.
 */
function swap(
  objects: IDBObjectStore,
  expectedVersion: number | undefined,
  write: (nextVersion: number) => void,
): Promise<SaveResult> {
  return new Promise((resolve, reject) => {
    const transaction = objects.transaction;
    transaction.onabort = transaction.onerror = () => reject(transaction.error);
    const read = objects.get(VERSION_KEY);
    read.onsuccess = () => {
      const current = versionOf(read.result);
      if (expectedVersion !== undefined && current !== expectedVersion) {
        resolve({ ok: false, reason: 'stale', version: current });
        return;
      }
      try {
        write(current + 1);
      } catch (error) {
        abortTransaction(transaction, reject, error);
        return;
      }
      transaction.oncomplete = () => resolve({ ok: true, version: current + 1 });
    };
  });
}

/**
 * A put or delete that throws (a value too large, storage full) must write nothing: the whole transaction goes,
 * and the caller's promise is rejected with the error.
 */
export function abortTransaction(
  transaction: IDBTransaction,
  reject: (error: unknown) => void,
  error: unknown,
): void {
  reject(error);
  try {
    transaction.abort();
  } catch {
    // already finished
  }
}

function versionOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

function storageErrorOf(error: unknown): 'quota' | 'unavailable' {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}

/** Asks the browser not to evict our data under storage pressure; the answer is only informative. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
