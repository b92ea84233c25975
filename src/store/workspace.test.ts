// @vitest-environment node
// The workspace store with its import flow (zustand) end to end: sample on first start, imports that replace or
// ask, merge, a pick that imports nothing, and restoring the workspace an import replaced. No Worker here, so
// imports run inline. Node, not jsdom: under jsdom IndexedDB (fake-indexeddb, Node's structuredClone) hands back
// typed arrays of another realm than jsdom's globals, so restored link columns fail `instanceof` — a
// test-environment artefact (see persistence.test.ts). The store needs no DOM: Node has File, and the
// column-mapping memory does without localStorage.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyWorkspace, expertiseList, newMember, workspaceOf, type Workspace } from '../domain/types';
import { openTab, userMeta, type Tab } from '../../tests/helpers/tabs';
import { createWorkspaceStorage, type WorkspaceStorage } from './persistence';
import { createWorkspaceStore } from './workspace';

// Fresh stores over an empty database for every test; one tab alone, so no other tab hears its saves.
let tab: Tab;
let persistence: WorkspaceStorage;
const state = () => tab.workspace.getState();
const flow = () => tab.importFlow.getState();

beforeEach(() => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  tab = openTab();
  persistence = createWorkspaceStorage();
});

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

/** Two members, no skills. */
const membersFile = () =>
  csv(
    'members.csv',
    'member_id,name,department,status\nM1,Anna Petrova,IT,ambassador\nM2,Boris Ivanov,HR,employee\n',
  );
/** M1 (Anna) Python 4; M3, unknown so far, SQL 2. */
const expertiseFile = () => csv('expertise.csv', 'member_id,skill,level\nM1,Python,4\nM3,SQL,2\n');

function summary(ws: Workspace) {
  const name = new Map([
    ...ws.members.map((m) => [m.key, m.name] as const),
    ...ws.skills.map((s) => [s.key, s.name] as const),
  ]);
  return {
    members: ws.members.map((m) => `${m.memberId} ${m.name} (${m.department || '-'}, ${m.status})`),
    skills: ws.skills.map((s) => s.name),
    links: expertiseList(ws).map((e) => `${name.get(e.memberKey)} / ${name.get(e.skillKey)} = ${e.level}`),
  };
}

const counts = (ws: Workspace) => [ws.members.length, ws.skills.length, ws.links.level.length];

async function storedWorkspace() {
  const loaded = await persistence.loadWorkspace();
  return loaded.ok ? loaded.stored : null;
}

/** Starts on an empty database: the English sample, untouched. */
async function startWithSample() {
  await state().init('en');
  expect(state().meta.untouchedSample).toBe(true);
}

/** Imports the members file into the untouched sample (no question asked) and waits until it is saved. */
async function importMembers() {
  flow().requestImport([membersFile()]);
  await vi.waitFor(() => expect(flow().report?.files[0].fileName).toBe('members.csv'));
  await vi.waitFor(async () => expect((await storedWorkspace())?.meta.origin).toBe('user'));
  flow().closeReport();
}

async function importMembersOverSample() {
  await startWithSample();
  await importMembers();
}

