// The store's analysis is reused across edits of the plan's settings, pins and exclusions (the analysis reads
// none of them), and made again when what it reads changes; the plan then comes from the workspace, not from
// the reused analysis' `workspace`.
import { describe, expect, test } from 'vitest';
import { planCohort } from '../domain/cohort';
import { applyEdit, type WorkspaceEdit } from '../domain/edits';
import type { Workspace } from '../domain/types';
import { anna, club, gleb, mentoring, vera } from '../../tests/helpers/workspaces';
import { analysisOf } from './analysis';

function edited(workspace: Workspace, edit: WorkspaceEdit): Workspace {
  const result = applyEdit(workspace, edit);
  if (!result.ok) throw new Error(result.reason);
  return result.workspace;
}

describe('analysisOf', () => {
  test.each<[string, WorkspaceEdit]>([
    ['a size', { kind: 'setPlanSettings', settings: { size: 1 } }],
    ['a pin', { kind: 'pin', memberKey: gleb.key }],
    ['an exclusion', { kind: 'exclude', memberKey: vera.key }],
  ])('%s reuses the analysis, and the plan made with the new workspace follows it', (_what, edit) => {
    const before = { ...club };
    const after = edited(before, edit);
    const analysis = analysisOf(before, 'en');
    expect(analysisOf(after, 'en')).toBe(analysis);
    const plan = planCohort(analysis, {}, after.plan);
    expect(plan).toEqual(planCohort(analysisOf({ ...after, links: { ...after.links } }, 'en')));
    expect(plan).not.toEqual(planCohort(analysis, {}, before.plan));
  });

  test.each<[string, WorkspaceEdit]>([
    ['a target', { kind: 'setTarget', skillKey: mentoring.key, target: 3 }],
    ['a leaver', { kind: 'markLeaving', memberKey: anna.key }],
  ])('%s makes a new analysis', (_what, edit) => {
    const before = { ...club };
    const analysis = analysisOf(before, 'en');
    expect(analysisOf(edited(before, edit), 'en')).not.toBe(analysis);
  });

  test('another language makes another analysis; each is kept', () => {
    const workspace = { ...club };
    const en = analysisOf(workspace, 'en');
    const ru = analysisOf(workspace, 'ru');
    expect(ru).not.toBe(en);
    expect(analysisOf(workspace, 'en')).toBe(en);
  });
});
