// What a person types into a target, required level or weight field, read as a number the skill may have.
import { validSkillValue } from '../../domain/skillValues';
import type { SkillValues } from '../../domain/types';
import type { MessageKey } from '../../i18n/i18n';
import { parseNumber } from '../../io/values';

export type ValueField = keyof SkillValues;

/** The value typed, or null when it is not one the field takes (text, a fraction for a target, 0 for a weight…). */
export function readSkillValue(field: ValueField, text: string): number | null {
  // A file's number may end in %, a typed target may not.
  if (text.includes('%')) return null;
  const parsed = parseNumber(text);
  return parsed.ok && validSkillValue(field, parsed.value) ? parsed.value : null;
}

export const INVALID_MESSAGE: Record<ValueField, MessageKey> = {
  target: 'targets.invalid.target',
  requiredLevel: 'targets.invalid.requiredLevel',
  weight: 'targets.invalid.weight',
};
