// A skill's target, required level and weight: which values are allowed, the values a file gave (the baseline
// a reset restores), and whether a workspace's targets are all still the defaults. Pure.
import {
  MAX_LEVEL,
  SKILL_DEFAULTS,
  type Skill,
  type SkillBaseline,
  type SkillValues,
  type Workspace,
} from './types';

export const SKILL_VALUE_FIELDS: readonly (keyof SkillValues)[] = ['target', 'requiredLevel', 'weight'];

/** Why a skill value is refused; the same codes as the edits' (`EditRefusal`). */
export type SkillValueRefusal = 'invalid_target' | 'invalid_required_level' | 'invalid_weight';

const REFUSAL: Record<keyof SkillValues, SkillValueRefusal> = {
  target: 'invalid_target',
  requiredLevel: 'invalid_required_level',
  weight: 'invalid_weight',
};

/** Whether a value may be a skill's target (whole, ≥ 0), required level (whole, 1–5) or weight (> 0). */
export function validSkillValue(field: keyof SkillValues, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  switch (field) {
    case 'target':
      return Number.isInteger(value) && value >= 0;
    case 'requiredLevel':
      return Number.isInteger(value) && value >= 1 && value <= MAX_LEVEL;
    case 'weight':
      return value > 0;
  }
}

/** The first field of `values` that a skill cannot have, as a refusal; null when all are allowed. */
export function skillValuesRefusal(values: Partial<SkillValues>): SkillValueRefusal | null {
  for (const field of SKILL_VALUE_FIELDS)
    if (values[field] !== undefined && !validSkillValue(field, values[field])) return REFUSAL[field];
  return null;
}

/** Only the target, required level and weight given in `values` (undefined ones left out). */
export function givenSkillValues(values: Partial<SkillValues>): Partial<SkillValues> {
  const given: Partial<SkillValues> = {};
  for (const field of SKILL_VALUE_FIELDS) if (values[field] !== undefined) given[field] = values[field];
  return given;
}

export function sameSkillValues(a: SkillValues, b: SkillValues): boolean {
  return SKILL_VALUE_FIELDS.every((field) => a[field] === b[field]);
}

export function atSkillDefaults(skill: SkillValues): boolean {
  return sameSkillValues(skill, SKILL_DEFAULTS);
}

/**
 * Whether the workspace's targets look like nobody set them: it has skills, every target is the default 1, and no
 * skill was ever edited (no baseline). That is what an import without a skills file gives, or a skills file whose
 * target column was not recognised (its other values may be set), and it flatters the gaps.
 */
export function targetsLookLikeDefaults(workspace: Workspace): boolean {
  return (
    workspace.skills.length > 0 &&
    workspace.plan.baseline.length === 0 &&
    workspace.skills.every((s) => s.target === SKILL_DEFAULTS.target)
  );
}

/**
 * The baseline after an import gave some skills values: a value a file gives is that skill's new file value, so
 * it replaces the one kept; an entry whose skill now has all its file values again is dropped (nothing of it is
 * edited any more). `given`: skill key → the fields the import gave. The same list when nothing changes.
 */
export function baselineAfterImport(
  baseline: SkillBaseline[],
  skills: readonly Skill[],
  given: ReadonlyMap<string, readonly (keyof SkillValues)[]>,
): SkillBaseline[] {
  if (given.size === 0 || !baseline.some((entry) => given.has(entry.skillKey))) return baseline;
  const byKey = new Map(skills.map((s) => [s.key, s]));
  const next: SkillBaseline[] = [];
  for (const entry of baseline) {
    const fields = given.get(entry.skillKey);
    const skill = byKey.get(entry.skillKey);
    if (!fields || !skill) {
      next.push(entry);
      continue;
    }
    const rebased = { ...entry };
    for (const field of fields) rebased[field] = skill[field];
    if (!sameSkillValues(rebased, skill)) next.push(rebased);
  }
  return next;
}
