// The club-health parts of the workspace plan: community roles' targets and the activity thresholds — which
// values are allowed, and the plan's role-target list read and changed by role key. Pure.
import { MAX_WORKLOAD } from './score';
import { DEFAULT_ROLE_TARGET, type ActivityThresholds, type RoleTarget } from './types';

/** A role's target is a whole number of ambassadors, 0 (the role is not wanted) to this many. */
export const MAX_ROLE_TARGET = 100;

export function validRoleTarget(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_ROLE_TARGET;
}

/** Each threshold alone: overloaded from 1–MAX_WORKLOAD %, quiet below 0 % or more, thriving from above 0 %. */
export function validThreshold(name: keyof ActivityThresholds, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  switch (name) {
    case 'overloadedFrom':
      return value >= 1 && value <= MAX_WORKLOAD;
    case 'quietBelow':
      return value >= 0;
    case 'thrivingFrom':
      return value > 0;
  }
}

export const THRESHOLD_NAMES: readonly (keyof ActivityThresholds)[] = [
  'overloadedFrom',
  'quietBelow',
  'thrivingFrom',
];

/** Thresholds the states can use: each valid alone, and quiet below strictly under thriving from. */
export function validActivityThresholds(value: Partial<Record<keyof ActivityThresholds, unknown>>): boolean {
  return (
    THRESHOLD_NAMES.every((name) => validThreshold(name, value[name])) &&
    (value.quietBelow as number) < (value.thrivingFrom as number)
  );
}

/** A role's target: the plan's entry for its key, else 1. */
export function roleTargetOf(roleTargets: readonly RoleTarget[], role: string): number {
  for (const entry of roleTargets) if (entry.role === role) return entry.target;
  return DEFAULT_ROLE_TARGET;
}

/**
 * The list with the role's target set: an entry at the default is dropped (the list keeps only what differs), a
 * changed entry stays in its place, a new one goes at the end. The same list when nothing changes.
 */
export function withRoleTarget(roleTargets: RoleTarget[], role: string, target: number): RoleTarget[] {
  const at = roleTargets.findIndex((entry) => entry.role === role);
  if (target === DEFAULT_ROLE_TARGET) return at < 0 ? roleTargets : roleTargets.filter((_, i) => i !== at);
  if (at < 0) return [...roleTargets, { role, target }];
  if (roleTargets[at].target === target) return roleTargets;
  return roleTargets.map((entry, i) => (i === at ? { role, target } : entry));
}
