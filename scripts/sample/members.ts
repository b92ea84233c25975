// The sample's 150 people: department, city, name, title and email, then club status, workload, activity and
// community roles. Every draw comes from the one seeded generator, in a fixed order.
import type { MemberStatus } from '../../src/domain/types';
import {
  FEMALE_FIRST,
  MALE_FIRST,
  SURNAMES,
  TATAR_FEMALE_FIRST,
  TATAR_MALE_FIRST,
  TATAR_SURNAMES,
  feminine,
  type Name,
} from './names';
import {
  ALUMNI,
  AMBASSADORS,
  CITIES,
  DEPARTMENTS,
  FIXED_PEOPLE,
  ROLES,
  type City,
  type Department,
  type Words,
} from './organisation';
import { chance, fromTable, int, pick, shuffle, weightedPick } from './random';

export interface SampleExpertise {
  level: number;
  interest: boolean;
  /** Set by hand: the shaping step never moves it. */
  pinned: boolean;
}

export interface SampleMember {
  id: string;
  dept: Department;
  city: City;
  first: Name;
  last: Name;
  name: Words;
  title: Words;
  email: string;
  status: MemberStatus;
  /** The status of a fixed person; the others draw theirs. */
  fixedStatus: MemberStatus | null;
  workload: number;
  activity: number;
  roles: Words[];
  /** By skill id. */
  skills: Map<string, SampleExpertise>;
}

const emailLocal = (firstEn: string, lastEn: string) =>
  `${firstEn[0]}.${lastEn}`.toLowerCase().replace(/[^a-z.]/g, '');

/** The department's titles in proportion to their weights (largest remainder), shuffled. */
function titlePool(dept: Department) {
  const total = dept.titles.reduce((sum, t) => sum + t[2], 0);
  const shares = dept.titles.map((t, i) => ({ t, i, exact: (dept.size * t[2]) / total }));
  const counts = shares.map((x) => Math.floor(x.exact));
  let left = dept.size - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = shares
    .slice()
    .sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i);
  for (const x of byRemainder) if (left-- > 0) counts[x.i] += 1;
  return shuffle(dept.titles.flatMap((t, i) => Array.from({ length: counts[i] }, () => t)));
}

export function makeMembers(): SampleMember[] {
  const fixedByDept = new Map(FIXED_PEOPLE.map((p) => [p.dept, p]));
  const slots = shuffle(DEPARTMENTS.flatMap((d) => Array.from({ length: d.size }, () => d)));
  const usedNames = new Set(FIXED_PEOPLE.map((p) => `${p.first[0]} ${p.last[0]}`));
  const usedEmails = new Map<string, number>();
  const members: SampleMember[] = [];
  const titlePools = new Map(DEPARTMENTS.map((d) => [d.key, titlePool(d)]));
  const takeTitle = (dept: Department, en?: string): Words => {
    const pool = titlePools.get(dept.key)!;
    const i = en === undefined ? pool.length - 1 : pool.findIndex((t) => t[0] === en);
    if (i < 0) throw new Error(`${dept.en} has no title ${en} left`);
    const [[titleEn, titleRu]] = pool.splice(i, 1);
    return { en: titleEn, ru: titleRu };
  };

  for (const dept of slots) {
    const fixed = fixedByDept.get(dept.key);
    let person: Pick<SampleMember, 'city' | 'first' | 'last' | 'title' | 'fixedStatus'>;
    if (fixed) {
      fixedByDept.delete(dept.key);
      person = {
        city: CITIES.find((c) => c.key === fixed.city)!,
        first: fixed.first,
        last: fixed.last,
        title: takeTitle(dept, fixed.title),
        fixedStatus: fixed.status,
      };
    } else {
      const city = weightedPick(CITIES, (c) => c.weight);
      const female = chance(dept.female);
      const tatar = city.key === 'kzn' && chance(0.5);
      let first: Name, last: Name;
      for (;;) {
        first = pick(
          tatar ? (female ? TATAR_FEMALE_FIRST : TATAR_MALE_FIRST) : female ? FEMALE_FIRST : MALE_FIRST,
        );
        const surname = pick(tatar ? TATAR_SURNAMES : SURNAMES);
        last = female ? feminine(surname) : surname;
        if (!usedNames.has(`${first[0]} ${last[0]}`)) break;
      }
      usedNames.add(`${first[0]} ${last[0]}`);
      person = { city, first, last, title: takeTitle(dept), fixedStatus: null };
    }
    const local = emailLocal(person.first[1], person.last[1]);
    const n = (usedEmails.get(local) ?? 0) + 1;
    usedEmails.set(local, n);
    members.push({
      ...person,
      dept,
      email: `${local}${n > 1 ? n : ''}@bank.example`,
      id: `E${String(members.length + 1).padStart(4, '0')}`,
      name: { ru: `${person.first[0]} ${person.last[0]}`, en: `${person.first[1]} ${person.last[1]}` },
      // Drawn below, once everyone is there.
      status: person.fixedStatus ?? 'employee',
      workload: 0,
      activity: 0,
      roles: [],
      skills: new Map(),
    });
  }

  drawStatuses(members);
  const activity: Record<MemberStatus, () => number> = {
    ambassador: () => int(12, 50),
    alumni: () => int(3, 22),
    employee: () => (chance(0.55) ? 0 : int(1, 10)),
  };
  const roleCounts: Record<MemberStatus, Record<number, number>> = {
    ambassador: { 0: 15, 1: 50, 2: 35 },
    alumni: { 0: 45, 1: 45, 2: 10 },
    employee: { 0: 93, 1: 7 },
  };
  for (const m of members) {
    m.workload = 5 * (m.status === 'ambassador' ? int(8, 20) : int(4, 20));
    m.activity = activity[m.status]();
    const roleCount = fromTable(roleCounts[m.status]);
    m.roles = shuffle(ROLES).slice(0, roleCount);
    m.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  }
  return members;
}

/** The fixed people keep theirs; the club is drawn with department weights, then the alumni. */
function drawStatuses(members: SampleMember[]) {
  let free = members.filter((m) => m.fixedStatus === null);
  while (members.filter((m) => m.status === 'ambassador').length < AMBASSADORS) {
    const m = weightedPick(free, (x) => x.dept.ambassador);
    m.status = 'ambassador';
    free = free.filter((x) => x !== m);
  }
  for (let i = 0; i < ALUMNI; i++) {
    const m = pick(free);
    m.status = 'alumni';
    free = free.filter((x) => x !== m);
  }
  for (const m of free) m.status = 'employee';
}
