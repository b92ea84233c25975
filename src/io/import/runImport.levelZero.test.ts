// Level 0 is no expertise (docs/contract.md, "Levels"): no link and nothing to conflict with, in a matrix and in
// a long list, on the hand-made fixtures tests/fixtures/matrix-level-zero.csv and expertise-level-zero.csv
// (checked against tests/fixtures/expected.md).
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import { newMember, newSkill, workspaceOf } from '../../domain/types';
import {
  counts,
  expectEveryRowAccounted,
  fixture,
  importFiles,
  interestsOnly,
  issuesOf,
  links,
} from '../../../tests/helpers/importFiles';

describe('fixture matrix-level-zero.csv (a 0 beside a 3 for the same pair)', () => {
  const { workspace, report } = importFiles(fixture('matrix-level-zero.csv'));

  test('Anna’s 0 and 3 for Python and for SQL keep the 3, without a conflict', () => {
    expect(links(workspace)).toEqual(['Anna / Python = 3', 'Anna / SQL = 3', 'Boris / Python = 4']);
    expect(issuesOf(report, 'conflict_level')).toEqual([]);
    expect(report.totals).toEqual({ members: 3, skills: 3, links: 3 });
  });

  test('a row of zeros still creates its member; every row is accounted for', () => {
    expect(workspace.members.map((m) => m.name)).toEqual(['Anna', 'Boris', 'Clara']);
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'SQL', 'Go']);
    expect(counts(report, 'matrix-level-zero.csv')).toEqual({
      rowsRead: 4,
      imported: 3,
      merged: 1,
      rejected: 0,
    });
    expectEveryRowAccounted(report);
  });
});

describe('fixture expertise-level-zero.csv (a long list with 0 beside other levels)', () => {
  const { workspace, report } = importFiles(fixture('expertise-level-zero.csv'));

  test('a 0 before or after a level keeps the level; only 4 then 5 is a conflict', () => {
    expect(links(workspace)).toEqual(['Anna / Python = 3', 'Anna / SQL = 5', 'Boris / SQL = 2']);
    expect(issuesOf(report, 'conflict_level')).toEqual([
      expect.objectContaining({
        row: 9,
        detail: expect.objectContaining({ member: 'Anna', skill: 'SQL', kept: 5, other: 4 }),
      }),
    ]);
    expect(report.totals).toEqual({ members: 2, skills: 3, links: 3 });
  });

  test('a row with level 0 creates the skill it names and counts like any row of its pair', () => {
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'SQL', 'Go']);
    expect(counts(report, 'expertise-level-zero.csv')).toEqual({
      rowsRead: 8,
      imported: 4,
      merged: 4,
      rejected: 0,
    });
    expectEveryRowAccounted(report);
  });
});

test('Merge: a matrix 0 removes a stored link (a stored interest stays, without a level), and a 0 beside a 3 leaves the 3 without a conflict', () => {
  const base = workspaceOf(
    [newMember({ key: 'n:anna', name: 'Anna' }), newMember({ key: 'n:clara', name: 'Clara' })],
    [newSkill({ key: 'n:python', name: 'Python' })],
    [
      { memberKey: 'n:anna', skillKey: 'n:python', level: 5, interest: false },
      { memberKey: 'n:clara', skillKey: 'n:python', level: 2, interest: true },
    ],
  );
  const { workspace, report } = runImport([fixture('matrix-level-zero.csv')], base, 'merge');
  expect(links(workspace)).toEqual(['Anna / Python = 3', 'Anna / SQL = 3', 'Boris / Python = 4']);
  // Clara's stored 2 had interest; the matrix says nothing about interest, so her wish is kept, with no level.
  expect(interestsOnly(workspace)).toEqual(['Clara / Python']);
  expect(report.totals.links).toBe(3);
  expect(report.interestsWithoutLevel).toBe(1);
  expect(issuesOf(report, 'conflict_level')).toEqual([]);
  expectEveryRowAccounted(report);
});
