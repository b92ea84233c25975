// What runImport reads from each column: Russian and English header synonyms, skill defaults, the yes/no
// ambassador column.
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import { newMember, workspaceOf, type Workspace } from '../../domain/types';
import { analyse } from '../../domain/analysis';
import { textFile, importFiles, issuesOf } from '../../../tests/helpers/importFiles';

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

describe('a skill only the expertise file names', () => {
  test('takes the defaults (target 1, required level 3, weight 1) and is analysed with them', () => {
    const skills = textFile('skills.csv', 'skill,target,required_level,weight\nPython,2,4,3\n');
    const people = textFile('members.csv', 'name,status\nAnna,ambassador\nBob,employee\n');
    const links = textFile('expertise.csv', 'name,skill,level\nAnna,Python,4\nAnna,Go,3\nBob,Go,5\n');
    const { workspace } = importFiles(links, people, skills);
    const go = workspace.skills.find((s) => s.name === 'Go')!;
    expect(go).toMatchObject({ target: 1, requiredLevel: 3, weight: 1, category: '' });
    const a = analyse(workspace, { locale: 'en' });
    // Go: Anna (ambassador, 3 ≥ 3) holds it → coverage 1 = target 1 → gap 0, single holder; Bob (5) is a candidate.
    expect(a.bySkill.get(go.key)).toMatchObject({
      coverage: 1,
      gap: 0,
      status: 'single_holder',
      candidateCount: 1,
    });
    // Python: Anna 4 ≥ 4 → coverage 1 of target 2 → gap 1.
    expect(a.bySkill.get(workspace.skills.find((s) => s.name === 'Python')!.key)).toMatchObject({
      coverage: 1,
      gap: 1,
      status: 'gap',
    });
  });
});

describe('the yes/no ambassador column', () => {
  test('yes makes an ambassador; no turns an ambassador into an employee and leaves alumni alone', () => {
    const base: Workspace = workspaceOf(
      [
        newMember({ key: 'n:ann', name: 'Ann', status: 'ambassador' }),
        newMember({ key: 'n:bob', name: 'Bob', status: 'alumni' }),
        newMember({ key: 'n:cat', name: 'Cat', status: 'employee' }),
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
