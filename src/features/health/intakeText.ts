// The words of an intakes comparison: role names in the UI language, each changed skill's one change, and the
// summary line that answers "what changed since?" before any table.
import type { IntakeComparison, SkillChange } from '../../domain/intakes';
import { KNOWN_ROLE_WORDS, knownRoleOf } from '../../domain/roles';
import type { Lang, Translate } from '../../i18n/i18n';

/** A role as the UI names it: a known role by its first word in the UI language, a free tag as first spelt. */
export function roleLabel(key: string, lang: Lang, freeLabels: ReadonlyMap<string, string>): string {
  const known = knownRoleOf(key);
  if (!known) return freeLabels.get(key) ?? key;
  const word = KNOWN_ROLE_WORDS[known][lang][0];
  return word.charAt(0).toLocaleUpperCase(lang) + word.slice(1);
}

export type SkillChangeKind =
  'gap_closed' | 'gap_opened' | 'became_single' | 'no_longer_single' | 'added' | 'removed';

/**
 * Each changed skill's change, read from the comparison's own lists; a gap closed or opened outranks the single
 * holder lists (gap → single holder is a gap closed). Skills whose status stayed are absent.
 */
export function skillChangeKinds(comparison: IntakeComparison): Map<string, SkillChangeKind> {
  const kinds = new Map<string, SkillChangeKind>();
  const lists: [SkillChangeKind, { key: string }[]][] = [
    ['gap_closed', comparison.gapsClosed],
    ['gap_opened', comparison.gapsOpened],
    ['became_single', comparison.becameSingleHolder],
    ['no_longer_single', comparison.noLongerSingleHolder],
    ['added', comparison.skills.filter((s: SkillChange) => s.change === 'added')],
    ['removed', comparison.skills.filter((s: SkillChange) => s.change === 'removed')],
  ];
  for (const [kind, list] of lists) for (const { key } of list) if (!kinds.has(key)) kinds.set(key, kind);
  return kinds;
}

/** "Since Intake 2025: 3 gaps closed, 1 opened, 4 ambassadors joined, 2 left, role Ideologist filled". */
export function summaryLine(
  t: Translate,
  comparison: IntakeComparison,
  names: { then: string; now: string | null },
  role: (key: string) => string,
): string {
  const parts = [
    t('intakes.summary.gapsClosed', { count: comparison.gapsClosed.length }),
    t('intakes.summary.gapsOpened', { count: comparison.gapsOpened.length }),
    t('intakes.summary.joined', { count: comparison.joined.length }),
    t('intakes.summary.left', { count: comparison.left.length }),
  ];
  const roles = (list: { role: string }[]) => list.map((r) => role(r.role)).join(', ');
  if (comparison.rolesFilled.length > 0)
    parts.push(
      t('intakes.summary.rolesFilled', {
        count: comparison.rolesFilled.length,
        names: roles(comparison.rolesFilled),
      }),
    );
  if (comparison.rolesLost.length > 0)
    parts.push(
      t('intakes.summary.rolesLost', {
        count: comparison.rolesLost.length,
        names: roles(comparison.rolesLost),
      }),
    );
  const joined = parts.join(', ');
  return names.now === null
    ? t('intakes.summary.since', { name: names.then, parts: joined })
    : t('intakes.summary.between', { then: names.then, now: names.now, parts: joined });
}
