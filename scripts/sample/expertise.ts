// The sample's expertise: first drawn at random (department affinity, ambassadors skewed higher), then nudged
// skill by skill until the outcome each skill plans (organisation.ts) holds.
import type { MemberStatus } from '../../src/domain/types';
import type { SampleMember } from './members';
import { MAX_SKILLS, SKILLS, type PlannedSkill } from './organisation';
import { chance, fromTable, int, weightedPick } from './random';
import { skillOutcome } from './workspace';

type Member = SampleMember;
type Skill = PlannedSkill;

const affine = (m: Member, s: Skill) => s.aff.includes('*') || s.aff.includes(m.dept.key);
const level = (m: Member, s: Skill) => m.skills.get(s.id)?.level ?? 0;
const isAmbassador = (m: Member) => m.status === 'ambassador';
/** At or above the skill's required level: whom a nudge may lower or leaves alone. */
const qualifies = (m: Member, s: Skill) => level(m, s) >= s.req;

const LEVELS: Record<MemberStatus, Record<number, number>> = {
  ambassador: { 1: 4, 2: 14, 3: 32, 4: 32, 5: 18 },
  alumni: { 1: 8, 2: 20, 3: 32, 4: 28, 5: 12 },
  employee: { 1: 16, 2: 28, 3: 30, 4: 18, 5: 8 },
};

const SKILL_COUNTS: Record<MemberStatus, Record<number, number>> = {
  ambassador: { 4: 2, 5: 3, 6: 3, 7: 2, 8: 1 },
  alumni: { 3: 2, 4: 3, 5: 3, 6: 2, 7: 1 },
  employee: { 2: 2, 3: 4, 4: 4, 5: 3, 6: 2, 7: 1 },
};

const DOMAIN = new Set(['tech', 'data', 'business']);

const interestFor = (lvl: number) => chance(lvl <= 2 ? 0.35 : lvl === 3 ? 0.2 : 0.07);

export function drawExpertise(members: Member[]) {
  for (const m of members) {
    const count = fromTable(SKILL_COUNTS[m.status]);
    let pool = SKILLS.slice();
    for (let i = 0; i < count; i++) {
      const s = weightedPick(pool, (x) => {
        let w = 0.3;
        if (x.aff.includes(m.dept.key)) w += 7;
        else if (x.aff.includes('*')) w += 2.5;
        if (isAmbassador(m) && (x.cat === 'speaking' || x.cat === 'community')) w += 2.5;
        return w;
      });
      pool = pool.filter((x) => x !== s);
      let lvl = fromTable(LEVELS[m.status]);
      if (s.aff.includes(m.dept.key) && lvl < 5 && chance(0.35)) lvl += 1;
      // Outside their own department people rarely master a domain skill.
      if (!affine(m, s) && DOMAIN.has(s.cat)) lvl = Math.min(3, lvl > 1 && chance(0.5) ? lvl - 1 : lvl);
      m.skills.set(s.id, { level: lvl, interest: interestFor(lvl), pinned: false });
    }
  }
}

/** A level at or above the required one, mostly just at it. */
const qualifyingLevel = (s: Skill) =>
  s.req >= 4 ? fromTable({ 4: 3, 5: 1 }) : fromTable({ 3: 5, 4: 3, 5: 1 });

/** Lowers a link below the required level (keeps it a link). */
function lower(m: Member, s: Skill) {
  const e = m.skills.get(s.id)!;
  e.level = int(Math.max(1, s.req - 2), s.req - 1);
  if (chance(0.3)) e.interest = true;
}

/**
 * Makes one member of `pool` qualify in `s`: people of the skill's departments first (raising a link they have
 * below the level, else adding one), then anyone.
 */
