// The pseudonymised workspace: pseudonyms keyed by a secret, small groups merged, the plan following, and the gap
// numbers unchanged (a property over random clubs and the hand-made club).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyse } from './analysis';
import {
  keptGroupsOf,
  memberKeysOf,
  pseudonymiseExport,
  pseudonymiseWorkspace,
  pseudonymsFor,
  pseudonymsFromDigests,
  secretProblem,
  type PseudonymiseOptions,
} from './pseudonymise';
import type { IntakeSnapshotData } from './intakes';
import { newMember, workspaceOf, type Member, type Workspace } from './types';
import { STATUSES, linksOf, randomLinkDraws, randomSkills } from '../../tests/helpers/randomClubs';
import { anna, boris, club, dina, gleb, link, python, skill, vera } from '../../tests/helpers/workspaces';

const SECRET = 'correct horse battery';

async function pseudonymised(workspace: Workspace, k = 5, secret = SECRET): Promise<Workspace> {
  const result = await pseudonymsFor(
    crypto.subtle,
    secret,
    workspace.members.map((m) => m.key),
  );
  if (!result.ok) throw new Error(result.problem);
  return pseudonymiseWorkspace(workspace, {
    pseudonymOf: (key) => result.pseudonyms.get(key)!,
    k,
    otherLabel: 'Other',
  });
}

/** The gap report's numbers per skill key, in skill order: what must not change. */
function gapNumbers(workspace: Workspace) {
  return analyse(workspace, { locale: 'en' }).skills.map((e) => ({
    skill: e.skill.key,
    coverage: e.coverage,
    gap: e.gap,
    status: e.status,
    candidateCount: e.candidateCount,
  }));
}

/** A fake HMAC: each key's pseudonym given outright, to test the pure part without WebCrypto. */
const byName = (_workspace: Workspace): PseudonymiseOptions => ({
  pseudonymOf: (key) => `P-${key.replace(/^n:/, '').toUpperCase()}`,
  k: 2,
  otherLabel: 'Other',
});

describe('secret', () => {
  test('an empty or blank secret and one shorter than 8 characters are refused', async () => {
    expect(secretProblem('')).toBe('empty');
    expect(secretProblem('   ')).toBe('empty');
    expect(secretProblem('1234567')).toBe('short');
    expect(secretProblem('ёжик🦔ёж')).toBe('short'); // 7 characters, more UTF-16 units
    expect(secretProblem('12345678')).toBeNull();
    expect(await pseudonymsFor(crypto.subtle, 'short', ['n:anna'])).toEqual({ ok: false, problem: 'short' });
  });
});

describe('pseudonyms', () => {
  test('the same secret gives the same pseudonyms; another secret other ones; form P- and 8 hex digits', async () => {
    const keys = club.members.map((m) => m.key);
    const first = await pseudonymsFor(crypto.subtle, SECRET, keys);
    const again = await pseudonymsFor(crypto.subtle, SECRET, [...keys].reverse());
    const other = await pseudonymsFor(crypto.subtle, `${SECRET}!`, keys);
    if (!first.ok || !again.ok || !other.ok) throw new Error('refused');
    for (const key of keys) {
      expect(first.pseudonyms.get(key)).toMatch(/^P-[0-9A-F]{8}$/);
      expect(again.pseudonyms.get(key)).toBe(first.pseudonyms.get(key));
      expect(other.pseudonyms.get(key)).not.toBe(first.pseudonyms.get(key));
    }
    expect(new Set(first.pseudonyms.values()).size).toBe(keys.length);
  });

  test('the pseudonym is the HMAC-SHA-256 of the member key under the UTF-8 secret', async () => {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?" → 5bdcc146bf60754e…
    const result = await pseudonymsFor(crypto.subtle, 'Jefe Jefe', ['x']);
    expect(result.ok).toBe(true);
    const hmacKey = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode('Jefe'),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = new Uint8Array(
      await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode('what do ya want for nothing?')),
    );
    expect(Buffer.from(mac).toString('hex').slice(0, 16)).toBe('5bdcc146bf60754e');
  });

  test('members whose first digits coincide get longer pseudonyms; the others keep the short form', () => {
    const pseudonyms = pseudonymsFromDigests(
      new Map([
        ['a', '7f3a9c2b11112222aaaa'],
        ['b', '7f3a9c2b1111ffff0000'],
        ['c', '7f3a9c2bcccc00000000'],
        ['d', '0123456789abcdef0000'],
      ]),
    );
    expect(Object.fromEntries(pseudonyms)).toEqual({
      a: 'P-7F3A9C2B11112222',
      b: 'P-7F3A9C2B1111FFFF',
      c: 'P-7F3A9C2BCCCC',
      d: 'P-01234567',
    });
  });
});

