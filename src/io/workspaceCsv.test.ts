import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanText, memberKeyFor, normaliseIdentity, skillKeyFor } from '../domain/normalise';
import {
  emptyPlan,
  emptyWorkspace,
  expertiseList,
  linkKey,
  newMember,
  newSkill,
  workspaceOf,
  type Expertise,
  type Member,
  type MemberStatus,
  type ActivityThresholds,
  type PlanSettings,
  type RoleTarget,
  type Skill,
  type Workspace,
  type WorkspacePlan,
} from '../domain/types';
import { roleKeyOf } from '../domain/roles';
import { runImport } from './import/runImport';
import { skillsTable, WORKSPACE_CSV_WORDS, workspaceCsvFiles } from './workspaceCsv';
import { toCsv } from './csv';
import { LINK_COLUMNS, MEMBER_FIELDS, SKILL_FIELDS, exportedFields } from '../domain/fields';
import { fieldForHeader } from './headers';

const encoder = new TextEncoder();

function reimport(workspace: Workspace, lang: 'en' | 'ru') {
  const delimiter = lang === 'ru' ? ';' : ',';
  const files = workspaceCsvFiles(workspace, WORKSPACE_CSV_WORDS[lang], { delimiter, bom: true });
  return runImport(
    files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })),
    emptyWorkspace(),
    'replace',
  );
}

/** Sorted copies, so that the comparison does not depend on the order of rows (pins keep their order). */
function canonical(ws: Workspace) {
  const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
  const { leaving, pinned, excluded, settings, roleTargets, activityThresholds } = ws.plan;
  return {
    members: byKey(ws.members),
    skills: byKey(ws.skills),
    expertise: [...expertiseList(ws)].sort((a, b) =>
      linkKey(a.memberKey, a.skillKey) < linkKey(b.memberKey, b.skillKey) ? -1 : 1,
    ),
    plan: {
      leaving: [...leaving].sort(),
      pinned,
      excluded: [...excluded].sort(),
      settings,
      roleTargets,
      activityThresholds,
    },
  };
}

// Pieces that break naive CSV writers and readers, or plain-object maps.
const HOSTILE = [
  '"',
  "'",
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '|',
  '=',
  '+',
  '-',
  '@',
  'ё',
  'Ё',
  '😀',
  '__proto__',
  'constructor',
  ' ',
  '\u00a0',
  'a',
  'Я',
  '1',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((parts) => cleanText(parts.join('')));
const optionalText = fc.oneof(fc.constant(''), hostileText);
const status = fc.constantFrom<MemberStatus>('ambassador', 'employee', 'alumni');

/** A workspace as the importer would hold it: clean text, unique identities, links between known keys. */
const workspaceArb = fc
  .record({
    members: fc.array(
      fc.record({
        id: optionalText,
        name: hostileText,
        department: optionalText,
        location: optionalText,
        title: optionalText,
        email: optionalText,
        status,
        workload: fc.option(
          fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
          { nil: null },
        ),
        activity: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
        roles: fc.array(
          // A tag never holds a separator (`,` `;` `/` `|`): the import splits there.
          hostileText.filter((r) => r !== '' && !/[;,/|]/.test(r)),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 12 },
    ),
    skills: fc.array(
      fc.record({
        id: optionalText,
        name: hostileText,
        category: optionalText,
        target: fc.integer({ min: 0, max: 5 }),
        requiredLevel: fc.integer({ min: 1, max: 5 }),
        weight: fc.integer({ min: 1, max: 30 }).map((n) => n / 2),
      }),
      { maxLength: 8 },
    ),
    // Level 0 is an interest-only record (it is kept only with interest: see below).
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 5 }), fc.boolean()), {
      maxLength: 40,
    }),
  })
  .map(({ members: rawMembers, skills: rawSkills, links }) => {
    const members: Member[] = [];
    const taken = new Set<string>();
    for (const m of rawMembers) {
      // Names and ids share one identity space when files reference members: keep them all distinct.
      const idKey = normaliseIdentity(m.id);
      const nameKey = normaliseIdentity(m.name);
      if (!nameKey || taken.has(nameKey) || (idKey && (taken.has(idKey) || idKey === nameKey))) continue;
      taken.add(nameKey);
      if (idKey) taken.add(idKey);
      members.push({
        key: memberKeyFor(m.id, m.name),
        memberId: m.id,
        name: m.name,
        department: m.department,
        location: m.location,
        title: m.title,
        email: m.email,
        status: m.status,
        workload: m.workload,
        activity: m.activity,
        roles: m.roles,
      });
    }
    const skills: Skill[] = [];
    const takenSkills = new Set<string>();
    for (const s of rawSkills) {
      const idKey = normaliseIdentity(s.id);
      const nameKey = normaliseIdentity(s.name);
      if (!nameKey || takenSkills.has(nameKey) || (idKey && (takenSkills.has(idKey) || idKey === nameKey)))
        continue;
      takenSkills.add(nameKey);
      if (idKey) takenSkills.add(idKey);
      skills.push({
        key: skillKeyFor(s.id, s.name),
        skillId: s.id,
        name: s.name,
        category: s.category,
        target: s.target,
        requiredLevel: s.requiredLevel,
        weight: s.weight,
      });
    }
    const expertise = new Map<string, Expertise>();
    if (members.length && skills.length) {
      for (const [mi, si, level, interest] of links) {
        const m = members[mi % members.length];
        const s = skills[si % skills.length];
        expertise.set(linkKey(m.key, s.key), {
          memberKey: m.key,
          skillKey: s.key,
          level,
          interest: interest || level === 0,
        });
      }
    }
    return workspaceOf(members, skills, [...expertise.values()]);
  });

