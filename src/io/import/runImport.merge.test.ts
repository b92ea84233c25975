// Links and conflicts: the same pair twice, Merge and Replace over a stored workspace, the order files are
// applied in and conflicts between them, what Merge keeps when a file does not say.
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import { expertiseList, newMember, newSkill, workspaceOf, type Workspace } from '../../domain/types';
import { textFile, importFiles, links, issuesOf, counts } from '../../../tests/helpers/importFiles';

describe('links', () => {
  test('the same pair twice in one import keeps the higher level and reports the conflict', () => {
    const { workspace, report } = importFiles(
      textFile('a.csv', 'name,skill,level\nAnna,Python,4\n'),
      textFile('b.csv', 'name,skill,level\nanna,PYTHON,2\n'),
    );
    expect(links(workspace)).toEqual(['Anna / Python = 4']);
    expect(issuesOf(report, 'conflict_level')).toEqual([
      expect.objectContaining({
        file: 'b.csv',
        row: 2,
        detail: expect.objectContaining({ kept: 4, other: 2 }),
      }),
    ]);
  });

  test('Merge: a pair already in the workspace takes the imported level and counts as merged', () => {
    const base: Workspace = workspaceOf(
      [newMember({ key: 'i:m1', memberId: 'M1', name: 'Anna', status: 'ambassador' })],
      [
        newSkill({
          key: 'n:python',
          name: 'Python',
          category: 'Dev',
          target: 2,
          requiredLevel: 3,
          weight: 2,
        }),
      ],
      [{ memberKey: 'i:m1', skillKey: 'n:python', level: 5, interest: false }],
    );
    const { workspace, report } = runImport(
      [textFile('e.csv', 'member_id,skill,level\nM1,Python,2\nM1,SQL,3\n')],
      base,
      'merge',
    );
    // The stored 5 is replaced by the imported 2, no conflict (only duplicates inside one import are conflicts).
    expect(links(workspace)).toEqual(['Anna / Python = 2', 'Anna / SQL = 3']);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 2, imported: 1, merged: 1, rejected: 0 });
    expect(issuesOf(report, 'conflict_level')).toEqual([]);
    // The workspace's own data stays: status, skill settings.
    expect(workspace.members[0].status).toBe('ambassador');
    expect(workspace.skills[0]).toMatchObject({ category: 'Dev', target: 2, weight: 2 });
    expect(report.totals).toEqual({ members: 1, skills: 2, links: 2 });
  });

  test('Merge: level 0 for a stored pair replaces it with no link', () => {
    const base: Workspace = workspaceOf(
      [newMember({ key: 'n:anna', name: 'Anna' })],
      [newSkill({ key: 'n:python', name: 'Python' })],
      [{ memberKey: 'n:anna', skillKey: 'n:python', level: 4, interest: false }],
    );
    const { workspace, report } = runImport(
      [textFile('e.csv', 'name,skill,level\nAnna,Python,none\n')],
      base,
      'merge',
    );
    expect(expertiseList(workspace)).toEqual([]);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 1, imported: 0, merged: 1, rejected: 0 });
  });

  test('Replace ignores the previous workspace', () => {
    const base: Workspace = workspaceOf([newMember({ key: 'n:old', name: 'Old' })], [], []);
    const { workspace } = runImport([textFile('m.csv', 'name\nNew\n')], base, 'replace');
    expect(workspace.members.map((m) => m.name)).toEqual(['New']);
  });

  test('the interest column reads yes/no words', () => {
    const { workspace } = importFiles(
      textFile('e.csv', 'name,skill,level,wants to grow\nAnna,Python,2,да\nAnna,SQL,3,\n'),
    );
    expect(expertiseList(workspace).map((e) => e.interest)).toEqual([true, false]);
  });
});

describe('order and conflicts between files', () => {
  const members = textFile('members.csv', 'member_id,name,department\nM1,Anna,Sales\n');
  const expertise = textFile('expertise.csv', 'member_id,department,skill,level\nM1,IT,Python,4\n');

  test.each([
    ['members first', [members, expertise]],
    ['expertise first', [expertise, members]],
  ])('members files are applied before expertise whatever the pick order (%s)', (_, files) => {
    const { workspace, report } = importFiles(...files);
    // Applied members → expertise, so the expertise file is "later": its IT wins over Sales, and Anna keeps the
    // name from the members file (the expertise file names her only by id).
    expect(workspace.members.map((m) => [m.memberId, m.name, m.department])).toEqual([['M1', 'Anna', 'IT']]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'expertise.csv',
        value: 'IT',
        detail: expect.objectContaining({ previous: 'Sales', previousFile: 'members.csv' }),
      }),
    ]);
    expect(issuesOf(report, 'member_created')).toEqual([]);
    // The report lists files in the order they were picked.
    expect(report.files.map((f) => f.fileName)).toEqual(files.map((f) => f.name));
  });

  test('a skills file picked after the expertise file still defines the skills the expertise rows name', () => {
    const { workspace, report } = importFiles(
      textFile('expertise.csv', 'name,skill,level\nAnna,go,4\n'),
      textFile('skills.csv', 'skill_id,skill,target,required_level\nGO,Go,2,4\n'),
    );
    // "go" matches the id GO first: one skill, shown as the skills file wrote it, with its settings.
    expect(workspace.skills.map((s) => [s.skillId, s.name, s.target, s.requiredLevel])).toEqual([
      ['GO', 'Go', 2, 4],
    ]);
    expect(links(workspace)).toEqual(['Anna / Go = 4']);
    expect(issuesOf(report, 'skill_created')).toEqual([]);
  });

  test('two files giving a member different departments: the later wins and the conflict is reported', () => {
    const { workspace, report } = importFiles(
      textFile('first.csv', 'name,department\nAnna,Sales\n'),
      textFile('second.csv', 'name,department\nANNA,IT\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.department])).toEqual([['Anna', 'IT']]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'second.csv',
        row: 2,
        column: 'department',
        value: 'IT',
        detail: expect.objectContaining({ previous: 'Sales' }),
      }),
    ]);
    expect(counts(report, 'second.csv')).toEqual({ rowsRead: 1, imported: 0, merged: 1, rejected: 0 });
  });

  test('the same value from two files is no conflict', () => {
    const { report } = importFiles(
      textFile('a.csv', 'name,department\nAnna,IT\n'),
      textFile('b.csv', 'name,department\nAnna, IT \n'),
    );
    expect(issuesOf(report, 'conflict_attribute')).toEqual([]);
  });
});

