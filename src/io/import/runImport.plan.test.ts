// The workspace plan in imported files (docs/contract.md#workspace-files): a members file's plan column, the
// settings file, what Replace and Merge make of them, and files that say something the planner cannot use.
import { describe, expect, test } from 'vitest';
import { runImport } from './runImport';
import { DEFAULT_PLAN_SETTINGS, emptyPlan, newMember, workspaceOf, type Workspace } from '../../domain/types';
import {
  counts,
  expectEveryRowAccounted,
  fileReport,
  importFiles,
  issuesOf,
  textFile,
} from '../../../tests/helpers/importFiles';

/** The plan's member lists as names, so a test compares with what a person wrote. */
function planNames(ws: Workspace) {
  const name = new Map(ws.members.map((m) => [m.key, m.name]));
  const names = (keys: string[]) => keys.map((k) => name.get(k) ?? `?${k}`);
  return {
    leaving: names(ws.plan.leaving),
    pinned: names(ws.plan.pinned),
    excluded: names(ws.plan.excluded),
  };
}

describe('a members file with a plan column', () => {
  test('marks in either language: pins in the order their numbers say, a pin without one after them', () => {
    const { workspace, report } = importFiles(
      textFile(
        'hr.csv',
        [
          'name,status,Cohort plan',
          'Anna,ambassador,leaving',
          'Boris,employee,Pinned 2',
          'Vera,alumni,pinned 1',
          'Gleb,employee,закреплён',
          'Dina,employee,Исключена',
          'Egor,ambassador,"уходит; excluded"',
          'Fedor,employee,',
        ].join('\n'),
      ),
    );
    expect(planNames(workspace)).toEqual({
      leaving: ['Anna', 'Egor'],
      pinned: ['Vera', 'Boris', 'Gleb'],
      excluded: ['Dina', 'Egor'],
    });
    expect(fileReport(report, 'hr.csv').kind).toBe('members');
    expect(fileReport(report, 'hr.csv').columns[2]).toEqual({ header: 'Cohort plan', role: 'cohort_plan' });
    expect(report.issues).toEqual([]);
    expectEveryRowAccounted(report);
  });

  test('a part that is no mark is a warning with file, row, column and value; the row and its other marks stay', () => {
    const { workspace, report } = importFiles(
      textFile(
        'other.csv',
        [
          'name;department;cohort_plan',
          'Anna;IT;maybe',
          'Boris;IT;pinned 1.5',
          'Vera;Sales;"excluded, leaving 3"',
          'Gleb;Sales;pinned #1',
        ].join('\n'),
      ),
    );
    expect(workspace.members.map((m) => [m.name, m.department])).toEqual([
      ['Anna', 'IT'],
      ['Boris', 'IT'],
      ['Vera', 'Sales'],
      ['Gleb', 'Sales'],
    ]);
    expect(planNames(workspace)).toEqual({ leaving: [], pinned: ['Gleb'], excluded: ['Vera'] });
    expect(issuesOf(report, 'cell_bad_plan_mark')).toEqual([
      {
        severity: 'warning',
        code: 'cell_bad_plan_mark',
        file: 'other.csv',
        row: 2,
        column: 'cohort_plan',
        value: 'maybe',
      },
      expect.objectContaining({ row: 3, column: 'cohort_plan', value: 'pinned 1.5' }),
      expect.objectContaining({ row: 4, column: 'cohort_plan', value: 'leaving 3' }),
    ]);
    expect(counts(report, 'other.csv')).toEqual({ rowsRead: 4, imported: 4, merged: 0, rejected: 0 });
  });

  test('a pinned and excluded member stays out, as the edits and the planner have it', () => {
    const { workspace } = importFiles(textFile('m.csv', 'name,cohort_plan\nAnna,pinned 1; excluded\n'));
    expect(planNames(workspace)).toEqual({ leaving: [], pinned: [], excluded: ['Anna'] });
  });

  test('only members files carry marks: a plan column on expertise rows is not read', () => {
    const { workspace, report } = importFiles(
      textFile('e.csv', 'name,skill,level,cohort_plan\nAnna,SQL,3,pinned 1\n'),
    );
    expect(workspace.plan).toEqual(emptyPlan());
    expect(issuesOf(report, 'cell_bad_plan_mark')).toEqual([]);
  });

  test('the plan headers are exact: a matrix skill "Plan value stream" stays a skill column', () => {
    const { workspace, report } = importFiles(textFile('x.csv', 'name,Plan value stream,SQL\nAnna,3,4\n'));
    expect(fileReport(report, 'x.csv').kind).toBe('matrix');
    expect(workspace.skills.map((s) => s.name)).toEqual(['Plan value stream', 'SQL']);
  });
});

