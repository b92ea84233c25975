// Interest without a level (docs/contract.md, "Levels" and "Merge"): a long-format row marking interest with an
// empty level or level 0 is kept as an interest-only record — no link, but a wish to develop the skill.
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import { newMember, newSkill, workspaceOf, type Workspace } from '../../domain/types';
import {
  counts,
  expectEveryRowAccounted,
  importFiles,
  interestsOnly,
  issuesOf,
  links,
  textFile,
} from '../../../tests/helpers/importFiles';

describe('a long list with interest and no level', () => {
  const { workspace, report } = importFiles(
    textFile(
      'wishes.csv',
      [
        'name,skill,level,interest',
        'Anna,Python,,yes', // empty level, interest: kept
        'Boris,SQL,0,да', // level 0, interest (Russian yes): kept
        'Clara,Go,0,', // level 0, no interest: nothing, as before
        'Dima,Go,,no', // empty level, interest "no": rejected, as before
        'Eva,Go,,', // empty level, no interest: rejected, as before
        'Anna,SQL,4,', // a real link beside them
      ].join('\n'),
    ),
  );

  test('empty level or 0 with interest marked: interest-only records, not links', () => {
    expect(links(workspace)).toEqual(['Anna / SQL = 4']);
    expect(interestsOnly(workspace)).toEqual(['Anna / Python', 'Boris / SQL']);
  });

  test('the report counts 1 link and 2 interests without a level', () => {
    expect(report.totals).toEqual({ members: 5, skills: 3, links: 1 });
    expect(report.interestsWithoutLevel).toBe(2);
  });

  test('an empty level without interest is still rejected as row_no_level', () => {
    expect(issuesOf(report, 'row_no_level').map((i) => i.row)).toEqual([5, 6]);
    // Rows 2, 3, 4, 7 imported (Clara's 0 still counts, as any level-0 row), rows 5, 6 rejected.
    expect(counts(report, 'wishes.csv')).toEqual({ rowsRead: 6, imported: 4, merged: 0, rejected: 2 });
    expectEveryRowAccounted(report);
  });
});

test('the same wish row repeated, then a blank level without interest, reads each row on its own', () => {
  // The second row repeats the first (cells recalled); the third has the same blank level but no interest.
  const { workspace, report } = importFiles(
    textFile('w.csv', 'name,skill,level,interest\nAnna,Python,,yes\nAnna,Python,,yes\nAnna,Python,,\n'),
  );
  expect(interestsOnly(workspace)).toEqual(['Anna / Python']);
  expect(issuesOf(report, 'row_no_level').map((i) => i.row)).toEqual([4]);
});

test('a file without an interest column keeps rejecting an empty level', () => {
  const { workspace, report } = importFiles(textFile('e.csv', 'name,skill,level\nAnna,Python,\n'));
  expect(interestsOnly(workspace)).toEqual([]);
  expect(issuesOf(report, 'row_no_level')).toHaveLength(1);
});

test('a real level and interest without a level for the same pair make one link: the level wins', () => {
  const { workspace, report } = importFiles(
    textFile('a.csv', 'name,skill,level,interest\nAnna,Python,,yes\nAnna,Python,3,\n'),
  );
  expect(links(workspace)).toEqual(['Anna / Python = 3']);
  expect(interestsOnly(workspace)).toEqual([]);
  expect(workspace.links.interest[0]).toBe(1);
  expect(issuesOf(report, 'conflict_level')).toEqual([]);
  expect(report.interestsWithoutLevel).toBe(0);
});

test('a matrix is unchanged: an empty cell or a 0 is no expertise and keeps no wish', () => {
  const { workspace, report } = importFiles(textFile('m.csv', 'name,Python,SQL\nAnna,0,\nBoris,2,0\n'));
  expect(links(workspace)).toEqual(['Boris / Python = 2']);
  expect(interestsOnly(workspace)).toEqual([]);
  expect(report.interestsWithoutLevel).toBe(0);
});

describe('Merge over stored links', () => {
  const base = (): Workspace =>
    workspaceOf(
      [newMember({ key: 'n:anna', name: 'Anna' }), newMember({ key: 'n:boris', name: 'Boris' })],
      [newSkill({ key: 'n:python', name: 'Python' }), newSkill({ key: 'n:go', name: 'Go' })],
      [
        { memberKey: 'n:anna', skillKey: 'n:python', level: 4, interest: false },
        { memberKey: 'n:boris', skillKey: 'n:python', level: 2, interest: false },
        { memberKey: 'n:boris', skillKey: 'n:go', level: 0, interest: true },
      ],
    );

  test('a level 0 with interest keeps the stored level and sets interest; without interest it removes the link', () => {
    const { workspace, report } = runImport(
      [textFile('e.csv', 'name,skill,level,interest\nAnna,Python,0,yes\nBoris,Python,0,no\n')],
      base(),
      'merge',
    );
    expect(links(workspace)).toEqual(['Anna / Python = 4']);
    expect(workspace.links.interest[workspace.links.level.indexOf(4)]).toBe(1);
    // Boris's stored wish for Go is not named by the file, so it stays.
    expect(interestsOnly(workspace)).toEqual(['Boris / Go']);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 2, imported: 0, merged: 2, rejected: 0 });
  });

  test('an empty level with interest over a stored link keeps the level too', () => {
    const { workspace } = runImport(
      [textFile('e.csv', 'name,skill,level,interest\nAnna,Python,,да\n')],
      base(),
      'merge',
    );
    expect(links(workspace)).toEqual(['Anna / Python = 4', 'Boris / Python = 2']);
    expect(workspace.links.interest[workspace.links.level.indexOf(4)]).toBe(1);
  });

  test('a level for a stored wish makes it a link, keeping the interest', () => {
    const { workspace } = runImport([textFile('e.csv', 'name,skill,level\nBoris,Go,3\n')], base(), 'merge');
    expect(links(workspace)).toEqual(['Anna / Python = 4', 'Boris / Go = 3', 'Boris / Python = 2']);
    expect(interestsOnly(workspace)).toEqual([]);
    expect(workspace.links.interest[workspace.links.level.indexOf(3)]).toBe(1);
  });

  test('Replace keeps the wishes a file gives like links', () => {
    const { workspace } = runImport(
      [textFile('e.csv', 'name,skill,level,interest\nAnna,Go,,yes\n')],
      base(),
      'replace',
    );
    expect(interestsOnly(workspace)).toEqual(['Anna / Go']);
    expect(links(workspace)).toEqual([]);
  });
});