describe('init', () => {
  test('with empty storage it loads the bundled sample of the UI language, untouched, and saves it', async () => {
    await state().init('en');
    const { workspace, meta, phase, problem } = state();
    const { report } = flow();
    expect(phase).toBe('ready');
    expect(meta).toEqual({ origin: 'sample', untouchedSample: true, sampleLang: 'en' });
    // sample-data/README.md: 150 members, 40 skills, 689 links.
    expect(counts(workspace)).toEqual([150, 40, 689]);
    // sample-data/en/members.csv line 2, skills.csv line 2.
    expect(workspace.members[0]).toMatchObject({
      memberId: 'E0001',
      name: 'Grigory Vorobyov',
      department: 'Corporate Banking',
      status: 'employee',
    });
    expect(workspace.skills[0]).toMatchObject({
      skillId: 'SK01',
      name: 'Java',
      category: 'Technology',
      target: 2,
      requiredLevel: 4,
      weight: 2,
    });
    expect(report).toBeNull();
    expect(problem).toBeNull();
    await vi.waitFor(async () => expect((await storedWorkspace())?.workspace).toEqual(workspace));
  });

  test('the Russian sample holds the same people, skills and links in Russian', async () => {
    await state().init('ru');
    expect(state().meta.sampleLang).toBe('ru');
    expect(counts(state().workspace)).toEqual([150, 40, 689]);
    expect(state().workspace.members[0].memberId).toBe('E0001');
  });

  test('a stored workspace is loaded instead of the sample', async () => {
    const stored: Workspace = {
      ...emptyWorkspace(),
      members: [
        {
          key: 'i:m9',
          memberId: 'M9',
          name: 'Nina',
          department: '',
          location: '',
          title: '',
          email: '',
          status: 'alumni',
          workload: null,
          activity: null,
          roles: [],
        },
      ],
    };
    await persistence.saveWorkspace(stored, { origin: 'user', untouchedSample: false, sampleLang: null });
    await state().init('en');
    expect(state().workspace).toEqual(stored);
    expect(state().meta).toEqual({ origin: 'user', untouchedSample: false, sampleLang: null });
  });

  test('a workspace that lands while the sample is being read (a file picked at once) is not replaced by it', async () => {
    let release: ((sample: Workspace) => void) | null = null;
    const store = createWorkspaceStore({
      storage: createWorkspaceStorage(),
      sampleWorkspace: () => new Promise<Workspace>((resolve) => (release = resolve)),
    });
    const starting = store.getState().init('en');
    await vi.waitFor(() => expect(release).not.toBeNull());
    // the import's workspace arrives while the sample is still on its way
    const imported = workspaceOf([newMember({ key: 'i:m1', memberId: 'M1', name: 'Imported Anna' })], [], []);
    await store.getState().commit({ workspace: imported, meta: userMeta }, { keep: 'nothing' });
    release!(workspaceOf([newMember({ key: 'i:s1', memberId: 'S1', name: 'Sample Sam' })], [], []));
    await starting;
    await store.getState().settled();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().workspace.members.map((m) => m.name)).toEqual(['Imported Anna']);
    const reloaded = await createWorkspaceStorage().loadWorkspace();
    expect(reloaded.ok && reloaded.stored?.workspace.members.map((m) => m.name)).toEqual(['Imported Anna']);
  });

  test('a save that fails marks the work unsaved (banner dismissed or not) until a save succeeds', async () => {
    let full = false;
    const storage = createWorkspaceStorage();
    const store = createWorkspaceStore({
      storage: {
        ...storage,
        saveWorkspace: (...args) =>
          full ? Promise.resolve({ ok: false, reason: 'quota' } as const) : storage.saveWorkspace(...args),
      },
      sampleWorkspace: () =>
        Promise.resolve(workspaceOf([newMember({ key: 'i:s', memberId: 'S', name: 'Sam' })], [], [])),
    });
    await store.getState().init('en');
    await store.getState().settled();
    expect(store.getState().unsaved).toBe(false);
    full = true;
    const mine = workspaceOf([newMember({ key: 'i:m1', memberId: 'M1', name: 'Anna' })], [], []);
    await store.getState().commit({ workspace: mine, meta: userMeta }, { keep: 'nothing' });
    expect(store.getState().problem).toEqual({ kind: 'save', reason: 'quota' });
    expect(store.getState().unsaved).toBe(true);
    store.getState().dismissProblem();
    expect(store.getState().unsaved).toBe(true);
    full = false;
    const next = workspaceOf([newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris' })], [], []);
    await store.getState().commit({ workspace: next, meta: userMeta }, { keep: 'nothing' });
    expect(store.getState().unsaved).toBe(false);
  });

  test('unreadable stored data shows the corrupt problem, is kept aside, and the sample is loaded', async () => {
    const { createStore, set, get } = await import('idb-keyval');
    const raw = createStore('expertise-map', 'kv');
    await set('workspace', { schemaVersion: 3, workspace: 'lost?' }, raw);
    await state().init('en');
    expect(state().problem).toEqual({ kind: 'corrupt' });
    expect(state().meta.untouchedSample).toBe(true);
    expect(await get('workspace-unreadable', raw)).toEqual({ schemaVersion: 3, workspace: 'lost?' });
    // the page offers it for download: the store hands out the kept copy
    expect(await state().keptCopy()).toEqual({ schemaVersion: 3, workspace: 'lost?' });
  });

  test('data saved by a newer version shows the newer problem and stays untouched; the sample is shown unsaved', async () => {
    const { createStore, set, get } = await import('idb-keyval');
    const raw = createStore('expertise-map', 'kv');
    await set('workspace', { schemaVersion: 99 }, raw);
    await state().init('en');
    expect(state().problem).toEqual({ kind: 'newer' });
    expect(state().meta.untouchedSample).toBe(true);
    expect(await get('workspace', raw)).toEqual({ schemaVersion: 99 });
    expect(await get('workspace-unreadable', raw)).toBeUndefined();
  });
});

describe('importing', () => {
  test('a file picked over the untouched sample replaces it without asking', async () => {
    await startWithSample();
    const sample = state().workspace;
    flow().requestImport([membersFile()]);
    expect(flow().pendingFiles).toBeNull();
    await vi.waitFor(() => expect(flow().report).not.toBeNull());
    // The report is shown before the history and the save run: wait for them before reading either.
    await state().settled();
    const { workspace, meta } = state();
    const { report, reportUnchanged, pendingFiles } = flow();
    expect(pendingFiles).toBeNull();
    expect(reportUnchanged).toBe(false);
    expect(report?.mode).toBe('replace');
    expect(report?.totals).toEqual({ members: 2, skills: 0, links: 0 });
    expect(summary(workspace)).toEqual({
      members: ['M1 Anna Petrova (IT, ambassador)', 'M2 Boris Ivanov (HR, employee)'],
      skills: [],
      links: [],
    });
    expect(meta).toEqual({ origin: 'user', untouchedSample: false, sampleLang: null });
    expect(state().problem).toBeNull();
    // The sample is kept in the history, and the new workspace is saved.
    expect(state().snapshots).toHaveLength(1);
    expect(state().snapshots[0]).toMatchObject({ reason: 'import', members: 150, skills: 40, links: 689 });
    expect((await persistence.loadSnapshot(state().snapshots[0].id))?.workspace).toEqual(sample);
    await vi.waitFor(async () => expect((await storedWorkspace())?.workspace).toEqual(workspace));
  });

  test('a file picked over a workspace of ones own asks Replace or Merge, and Merge merges', async () => {
    await importMembersOverSample();
    const before = state().workspace;
    const picked = [expertiseFile()];
    flow().requestImport(picked);
    expect(flow().pendingFiles).toBe(picked);
    // Nothing happens until the answer.
    expect(state().workspace).toBe(before);
    expect(flow().importing).toBeNull();

    flow().answerImportChoice('merge');
    expect(flow().pendingFiles).toBeNull();
    await vi.waitFor(() => expect(flow().report?.mode).toBe('merge'));
    await state().settled();
    const { workspace } = state();
    const { report } = flow();
    // M1 is Anna (matched by id); M3 is new and named by its id; Boris stays.
    expect(summary(workspace)).toEqual({
      members: ['M1 Anna Petrova (IT, ambassador)', 'M2 Boris Ivanov (HR, employee)', 'M3 M3 (-, employee)'],
      skills: ['Python', 'SQL'],
      links: ['Anna Petrova / Python = 4', 'M3 / SQL = 2'],
    });
    expect(report?.totals).toEqual({ members: 3, skills: 2, links: 2 });
    expect(report?.files[0]).toMatchObject({
      kind: 'expertise',
      rowsRead: 2,
      imported: 2,
      merged: 0,
      rejected: 0,
    });
    // Sample, then the members-only workspace.
    expect(state().snapshots.map((s) => s.members)).toEqual([2, 150]);
  });

  test('the same question answered Replace drops what was there', async () => {
    await importMembersOverSample();
    flow().requestImport([expertiseFile()]);
    flow().answerImportChoice('replace');
    await vi.waitFor(() => expect(flow().report?.files[0].fileName).toBe('expertise.csv'));
    expect(summary(state().workspace)).toEqual({
      members: ['M1 M1 (-, employee)', 'M3 M3 (-, employee)'],
      skills: ['Python', 'SQL'],
      links: ['M1 / Python = 4', 'M3 / SQL = 2'],
    });
  });

  test('no answer (the dialog closed) imports nothing', async () => {
    await importMembersOverSample();
    const before = state().workspace;
    flow().requestImport([expertiseFile()]);
    flow().answerImportChoice(null);
    expect(flow().pendingFiles).toBeNull();
    // Give a stray import every chance to run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state().workspace).toBe(before);
    expect(flow().report).toBeNull();
  });

  test('a pick that imports nothing keeps the untouched sample, and says so', async () => {
    await startWithSample();
    const sample = state().workspace;
    flow().requestImport([csv('empty.csv', ''), csv('header-only.csv', 'member_id,name\n')]);
    await vi.waitFor(() => expect(flow().report).not.toBeNull());
    // The report is shown before the history and the save run: wait for them before reading either.
    await state().settled();
    const { workspace, meta } = state();
    const { report, reportUnchanged } = flow();
    expect(reportUnchanged).toBe(true);
    expect(workspace).toBe(sample);
    expect(meta).toEqual({ origin: 'sample', untouchedSample: true, sampleLang: 'en' });
    // The totals describe the workspace that was kept.
    expect(report?.totals).toEqual({ members: 150, skills: 40, links: 689 });
    expect(report?.files.map((f) => [f.fileName, f.fatal])).toEqual([
      ['empty.csv', 'file_empty'],
      ['header-only.csv', 'file_header_only'],
    ]);
    expect(state().snapshots).toEqual([]);
  });

  test('a Replace that imports nothing keeps ones own workspace', async () => {
    await importMembersOverSample();
    const before = state().workspace;
    flow().requestImport([csv('junk.bin', '\u0000\u0001\u0002garbage')]);
    flow().answerImportChoice('replace');
    await vi.waitFor(() => expect(flow().report).not.toBeNull());
    // The report is shown before the history and the save run: wait for them before reading either.
    await state().settled();
    expect(flow().reportUnchanged).toBe(true);
    expect(state().workspace).toBe(before);
    expect(flow().report?.files[0].fatal).toBe('file_binary');
    expect((await storedWorkspace())?.workspace).toEqual(before);
  });
});

describe('history', () => {
  test('restoring the snapshot brings back the workspace the import replaced, and keeps the replaced one', async () => {
    await startWithSample();
    const sample = state().workspace;
    await importMembers();
    const imported = state().workspace;
    expect(counts(imported)).toEqual([2, 0, 0]);

    const [sampleSnapshot] = state().snapshots;
    await state().restoreSnapshot(sampleSnapshot.id);
    expect(state().workspace).toEqual(sample);
    // Restored as it was, the sample is the untouched sample again: the next import replaces it without asking.
    expect(state().meta).toEqual({ origin: 'sample', untouchedSample: true, sampleLang: 'en' });
    expect(state().snapshots.map((s) => [s.reason, s.members])).toEqual([
      ['restore', 2],
      ['import', 150],
    ]);
    expect((await storedWorkspace())?.workspace).toEqual(sample);
    flow().requestImport([membersFile()]);
    expect(flow().pendingFiles).toBeNull();
  });

  test('a snapshot that cannot be loaded reports restoreFailed and changes nothing', async () => {
    await startWithSample();
    const before = state().workspace;
    await state().restoreSnapshot('no-such-id');
    expect(state().problem).toEqual({ kind: 'restoreFailed' });
    expect(state().workspace).toBe(before);
  });
});
