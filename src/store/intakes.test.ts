// @vitest-environment node
// Named intake snapshots in IndexedDB (fake-indexeddb), through the page's store: saved under a unique name,
// renamed, deleted, kept apart from the workspace and its History, read lazily, and safe with unreadable data.
// Node, not jsdom, for the reason persistence.test.ts gives (typed arrays cloned into Node's realm).
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyWorkspace, type Workspace } from '../domain/types';
import { createIntakeStorage } from './intakeStorage';
import { createIntakesStore } from './intakes';
import { SCHEMA_VERSION } from './storedFormat';
import { createWorkspaceStorage, HISTORY_LIMIT } from './persistence';
import { stored2, userMeta, workspace } from '../../tests/helpers/storedData';
import { openTab } from '../../tests/helpers/tabs';
import { strToU8, zipSync } from 'fflate';
import { intakeCsvFiles } from '../io/intakeCsv';
import { WORKSPACE_CSV_WORDS, workspaceCsvFiles } from '../io/workspaceCsv';
import { importFilesOf, startImport } from './importClient';

let raw: UseStore;

beforeEach(() => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  raw = createStore('expertise-map', 'kv');
});

/** One tab's snapshots store over the shared fake database, showing `current` as its workspace. */
function tab(current: () => Workspace = workspace) {
  return createIntakesStore({
    storage: createIntakeStorage(),
    workspaceStore: { getState: () => ({ workspace: current() }) },
  });
}

describe('saving, listing and opening', () => {
  test('the current workspace is saved under its trimmed name and opens back identical', async () => {
    const store = tab();
    const before = Date.now();
    const saved = await store.getState().saveCurrent('  Intake   2026 ');
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.info).toMatchObject({ name: 'Intake 2026', members: 2, skills: 2, links: 3 });
    expect(Date.parse(saved.info.savedAt)).toBeGreaterThanOrEqual(before);
    expect(store.getState().intakes.map((i) => i.name)).toEqual(['Intake 2026']);
    const opened = await store.getState().open(saved.info.id);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.snapshot).toMatchObject({ id: saved.info.id, name: 'Intake 2026' });
    expect(opened.snapshot.workspace).toEqual(workspace());
    expect(opened.snapshot.workspace.links.member).toBeInstanceOf(Uint32Array);
  });

  test('an empty or taken name is refused and nothing is written', async () => {
    const store = tab();
    await store.getState().saveCurrent('Intake 2026');
    expect(await store.getState().saveCurrent(' ')).toEqual({ ok: false, reason: 'empty_name' });
    expect(await store.getState().saveCurrent('intake  2026')).toEqual({ ok: false, reason: 'name_taken' });
    expect(store.getState().intakes).toHaveLength(1);
    expect(store.getState().problem).toBeNull();
  });

  test('another tab sees the list on load; two tabs saving one name at once keep only one', async () => {
    const a = tab();
    const b = tab();
    const results = await Promise.all([
      a.getState().saveCurrent('Intake'),
      b.getState().saveCurrent('Intake'),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    const c = tab();
    expect(c.getState().loaded).toBe(false);
    await c.getState().load();
    expect([c.getState().loaded, c.getState().intakes.map((i) => i.name)]).toEqual([true, ['Intake']]);
  });

  test('the list is read without any snapshot workspace; an unknown id opens as unknown_intake', async () => {
    const store = tab();
    const saved = await store.getState().saveCurrent('Intake 2025');
    if (!saved.ok) throw new Error(saved.reason);
    // The list record holds names and counts only.
    const list = (await get('intakes', raw)) as { format: number; list: unknown[] };
    expect(list).toEqual({ format: 1, list: [saved.info] });
    expect(await get(`intake:${saved.info.id}`, raw)).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(await store.getState().open('nope')).toEqual({ ok: false, reason: 'unknown_intake' });
  });
});

describe('renaming and deleting', () => {
  test('rename: cleaned and unique; its own name may change case; unknown id refused', async () => {
    const store = tab();
    const first = await store.getState().saveCurrent('Intake 2025');
    const second = await store.getState().saveCurrent('Intake 2026');
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(await store.getState().rename(first.info.id, 'intake 2026')).toEqual({
      ok: false,
      reason: 'name_taken',
    });
    expect((await store.getState().rename(first.info.id, 'INTAKE 2025')).ok).toBe(true);
    expect((await store.getState().rename(first.info.id, ' Before the relaunch ')).ok).toBe(true);
    expect(await store.getState().rename('nope', 'X')).toEqual({ ok: false, reason: 'unknown_intake' });
    expect(store.getState().intakes.map((i) => i.name)).toEqual(['Before the relaunch', 'Intake 2026']);
  });

  test('delete removes the entry and its workspace record', async () => {
    const store = tab();
    const saved = await store.getState().saveCurrent('Intake 2025');
    if (!saved.ok) throw new Error(saved.reason);
    await store.getState().remove(saved.info.id);
    expect(store.getState().intakes).toEqual([]);
    expect(await get(`intake:${saved.info.id}`, raw)).toBeUndefined();
  });
});

