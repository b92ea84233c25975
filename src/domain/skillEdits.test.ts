// @vitest-environment node
// The targets editor's edits: values for several skills at once, resets to the file's values or the defaults,
// and the facts beside them (skillValues.ts). Hand-made cases, then: a reset to file values after any edits
// gives the skills the import gave.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdit, type WorkspaceEdit } from './edits';
import { baselineAfterImport, skillValuesRefusal, targetsLookLikeDefaults } from './skillValues';
import { emptyPlan, newSkill, SKILL_DEFAULTS, type Workspace } from './types';

/** Python (target 2, level 4, weight 3, Tech), SQL (defaults, Tech), Speaking (target 0, Soft); no members. */
function skills(): Workspace {
  return {
    members: [],
    skills: [
      newSkill({ key: 'i:py', name: 'Python', category: 'Tech', target: 2, requiredLevel: 4, weight: 3 }),
      newSkill({ key: 'n:sql', name: 'SQL', category: 'Tech' }),
      newSkill({ key: 'n:speaking', name: 'Speaking', category: 'Soft', target: 0 }),
    ],
    links: {
      member: new Uint32Array(),
      skill: new Uint32Array(),
      level: new Uint8Array(),
      interest: new Uint8Array(),
    },
    plan: emptyPlan(),
  };
}

function applied(workspace: Workspace, edit: WorkspaceEdit): Workspace {
  const result = applyEdit(workspace, edit);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.workspace;
}

const values = (w: Workspace) => w.skills.map((s) => [s.name, s.target, s.requiredLevel, s.weight]);

describe('setSkillValues', () => {
  test('sets the values given on every skill named, keeps the others, and records each first baseline', () => {
    const before = skills();
    const after = applied(before, {
      kind: 'setSkillValues',
      skillKeys: ['i:py', 'n:sql'],
      values: { target: 3, weight: 2 },
    });
    expect(values(after)).toEqual([
      ['Python', 3, 4, 2],
      ['SQL', 3, 3, 2],
      ['Speaking', 0, 3, 1],
    ]);
    expect(after.skills[2]).toBe(before.skills[2]);
    expect(after.members).toBe(before.members);
    expect(after.links).toBe(before.links);
    expect(after.plan.baseline).toEqual([
      { skillKey: 'i:py', target: 2, requiredLevel: 4, weight: 3 },
      { skillKey: 'n:sql', target: 1, requiredLevel: 3, weight: 1 },
    ]);
    expect(before).toEqual(skills());
  });

  test('a skill already at the values is left as it is and gets no baseline', () => {
    const before = skills();
    const after = applied(before, {
      kind: 'setSkillValues',
      skillKeys: ['i:py', 'n:sql'],
      values: { requiredLevel: 4 },
    });
    expect(after.skills[0]).toBe(before.skills[0]);
    expect(after.plan.baseline.map((b) => b.skillKey)).toEqual(['n:sql']);
    expect(
      applied(after, { kind: 'setSkillValues', skillKeys: ['i:py', 'n:sql'], values: { requiredLevel: 4 } }),
    ).toBe(after);
  });

  test('no skills, or no values, change nothing', () => {
    const before = skills();
    expect(applied(before, { kind: 'setSkillValues', skillKeys: [], values: { target: 5 } })).toBe(before);
    expect(applied(before, { kind: 'setSkillValues', skillKeys: ['i:py'], values: {} })).toBe(before);
  });

  test.each([
    [{ target: -1 }, 'invalid_target'],
    [{ target: 1.5 }, 'invalid_target'],
    [{ requiredLevel: 6 }, 'invalid_required_level'],
    [{ requiredLevel: 0 }, 'invalid_required_level'],
    [{ weight: 0 }, 'invalid_weight'],
    [{ target: 2, weight: NaN }, 'invalid_weight'],
  ])('%o is refused as a whole (%s)', (bad, reason) => {
    expect(
      applyEdit(skills(), { kind: 'setSkillValues', skillKeys: ['i:py', 'n:sql'], values: bad }),
    ).toEqual({
      ok: false,
      reason,
    });
  });

  test('one unknown skill refuses the whole edit', () => {
    expect(
      applyEdit(skills(), { kind: 'setSkillValues', skillKeys: ['i:py', 'n:go'], values: { target: 4 } }),
    ).toEqual({ ok: false, reason: 'unknown_skill' });
  });
});