describe('the settings file', () => {
  test('English and Russian names; an empty cap, ceiling or status list means none', () => {
    const { workspace, report } = importFiles(
      textFile(
        'plan.csv',
        [
          'plan_setting,plan_value',
          'cohort_size,5',
          'максимум на подразделение,2',
          'max_per_location,',
          'Workload ceiling,"85,5"',
          'eligible_statuses,выпускник',
        ].join('\n'),
      ),
    );
    expect(workspace.plan.settings).toEqual({
      size: 5,
      maxPerDepartment: 2,
      maxPerLocation: null,
      workloadCeiling: 85.5,
      eligibleStatuses: ['alumni'],
    });
    expect(fileReport(report, 'plan.csv').kind).toBe('plan');
    expect(counts(report, 'plan.csv')).toEqual({ rowsRead: 5, imported: 5, merged: 0, rejected: 0 });
    expect(report.issues).toEqual([]);
  });

  test('an unknown setting or a value the planner cannot use rejects its row, saying which; the rest apply', () => {
    const { workspace, report } = importFiles(
      textFile(
        'plan.csv',
        [
          'параметр плана;значение параметра',
          'размер набора;0',
          'потолок загрузки;400',
          'допустимые статусы;амбассадор',
          'максимум на город;два',
          'mood;good',
          'cohort_size;7',
          'eligible_statuses;',
        ].join('\n'),
      ),
    );
    expect(workspace.plan.settings).toEqual({ ...DEFAULT_PLAN_SETTINGS, size: 7, eligibleStatuses: [] });
    expect(report.issues.map((i) => [i.severity, i.code, i.row, i.column, i.value])).toEqual([
      ['error', 'row_bad_setting', 2, 'значение параметра', '0'],
      ['error', 'row_bad_setting', 3, 'значение параметра', '400'],
      ['error', 'row_bad_setting', 4, 'значение параметра', 'амбассадор'],
      ['error', 'row_bad_setting', 5, 'значение параметра', 'два'],
      ['error', 'row_unknown_setting', 6, 'параметр плана', 'mood'],
    ]);
    expect(report.rejectedRows.map((r) => [r.row, r.reason, r.cells])).toEqual([
      [2, 'row_bad_setting', ['размер набора', '0']],
      [3, 'row_bad_setting', ['потолок загрузки', '400']],
      [4, 'row_bad_setting', ['допустимые статусы', 'амбассадор']],
      [5, 'row_bad_setting', ['максимум на город', 'два']],
      [6, 'row_unknown_setting', ['mood', 'good']],
    ]);
    expectEveryRowAccounted(report);
  });

  test('thresholds and role targets in either language; a role named by any of its words, a free tag by its text', () => {
    const { workspace, report } = importFiles(
      textFile(
        'plan.csv',
        [
          'plan_setting,plan_value',
          'overloaded_from,90%',
          'нижний порог активности,"40,5"',
          'Thriving from,200',
          'role_target: Координатор,2',
          'цель роли: Language,3',
          'Role target:  Подкаст  Ёлка ,0',
          'role_target: architect,1',
        ].join('\n'),
      ),
    );
    expect(workspace.plan.activityThresholds).toEqual({
      overloadedFrom: 90,
      quietBelow: 40.5,
      thrivingFrom: 200,
    });
    // Target 1 is the default: no entry.
    expect(workspace.plan.roleTargets).toEqual([
      { role: 'moderator', target: 2 },
      { role: 'voice', target: 3 },
      { role: 'подкаст елка', target: 0 },
    ]);
    expect(counts(report, 'plan.csv')).toEqual({ rowsRead: 7, imported: 7, merged: 0, rejected: 0 });
    expect(report.issues).toEqual([]);
  });

  test('a threshold or role target it cannot use rejects its row; thresholds that do not fit together are ignored', () => {
    const { workspace, report } = importFiles(
      textFile(
        'plan.csv',
        [
          'plan_setting,plan_value',
          'overloaded_from,0',
          'quiet_below,-1',
          'role_target: voice,1.5',
          'role_target: voice,101',
          'role_target:,2',
          'role_target voice,2',
          // Each alone is valid, together quiet below (300) is not under thriving from (150, the default).
          'quiet_below,300',
        ].join('\n'),
      ),
    );
    expect(workspace.plan.activityThresholds).toEqual({
      overloadedFrom: 100,
      quietBelow: 50,
      thrivingFrom: 150,
    });
    expect(workspace.plan.roleTargets).toEqual([]);
    expect(report.issues.map((i) => [i.code, i.row, i.value])).toEqual([
      ['row_bad_setting', 2, '0'],
      ['row_bad_setting', 3, '-1'],
      ['row_bad_setting', 4, '1.5'],
      ['row_bad_setting', 5, '101'],
      ['row_unknown_setting', 6, 'role_target:'],
      ['row_unknown_setting', 7, 'role_target voice'],
    ]);
    expectEveryRowAccounted(report);
  });

  test('a setting column without a value column is no settings file', () => {
    const { report } = importFiles(textFile('p.csv', 'plan_setting\ncohort_size\n'));
    expect(fileReport(report, 'p.csv')).toMatchObject({ kind: null, fatal: 'file_unrecognised' });
  });
});