describe('apart from the workspace', () => {
  test('saving the workspace and filling History touch no snapshot', async () => {
    const store = tab();
    const saved = await store.getState().saveCurrent('Intake 2025');
    if (!saved.ok) throw new Error(saved.reason);
    const recordBefore = await get(`intake:${saved.info.id}`, raw);
    const persistence = createWorkspaceStorage();
    await persistence.saveWorkspace(emptyWorkspace(), userMeta);
    for (let i = 0; i <= HISTORY_LIMIT + 1; i++)
      await persistence.pushSnapshot(workspace(), userMeta, 'import');
    expect(await get(`intake:${saved.info.id}`, raw)).toEqual(recordBefore);
    await store.getState().load();
    expect(store.getState().intakes).toEqual([saved.info]);
  });

  test('imported snapshots are added; a taken name gets a suffix, never overwrites', async () => {
    const store = tab();
    await store.getState().saveCurrent('Intake 2025');
    const added = await store.getState().addImported([
      { name: 'Intake 2025', savedAt: '2025-03-01T10:00:00.000Z', workspace: workspace() },
      { name: 'intake 2025', savedAt: '2025-04-01T10:00:00.000Z', workspace: emptyWorkspace() },
    ]);
    expect(added.map((i) => [i.name, i.savedAt])).toEqual([
      ['Intake 2025 (2)', '2025-03-01T10:00:00.000Z'],
      ['intake 2025 (3)', '2025-04-01T10:00:00.000Z'],
    ]);
    expect(store.getState().intakes.map((i) => i.name)).toEqual([
      'Intake 2025',
      'Intake 2025 (2)',
      'intake 2025 (3)',
    ]);
  });
});

describe('stored data it cannot read', () => {
  test('the list keeps the ambassadors counted as the analysis counts them; an older list has no count', async () => {
    // Anna is an ambassador marked as leaving, Boris an employee: no ambassador.
    const store = tab();
    const saved = await store.getState().saveCurrent('Intake');
    expect(saved.ok && saved.info.ambassadors).toBe(0);
    const staying = tab(() => ({ ...workspace(), plan: { ...workspace().plan, leaving: [] } }));
    const again = await staying.getState().saveCurrent('Intake 2');
    expect(again.ok && again.info.ambassadors).toBe(1);
    const older = {
      id: 'x',
      name: 'Old',
      savedAt: '2025-01-01T00:00:00.000Z',
      members: 2,
      skills: 2,
      links: 3,
    };
    await set('intakes', { format: 1, list: [older] }, raw);
    await store.getState().load();
    expect(store.getState().intakes).toEqual([{ ...older, ambassadors: null }]);
  });

  test('an unreadable list reads as empty and is set aside before the first save writes over it', async () => {
    await set('intakes', 'garbage', raw);
    const store = tab();
    await store.getState().load();
    expect(store.getState().intakes).toEqual([]);
    expect((await store.getState().saveCurrent('Intake')).ok).toBe(true);
    expect(await get('intakes-unreadable', raw)).toBe('garbage');
  });

  test('a list of a newer format is left as it is: nothing saved over it', async () => {
    const newer = { format: 2, list: [{ something: 'else' }] };
    await set('intakes', newer, raw);
    const store = tab();
    await store.getState().load();
    expect(store.getState().problem).toBe('newer');
    expect(await store.getState().saveCurrent('Intake')).toEqual({ ok: false, reason: 'newer' });
    expect(await get('intakes', raw)).toEqual(newer);
  });

  test('a snapshot of an older schema migrates on open; an unreadable one is refused', async () => {
    const info = {
      id: 'old',
      name: 'Old',
      savedAt: '2024-01-01T00:00:00.000Z',
      members: 2,
      skills: 2,
      links: 3,
    };
    const bad = { ...info, id: 'bad', name: 'Bad' };
    await set('intakes', { format: 1, list: [info, bad] }, raw);
    await set('intake:old', stored2(), raw);
    await set('intake:bad', { schemaVersion: SCHEMA_VERSION, workspace: 'nonsense' }, raw);
    const store = tab();
    const old = await store.getState().open('old');
    if (!old.ok) throw new Error(old.reason);
    expect(old.snapshot.workspace.members.map((m) => m.name)).toEqual(workspace().members.map((m) => m.name));
    expect(await store.getState().open('bad')).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('a workspace zip with snapshots', () => {
  test('importing it adds its snapshots to the store, a clashing name suffixed', async () => {
    const intakes = tab();
    await intakes.getState().saveCurrent('Intake 2025');
    const importing = openTab({
      importFlow: { startImport, importFilesOf, keepIntakes: (list) => intakes.getState().addImported(list) },
    });
    await importing.workspace.getState().init('en');
    const options = { delimiter: ',' as const, bom: true };
    const entries = [
      ...workspaceCsvFiles(workspace(), WORKSPACE_CSV_WORDS.en, options),
      ...intakeCsvFiles(
        [{ name: 'Intake 2025', savedAt: '2025-01-01T00:00:00.000Z', workspace: workspace() }],
        WORKSPACE_CSV_WORDS.en,
        options,
        'en',
      ),
    ];
    const zip = zipSync(Object.fromEntries(entries.map((f) => [f.name, strToU8(f.text)])));
    importing.importFlow.getState().requestImport([new File([zip as BlobPart], 'workspace.zip')]);
    importing.importFlow.getState().answerImportChoice('replace');
    await vi.waitFor(() => expect(intakes.getState().intakes).toHaveLength(2));
    expect(intakes.getState().intakes.map((i) => [i.name, i.members])).toEqual([
      ['Intake 2025', 2],
      ['Intake 2025 (2)', 2],
    ]);
    expect(importing.workspace.getState().workspace.members).toHaveLength(2);
    await importing.workspace.getState().settled();
    importing.close();
  });
});