describe('resetSkills', () => {
  test('to file values: the values before the first edit come back and the baseline forgets them', () => {
    const start = skills();
    let w = applied(start, { kind: 'setTarget', skillKey: 'i:py', target: 5 });
    w = applied(w, { kind: 'setWeight', skillKey: 'i:py', weight: 0.5 });
    w = applied(w, { kind: 'setRequiredLevel', skillKey: 'n:sql', requiredLevel: 1 });
    const reset = applied(w, { kind: 'resetSkills', skillKeys: ['i:py'], to: 'file' });
    expect(values(reset)[0]).toEqual(['Python', 2, 4, 3]);
    expect(reset.skills[1]).toBe(w.skills[1]);
    expect(reset.plan.baseline.map((b) => b.skillKey)).toEqual(['n:sql']);
    // Again: nothing left to restore.
    expect(applied(reset, { kind: 'resetSkills', skillKeys: ['i:py'], to: 'file' })).toBe(reset);
  });

  test('to file values leaves a skill never edited unchanged', () => {
    const before = skills();
    expect(applied(before, { kind: 'resetSkills', skillKeys: ['n:speaking'], to: 'file' })).toBe(before);
  });

  test('to defaults sets 1 / 3 / 1 and keeps the baseline, so that file values still come back after', () => {
    const start = skills();
    const defaults = applied(start, {
      kind: 'resetSkills',
      skillKeys: ['i:py', 'n:speaking'],
      to: 'defaults',
    });
    expect(values(defaults)).toEqual([
      ['Python', 1, 3, 1],
      ['SQL', 1, 3, 1],
      ['Speaking', 1, 3, 1],
    ]);
    expect(defaults.plan.baseline).toEqual([
      { skillKey: 'i:py', target: 2, requiredLevel: 4, weight: 3 },
      { skillKey: 'n:speaking', target: 0, requiredLevel: 3, weight: 1 },
    ]);
    const file = applied(defaults, {
      kind: 'resetSkills',
      skillKeys: ['i:py', 'n:sql', 'n:speaking'],
      to: 'file',
    });
    expect(file.skills).toEqual(start.skills);
    expect(file.plan.baseline).toEqual([]);
  });

  test('an unknown skill is refused', () => {
    expect(applyEdit(skills(), { kind: 'resetSkills', skillKeys: ['n:go'], to: 'defaults' })).toEqual({
      ok: false,
      reason: 'unknown_skill',
    });
  });
});