const settingsArb: fc.Arbitrary<PlanSettings> = fc.record({
  size: fc.integer({ min: 1, max: 60 }),
  maxPerDepartment: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  maxPerLocation: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  workloadCeiling: fc.option(
    fc.integer({ min: 0, max: 3000 }).map((n) => n / 10),
    { nil: null },
  ),
  eligibleStatuses: fc.shuffledSubarray<MemberStatus>(['employee', 'alumni']),
});

// Thresholds that fit together (quiet below under thriving from), in tenths.
const thresholdsArb: fc.Arbitrary<ActivityThresholds> = fc
  .record({
    overloadedFrom: fc.integer({ min: 10, max: 3000 }),
    quietBelow: fc.integer({ min: 0, max: 2000 }),
    above: fc.integer({ min: 1, max: 2000 }),
  })
  .map(({ overloadedFrom, quietBelow, above }) => ({
    overloadedFrom: overloadedFrom / 10,
    quietBelow: quietBelow / 10,
    thrivingFrom: (quietBelow + above) / 10,
  }));

// Role targets the edit could have made: one per role key (known ids, hostile free tags), never the default 1.
const roleTargetsArb: fc.Arbitrary<RoleTarget[]> = fc.uniqueArray(
  fc.record({
    role: fc.oneof(
      fc.constantFrom('architect', 'voice', 'moderator'),
      hostileText.map(roleKeyOf).filter((key) => key !== ''),
    ),
    target: fc.integer({ min: 0, max: 100 }).filter((n) => n !== 1),
  }),
  { selector: (entry) => entry.role, maxLength: 4 },
);

/**
 * A workspace with a plan the edits could have made: ambassadors marked as leaving (some excluded too), other
 * members pinned in some order or excluded, and any valid settings, thresholds and role targets.
 */
const plannedWorkspaceArb = workspaceArb.chain((workspace) =>
  fc
    .record({
      marks: fc.array(fc.record({ mark: fc.nat(3), rank: fc.nat(1000) }), {
        minLength: workspace.members.length,
        maxLength: workspace.members.length,
      }),
      settings: settingsArb,
      activityThresholds: thresholdsArb,
      roleTargets: roleTargetsArb,
    })
    .map(({ marks, settings, activityThresholds, roleTargets }): Workspace => {
      const plan: WorkspacePlan = { ...emptyPlan(), settings, activityThresholds, roleTargets };
      const pins: { key: string; rank: number }[] = [];
      workspace.members.forEach((m, i) => {
        const { mark, rank } = marks[i];
        if (m.status === 'ambassador') {
          if (mark >= 1) plan.leaving.push(m.key);
          if (mark === 3) plan.excluded.push(m.key);
        } else if (mark === 1) pins.push({ key: m.key, rank });
        else if (mark === 2) plan.excluded.push(m.key);
      });
      plan.pinned = pins.sort((a, b) => a.rank - b.rank).map((p) => p.key);
      return { ...workspace, plan };
    }),
);

