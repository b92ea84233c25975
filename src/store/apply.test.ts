// @vitest-environment node
// Edits through the workspace store: one action applies any edit, keeps the workspace before it for undo, saves,
// and says why when an edit is refused. Node, not jsdom, for the reason workspace.test.ts gives.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { WorkspaceEdit } from '../domain/edits';
import { newMember, newSkill, workspaceOf, type Workspace } from '../domain/types';
import { openTab, type Tab } from '../../tests/helpers/tabs';
import { createWorkspaceStorage, type WorkspaceStorage } from './persistence';
import type { WorkspaceMeta } from './storedFormat';
import { UNDO_LIMIT } from './workspace';

let tab: Tab;
let persistence: WorkspaceStorage;
const state = () => tab.workspace.getState();

const userMeta: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };

/** Anna (ambassador) and Boris (employee); Python, target 1; Anna holds it at 4. */
const club = (): Workspace =>
  workspaceOf(
    [
      newMember({ key: 'i:m1', memberId: 'M1', name: 'Anna Petrova', status: 'ambassador' }),
      newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris Ivanov' }),
    ],
    [newSkill({ key: 'i:py', name: 'Python' })],
    [{ memberKey: 'i:m1', skillKey: 'i:py', level: 4, interest: false }],
  );

const target = (n: number): WorkspaceEdit => ({ kind: 'setTarget', skillKey: 'i:py', target: n });

beforeEach(() => {
  globalThis.indexedDB = new FakeIDBFactory() as unknown as IDBFactory;
  persistence = createWorkspaceStorage();
  tab = openTab();
});

/** Starts on the club stored as version 1. */
async function startWithClub() {
  await persistence.saveWorkspace(club(), userMeta, 0);
  await state().init('en');
  expect(state().version).toBe(1);
}

async function stored() {
  const loaded = await persistence.loadWorkspace();
  if (!loaded.ok || !loaded.stored) throw new Error('nothing stored');
  return { ...loaded.stored, version: loaded.version };
}

describe('apply', () => {
  test('an edit changes the workspace at once, keeps the one before for undo, and is saved', async () => {
    await startWithClub();
    const before = state().workspace;
    const result = state().apply(target(3));
    expect(result.ok).toBe(true);
    expect(state().workspace.skills[0].target).toBe(3);
    expect(state().workspace.members).toBe(before.members);
    expect(state().undoStack).toEqual([before]);
    await state().settled();
    expect(state().version).toBe(2);
    expect(state().savedVersion).toBe(2);
    const saved = await stored();
    expect(saved.version).toBe(2);
    expect(saved.workspace.skills[0].target).toBe(3);
  });

  test('an edited sample is no longer the untouched sample: the next import asks Replace or Merge', async () => {
    await state().init('en');
    expect(state().meta.untouchedSample).toBe(true);
    const skill = state().workspace.skills[0];
    state().apply({ kind: 'setWeight', skillKey: skill.key, weight: 5 });
    expect(state().meta).toEqual({ origin: 'sample', untouchedSample: false, sampleLang: 'en' });
    await state().settled();
    expect((await stored()).meta.untouchedSample).toBe(false);
    const files = [new File(['member_id,name\nM1,Anna\n'], 'members.csv')];
    tab.importFlow.getState().requestImport(files);
    expect(tab.importFlow.getState().pendingFiles).toBe(files);
  });

  test('a refused edit changes nothing, saves nothing, and shows its reason', async () => {
    await startWithClub();
    const before = state().workspace;
    expect(state().apply({ kind: 'markLeaving', memberKey: 'i:m2' })).toEqual({
      ok: false,
      reason: 'not_an_ambassador',
    });
    expect(state().problem).toEqual({ kind: 'editRefused', reason: 'not_an_ambassador' });
    expect(state().workspace).toBe(before);
    expect(state().undoStack).toEqual([]);
    expect(state().committing).toBe(false);
    expect((await stored()).version).toBe(1);
  });

  test('an edit that changes nothing is not kept for undo and not saved', async () => {
    await startWithClub();
    const before = state().workspace;
    expect(state().apply(target(1))).toEqual({ ok: true, workspace: before });
    expect(state().undoStack).toEqual([]);
    expect(state().committing).toBe(false);
  });

  test('edits made in a row are all kept for undo; the last is what is stored', async () => {
    await startWithClub();
    state().apply(target(2));
    state().apply({ kind: 'markLeaving', memberKey: 'i:m1' });
    state().apply({ kind: 'renameMember', memberKey: 'i:m2', name: 'Boris  Ivanov-Smith' });
    expect(state().undoStack).toHaveLength(3);
    await state().settled();
    const saved = await stored();
    expect(saved.workspace).toEqual(state().workspace);
    expect(saved.workspace.plan.leaving).toEqual(['i:m1']);
    expect(saved.workspace.members[1].name).toBe('Boris Ivanov-Smith');
    // The first save already held all three: the later ones had nothing left to write.
    expect(saved.version).toBe(2);
  });

  test('the plan is saved with the workspace and loads back in a new tab', async () => {
    await startWithClub();
    state().apply({ kind: 'markLeaving', memberKey: 'i:m1' });
    state().apply({ kind: 'pin', memberKey: 'i:m2' });
    state().apply({ kind: 'setPlanSettings', settings: { size: 4, maxPerDepartment: 2 } });
    state().apply({ kind: 'setTarget', skillKey: state().workspace.skills[0].key, target: 3 });
    await state().settled();
    const later = openTab();
    await later.workspace.getState().init('en');
    const { plan, skills } = later.workspace.getState().workspace;
    expect(plan).toMatchObject({ leaving: ['i:m1'], pinned: ['i:m2'], excluded: [] });
    expect(plan.settings).toMatchObject({ size: 4, maxPerDepartment: 2, maxPerLocation: null });
    expect(skills[0].target).toBe(3);
    expect(plan.baseline).toEqual([expect.objectContaining({ skillKey: skills[0].key, target: 1 })]);
  });

  test('role targets and activity thresholds are saved, load back in a new tab, and undo one step at a time', async () => {
    await startWithClub();
    const original = state().workspace;
    state().apply({ kind: 'setRoleTarget', role: 'moderator', target: 2 });
    state().apply({ kind: 'setActivityThresholds', thresholds: { quietBelow: 25 } });
    expect(state().apply({ kind: 'setRoleTarget', role: 'voice', target: -1 })).toEqual({
      ok: false,
      reason: 'invalid_role_target',
    });
    await state().settled();
    const later = openTab();
    await later.workspace.getState().init('en');
    const { plan } = later.workspace.getState().workspace;
    expect(plan.roleTargets).toEqual([{ role: 'moderator', target: 2 }]);
    expect(plan.activityThresholds).toEqual({ overloadedFrom: 100, quietBelow: 25, thrivingFrom: 150 });
    expect(state().undoEdit()).toBe(true);
    expect(state().workspace.plan.activityThresholds.quietBelow).toBe(50);
    expect(state().undoEdit()).toBe(true);
    expect(state().workspace).toBe(original);
  });
});