describe('Replace and Merge', () => {
  const stored = (): Workspace => {
    const ws = workspaceOf(
      ['Anna', 'Boris', 'Vera', 'Gleb', 'Dina'].map((name, i) =>
        newMember({ key: `n:${name.toLowerCase()}`, name, status: i === 0 ? 'ambassador' : 'employee' }),
      ),
      [],
      [],
    );
    ws.plan = {
      ...emptyPlan(),
      leaving: ['n:anna'],
      pinned: ['n:boris', 'n:vera'],
      excluded: ['n:gleb'],
      settings: { ...DEFAULT_PLAN_SETTINGS, size: 4, maxPerDepartment: 1 },
    };
    return ws;
  };
  const files = () => [
    textFile(
      'members.csv',
      [
        'name,cohort_plan',
        'Boris,', // empty: says nothing, the stored pin stays
        'Vera,excluded', // an exclusion lifts the stored pin
        'Gleb,pinned 1', // a pin lifts the stored exclusion, after the stored pins
        'Dina,pinned 2',
      ].join('\n'),
    ),
    textFile('plan.csv', 'plan_setting,plan_value\ncohort_size,6\n'),
  ];

  test("Merge adds the file's marks to the stored plan and its settings over the stored ones", () => {
    const { workspace, report } = runImport(files(), stored(), 'merge');
    expect(planNames(workspace)).toEqual({
      leaving: ['Anna'],
      pinned: ['Boris', 'Gleb', 'Dina'],
      excluded: ['Vera'],
    });
    expect(workspace.plan.settings).toEqual({ ...DEFAULT_PLAN_SETTINGS, size: 6, maxPerDepartment: 1 });
    expect(counts(report, 'plan.csv')).toEqual({ rowsRead: 1, imported: 0, merged: 1, rejected: 0 });
  });

  test("Replace takes the file's plan alone", () => {
    const { workspace } = runImport(files(), stored(), 'replace');
    expect(planNames(workspace)).toEqual({ leaving: [], pinned: ['Gleb', 'Dina'], excluded: ['Vera'] });
    expect(workspace.plan.settings).toEqual({ ...DEFAULT_PLAN_SETTINGS, size: 6 });
  });

  describe('role targets and thresholds', () => {
    const club = (): Workspace => ({
      ...stored(),
      plan: {
        ...stored().plan,
        roleTargets: [
          { role: 'voice', target: 2 },
          { role: 'mentor', target: 0 },
        ],
        activityThresholds: { overloadedFrom: 80, quietBelow: 30, thrivingFrom: 120 },
      },
    });
    const rows = textFile(
      'plan.csv',
      'plan_setting,plan_value\nrole_target: voice,1\nrole_target: empath,4\nthriving_from,130\n',
    );

    test('Replace and Merge keep them when the files give none', () => {
      for (const mode of ['replace', 'merge'] as const) {
        const { workspace } = runImport([textFile('m.csv', 'name\nZoe\n')], club(), mode);
        expect(workspace.plan.roleTargets).toEqual(club().plan.roleTargets);
        expect(workspace.plan.activityThresholds).toEqual(club().plan.activityThresholds);
      }
    });

    test("the files' rows replace the kept ones, one role or threshold at a time", () => {
      for (const mode of ['replace', 'merge'] as const) {
        const { workspace } = runImport([rows], club(), mode);
        expect(workspace.plan.roleTargets).toEqual([
          { role: 'mentor', target: 0 },
          { role: 'empath', target: 4 },
        ]);
        expect(workspace.plan.activityThresholds).toEqual({
          overloadedFrom: 80,
          quietBelow: 30,
          thrivingFrom: 130,
        });
      }
    });
  });
});
