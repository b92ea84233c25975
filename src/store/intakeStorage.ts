// Named intake snapshots in IndexedDB, beside the workspace (docs/architecture.md#storage): one small list of
// names under `intakes`, each snapshot's workspace under `intake:<id>`, encoded like the workspace itself. A save
// of the workspace touches neither, and a snapshot's workspace is read only when it is opened.
import { createStore, get, type UseStore } from 'idb-keyval';
import {
  checkIntakeName,
  freeIntakeName,
  type IntakeSnapshot,
  type IntakeSnapshotData,
} from '../domain/intakes';
import { ambassadorCount } from '../domain/membership';
import { linkCount, type Workspace } from '../domain/types';
import { abortTransaction } from './persistence';
import { encodeStored, restoreStored, type WorkspaceMeta } from './storedFormat';

/** What the list says of a snapshot without reading its workspace. */
export interface IntakeInfo {
  id: string;
  name: string;
  savedAt: string;
  members: number;
  /** Null in a list written before the count was kept. */
  ambassadors: number | null;
  skills: number;
  links: number;
}

/** A snapshot to add as it came (from a zip): its name may be taken, then it gets a suffix. */
export type IntakeToAdd = IntakeSnapshotData;

type StorageFailure = 'quota' | 'unavailable' | 'newer';

export type IntakeListResult = { ok: true; intakes: IntakeInfo[] } | { ok: false; reason: StorageFailure };

export type IntakeSaveResult =
  { ok: true; info: IntakeInfo } | { ok: false; reason: 'empty_name' | 'name_taken' | StorageFailure };

export type IntakeRenameResult =
  | { ok: true; info: IntakeInfo }
  | { ok: false; reason: 'empty_name' | 'name_taken' | 'unknown_intake' | StorageFailure };

export type IntakeLoadResult =
  | { ok: true; snapshot: IntakeSnapshot }
  | { ok: false; reason: 'unknown_intake' | 'corrupt' | 'newer' | 'unavailable' };

export interface IntakeStorage {
  listIntakes(): Promise<IntakeListResult>;
  saveIntake(workspace: Workspace, name: string): Promise<IntakeSaveResult>;
  /** Adds each under its name, or the first free "name (n)": nothing stored is overwritten. */
  addIntakes(
    intakes: readonly IntakeToAdd[],
  ): Promise<{ ok: true; added: IntakeInfo[] } | { ok: false; reason: StorageFailure }>;
  renameIntake(id: string, name: string): Promise<IntakeRenameResult>;
  deleteIntake(id: string): Promise<{ ok: true } | { ok: false; reason: StorageFailure }>;
  loadIntake(id: string): Promise<IntakeLoadResult>;
}

const LIST_KEY = 'intakes';
const SET_ASIDE_KEY = 'intakes-unreadable';
/** The list record's own format, apart from the workspace's schema. */
const LIST_FORMAT = 1;
const recordKey = (id: string) => `intake:${id}`;
// A snapshot is the person's data as it was: never the untouched sample, whatever it started from.
const INTAKE_META: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

type ListRead = { ok: true; list: IntakeInfo[]; unreadable: unknown } | { ok: false; reason: 'newer' };

function infoOf(value: unknown): IntakeInfo | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const count = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0);
  if (typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.savedAt !== 'string') return null;
  return {
    id: v.id,
    name: v.name,
    savedAt: v.savedAt,
    members: count(v.members),
    ambassadors: typeof v.ambassadors === 'number' ? count(v.ambassadors) : null,
    skills: count(v.skills),
    links: count(v.links),
  };
}

/** The stored list; an unreadable one reads as empty and is handed back to be set aside before any write. */
function readList(raw: unknown): ListRead {
  if (raw === undefined) return { ok: true, list: [], unreadable: undefined };
  if (typeof raw === 'object' && raw !== null) {
    const { format, list } = raw as Record<string, unknown>;
    if (typeof format === 'number' && format > LIST_FORMAT) return { ok: false, reason: 'newer' };
    if (format === LIST_FORMAT && Array.isArray(list))
      return { ok: true, list: list.flatMap((e) => infoOf(e) ?? []), unreadable: undefined };
  }
  return { ok: true, list: [], unreadable: raw };
}

