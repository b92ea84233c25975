// The club's health in the sample: the ambassadors' activity against their workload, and everyone's community
// roles. Drawn after the expertise from a generator of its own, so that changing them moves no level or link.
import { activityModel, type ActivityState } from '../../src/domain/activity';
import { analyse } from '../../src/domain/analysis';
import { DEFAULT_ACTIVITY_THRESHOLDS } from '../../src/domain/types';
import { mulberry32 } from '../prng.mjs';
import type { SampleMember } from './members';
import { ROLE_WORDS, type Words } from './organisation';
import { sampleWorkspace } from './workspace';

const HEALTH_SEED = 0x5eed2026;

/** The ambassadors' planned states (docs/contract.md "Activity against workload", default thresholds). */
export const PLANNED_ACTIVITY: Record<ActivityState, number> = {
  overloaded: 4,
  quiet: 4,
  steady: 17,
  thriving: 5,
};

/** Contributions per full free capacity that a steady ambassador shows: the club norm comes out near it. */
const STEADY_RATE = 50;

const R = ROLE_WORDS;
/** The first ambassadors (in a drawn order) carry these, so every known role but ideologist has a holder. */
const FIXED_ROLES: readonly (readonly Words[])[] = [
  [R.architect, R.coordinator],
  [R.architect],
  [R.empath],
  [R.empath, R.mentor],
  [R.voice],
  [R.language],
  [R.ambassador],
  [R.ambassador, R.speaker],
  [R.mentor],
];
/** The others draw 0–2 of these (no ideologist, no second moderator). */
const DRAWN_ROLES: readonly Words[] = [R.architect, R.empath, R.voice, R.ambassador, R.mentor, R.speaker];

export function shapeClubHealth(members: SampleMember[]): void {
  const rand = mulberry32(HEALTH_SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };

  const ambassadors = shuffle(members.filter((m) => m.status === 'ambassador'));
  // Leaders at 100 % or more, busy and still the most active; nobody else at 100 %.
  const full = ambassadors.filter((m) => m.workload >= 100);
  const overloaded = [...full, ...ambassadors.filter((m) => m.workload < 100)].slice(
    0,
    PLANNED_ACTIVITY.overloaded,
  );
  const rest = ambassadors.filter((m) => !overloaded.includes(m));
  // Quiet: capacity to spare (workload ≤ 60 %), yet little done.
  const quiet = rest.filter((m) => m.workload <= 60).slice(0, PLANNED_ACTIVITY.quiet);
  const others = rest.filter((m) => !quiet.includes(m));
  const thriving = others.slice(0, PLANNED_ACTIVITY.thriving);
  const steady = others.slice(PLANNED_ACTIVITY.thriving);

  const expected = (m: SampleMember) => (STEADY_RATE * (100 - m.workload)) / 100;
  for (const m of overloaded) {
    m.workload = 100 + 5 * int(1, 6);
    m.activity = int(36, 50);
  }
  for (const m of quiet) m.activity = int(1, 4);
  for (const m of thriving) m.activity = Math.round(expected(m) * between(1.9, 2.5));
  for (const m of steady) m.activity = Math.max(1, Math.round(expected(m) * between(0.8, 1.2)));

  const roleOrder: readonly Words[] = Object.values(ROLE_WORDS);
  ambassadors.forEach((m, i) => {
    m.roles = [...(FIXED_ROLES[i] ?? shuffle(DRAWN_ROLES).slice(0, [0, 1, 1, 2][int(0, 3)]))];
    m.roles.sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b));
  });
}

/** The ambassadors' states as the app computes them; throws unless they are the planned ones. */
export function checkClubHealth(members: readonly SampleMember[]): Record<ActivityState, number> {
  const analysis = analyse(sampleWorkspace(members, 'en'), { locale: 'en' });
  const { counts } = activityModel(analysis, DEFAULT_ACTIVITY_THRESHOLDS);
  if (JSON.stringify(counts) !== JSON.stringify(PLANNED_ACTIVITY))
    throw new Error(
      `activity states: planned ${JSON.stringify(PLANNED_ACTIVITY)}, got ${JSON.stringify(counts)}`,
    );
  const ambassadorRoles = new Set(
    members.filter((m) => m.status === 'ambassador').flatMap((m) => m.roles.map((r) => r.en)),
  );
  if (ambassadorRoles.has(R.ideologist.en)) throw new Error('an ambassador holds the ideologist role');
  return counts;
}
