import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { memberKeyFor } from '../domain/normalise';
import { emptyWorkspace, type Member, type Skill, type Workspace } from '../domain/types';
import {
  VIEW_TABS,
  HEALTH_SECTIONS,
  entityCode,
  findCategory,
  findEntity,
  NO_URL_FILTER,
  parseUrlView,
  resolveFilter,
  urlFilterOf,
  urlRefOf,
  urlStepOf,
  findSteps,
  writeUrlView,
  type UrlView,
} from './urlState';

const NOTHING: UrlView = {
  lang: null,
  view: null,
  section: 'activity',
  focus: null,
  mode: 'ambassadors',
  steps: 1,
  drill: [],
  filter: { ...NO_URL_FILTER },
};

function club(): Workspace {
  const member = (name: string, memberId = ''): Member => ({
    key: memberKeyFor(memberId, name),
    memberId,
    name,
    department: name.startsWith('Anna') ? 'Sales' : 'R&D, Lab',
    location: 'Kazan',
    title: '',
    email: '',
    status: 'ambassador',
    workload: null,
    activity: null,
    roles: [],
  });
  const skill = (key: string, name: string, category: string): Skill => ({
    key,
    skillId: '',
    name,
    category,
    target: 1,
    requiredLevel: 3,
    weight: 1,
  });
  return {
    ...emptyWorkspace(),
    members: [member('Anna Petrova'), member('Boris Ivanov', 'E-17')],
    skills: [skill('i:s1', 'Python', 'Tech'), skill('i:s2', 'Public speaking', '')],
  };
}

const codeArb = fc.stringMatching(/^[0-9a-z]{1,11}$/);
const viewArb: fc.Arbitrary<UrlView> = fc
  .record({
    lang: fc.constantFrom('en' as const, 'ru' as const, null),
    view: fc.constantFrom(...VIEW_TABS, null),
    section: fc.constantFrom(...HEALTH_SECTIONS),
    focus: fc.option(
      fc.record({
        kind: fc.constantFrom('skill' as const, 'member' as const, 'category' as const),
        code: codeArb,
      }),
    ),
    mode: fc.constantFrom('ambassadors' as const, 'everyone' as const),
    steps: fc.constantFrom(1 as const, 2 as const),
    drill: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'category' as const,
          'department' as const,
          'skill' as const,
          'member' as const,
        ),
        code: codeArb,
      }),
      { maxLength: 4 },
    ),
    filter: fc.record({
      departments: fc.uniqueArray(codeArb, { maxLength: 3 }),
      locations: fc.uniqueArray(codeArb, { maxLength: 3 }),
      categories: fc.uniqueArray(codeArb, { maxLength: 3 }),
      statuses: fc.subarray(['ambassador' as const, 'employee' as const, 'alumni' as const]),
      minLevel: fc.integer({ min: 1, max: 5 }),
      onlyGaps: fc.boolean(),
      onlySingleHolders: fc.boolean(),
    }),
  })
  .map((view) => (view.view === 'health' ? view : { ...view, section: 'activity' as const }));
const OUR_PARAMS = [
  'lang',
  'view',
  'section',
  'focus',
  'mode',
  'steps',
  'category',
  'dept',
  'loc',
  'status',
  'level',
  'only',
  'drill',
];