describe('undoEdit', () => {
  test('brings back the workspace before the last edit, and saves it', async () => {
    await startWithClub();
    const original = state().workspace;
    state().apply(target(2));
    const afterFirst = state().workspace;
    state().apply(target(3));
    expect(state().undoEdit()).toBe(true);
    expect(state().workspace).toBe(afterFirst);
    expect(state().undoStack).toEqual([original]);
    expect(state().undoEdits).toEqual([target(2)]);
    expect(state().undoEdit()).toBe(true);
    expect(state().workspace).toBe(original);
    expect(state().undoEdits).toEqual([]);
    expect(state().undoEdit()).toBe(false);
    await state().settled();
    expect((await stored()).workspace.skills[0].target).toBe(1);
  });

  test(`keeps the last ${UNDO_LIMIT} edits`, async () => {
    await startWithClub();
    for (let n = 1; n <= UNDO_LIMIT + 5; n++) state().apply(target(n + 1));
    const stack = state().undoStack;
    expect(stack).toHaveLength(UNDO_LIMIT);
    // Each kept workspace with the edit that replaced it.
    expect(state().undoEdits).toHaveLength(UNDO_LIMIT);
    expect(state().undoEdits.at(-1)).toEqual(target(UNDO_LIMIT + 6));
    // The oldest kept is the workspace after the fifth edit (target 6); the newest, before the last (target 55).
    expect(stack[0].skills[0].target).toBe(6);
    expect(stack.at(-1)?.skills[0].target).toBe(UNDO_LIMIT + 5);
    await state().settled();
  });

  test('an import starts a new line of edits: undo does not reach back past it', async () => {
    await startWithClub();
    state().apply(target(4));
    tab.importFlow.getState().requestImport([new File(['member_id,name\nM7,Nina\n'], 'nina.csv')]);
    tab.importFlow.getState().answerImportChoice('merge');
    await vi.waitFor(() => expect(tab.importFlow.getState().report).not.toBeNull());
    expect(state().undoStack).toEqual([]);
    expect(state().undoEdits).toEqual([]);
    expect(state().undoEdit()).toBe(false);
    expect(state().workspace.members.map((m) => m.name)).toEqual(['Anna Petrova', 'Boris Ivanov', 'Nina']);
    await state().settled();
  });
});