function raiseOne(pool: Member[], s: Skill) {
  const below = (m: Member) => m.skills.has(s.id) && !qualifies(m, s);
  const open = (m: Member) => !m.skills.has(s.id) && m.skills.size < MAX_SKILLS;
  const tiers = [
    pool.filter((m) => affine(m, s) && below(m)),
    pool.filter((m) => affine(m, s) && open(m)),
    pool.filter((m) => !affine(m, s) && below(m)),
    pool.filter((m) => !affine(m, s) && open(m)),
  ];
  const tier = tiers.find((t) => t.length > 0);
  if (!tier) throw new Error(`no member left to give ${s.en}`);
  const m = weightedPick(tier, (x) => 1 + level(x, s));
  const lvl = qualifyingLevel(s);
  const e = m.skills.get(s.id);
  if (e) e.level = lvl;
  else m.skills.set(s.id, { level: lvl, interest: interestFor(lvl), pinned: false });
}

/** Lowers unpinned qualifying members of `pool` (outsiders first) until at most `max` qualify. */
function trimTo(pool: Member[], s: Skill, max: number) {
  let over = pool.filter((m) => qualifies(m, s));
  while (over.length > max) {
    const unpinned = over.filter((m) => !m.skills.get(s.id)!.pinned);
    if (unpinned.length === 0) throw new Error(`cannot trim ${s.en}`);
    const m = weightedPick(unpinned, (x) => (affine(x, s) ? 1 : 4) * (6 - level(x, s)));
    lower(m, s);
    over = over.filter((x) => x !== m);
  }
}

/** Hands a skill held by an outsider over to an ambassador of the skill's departments, where there is one. */
function preferInsiders(ambassadors: Member[], s: Skill) {
  const outsiders = ambassadors.filter(
    (m) => qualifies(m, s) && !affine(m, s) && !m.skills.get(s.id)!.pinned,
  );
  for (const m of outsiders) {
    const insiders = ambassadors.filter(
      (x) => affine(x, s) && !qualifies(x, s) && (x.skills.has(s.id) || x.skills.size < MAX_SKILLS),
    );
    if (insiders.length === 0) return;
    lower(m, s);
    raiseOne(ambassadors, s);
  }
}

export function shapeExpertise(members: Member[]) {
  const byName = new Map(members.map((m) => [m.name.en, m]));
  const pin = (name: string, skillEn: string, lvl: number, interest: boolean) => {
    const m = byName.get(name)!;
    const s = SKILLS.find((x) => x.en === skillEn)!;
    m.skills.set(s.id, { level: lvl, interest, pinned: true });
  };
  // The unique mobile expert of the club, and a strong data scientist outside it who would close the ML gap.
  pin('Pyotr Semyonov', 'Mobile development', 5, false);
  pin('Alyona Korolyova', 'Machine learning', 4, true);
  pin('Alyona Korolyova', 'Generative AI', 3, true);

  const ambassadors = members.filter(isAmbassador);
  const others = members.filter((m) => !isAmbassador(m));
  for (const s of SKILLS) {
    // Coverage (ambassadors at the level) and candidates (the others at it), as the app's analysis counts them.
    const coverage = () => skillOutcome(members, s).coverage;
    const candidates = () => skillOutcome(members, s).candidateCount;
    switch (s.plan) {
      case 'gap':
      case 'gap0': {
        const cov = s.cov ?? 0;
        if (!(cov < s.target)) throw new Error(`${s.en}: a gap needs cov < target`);
        trimTo(ambassadors, s, cov);
        while (coverage() < cov) raiseOne(ambassadors, s);
        preferInsiders(ambassadors, s);
        if (s.plan === 'gap0') trimTo(others, s, 0);
        else while (candidates() < (s.minCand ?? 0)) raiseOne(others, s);
        break;
      }
      case 'single':
        if (s.target !== 1) throw new Error(`${s.en}: a single holder needs target 1`);
        trimTo(ambassadors, s, 1);
        if (coverage() === 0) raiseOne(ambassadors, s);
        preferInsiders(ambassadors, s);
        break;
      case 'covered':
        while (coverage() < Math.max(2, s.target)) raiseOne(ambassadors, s);
        break;
    }
  }
}
