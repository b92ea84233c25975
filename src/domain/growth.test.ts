// Growth candidates (docs/contract.md#growth-candidates), on a hand-made club.
import { describe, expect, test } from 'vitest';
import { analyse } from './analysis';
import { growthCandidates } from './growth';
import { emptyWorkspace, workspaceOf, type Expertise, type Workspace } from './types';
import { link, member, skill } from '../../tests/helpers/workspaces';

// skills (target, required level, weight): Design 2, 3, 2 · Research 1, 4, 3 · Writing 1, 1, 1 · Cloud 1, 3, 1
const design = skill('Design', { target: 2, requiredLevel: 3, weight: 2 });
const research = skill('Research', { target: 1, requiredLevel: 4, weight: 3 });
const writing = skill('Writing', { target: 1, requiredLevel: 1, weight: 1 });
const cloud = skill('Cloud', { target: 1, requiredLevel: 3, weight: 1 });

const anna = member('Anna', 'ambassador', 50);
const boris = member('Boris', 'ambassador', null);
const lev = member('Lev', 'ambassador', 0);
const egor = member('Egor', 'ambassador', 10); // leaving
const vera = member('Vera', 'employee', 40);
const gleb = member('Gleb', 'alumni', 20);
const dina = member('Dina', 'employee', 10);
const fedor = member('Fedor', 'employee', 10);
const ivan = member('Ivan', 'employee', 0);
const zoe = member('Zoe', 'employee', 0);
const nick = member('Nick', 'employee', null);

const interested = (e: Expertise): Expertise => ({ ...e, interest: true });

function club(): Workspace {
  const ws = workspaceOfClub();
  ws.plan = { ...ws.plan, leaving: [egor.key] };
  return ws;
}

function workspaceOfClub(): Workspace {
  return workspaceOfLinks([
    link(anna, design, 2),
    link(anna, cloud, 4),
    interested(link(boris, design, 1)),
    interested(link(lev, design, 2)),
    link(egor, design, 2),
    interested(link(vera, design, 2)),
    link(vera, research, 3),
    link(gleb, design, 2),
    link(dina, design, 2),
    link(fedor, design, 2),
    link(ivan, design, 1), // one level too far and not interested: not close
    link(zoe, design, 3), // holds it already (a candidate, not a growth candidate)
    interested(link(nick, research, 1)), // interested, level 1 < 4: close by interest
  ]);
}

function workspaceOfLinks(links: Expertise[]): Workspace {
  return workspaceOf(
    [anna, boris, lev, egor, vera, gleb, dina, fedor, ivan, zoe, nick],
    [design, research, writing, cloud],
    links,
  );
}

const table = (ws: Workspace) =>
  growthCandidates(analyse(ws, { locale: 'en' }), 'en').map(({ entry, candidates }) => [
    entry.skill.name,
    candidates.map((c) => `${c.member.name} ${c.level}${c.interest ? '*' : ''}${c.ambassador ? ' A' : ''}`),
  ]);

describe('growthCandidates', () => {
  test('gap skills in gap report order, each with its candidates in order', () => {
    // Gaps: Design 2 − 0 = 2 (nobody in the club at 3; Zoe is an employee); Research 1 − 0 = 1, weight 3;
    // Writing 1 − 0 = 1, weight 1; Cloud covered by Anna (4 ≥ 3), so not listed.
    expect(table(club())).toEqual([
      [
        'Design',
        [
          // Ambassadors first: Lev and Anna at 2 = 3 − 1 (Lev interested, so first), then Boris at 1 by interest.
          'Lev 2* A',
          'Anna 2 A',
          'Boris 1* A',
          // Then the others: Vera (2, interested), then Dina and Fedor (2, workload 10, by name), Gleb (2, 20).
          'Vera 2*',
          'Dina 2',
          'Fedor 2',
          'Gleb 2',
        ],
      ],
      // Research requires 4: Vera at 3 = 4 − 1, Nick at 1 by interest.
      ['Research', ['Vera 3', 'Nick 1*']],
      // Writing requires 1: one level below is 0, no expertise — nobody is close without a link.
      ['Writing', []],
    ]);
  });

  test('a leaving ambassador is no growth candidate', () => {
    const design = table(club())[0][1] as string[];
    expect(design.some((c) => c.startsWith('Egor'))).toBe(false);
    // Without the mark, Egor (2, workload 10) comes after the interested Lev and before Anna (workload 50).
    const stayed = table(workspaceOfClub())[0][1] as string[];
    expect(stayed.slice(0, 3)).toEqual(['Lev 2* A', 'Egor 2 A', 'Anna 2 A']);
  });

  test('unknown workload comes after known at the same level and interest', () => {
    const ws = workspaceOfLinks([link(nick, design, 2), link(fedor, design, 2)]);
    expect(table(ws)[0]).toEqual(['Design', ['Fedor 2', 'Nick 2']]);
  });

  test('interest without a level is level 0: close to any required level, ambassadors first still', () => {
    // Writing requires 1 (target 1, nobody holds it): Boris (ambassador) and Ivan, Gleb want it with no level.
    // Design requires 3: Gleb wants it with no level, after Dina's 2 (higher level first); Dina's 0 without
    // interest is no wish at all (workspaceOf leaves it out, as the import does).
    const ws = workspaceOfLinks([
      interested(link(ivan, writing, 0)),
      interested(link(gleb, writing, 0)),
      interested(link(boris, writing, 0)),
      link(dina, design, 2),
      interested(link(gleb, design, 0)),
      link(fedor, writing, 0),
    ]);
    const rows = table(ws);
    // Writing: Boris first (ambassador), then Ivan (workload 0) before Gleb (20).
    expect(rows.find(([name]) => name === 'Writing')).toEqual([
      'Writing',
      ['Boris 0* A', 'Ivan 0*', 'Gleb 0*'],
    ]);
    expect(rows.find(([name]) => name === 'Design')).toEqual(['Design', ['Dina 2', 'Gleb 0*']]);
    // The wishes are no coverage: Writing's gap stays 1 − 0 = 1.
    const analysis = analyse(ws, { locale: 'en' });
    expect(analysis.bySkill.get(writing.key)).toMatchObject({ coverage: 0, gap: 1 });
  });

  test('a leaving ambassador’s wish is no growth candidate either', () => {
    const ws = workspaceOfLinks([interested(link(egor, writing, 0)), interested(link(ivan, writing, 0))]);
    ws.plan = { ...ws.plan, leaving: [egor.key] };
    expect(table(ws).find(([name]) => name === 'Writing')).toEqual(['Writing', ['Ivan 0*']]);
  });

  test('an empty workspace has no gap skills to grow into', () => {
    expect(growthCandidates(analyse(emptyWorkspace(), { locale: 'en' }), 'en')).toEqual([]);
  });
});