function newId(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

function infoFor(id: string, name: string, savedAt: string, workspace: Workspace): IntakeInfo {
  return {
    id,
    name,
    savedAt,
    members: workspace.members.length,
    ambassadors: ambassadorCount(workspace),
    skills: workspace.skills.length,
    links: linkCount(workspace),
  };
}

function storageErrorOf(error: unknown): 'quota' | 'unavailable' {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}

/** What one change of the list writes: the new list, records to put and to delete, and the answer. */
interface ListChange<R> {
  list?: IntakeInfo[];
  put?: [string, unknown][];
  del?: string[];
  result: R;
}

export function createIntakeStorage(): IntakeStorage {
  let store: UseStore | null = null;
  const db = (): UseStore => (store ??= createStore('expertise-map', 'kv'));

  /**
   * Reads the list and writes what `change` decides in one readwrite transaction, so two tabs saving snapshots
   * at once neither lose one nor both take one name.
   */
  async function changeList<R>(
    change: (list: IntakeInfo[]) => ListChange<R>,
  ): Promise<R | { ok: false; reason: StorageFailure }> {
    try {
      return await db()('readwrite', (objects) => {
        return new Promise<R | { ok: false; reason: StorageFailure }>((resolve, reject) => {
          const transaction = objects.transaction;
          transaction.onabort = transaction.onerror = () => reject(transaction.error);
          const read = objects.get(LIST_KEY);
          read.onsuccess = () => {
            const stored = readList(read.result);
            if (!stored.ok) return resolve({ ok: false, reason: 'newer' });
            const { list, put = [], del = [], result } = change(stored.list);
            try {
              if (list) {
                // An unreadable list is kept aside, never written over.
                if (stored.unreadable !== undefined) objects.put(stored.unreadable, SET_ASIDE_KEY);
                objects.put({ format: LIST_FORMAT, list }, LIST_KEY);
              }
              for (const [key, value] of put) objects.put(value, key);
              for (const key of del) objects.delete(key);
            } catch (error) {
              abortTransaction(transaction, reject, error);
              return;
            }
            transaction.oncomplete = () => resolve(result);
          };
        });
      });
    } catch (error) {
      return { ok: false, reason: storageErrorOf(error) };
    }
  }

  async function listIntakes(): Promise<IntakeListResult> {
    try {
      const stored = readList(await get(LIST_KEY, db()));
      return stored.ok ? { ok: true, intakes: stored.list } : stored;
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }

  async function saveIntake(workspace: Workspace, name: string): Promise<IntakeSaveResult> {
    const savedAt = new Date().toISOString();
    // Encoded before the transaction: a transaction left waiting on other work would close.
    const record = encodeStored(workspace, INTAKE_META, savedAt);
    return changeList<IntakeSaveResult>((list) => {
      const checked = checkIntakeName(
        name,
        list.map((i) => i.name),
      );
      if (!checked.ok) return { result: checked };
      const info = infoFor(newId(), checked.name, savedAt, workspace);
      return { list: [...list, info], put: [[recordKey(info.id), record]], result: { ok: true, info } };
    });
  }

  async function addIntakes(intakes: readonly IntakeToAdd[]) {
    const records = intakes.map((i) => {
      // A zip's snapshot whose time could not be read is dated when it arrives.
      const savedAt = i.savedAt || new Date().toISOString();
      return { id: newId(), ...i, savedAt, record: encodeStored(i.workspace, INTAKE_META, savedAt) };
    });
    return changeList<{ ok: true; added: IntakeInfo[] }>((list) => {
      const names = list.map((i) => i.name);
      const added = records.map((r) => {
        const name = freeIntakeName(r.name, names);
        names.push(name);
        return infoFor(r.id, name, r.savedAt, r.workspace);
      });
      return {
        list: [...list, ...added],
        put: records.map((r): [string, unknown] => [recordKey(r.id), r.record]),
        result: { ok: true, added },
      };
    });
  }

  async function renameIntake(id: string, name: string): Promise<IntakeRenameResult> {
    return changeList<IntakeRenameResult>((list) => {
      const at = list.findIndex((i) => i.id === id);
      if (at < 0) return { result: { ok: false, reason: 'unknown_intake' } };
      const checked = checkIntakeName(
        name,
        list.filter((i) => i.id !== id).map((i) => i.name),
      );
      if (!checked.ok) return { result: checked };
      const info = { ...list[at], name: checked.name };
      return { list: list.map((i, k) => (k === at ? info : i)), result: { ok: true, info } };
    });
  }

  async function deleteIntake(id: string) {
    return changeList<{ ok: true }>((list) => ({
      list: list.filter((i) => i.id !== id),
      del: [recordKey(id)],
      result: { ok: true },
    }));
  }

  async function loadIntake(id: string): Promise<IntakeLoadResult> {
    let listed: IntakeListResult;
    let raw: unknown;
    try {
      listed = await listIntakes();
      raw = await get(recordKey(id), db());
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
    if (!listed.ok) return { ok: false, reason: listed.reason === 'newer' ? 'newer' : 'unavailable' };
    const info = listed.intakes.find((i) => i.id === id);
    if (!info || raw === undefined) return { ok: false, reason: 'unknown_intake' };
    // Through the same restore as the workspace: older schemas migrate, unreadable ones are refused.
    const restored = restoreStored(raw);
    if (!restored.ok) return { ok: false, reason: restored.reason };
    return {
      ok: true,
      snapshot: { id, name: info.name, savedAt: info.savedAt, workspace: restored.stored.workspace },
    };
  }

  return { listIntakes, saveIntake, addIntakes, renameIntake, deleteIntake, loadIntake };
}
