// Remembered names (docs/contract.md#aliases): after a rename or a merge, an import of any spelling the
// workspace knows lands on the same skill or person, on Merge and on Replace.
import { describe, expect, test } from 'vitest';
import { applyEdit, type WorkspaceEdit } from '../../domain/edits';
import { newMember, newSkill, workspaceOf, type Workspace } from '../../domain/types';
import { runImport } from './runImport';
import { counts, issuesOf, links, textFile } from '../../../tests/helpers/importFiles';

function edited(workspace: Workspace, ...edits: WorkspaceEdit[]): Workspace {
  for (const edit of edits) {
    const result = applyEdit(workspace, edit);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    workspace = result.workspace;
  }
  return workspace;
}

/** Anna (no id) holds Design thinking 3 and Дизайн-мышление 4; Boris (id M2) holds SQL 2. */
function club(): Workspace {
  return workspaceOf(
    [newMember({ key: 'n:anna', name: 'Anna' }), newMember({ key: 'i:m2', memberId: 'M2', name: 'Boris' })],
    [
      newSkill({ key: 'n:design thinking', name: 'Design thinking' }),
      newSkill({ key: 'n:дизайн-мышление', name: 'Дизайн-мышление' }),
      newSkill({ key: 'n:sql', name: 'SQL' }),
    ],
    [
      { memberKey: 'n:anna', skillKey: 'n:design thinking', level: 3, interest: false },
      { memberKey: 'n:anna', skillKey: 'n:дизайн-мышление', level: 4, interest: false },
      { memberKey: 'i:m2', skillKey: 'n:sql', level: 2, interest: false },
    ],
  );
}

const merged = () =>
  edited(club(), { kind: 'mergeSkills', from: 'n:дизайн-мышление', into: 'n:design thinking' });

describe('after a merge of skills', () => {
  test('Merge: an import of either spelling lands on the one skill', () => {
    const { workspace, report } = runImport(
      [textFile('e.csv', 'name,skill,level\nBoris,Дизайн-мышление,5\nCarl,design thinking,2\n')],
      merged(),
      'merge',
    );
    expect(workspace.skills.map((s) => s.name)).toEqual(['Design thinking', 'SQL']);
    expect(links(workspace)).toEqual([
      'Anna / Design thinking = 4',
      'Boris / Design thinking = 5',
      'Boris / SQL = 2',
      'Carl / Design thinking = 2',
    ]);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('a skills file naming the merged spelling sets the kept skill’s values and keeps its name', () => {
    const { workspace, report } = runImport(
      [textFile('s.csv', 'skill,target,weight\nДизайн-мышление,4,2\n')],
      merged(),
      'merge',
    );
    expect(workspace.skills[0]).toMatchObject({ name: 'Design thinking', target: 4, weight: 2 });
    expect(issuesOf(report, 'conflict_stored').map((i) => i.column)).not.toContain('skill');
    expect(workspace.skills).toHaveLength(2);
  });

  test('a matrix column headed with the merged spelling lands on the kept skill', () => {
    const { workspace } = runImport(
      [textFile('m.csv', 'name,Дизайн-мышление,SQL\nCarl,2,1\n')],
      merged(),
      'merge',
    );
    expect(workspace.skills.map((s) => s.name)).toEqual(['Design thinking', 'SQL']);
    expect(links(workspace)).toContain('Carl / Design thinking = 2');
  });

  test('Replace keeps the remembered names: both spellings make one skill, named as first met', () => {
    const { workspace } = runImport(
      [textFile('e.csv', 'name,skill,level\nAnna,Дизайн-мышление,2\nBoris,Design Thinking,3\n')],
      merged(),
      'replace',
    );
    expect(workspace.skills.map((s) => [s.key, s.name])).toEqual([['n:design thinking', 'Дизайн-мышление']]);
    expect(links(workspace)).toEqual(['Anna / Дизайн-мышление = 2', 'Boris / Дизайн-мышление = 3']);
    expect(workspace.plan.aliases).toEqual(merged().plan.aliases);
    expect(workspace.plan.leaving).toEqual([]);
  });
});

describe('after a rename of a member known by name', () => {
  const renamed = () => edited(club(), { kind: 'renameMember', memberKey: 'n:anna', name: 'Anna Lee' });

  test.each([
    ['the old name', 'Anna'],
    ['the new name', 'anna  lee'],
  ])('Merge: a file with %s lands on the same member, keeping the name given in the app', (_, name) => {
    const { workspace } = runImport(
      [textFile('e.csv', `name,skill,level\n${name},SQL,5\n`)],
      renamed(),
      'merge',
    );
    expect(workspace.members.map((m) => [m.key, m.name])).toEqual([
      ['n:anna', 'Anna Lee'],
      ['i:m2', 'Boris'],
    ]);
    expect(links(workspace)).toContain('Anna Lee / SQL = 5');
  });

  test('a members file with the old name and an id gives the id to the renamed member, not its old name', () => {
    const { workspace, report } = runImport(
      [textFile('m.csv', 'member_id,name,department\nM1,Anna,Sales\n')],
      renamed(),
      'merge',
    );
    expect(workspace.members[0]).toMatchObject({
      key: 'n:anna',
      memberId: 'M1',
      name: 'Anna Lee',
      department: 'Sales',
    });
    expect(workspace.members).toHaveLength(2);
    expect(issuesOf(report, 'conflict_stored').filter((i) => i.column === 'name')).toEqual([]);
  });

  test('both names in one Replace import are one member', () => {
    const { workspace } = runImport(
      [textFile('e.csv', 'name,skill,level\nAnna Lee,SQL,1\nAnna,Python,2\n')],
      renamed(),
      'replace',
    );
    expect(workspace.members.map((m) => [m.key, m.name])).toEqual([['n:anna', 'Anna Lee']]);
  });

  test('a person with the old name but another id is someone else', () => {
    const ws = edited(renamed(), { kind: 'renameMember', memberKey: 'i:m2', name: 'Boris B' });
    const { workspace } = runImport(
      [textFile('m.csv', 'member_id,name\nM7,Anna\nM2,Boris\n')],
      edited(ws, { kind: 'mergeMembers', from: 'n:anna', into: 'i:m2' }),
      'merge',
    );
    // Anna was merged into Boris (id M2): "Anna" with id M7 is a namesake. A name a file gives an id wins, as
    // for any member with an id (a conflict is reported): renames remember spellings for names, not ids.
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([
      ['M2', 'Boris'],
      ['M7', 'Anna'],
    ]);
  });
});