describe('Merge over stored values', () => {
  test('a department the workspace had, replaced by an imported one, is reported with the rule', () => {
    const base = importFiles(
      textFile('a.csv', 'member_id,name,department\nM1,Anna,Data\nM2,Ivan,Risk\n'),
    ).workspace;
    const { workspace, report } = runImport(
      [textFile('b.csv', 'member_id,name,department\nM1,Anna,Sales\nM2,Ivan,Risk\n')],
      base,
      'merge',
    );
    expect(workspace.members.map((m) => m.department)).toEqual(['Sales', 'Risk']);
    // Anna: Data → Sales is a change; Ivan's Risk is the same value, no report.
    expect(issuesOf(report, 'conflict_stored')).toMatchObject([
      { row: 2, value: 'Sales', detail: { owner: 'Anna', previous: 'Data' } },
    ]);
  });
});

describe('Merge keeps what a file does not say', () => {
  test('a stored interest flag survives a merged level from a matrix or a file without an interest column', () => {
    const base = importFiles(
      textFile('a.csv', 'name,skill,level,interest\nAnna,Python,4,yes\nAnna,SQL,3,yes\n'),
    ).workspace;
    const { workspace } = runImport(
      [textFile('m.csv', 'name;Python\nAnna;5\n'), textFile('l.csv', 'name,skill,level\nAnna,SQL,2\n')],
      base,
      'merge',
    );
    expect(expertiseList(workspace).map((e) => [e.level, e.interest])).toEqual([
      [5, true],
      [2, true],
    ]);
  });

  test('a member renamed by id is found by the new name too, not created twice', () => {
    const base = importFiles(textFile('a.csv', 'member_id,name\n7,Ivan Petrov\n')).workspace;
    const { workspace } = runImport(
      [
        textFile('m.csv', 'member_id,name\n7,Ivan Sidorov\n'),
        textFile('e.csv', 'name,skill,level\nIvan Sidorov,Python,4\n'),
      ],
      base,
      'merge',
    );
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([['7', 'Ivan Sidorov']]);
    expect(expertiseList(workspace)).toHaveLength(1);
  });

  test('names that begin like a total ("Sum Li", "Total Quality Jones") are people', () => {
    const { workspace, report } = importFiles(
      textFile('p.csv', 'name,department\nSum Li,IT\nTotal Quality Jones,QA\nTotal:,\n'),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Sum Li', 'Total Quality Jones']);
    expect(report.rejectedRows.map((r) => r.reason)).toEqual(['row_total']);
  });
});

describe('Merge and edited skill values', () => {
  test('a value a skills file gives is the new file value: the baseline follows it, or goes when nothing is edited', () => {
    const base: Workspace = workspaceOf(
      [],
      [
        newSkill({ key: 'n:python', name: 'Python', target: 5, weight: 2 }),
        newSkill({ key: 'n:sql', name: 'SQL', target: 3 }),
        newSkill({ key: 'n:go', name: 'Go', target: 4 }),
      ],
      [],
    );
    // Each was edited: before, Python had target 2, SQL target 1 and weight 3, Go target 1.
    base.plan = {
      ...base.plan,
      baseline: [
        { skillKey: 'n:python', target: 2, requiredLevel: 3, weight: 2 },
        { skillKey: 'n:sql', target: 1, requiredLevel: 3, weight: 3 },
        { skillKey: 'n:go', target: 1, requiredLevel: 3, weight: 1 },
      ],
    };
    const { workspace } = runImport(
      [textFile('skills.csv', 'skill,target\nPython,6\nSQL,2\n')],
      base,
      'merge',
    );
    expect(workspace.skills.map((s) => [s.name, s.target, s.weight])).toEqual([
      ['Python', 6, 2],
      ['SQL', 2, 1],
      ['Go', 4, 1],
    ]);
    expect(workspace.plan.baseline).toEqual([
      // Python: every value is now the file's: nothing edited, no entry. SQL keeps its edited weight's origin.
      { skillKey: 'n:sql', target: 2, requiredLevel: 3, weight: 3 },
      // Go: the file said nothing about it.
      { skillKey: 'n:go', target: 1, requiredLevel: 3, weight: 1 },
    ]);
  });
});
