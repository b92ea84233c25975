// runImport's rules on small files written here: header synonyms, identity, references, matrix columns,
// links, the order of files and conflicts between them, the ambassador column.
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import { expertiseList, workspaceOf, type Member, type Workspace } from '../../domain/types';
import {
  textFile,
  importFiles,
  links,
  issuesOf,
  expectEveryRowAccounted,
  counts,
} from '../../../tests/helpers/importFiles';

// ---- behaviour from strings ----

describe('header synonyms', () => {
  test('Russian member headers fill every attribute', () => {
    const { workspace } = importFiles(
      textFile(
        'ru.csv',
        'Таб. номер;Сотрудник;Департамент;Офис;Должность;Почта;Статус;Загруженность;Вклад;Роль в сообществе\n' +
          '7;Анна Ли;ИТ;Москва;Архитектор;anna@example.org;выпускник;12,5%;3,5;architect, voice\n',
      ),
    );
    expect(workspace.members).toEqual([
      expect.objectContaining({
        memberId: '7',
        name: 'Анна Ли',
        department: 'ИТ',
        location: 'Москва',
        title: 'Архитектор',
        email: 'anna@example.org',
        status: 'alumni',
        workload: 12.5,
        activity: 3.5,
        roles: ['architect', 'voice'],
      }),
    ]);
  });

  test('English member headers fill every attribute', () => {
    const { workspace } = importFiles(
      textFile(
        'en.csv',
        'Personnel Number,Person,Division,Region,Job Title,E-mail,Status,Utilisation,Contribution,Community Roles\n' +
          '7,Ann Lee,IT,EMEA,Architect,ann@example.org,candidate,80%,2,"empath; moderator"\n',
      ),
    );
    expect(workspace.members).toEqual([
      expect.objectContaining({
        memberId: '7',
        name: 'Ann Lee',
        department: 'IT',
        location: 'EMEA',
        title: 'Architect',
        email: 'ann@example.org',
        status: 'employee',
        workload: 80,
        activity: 2,
        roles: ['empath', 'moderator'],
      }),
    ]);
  });

  test('Russian skill headers fill every attribute', () => {
    const { workspace } = importFiles(
      textFile(
        'ru-skills.csv',
        'Код навыка;Компетенция;Область;Целевое покрытие;Минимальный уровень;Приоритет\nPY;Python;Разработка;2;продвинутый;1,5\n',
      ),
    );
    expect(workspace.skills).toEqual([
      expect.objectContaining({
        skillId: 'PY',
        name: 'Python',
        category: 'Разработка',
        target: 2,
        requiredLevel: 4,
        weight: 1.5,
      }),
    ]);
  });

  test('a skills file without those columns takes the defaults: target 1, required level 3, weight 1, no category', () => {
    const { workspace } = importFiles(textFile('s.csv', 'skill\nPython\n'));
    expect(workspace.skills).toEqual([
      expect.objectContaining({ name: 'Python', category: '', target: 1, requiredLevel: 3, weight: 1 }),
    ]);
  });
});

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
      [{ ...emptyWorkspaceMember('i:m1', 'M1', 'Anna'), status: 'ambassador' }],
      [
        {
          key: 'n:python',
          skillId: '',
          name: 'Python',
          category: 'Dev',
          target: 2,
          requiredLevel: 3,
          weight: 2,
        },
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
      [emptyWorkspaceMember('n:anna', '', 'Anna')],
      [
        {
          key: 'n:python',
          skillId: '',
          name: 'Python',
          category: '',
          target: 1,
          requiredLevel: 3,
          weight: 1,
        },
      ],
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
    const base: Workspace = workspaceOf([emptyWorkspaceMember('n:old', '', 'Old')], [], []);
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

function emptyWorkspaceMember(key: string, memberId: string, name: string): Member {
  return {
    key,
    memberId,
    name,
    department: '',
    location: '',
    title: '',
    email: '',
    status: 'employee',
    workload: null,
    activity: null,
    roles: [],
  };
}

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

describe('the yes/no ambassador column', () => {
  test('yes makes an ambassador; no turns an ambassador into an employee and leaves alumni alone', () => {
    const base: Workspace = workspaceOf(
      [
        { ...emptyWorkspaceMember('n:ann', '', 'Ann'), status: 'ambassador' },
        { ...emptyWorkspaceMember('n:bob', '', 'Bob'), status: 'alumni' },
        { ...emptyWorkspaceMember('n:cat', '', 'Cat'), status: 'employee' },
      ],
      [],
      [],
    );
    const { workspace } = runImport(
      [textFile('m.csv', 'Name,Is Ambassador\nAnn,no\nBob,no\nCat,yes\nDan,нет\nEve,да\n')],
      base,
      'merge',
    );
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Ann', 'employee'],
      ['Bob', 'alumni'],
      ['Cat', 'ambassador'],
      ['Dan', 'employee'],
      ['Eve', 'ambassador'],
    ]);
  });

  test('a later file’s "no" overrides an earlier file’s ambassador status', () => {
    const { workspace } = importFiles(
      textFile('status.csv', 'name,status\nAnn,ambassador\nBob,alumni\n'),
      textFile('flags.csv', 'name,амбассадор\nAnn,нет\nBob,нет\n'),
    );
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([
      ['Ann', 'employee'],
      ['Bob', 'alumni'],
    ]);
  });

  test('an unreadable yes/no is a cell error and leaves the status as it was', () => {
    const { workspace, report } = importFiles(
      textFile('m.csv', 'name,status,ambassador\nAnn,alumni,maybe\n'),
    );
    expect(workspace.members[0].status).toBe('alumni');
    expect(issuesOf(report, 'cell_bad_value')).toEqual([
      expect.objectContaining({ row: 2, column: 'ambassador', value: 'maybe' }),
    ]);
  });
});
