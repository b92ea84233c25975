// Who and what a row names: identity of members and skills (ё/е, case, white space, ids), references to
// members and skills no file defines, matrix skill columns.
import { describe, expect, test } from 'vitest';
import { expertiseList } from '../../domain/types';
import {
  textFile,
  importFiles,
  links,
  issuesOf,
  expectEveryRowAccounted,
  counts,
} from '../../../tests/helpers/importFiles';

describe('identity', () => {
  test('names differing only in ё/е, case and white space are the same member, shown as first written', () => {
    const { workspace, report } = importFiles(
      textFile(
        'e.csv',
        'ФИО,Навык,Уровень\nЁлкин Артём,Python,3\n  ЕЛКИН\u00a0\u00a0артем ,SQL,4\nелкин артём,python,5\n',
      ),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Ёлкин Артём']);
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
    // Line 4 names the pair of line 2 again (python = Python): 3 vs 5 → 5 kept.
    expect(links(workspace)).toEqual(['Ёлкин Артём / Python = 5', 'Ёлкин Артём / SQL = 4']);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 3, imported: 2, merged: 1, rejected: 0 });
  });

  test('a display name created from a reference is trimmed with white space folded', () => {
    const { workspace } = importFiles(
      textFile('e.csv', 'name,skill,level\n"  Anna \t  Lee ","  Public\u00a0 Speaking ",2\n'),
    );
    expect(workspace.members[0].name).toBe('Anna Lee');
    expect(workspace.skills[0].name).toBe('Public Speaking');
  });

  test('a members file giving another name to a known id renames the member and reports the conflict', () => {
    const { workspace, report } = importFiles(
      textFile('a.csv', 'member_id,name\nM1,Anna Lee\n'),
      textFile('b.csv', 'member_id,name\nM1,Anna Smith\n'),
    );
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([['M1', 'Anna Smith']]);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([
      expect.objectContaining({
        file: 'b.csv',
        column: 'name',
        value: 'Anna Smith',
        detail: expect.objectContaining({ previous: 'Anna Lee' }),
      }),
    ]);
  });

  test('another spelling of a skill name in a skills file keeps the first spelling, without a conflict', () => {
    const { workspace, report } = importFiles(
      textFile('s.csv', 'skill,weight\nPublic Speaking,2\npublic  speaking,2\n'),
    );
    expect(workspace.skills.map((s) => s.name)).toEqual(['Public Speaking']);
    expect(issuesOf(report, 'conflict_attribute')).toEqual([]);
  });

  test('the same name under two different ids is two people', () => {
    const { workspace } = importFiles(textFile('m.csv', 'member_id,name\n1,Anna Lee\n2,Anna Lee\n'));
    expect(workspace.members.map((m) => [m.memberId, m.name])).toEqual([
      ['1', 'Anna Lee'],
      ['2', 'Anna Lee'],
    ]);
  });

  test('an empty id cell falls back to the name', () => {
    const { workspace } = importFiles(
      textFile('m.csv', 'member_id,name,department\nM1,Anna Lee,IT\n,anna lee,Sales\n'),
    );
    expect(workspace.members.map((m) => [m.memberId, m.name, m.department])).toEqual([
      ['M1', 'Anna Lee', 'Sales'],
    ]);
  });
});

describe('references to unknown members and skills', () => {
  test('an expertise row naming an unknown member creates it, with a warning when a members file is in the import', () => {
    const { workspace, report } = importFiles(
      textFile('members.csv', 'name,status\nAnna,ambassador\n'),
      textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nBoris,Python,3\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Anna', 'ambassador'],
      ['Boris', 'employee'],
    ]);
    expect(issuesOf(report, 'member_created')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'expertise.csv', row: 3, value: 'Boris' }),
    ]);
    expect(counts(report, 'expertise.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('without a members file, members created from references are summed up, not warned one by one', () => {
    const { report } = importFiles(
      textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nBoris,Python,3\n'),
    );
    expect(issuesOf(report, 'member_created')).toEqual([]);
    expect(issuesOf(report, 'members_created_summary')).toEqual([
      expect.objectContaining({ detail: { count: 2 } }),
    ]);
  });

  test('an expertise row naming an unknown skill creates it, with a warning when a skills file is in the import', () => {
    const { workspace, report } = importFiles(
      textFile('skills.csv', 'skill,target\nPython,2\n'),
      textFile('expertise.csv', 'name,skill,level\nAnna,Go,4\n'),
    );
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'Go']);
    expect(issuesOf(report, 'skill_created')).toEqual([expect.objectContaining({ row: 2, value: 'Go' })]);
  });

  test('level 0 makes no link but still creates the member and the skill it names', () => {
    const { workspace, report } = importFiles(
      textFile('e.csv', 'name,skill,level\nAnna,Python,0\nBoris,SQL,нет\n'),
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Anna', 'Boris']);
    expect(workspace.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
    expect(expertiseList(workspace)).toEqual([]);
    expect(counts(report, 'e.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('an expertise row without a member or a skill is rejected with its reason', () => {
    const { report } = importFiles(textFile('e.csv', 'name,skill,level\n,Python,3\nAnna,,3\n'));
    expect(report.rejectedRows.map((r) => [r.row, r.reason])).toEqual([
      [2, 'row_no_member'],
      [3, 'row_no_skill'],
    ]);
    expectEveryRowAccounted(report);
  });
});

describe('matrix skill columns', () => {
  // Skills: id Go = "Golang", id G2 = "Go", id PY = "Python".
  const skills = textFile('skills.csv', 'skill_id,skill\nGo,Golang\nG2,Go\nPY,Python\n');

  test('a column header is matched to a skill id before a skill name', () => {
    // Column "Go" is the id of Golang (and the name of G2): the id wins. Column "python" matches Python by name.
    const { workspace } = importFiles(skills, textFile('matrix.csv', 'name,Go,python\nAnna,4,5\n'));
    expect(links(workspace)).toEqual(['Anna / Golang = 4', 'Anna / Python = 5']);
    expect(workspace.skills).toHaveLength(3);
  });

  test('an unknown column header creates a skill; an empty cell is no expertise', () => {
    const { workspace, report } = importFiles(textFile('matrix.csv', 'ФИО,Rust,Python\nАнна,,x\nБорис,2,\n'));
    expect(workspace.skills.map((s) => s.name)).toEqual(['Rust', 'Python']);
    expect(links(workspace)).toEqual(['Анна / Python = 3', 'Борис / Rust = 2']);
    expect(counts(report, 'matrix.csv')).toEqual({ rowsRead: 2, imported: 2, merged: 0, rejected: 0 });
  });

  test('an unreadable matrix cell is reported and the rest of the row is kept', () => {
    // SQL has 2 readable levels out of 3 filled cells, enough for a level column.
    const { workspace, report } = importFiles(
      textFile('matrix.csv', 'name,Python,SQL,Go\nAnna,4,4,3\nBoris,5,lots,4\nVera,1,2,3\n'),
    );
    expect(issuesOf(report, 'cell_bad_value')).toEqual([
      expect.objectContaining({ row: 3, column: 'SQL', value: 'lots' }),
    ]);
    expect(links(workspace).filter((l) => l.startsWith('Boris'))).toEqual([
      'Boris / Go = 4',
      'Boris / Python = 5',
    ]);
  });
});