describe('workspace export round trip', () => {
  for (const lang of ['en', 'ru'] as const) {
    test(`exporting a workspace with hostile names and a plan, and importing it back, gives the same workspace (${lang})`, () => {
      fc.assert(
        fc.property(plannedWorkspaceArb, (workspace) => {
          const { workspace: back, report } = reimport(workspace, lang);
          expect(canonical(back)).toEqual(canonical(workspace));
          expect(report.rejectedRows).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }

  test('an id that no file gave stays empty in the export', () => {
    // Known by name only: no member id, no skill id, every other field at its default.
    const ws: Workspace = workspaceOf(
      [newMember({ key: 'n:анна', name: 'Анна' })],
      [newSkill({ key: 'n:sql', name: 'SQL' })],
      [{ memberKey: 'n:анна', skillKey: 'n:sql', level: 4, interest: false }],
    );
    const files = workspaceCsvFiles(ws, WORKSPACE_CSV_WORDS.en, {
      delimiter: ',',
      bom: false,
      lineEnding: '\n',
    });
    expect(files.map((f) => f.text)).toEqual([
      'member_id,name,department,location,title,email,status,workload,activity,roles,cohort_plan\n,Анна,,,,,employee,,,,\n',
      'skill_id,skill,category,target,required_level,weight\n,SQL,,1,3,1\n',
      'member_id,name,skill_id,skill,level,interest\n,Анна,,SQL,4,\n',
      'plan_setting,plan_value\ncohort_size,10\nmax_per_department,\nmax_per_location,\nworkload_ceiling,\neligible_statuses,"employee; alumni"\n' +
        'overloaded_from,100\nquiet_below,50\nthriving_from,150\n',
    ]);
    expect(files.map((f) => f.name)).toEqual(['members.csv', 'skills.csv', 'expertise.csv', 'plan.csv']);
  });

  test('an interest without a level is an expertise row with level 0 and interest yes, read back as the same', () => {
    const ws: Workspace = workspaceOf(
      [newMember({ key: 'n:анна', name: 'Анна' })],
      [newSkill({ key: 'n:sql', name: 'SQL' }), newSkill({ key: 'n:go', name: 'Go' })],
      [
        { memberKey: 'n:анна', skillKey: 'n:sql', level: 0, interest: true },
        { memberKey: 'n:анна', skillKey: 'n:go', level: 2, interest: true },
      ],
    );
    const files = workspaceCsvFiles(ws, WORKSPACE_CSV_WORDS.en, {
      delimiter: ',',
      bom: false,
      lineEnding: '\n',
    });
    expect(files[2].text).toBe(
      'member_id,name,skill_id,skill,level,interest\n,Анна,,SQL,0,yes\n,Анна,,Go,2,yes\n',
    );
    for (const lang of ['en', 'ru'] as const) {
      const { workspace: back, report } = reimport(ws, lang);
      expect(canonical(back)).toEqual(canonical(ws));
      expect(report.totals.links).toBe(1);
      expect(report.interestsWithoutLevel).toBe(1);
    }
  });
});

describe('workspace CSV columns (from the field table)', () => {
  test('are the canonical headers, in English and in Russian', () => {
    expect(WORKSPACE_CSV_WORDS.en.members.join(',')).toBe(
      'member_id,name,department,location,title,email,status,workload,activity,roles',
    );
    expect(WORKSPACE_CSV_WORDS.en.skills.join(',')).toBe(
      'skill_id,skill,category,target,required_level,weight',
    );
    expect(WORKSPACE_CSV_WORDS.en.expertise.join(',')).toBe('member_id,name,skill_id,skill,level,interest');
    expect(WORKSPACE_CSV_WORDS.ru.members.join(';')).toBe(
      'id сотрудника;ФИО;подразделение;город;должность;email;статус;загрузка;активность;роли',
    );
    expect(WORKSPACE_CSV_WORDS.ru.skills.join(';')).toBe(
      'код навыка;навык;категория;цель;требуемый уровень;вес',
    );
    expect(WORKSPACE_CSV_WORDS.ru.expertise.join(';')).toBe(
      'id сотрудника;ФИО;код навыка;навык;уровень;интерес',
    );
  });

  test('each column, English or Russian, is read by the import as the field it is named after', () => {
    const columns = [
      ...exportedFields(MEMBER_FIELDS).map((f) => f.column),
      ...exportedFields(SKILL_FIELDS).map((f) => f.column),
      ...Object.values(LINK_COLUMNS),
    ];
    for (const column of columns) {
      expect([column.en, fieldForHeader(column.en)]).toEqual([column.en, column.en]);
      expect([column.ru, fieldForHeader(column.ru)]).toEqual([column.ru, column.en]);
    }
  });

  test('a member row writes the status word, numbers with a decimal comma under ;, and roles joined by "; " (quoted)', () => {
    const ws = workspaceOf(
      [
        {
          key: 'i:m1',
          memberId: 'M1',
          name: 'Анна',
          department: 'ИТ',
          location: 'Казань',
          title: 'Тимлид',
          email: 'a@x.example',
          status: 'ambassador',
          workload: 12.5,
          activity: 3,
          roles: ['голос', 'ментор'],
        },
      ],
      [
        {
          key: 'i:py',
          skillId: 'PY',
          name: 'Python',
          category: 'ИТ',
          target: 2,
          requiredLevel: 4,
          weight: 1.5,
        },
      ],
      [{ memberKey: 'i:m1', skillKey: 'i:py', level: 5, interest: true }],
    );
    const files = workspaceCsvFiles(ws, WORKSPACE_CSV_WORDS.ru, {
      delimiter: ';',
      bom: false,
      lineEnding: '\n',
    });
    expect(files.map((f) => f.text.split('\n')[1])).toEqual([
      'M1;Анна;ИТ;Казань;Тимлид;a@x.example;амбассадор;"12,5";3;"голос; ментор";',
      'PY;Python;ИТ;2;4;"1,5"',
      'M1;Анна;PY;Python;5;да',
      'размер набора;10',
    ]);
  });
});

describe('the plan in the workspace export', () => {
  const planned = (): Workspace => {
    const ws = workspaceOf(
      [
        newMember({ key: 'i:m1', memberId: 'M1', name: 'Анна', status: 'ambassador' }),
        newMember({ key: 'i:m2', memberId: 'M2', name: 'Борис' }),
        newMember({ key: 'i:m3', memberId: 'M3', name: 'Вера', status: 'alumni' }),
        newMember({ key: 'i:m4', memberId: 'M4', name: 'Глеб' }),
      ],
      [],
      [],
    );
    ws.plan = {
      ...emptyPlan(),
      leaving: ['i:m1'],
      pinned: ['i:m3', 'i:m2'],
      excluded: ['i:m1', 'i:m4'],
      settings: {
        size: 5,
        maxPerDepartment: 2,
        maxPerLocation: null,
        workloadCeiling: 85.5,
        eligibleStatuses: ['alumni', 'employee'],
      },
      activityThresholds: { overloadedFrom: 90, quietBelow: 40.5, thrivingFrom: 200 },
      roleTargets: [
        { role: 'voice', target: 2 },
        { role: 'подкаст', target: 0 },
      ],
    };
    return ws;
  };

  test('members carry their marks (pins numbered in order) and a settings file lists the settings, in Russian', () => {
    const files = workspaceCsvFiles(planned(), WORKSPACE_CSV_WORDS.ru, {
      delimiter: ';',
      bom: false,
      lineEnding: '\n',
    });
    expect(files.map((f) => f.name)).toEqual([
      'uchastniki.csv',
      'navyki.csv',
      'ekspertiza.csv',
      'plan_nabora.csv',
    ]);
    expect(files[0].text.split('\n')).toEqual([
      'id сотрудника;ФИО;подразделение;город;должность;email;статус;загрузка;активность;роли;план набора',
      'M1;Анна;;;;;амбассадор;;;;"уходит; исключён"',
      'M2;Борис;;;;;сотрудник;;;;закреплён 2',
      'M3;Вера;;;;;выпускник;;;;закреплён 1',
      'M4;Глеб;;;;;сотрудник;;;;исключён',
      '',
    ]);
    expect(files[3].text).toBe(
      [
        'параметр плана;значение параметра',
        'размер набора;5',
        'максимум на подразделение;2',
        'максимум на город;',
        'потолок загрузки;"85,5"',
        'допустимые статусы;"выпускник; сотрудник"',
        'порог перегрузки;90',
        'нижний порог активности;"40,5"',
        'верхний порог активности;200',
        'цель роли: голос;2',
        'цель роли: подкаст;0',
        '',
      ].join('\n'),
    );
  });

  test('importing the Russian export with Merge into the same workspace changes nothing', () => {
    const ws = planned();
    const files = workspaceCsvFiles(ws, WORKSPACE_CSV_WORDS.ru, { delimiter: ';', bom: true });
    const { workspace } = runImport(
      files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })),
      ws,
      'merge',
    );
    expect(workspace.plan).toEqual(ws.plan);
  });

  test('the plan columns, English or Russian, are read by the import as the plan fields', () => {
    for (const words of Object.values(WORKSPACE_CSV_WORDS)) {
      expect(fieldForHeader(words.plan.column)).toBe('cohort_plan');
      expect(words.plan.header.map(fieldForHeader)).toEqual(['plan_setting', 'plan_value']);
    }
  });
});

describe('skills template', () => {
  test('is the skills file of the workspace export, and a Merge of it gives the skills their values', () => {
    const workspace = workspaceOf(
      [],
      [
        newSkill({ key: 'n:python', name: 'Python', category: 'Tech' }),
        newSkill({ key: 'n:sql', name: 'SQL' }),
      ],
      [],
    );
    const words = WORKSPACE_CSV_WORDS.ru;
    const options = { delimiter: ';' as const, bom: true };
    const table = skillsTable(workspace, words);
    const text = toCsv(table.header, table.rows, options);
    expect(text).toBe(workspaceCsvFiles(workspace, words, options)[1].text);
    expect(table.header).toEqual(words.skills);
    // A person fills in a target and imports it back.
    const filled = text.replace('Python;Tech;1', 'Python;Tech;3');
    const { workspace: merged } = runImport(
      [{ name: words.fileNames.skills, bytes: encoder.encode(filled) }],
      workspace,
      'merge',
    );
    expect(merged.skills.map((s) => [s.name, s.target])).toEqual([
      ['Python', 3],
      ['SQL', 1],
    ]);
  });
});