describe('pseudonymiseWorkspace', () => {
  const people = (rows: [name: string, department: string, location: string][]) =>
    rows.map(([name, department, location]) =>
      newMember({
        key: `n:${name}`,
        name,
        department,
        location,
        memberId: `ID-${name}`,
        title: 'Engineer',
        email: `${name}@corp.example`,
      }),
    );

  test('intake snapshots: one key list over all; the same key gets the same pseudonym; groups over all files', async () => {
    const now = workspaceOf(
      people([
        ['anna', 'IT', ''],
        ['boris', 'IT', ''],
      ]),
      [python],
      [],
    );
    const then = workspaceOf(
      people([
        ['anna', 'IT', ''],
        ['zoya', 'HR', ''],
      ]),
      [python],
      [],
    );
    const intakes = [{ name: 'Intake 2025', savedAt: '2025-01-01T00:00:00.000Z', workspace: then }];
    expect(memberKeysOf(now, intakes)).toEqual(['n:anna', 'n:boris', 'n:zoya']);
    const result = await pseudonymsFor(crypto.subtle, SECRET, memberKeysOf(now, intakes));
    if (!result.ok) throw new Error(result.problem);
    const options = { pseudonymOf: (key: string) => result.pseudonyms.get(key)!, k: 2, otherLabel: 'Other' };
    const out = pseudonymiseExport(now, intakes, options);
    const [snapshot] = out.intakes;
    const annaNow = out.workspace.members.map((m) => m.name);
    const annaThen = snapshot.workspace.members.map((m) => m.name);
    expect(annaThen.filter((p) => annaNow.includes(p))).toEqual([result.pseudonyms.get('n:anna')]);
    expect(snapshot).toMatchObject({ name: 'Intake 2025', savedAt: '2025-01-01T00:00:00.000Z' });
    // In the snapshot IT and HR have one person each: both merged.
    expect(snapshot.workspace.members.map((m) => m.department)).toEqual(['Other', 'Other']);
    // IT has 2 now but 1 in the snapshot: merged now too, or the two files together would name Anna's department.
    expect(out.workspace.members.map((m) => m.department)).toEqual(['Other', 'Other']);
    expect(intakes[0].workspace).toBe(then); // the stored snapshot untouched
    expect(then.members.map((m) => m.name)).toEqual(['anna', 'zoya']);
  });

  test('a department of 6 in a snapshot and 2 now is merged in both; one of 6 in both keeps its name in both', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    // Four in HR and Omsk in both files, so that Other is never a group of fewer than 5 at k = 5.
    const four = ['p', 'q', 'r', 's'].map((n): [string, string, string] => [n, 'HR', 'Omsk']);
    const then = workspaceOf(
      people([
        ...six.map((n): [string, string, string] => [n, 'IT', 'Kazan']),
        ['g', 'Sales', 'Perm'],
        ...four,
      ]),
      [python],
      [],
    );
    const now = workspaceOf(
      people([
        ['a', 'IT', 'Kazan'],
        ['b', 'it ', 'Perm'],
        ['c', 'Sales', 'Kazan'],
        ['d', 'Sales', 'Kazan'],
        ['e', 'Sales', 'Kazan'],
        ['f', 'Sales', 'Kazan'],
        ['g', 'Sales', 'Kazan'],
        ['h', 'Sales', 'Perm'],
        ...four,
      ]),
      [python],
      [],
    );
    const options = { ...byName(now), k: 5 };
    const departments = (ws: Workspace) => Object.fromEntries(ws.members.map((m) => [m.name, m.department]));
    const locations = (ws: Workspace) => Object.fromEntries(ws.members.map((m) => [m.name, m.location]));
    // As before: each file on its own would keep IT in the snapshot and merge it now, showing who the 2 are.
    expect(departments(pseudonymiseWorkspace(then, options))['P-A']).toBe('IT');
    const intakes = [{ name: 'Spring', savedAt: '2025-03-01T00:00:00.000Z', workspace: then }];
    const out = pseudonymiseExport(now, intakes, options);
    const snapshot = out.intakes[0].workspace;
    expect(new Set(Object.values(departments(snapshot)))).toEqual(new Set(['Other']));
    expect(departments(out.workspace)).toMatchObject({ 'P-A': 'Other', 'P-B': 'Other' });
    // Sales: 1 then (merged), 6 now: merged now too. Kazan: 6 then, 6 now: kept in both. Perm: 1 then, 2 now;
    // with Omsk's 4, Other has 5 then and 6 now.
    expect(departments(out.workspace)['P-C']).toBe('Other');
    expect(locations(snapshot)).toEqual({
      ...Object.fromEntries(six.map((n) => [`P-${n.toUpperCase()}`, 'Kazan'])),
      'P-G': 'Other',
      ...Object.fromEntries(four.map(([n]) => [`P-${n.toUpperCase()}`, 'Other'])),
    });
    expect(Object.values(locations(out.workspace)).filter((l) => l === 'Kazan')).toHaveLength(6);
    expect(Object.values(locations(out.workspace)).filter((l) => l === 'Other')).toHaveLength(6);
    // The reverse order (2 then, 6 now) is the same decision.
    const reverse = pseudonymiseExport(then, [{ ...intakes[0], workspace: now }], options);
    expect(new Set(reverse.workspace.members.map((m) => m.department))).toEqual(new Set(['Other']));
    // A department absent from a file is judged by the files it is in.
    const sixEverywhere = pseudonymiseExport(then, [{ ...intakes[0], workspace: then }], options);
    expect(
      sixEverywhere.intakes[0].workspace.members.map((m) => m.department).filter((d) => d === 'IT'),
    ).toHaveLength(6);
    // At k = 2, HR and Omsk (4 each) are named at first, but Other then holds Sales' and Perm's 1: they join it.
    expect(keptGroupsOf([then, now], 2, 'Other')).toEqual({
      department: new Map([['it', 'IT']]),
      location: new Map([['kazan', 'Kazan']]),
    });
  });

  test('a small Other takes in the smallest named group (ties: by identity), once for all files', () => {
    // A workspace with the given number of members in each department.
    const file = (groups: Record<string, number>, from = 0) => {
      const rows: [string, string, string][] = [];
      for (const [department, count] of Object.entries(groups))
        for (let i = 0; i < count; i++) rows.push([`m${from + rows.length}`, department, '']);
      return workspaceOf(people(rows), [python], []);
    };
    const departmentsOf = (ws: Workspace) => {
      const counts = new Map<string, number>();
      for (const m of ws.members) counts.set(m.department, (counts.get(m.department) ?? 0) + 1);
      return Object.fromEntries(counts);
    };
    const alone = (groups: Record<string, number>) =>
      departmentsOf(pseudonymiseWorkspace(file(groups), { ...byName(file(groups)), k: 5 }));
    // HR's 1 person alone in Other would be known: IT (5, fewer than Sales) joins Other.
    expect(alone({ Sales: 6, IT: 5, HR: 1 })).toEqual({ Sales: 6, Other: 6 });
    // A tie goes by identity: "it" before "sales".
    expect(alone({ Sales: 5, IT: 5, HR: 1 })).toEqual({ Sales: 5, Other: 6 });
    // Other already of k or more, or empty: nothing more merged.
    expect(alone({ Sales: 6, IT: 5, HR: 3, Ops: 2 })).toEqual({ Sales: 6, IT: 5, Other: 5 });
    expect(alone({ Sales: 6, IT: 5 })).toEqual({ Sales: 6, IT: 5 });
    // Everything can end in Other; a file with nobody named keeps its small Other.
    expect(alone({ IT: 5, HR: 1 })).toEqual({ Other: 6 });
    expect(alone({ HR: 2 })).toEqual({ Other: 2 });
    // A department spelt like Other is part of Other: "other" (6) and HR (1) are one Other of 7.
    expect(alone({ other: 6, HR: 1, Sales: 5 })).toEqual({ Other: 7, Sales: 5 });

    // Over a zip: only the snapshot has a small Other (HR 2), so IT, its smallest named group, is merged in
    // the workspace as well, where Other then holds IT's 5.
    const now = file({ IT: 5, Sales: 5 });
    const then = file({ IT: 5, Sales: 6, HR: 2 }, 100);
    const intakes = [{ name: 'Spring', savedAt: '2025-03-01T00:00:00.000Z', workspace: then }];
    const out = pseudonymiseExport(now, intakes, { ...byName(now), k: 5 });
    expect(departmentsOf(out.workspace)).toEqual({ Other: 5, Sales: 5 });
    expect(departmentsOf(out.intakes[0].workspace)).toEqual({ Other: 7, Sales: 6 });
    expect(keptGroupsOf([now, then], 5, 'Other').department).toEqual(new Map([['sales', 'Sales']]));
  });

  test('a kept group is written in its most common spelling over all files (ties: character order)', () => {
    const rows = (spellings: string[], from: number) =>
      spellings.map((department, i): [string, string, string] => [`m${from + i}`, department, 'Kazan']);
    const now = workspaceOf(
      people(rows(['Sales', 'Sales', 'Sales', 'sales ', 'sales', 'IT', 'it'], 0)),
      [python],
      [],
    );
    const then = workspaceOf(
      people(rows(['sales', 'sales', 'sales', ' SALES', 'IT', 'it'], 100)),
      [python],
      [],
    );
    const intakes = [{ name: 'Spring', savedAt: '2025-03-01T00:00:00.000Z', workspace: then }];
    const out = pseudonymiseExport(now, intakes, { ...byName(now), k: 2 });
    // "sales" 5 times over both files (one with a trailing space), "Sales" 3, "SALES" 1; "IT" and "it" twice each.
    expect(new Set(out.workspace.members.map((m) => m.department))).toEqual(new Set(['sales', 'IT']));
    expect(new Set(out.intakes[0].workspace.members.map((m) => m.department))).toEqual(
      new Set(['sales', 'IT']),
    );
    // On its own the workspace has "Sales" 3 times against "sales" twice.
    expect(
      new Set(pseudonymiseWorkspace(now, { ...byName(now), k: 2 }).members.map((m) => m.department)),
    ).toEqual(new Set(['Sales', 'IT']));
  });

  test('names, ids and emails become the pseudonym or empty; titles are dropped; the key is the pseudonym id', () => {
    const ws = workspaceOf(people([['anna', 'IT', 'Kazan']]), [python], []);
    const [m] = pseudonymiseWorkspace(ws, byName(ws)).members;
    expect(m).toMatchObject({ name: 'P-ANNA', memberId: 'P-ANNA', email: '', title: '', key: 'i:p-anna' });
  });

  test('locations of fewer than k people merge into Other, at the k-1 / k / k+1 boundary', () => {
    // Kazan 5 people (one spelt "kazan ", written "Kazan"), Perm, Omsk and Ufa 2 each (Other holds 6 where they merge)
    const ws = workspaceOf(
      people([
        ['a', 'IT', 'Kazan'],
        ['b', 'IT', 'kazan '],
        ['c', 'IT', 'Kazan'],
        ['d', 'IT', 'Kazan'],
        ['e', 'IT', 'Kazan'],
        ['f', 'IT', 'Perm'],
        ['g', 'IT', 'Perm'],
        ['h', 'IT', 'Omsk'],
        ['i', 'IT', 'Omsk'],
        ['j', 'IT', 'Ufa'],
        ['k', 'IT', 'Ufa'],
      ]),
      [python],
      [],
    );
    const locations = (k: number) =>
      pseudonymiseWorkspace(ws, { ...byName(ws), k }).members.map((m) => m.location);
    const others = Array<string>(6).fill('Other');
    expect(locations(4)).toEqual(['Kazan', 'Kazan', 'Kazan', 'Kazan', 'Kazan', ...others]);
    expect(locations(5)).toEqual(['Kazan', 'Kazan', 'Kazan', 'Kazan', 'Kazan', ...others]);
    expect(locations(6)).toEqual(Array<string>(11).fill('Other'));
    expect(locations(2)).toEqual([
      'Kazan',
      'Kazan',
      'Kazan',
      'Kazan',
      'Kazan',
      'Perm',
      'Perm',
      'Omsk',
      'Omsk',
      'Ufa',
      'Ufa',
    ]);
    expect(locations(1)).toEqual(locations(2));
  });

  test('IT with 4 people: kept at k = 4 and k = 3, merged at k = 5; an empty department stays empty', () => {
    const ws = workspaceOf(
      people([
        ['a', 'IT', ''],
        ['b', 'IT', ''],
        ['c', 'IT', ''],
        ['d', 'IT', ''],
        ['e', '', ''],
      ]),
      [python],
      [],
    );
    const departments = (k: number) =>
      pseudonymiseWorkspace(ws, { ...byName(ws), k }).members.map((m) => m.department);
    expect(departments(3)).toEqual(['IT', 'IT', 'IT', 'IT', '']);
    expect(departments(4)).toEqual(['IT', 'IT', 'IT', 'IT', '']);
    expect(departments(5)).toEqual(['Other', 'Other', 'Other', 'Other', '']);
    expect(pseudonymiseWorkspace(ws, { ...byName(ws), k: 5 }).members.map((m) => m.location)).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  test('the plan marks follow the pseudonyms; member aliases are dropped, skill aliases and settings stay', () => {
    const ws: Workspace = {
      ...club,
      plan: {
        ...club.plan,
        leaving: [anna.key],
        pinned: [vera.key, dina.key],
        excluded: [gleb.key],
        settings: { ...club.plan.settings, size: 3, maxPerDepartment: 2 },
        aliases: [
          { kind: 'member', alias: 'n:anna smith', key: anna.key },
          { kind: 'skill', alias: 's:py', key: python.key },
        ],
      },
    };
    const out = pseudonymiseWorkspace(ws, byName(ws));
    expect(out.plan.leaving).toEqual(['i:p-anna']);
    expect(out.plan.pinned).toEqual(['i:p-vera', 'i:p-dina']);
    expect(out.plan.excluded).toEqual(['i:p-gleb']);
    expect(out.plan.settings).toEqual(ws.plan.settings);
    expect(out.plan.aliases).toEqual([{ kind: 'skill', alias: 's:py', key: python.key }]);
    expect(JSON.stringify(out)).not.toContain('anna smith');
  });

  test('members are put in pseudonym order and the links follow them', () => {
    const ws = workspaceOf([boris, anna], [python], [link(boris, python, 3), link(anna, python, 5)]);
    const out = pseudonymiseWorkspace(ws, byName(ws));
    expect(out.members.map((m) => m.name)).toEqual(['P-ANNA', 'P-BORIS']);
    expect([...out.links.member]).toEqual([0, 1]);
    expect([...out.links.level]).toEqual([5, 3]);
  });

  test('two members given one pseudonym stay two members', () => {
    const ws = workspaceOf([anna, boris], [python], [link(anna, python, 5), link(boris, python, 3)]);
    const out = pseudonymiseWorkspace(ws, { pseudonymOf: () => 'P-SAME', k: 1, otherLabel: 'Other' });
    expect(new Set(out.members.map((m) => m.key)).size).toBe(2);
    expect(gapNumbers(out)).toEqual(gapNumbers(ws));
  });

  test('the hand-made club keeps every gap number, with leavers and pins', async () => {
    const ws: Workspace = { ...club, plan: { ...club.plan, leaving: [boris.key], pinned: [dina.key] } };
    const out = await pseudonymised(ws);
    expect(gapNumbers(out)).toEqual(gapNumbers(ws));
    expect(out.members.map((m) => m.name).sort()).not.toContain('Anna');
  });
});

// Random clubs with departments, locations, titles, emails, ids and plan marks.
const POOL = ['Анна', 'анна', 'Ёлкин', 'Елкин', 'Boris', 'boris ', 'Zoe', 'Яна'];
const clubArb = fc
  .record({
    members: fc.array(
      fc.record({
        name: fc.constantFrom(...POOL),
        id: fc.option(fc.constantFrom('007', '7', 'A1', 'a1 ', 'B2'), { nil: '' }),
        department: fc.constantFrom('', 'IT', 'it', 'Sales', 'HR', 'Other'),
        location: fc.constantFrom('', 'Kazan', 'Perm', 'Omsk'),
        status: fc.constantFrom(...STATUSES),
        workload: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
        mark: fc.constantFrom('none', 'leaving', 'pinned', 'excluded'),
      }),
      { maxLength: 12 },
    ),
    skills: randomSkills({ maxTarget: 4, weights: [0.5, 1, 2, 3], maxSkills: 5 }),
    links: randomLinkDraws(40),
    k: fc.integer({ min: 1, max: 7 }),
  })
  .map(({ members, skills, links, k }) => {
    const ms: Member[] = members.map((m, i) =>
      newMember({
        key: m.id ? `i:${i}` : `n:${i}`,
        name: m.name,
        memberId: m.id,
        department: m.department,
        location: m.location,
        title: 'Lead',
        email: `${i}@corp.example`,
        status: m.status,
        workload: m.workload,
      }),
    );
    const marked = (mark: string) => ms.filter((_, i) => members[i].mark === mark).map((m) => m.key);
    const base = workspaceOf(ms, skills, linksOf(ms, skills, links));
    const workspace: Workspace = {
      ...base,
      plan: {
        ...base.plan,
        leaving: marked('leaving'),
        pinned: marked('pinned'),
        excluded: marked('excluded'),
      },
    };
    return { workspace, k };
  });

describe('pseudonymised workspace properties', () => {
  test('every gap number equals the original’s; no name, id, email or title survives; no group under k', async () => {
    await fc.assert(
      fc.asyncProperty(clubArb, async ({ workspace, k }) => {
        const out = await pseudonymised(workspace, k);
        expect(gapNumbers(out)).toEqual(gapNumbers(workspace));
        expect(out.members).toHaveLength(workspace.members.length);
        expect(new Set(out.members.map((m) => m.key)).size).toBe(workspace.members.length);
        expect(out.plan.leaving).toHaveLength(workspace.plan.leaving.length);
        expect(out.plan.pinned).toHaveLength(workspace.plan.pinned.length);
        expect(out.plan.excluded).toHaveLength(workspace.plan.excluded.length);
        for (const m of out.members) {
          expect(m.name).toMatch(/^P-[0-9A-F]{8}/);
          expect(m.memberId).toBe(m.name);
          expect(m.email).toBe('');
          expect(m.title).toBe('');
          expect(POOL).not.toContain(m.name);
        }
        for (const field of ['department', 'location'] as const) {
          const counts = new Map<string, number>();
          for (const m of out.members) {
            const group = m[field].trim().toLowerCase();
            if (group !== '' && group !== 'other') counts.set(group, (counts.get(group) ?? 0) + 1);
          }
          for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(k);
          // Other is empty, of k or more, or everyone with a value (nothing left to merge into it).
          const other = out.members.filter((m) => m[field] === 'Other').length;
          if (counts.size > 0 && other > 0) expect(other).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('across the workspace and its snapshots, no department or location is named in one file and merged in another', () => {
    const MERGED = '(merged)';
    const fileArb = fc.uniqueArray(
      fc.record({
        person: fc.integer({ min: 0, max: 11 }),
        department: fc.constantFrom('', 'IT', 'it ', 'Sales', 'HR', 'Other'),
        location: fc.constantFrom('', 'Kazan', 'kazan', 'Perm'),
      }),
      { selector: (row) => row.person, maxLength: 12 },
    );
    const zipArb = fc.record({
      files: fc.array(fileArb, { minLength: 1, maxLength: 4 }),
      k: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(zipArb, ({ files, k }) => {
        const workspaces = files.map((rows) =>
          workspaceOf(
            rows.map((r) =>
              newMember({
                key: `i:${r.person}`,
                name: `Person ${r.person}`,
                memberId: String(r.person),
                department: r.department,
                location: r.location,
              }),
            ),
            [python],
            [],
          ),
        );
        const intakes: IntakeSnapshotData[] = workspaces
          .slice(1)
          .map((workspace, i) => ({ name: `S${i}`, savedAt: '2025-01-01T00:00:00.000Z', workspace }));
        const out = pseudonymiseExport(workspaces[0], intakes, {
          pseudonymOf: (key) => `P-${key.slice(2)}`,
          k,
          otherLabel: MERGED,
        });
        const outFiles = [out.workspace, ...out.intakes.map((intake) => intake.workspace)];
        for (const field of ['department', 'location'] as const) {
          // Per group (by identity): was it named or merged, in each file where someone holds it?
          const fates = new Map<string, Set<'named' | 'merged'>>();
          // Per named group, its spellings over all files: one, or a member's own spelling could single them out.
          const spellings = new Map<string, Set<string>>();
          const perFile = outFiles.map((ws, f) => {
            const original = new Map(workspaces[f].members.map((m) => [`P-${m.key.slice(2)}`, m]));
            const counts = new Map<string, number>();
            for (const m of ws.members) {
              const was = original.get(m.name)![field];
              const group = was.trim().toLowerCase();
              if (group === '') {
                expect(m[field]).toBe('');
                continue;
              }
              const fate = m[field] === MERGED ? 'merged' : 'named';
              if (fate === 'named') {
                expect(m[field].trim().toLowerCase()).toBe(group);
                spellings.set(group, (spellings.get(group) ?? new Set()).add(m[field]));
              }
              fates.set(group, (fates.get(group) ?? new Set()).add(fate));
              if (fate === 'named') counts.set(group, (counts.get(group) ?? 0) + 1);
            }
            return counts;
          });
          for (const [group, seen] of fates) expect(seen.size, `${field} ${group}`).toBe(1);
          for (const [group, seen] of spellings) expect([...seen], `${field} ${group}`).toHaveLength(1);
          // A named group has at least k people in every file that names it; Other is empty, of k or more, or
          // everyone with a value in that file.
          perFile.forEach((counts, f) => {
            for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(k);
            const other = outFiles[f].members.filter((m) => m[field] === MERGED).length;
            if (counts.size > 0 && other > 0)
              expect(other, `${field} Other in file ${f}`).toBeGreaterThanOrEqual(k);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a skill named like nothing personal keeps its name', async () => {
    const s = skill('Python');
    const out = await pseudonymised(workspaceOf([anna], [s], [link(anna, s, 4)]));
    expect(out.skills[0].name).toBe('Python');
  });
});