// Any text, and query strings whose names are ours but whose values (and percent escapes) are anything.
const garbageArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'lang',
          'view',
          'focus',
          'mode',
          'steps',
          'category',
          'dept',
          'status',
          'level',
          'only',
          'x',
        ),
        fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('skill-', 'member-9z', '%E0%A4%A', '%', 'ru')),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`),
);

describe('parseUrlView', () => {
  test('reads language, view, focus and filters', () => {
    expect(parseUrlView('?lang=ru&view=gaps&focus=skill-abc123&category=9z')).toEqual({
      lang: 'ru',
      view: 'gaps',
      section: 'activity',
      focus: { kind: 'skill', code: 'abc123' },
      mode: 'ambassadors',
      steps: 1,
      drill: [],
      filter: { ...NO_URL_FILTER, categories: ['9z'] },
    });
    expect(
      parseUrlView('?dept=a1,b2&loc=c3&category=d4,e5&status=alumni,employee&level=3&only=single,gaps'),
    ).toEqual({
      ...NOTHING,
      filter: {
        departments: ['a1', 'b2'],
        locations: ['c3'],
        categories: ['d4', 'e5'],
        statuses: ['employee', 'alumni'],
        minLevel: 3,
        onlyGaps: true,
        onlySingleHolders: true,
      },
    });
    expect(parseUrlView('')).toEqual(NOTHING);
    expect(parseUrlView('?view=matrix').view).toBe('matrix');
  });

  test('reads the map mode and the focus steps; anything else is the default', () => {
    expect(parseUrlView('?mode=everyone&steps=2')).toEqual({ ...NOTHING, mode: 'everyone', steps: 2 });
    expect(parseUrlView('?mode=ambassadors&steps=1')).toEqual(NOTHING);
    for (const odd of ['?mode=Everyone', '?mode=all', '?steps=3', '?steps=0', '?steps=2.0', '?steps='])
      expect(parseUrlView(odd)).toEqual(NOTHING);
  });

  test('an unknown language or view, and a malformed focus or category, read as not said', () => {
    expect(parseUrlView('?lang=de&view=heatmap&focus=person-abc&category=Tech%20%26%20Ops')).toEqual(NOTHING);
    expect(parseUrlView('?focus=skillabc')).toEqual(NOTHING);
    expect(parseUrlView('?focus=skill-')).toEqual(NOTHING);
    expect(parseUrlView('?focus=skill-ABC')).toEqual(NOTHING);
    expect(parseUrlView('?focus=skill-a.b')).toEqual(NOTHING);
    expect(parseUrlView('?view=Gaps&lang=RU')).toEqual(NOTHING);
    expect(parseUrlView('?level=0&status=boss&only=all&dept=A%20B')).toEqual(NOTHING);
    expect(parseUrlView('?level=6')).toEqual(NOTHING);
    expect(parseUrlView('?level=2.5')).toEqual(NOTHING);
  });

  test('garbage never throws and always reads as a valid view', () => {
    fc.assert(
      fc.property(garbageArb, (garbage) => {
        const view = parseUrlView(garbage);
        expect([null, 'en', 'ru']).toContain(view.lang);
        expect([null, ...VIEW_TABS]).toContain(view.view);
        if (view.focus) expect(view.focus.code).toMatch(/^[0-9a-z]{1,11}$/);
        for (const code of [...view.filter.departments, ...view.filter.categories])
          expect(code).toMatch(/^[0-9a-z]{1,11}$/);
        expect(view.filter.minLevel).toBeGreaterThanOrEqual(1);
        expect(view.filter.minLevel).toBeLessThanOrEqual(5);
        // What was read writes and reads back the same.
        expect(parseUrlView(writeUrlView(garbage, view))).toEqual(view);
      }),
    );
  });
});

describe('writeUrlView', () => {
  test('writes the view and drops what it does not say', () => {
    expect(
      writeUrlView('?lang=en&focus=skill-1', {
        lang: 'ru',
        view: 'cohort',
        section: 'roles',
        focus: null,
        mode: 'ambassadors',
        steps: 1,
        drill: [],
        filter: { ...NO_URL_FILTER, categories: ['x1'], minLevel: 3, onlyGaps: true },
      }),
    ).toBe('?lang=ru&view=cohort&category=x1&level=3&only=gaps');
    expect(writeUrlView('?view=gaps', NOTHING)).toBe('');
    // a part of Club health is written with that view only, and its first part not at all
    expect(writeUrlView('', { ...NOTHING, view: 'health', section: 'roles' })).toBe(
      '?view=health&section=roles',
    );
    expect(writeUrlView('', { ...NOTHING, view: 'health' })).toBe('?view=health');
    expect(parseUrlView('?view=gaps&section=roles').section).toBe('activity');
    // the defaults (ambassadors, one step) are not written
    expect(writeUrlView('?mode=everyone&steps=2', NOTHING)).toBe('');
    expect(writeUrlView('', { ...NOTHING, mode: 'everyone', steps: 2 })).toBe('?mode=everyone&steps=2');
  });

  test('round trip: what is written reads back, and other parameters stay as they were', () => {
    const otherParams = fc.dictionary(
      fc.string().filter((name) => !OUR_PARAMS.includes(name)),
      fc.string(),
    );
    fc.assert(
      fc.property(otherParams, viewArb, (others, view) => {
        const before = new URLSearchParams(others).toString();
        const written = writeUrlView(before, view);
        expect(parseUrlView(written)).toEqual(view);
        const kept = new URLSearchParams(written);
        for (const name of OUR_PARAMS) kept.delete(name);
        expect(kept.toString()).toBe(before);
      }),
    );
  });
});

describe('entity codes', () => {
  test('a code is short, URL-safe, the same every time and carries no name or id', () => {
    const workspace = club();
    const anna = workspace.members[0];
    const code = entityCode(anna.key);
    expect(code).toMatch(/^[0-9a-z]{1,11}$/);
    expect(entityCode(anna.key)).toBe(code);
    const written = writeUrlView('', { ...NOTHING, focus: urlRefOf({ kind: 'member', key: anna.key }) });
    expect(written.toLowerCase()).not.toContain('anna');
    expect(written.toLowerCase()).not.toContain('petrova');
    const boris = urlRefOf({ kind: 'member', key: workspace.members[1].key });
    expect(writeUrlView('', { ...NOTHING, focus: boris })).not.toContain('17');
  });

  test('distinct keys get distinct codes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 50 }), (keys) => {
        expect(new Set(keys.map(entityCode)).size).toBe(keys.length);
      }),
    );
  });

  test('a code finds its member, skill or category in the workspace', () => {
    const workspace = club();
    for (const entity of [
      { kind: 'member' as const, key: workspace.members[0].key },
      { kind: 'member' as const, key: workspace.members[1].key },
      { kind: 'skill' as const, key: 'i:s2' },
      { kind: 'category' as const, key: 'Tech' },
      { kind: 'category' as const, key: '' },
    ])
      expect(findEntity(workspace, urlRefOf(entity))).toEqual(entity);
    expect(findCategory(workspace, entityCode(''))).toBe('');
  });

  test('a code the workspace does not hold finds nothing', () => {
    const workspace = club();
    expect(findEntity(workspace, urlRefOf({ kind: 'skill', key: 'i:nope' }))).toBeNull();
    expect(findEntity(workspace, urlRefOf({ kind: 'category', key: 'Design' }))).toBeNull();
    // A member's code does not name a skill, even with the same key.
    expect(findEntity(workspace, { kind: 'skill', code: entityCode(workspace.members[0].key) })).toBeNull();
    expect(findEntity(emptyWorkspace(), urlRefOf({ kind: 'member', key: 'n:anna' }))).toBeNull();
    expect(findCategory(workspace, entityCode('Soft'))).toBeNull();
  });
});

describe('the filter in the URL', () => {
  test('names travel only as codes, and read back in the same workspace', () => {
    const workspace = club();
    const filter = {
      departments: ['R&D, Lab'],
      locations: ['Kazan'],
      categories: ['', 'Tech'],
      statuses: ['ambassador' as const],
      minLevel: 2,
      onlyGaps: false,
      onlySingleHolders: true,
    };
    const written = writeUrlView('', { ...NOTHING, filter: urlFilterOf(filter) });
    for (const name of ['R&D', 'Lab', 'Kazan', 'Tech', 'R%26D']) expect(written).not.toContain(name);
    expect(resolveFilter(workspace, parseUrlView(written).filter)).toEqual(filter);
  });

  test('a code this workspace does not hold is dropped; the rest stays', () => {
    const workspace = club();
    const url = urlFilterOf({
      departments: ['Sales', 'Marketing'],
      locations: ['Perm'],
      categories: ['Design'],
      statuses: [],
      minLevel: 1,
      onlyGaps: true,
      onlySingleHolders: false,
    });
    expect(resolveFilter(workspace, url)).toEqual({
      departments: ['Sales'],
      locations: [],
      categories: [],
      statuses: [],
      minLevel: 1,
      onlyGaps: true,
      onlySingleHolders: false,
    });
  });
});

describe('drill-down path in the URL', () => {
  test('a path of category, department and skill codes round-trips and names the same steps', () => {
    const workspace = club();
    const path = [
      { kind: 'category' as const, key: 'Tech' },
      { kind: 'department' as const, key: 'R&D, Lab' },
      { kind: 'skill' as const, key: 'i:s1' },
    ];
    const search = writeUrlView('', { ...NOTHING, drill: path.map(urlStepOf) });
    expect(search).toBe(
      `?drill=category-${entityCode('Tech')}%2Cdept-${entityCode('R&D, Lab')}%2Cskill-${entityCode('i:s1')}`,
    );
    expect(search).not.toContain('Lab'); // codes, never names
    expect(findSteps(workspace, parseUrlView(search).drill)).toEqual(path);
  });

  test('the path ends before a step this workspace does not hold; malformed steps are dropped', () => {
    const workspace = club();
    const view = parseUrlView(
      `?drill=dept-${entityCode('Sales')},bogus,skill-${entityCode('nope')},category-${entityCode('Tech')}`,
    );
    expect(view.drill.map((s) => s.kind)).toEqual(['department', 'skill', 'category']);
    expect(findSteps(workspace, view.drill)).toEqual([{ kind: 'department', key: 'Sales' }]);
  });
});