describe('skill value facts', () => {
  test('skillValuesRefusal names the first bad field', () => {
    expect(skillValuesRefusal({ target: 0, requiredLevel: 5, weight: 0.1 })).toBeNull();
    expect(skillValuesRefusal({ requiredLevel: 2.5 })).toBe('invalid_required_level');
    expect(skillValuesRefusal({ target: -3, weight: -1 })).toBe('invalid_target');
  });

  test('targets look like defaults only with skills, every target 1, none ever edited', () => {
    const defaults = { ...skills(), skills: skills().skills.map((s) => ({ ...s, ...SKILL_DEFAULTS })) };
    expect(targetsLookLikeDefaults(defaults)).toBe(true);
    expect(targetsLookLikeDefaults(skills())).toBe(false);
    // A skills file whose target column was not recognised: weights and levels set, every target 1.
    const weighted = {
      ...defaults,
      skills: defaults.skills.map((s) => ({ ...s, weight: 3, requiredLevel: 4 })),
    };
    expect(targetsLookLikeDefaults(weighted)).toBe(true);
    expect(targetsLookLikeDefaults({ ...defaults, skills: [] })).toBe(false);
    // Set to 2 and back to 1 by hand: a person decided, the notice would be wrong.
    const decided = applied(applied(defaults, { kind: 'setTarget', skillKey: 'n:sql', target: 2 }), {
      kind: 'setTarget',
      skillKey: 'n:sql',
      target: 1,
    });
    expect(targetsLookLikeDefaults(decided)).toBe(false);
  });

  test('after an import, the values a file gave are the new file values; an entry matching its skill goes', () => {
    const edited = applied(skills(), {
      kind: 'setSkillValues',
      skillKeys: ['i:py', 'n:sql'],
      values: { target: 4 },
    });
    expect(edited.plan.baseline).toHaveLength(2);
    // The file gives Python target 4 (its current value) and SQL weight 2 (the skill now has it too).
    const imported = edited.skills.map((s) => (s.key === 'n:sql' ? { ...s, weight: 2 } : s));
    const given = new Map([
      ['i:py', ['target'] as const],
      ['n:sql', ['weight'] as const],
    ]);
    expect(baselineAfterImport(edited.plan.baseline, imported, given)).toEqual([
      // SQL's target is still edited (4 against the file's 1): its entry stays, with the new weight.
      { skillKey: 'n:sql', target: 1, requiredLevel: 3, weight: 2 },
    ]);
    expect(baselineAfterImport(edited.plan.baseline, imported, new Map())).toBe(edited.plan.baseline);
  });
});

// ---- properties ----

const KEYS = ['i:py', 'n:sql', 'n:speaking'];
const someKeys = fc.subarray(KEYS);
const number = fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double({ min: -1, max: 6, noNaN: true }));

const valueEdit: fc.Arbitrary<WorkspaceEdit> = fc.oneof(
  fc.record({ kind: fc.constant('setTarget' as const), skillKey: fc.constantFrom(...KEYS), target: number }),
  fc.record({
    kind: fc.constant('setRequiredLevel' as const),
    skillKey: fc.constantFrom(...KEYS),
    requiredLevel: number,
  }),
  fc.record({ kind: fc.constant('setWeight' as const), skillKey: fc.constantFrom(...KEYS), weight: number }),
  fc.record({
    kind: fc.constant('setSkillValues' as const),
    skillKeys: someKeys,
    values: fc.record({ target: number, requiredLevel: number, weight: number }, { requiredKeys: [] }),
  }),
  fc.record({
    kind: fc.constant('resetSkills' as const),
    skillKeys: someKeys,
    to: fc.constantFrom('file' as const, 'defaults' as const),
  }),
);

/** The workspace after `edits` in turn, a refused one changing nothing (as in the store). */
function afterEdits(start: Workspace, edits: readonly WorkspaceEdit[]): Workspace {
  let w = start;
  for (const edit of edits) {
    const result = applyEdit(w, edit);
    if (result.ok) w = result.workspace;
  }
  return w;
}

describe('properties', () => {
  test('after any sequence of value edits, a reset of every skill to file values gives the original skills', () => {
    fc.assert(
      fc.property(fc.array(valueEdit, { maxLength: 30 }), (edits) => {
        const start = skills();
        const w = afterEdits(start, edits);
        const reset = applied(w, { kind: 'resetSkills', skillKeys: KEYS, to: 'file' });
        expect(reset.skills).toEqual(start.skills);
        expect(reset.plan.baseline).toEqual([]);
      }),
    );
  });

  test('every baseline entry names a distinct skill, and a skill without one has its first values', () => {
    fc.assert(
      fc.property(fc.array(valueEdit, { maxLength: 30 }), (edits) => {
        const start = skills();
        const w = afterEdits(start, edits);
        const keys = w.plan.baseline.map((b) => b.skillKey);
        expect(new Set(keys).size).toBe(keys.length);
        w.skills.forEach((s, i) => {
          if (!keys.includes(s.key)) expect(s).toEqual(start.skills[i]);
        });
      }),
    );
  });
});
