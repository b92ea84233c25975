// The stored workspace's schema changes, as steps from one version to the next. Each step takes the stored
// `workspace` part of its `from` version and gives that of its `to` version, or null when the data cannot be
// read (it is then set aside as corrupt). restoreStored runs the steps in order up to the current version.
import type { Expertise } from '../domain/types';
import { emptyPlan, workspaceOf } from '../domain/types';
import { encodeMemberColumns, isObject, restoreAll, restoreMember, restoreSkill } from './storedRecords';

type StoredPart = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  apply: (workspace: StoredPart) => StoredPart | null;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // 1: links as a list of keyed expertise objects → 2: links as typed-array columns of member/skill indexes.
    from: 1,
    to: 2,
    apply: (ws) => {
      if (!Array.isArray(ws.members) || !Array.isArray(ws.skills) || !Array.isArray(ws.expertise))
        return null;
      // Links name members and skills by key here, so unreadable ones can be left out before indexes exist.
      const members = restoreAll(ws.members, restoreMember);
      const skills = restoreAll(ws.skills, restoreSkill);
      const expertise: Expertise[] = ws.expertise.filter(isObject).map((e) => ({
        memberKey: String(e.memberKey),
        skillKey: String(e.skillKey),
        level: Number(e.level),
        interest: e.interest === true,
      }));
      const { links } = workspaceOf(
        members,
        skills,
        expertise.filter((e) => e.level >= 1 && e.level <= 5),
      );
      const { expertise: _list, ...rest } = ws;
      return { ...rest, members, skills, links };
    },
  },
  {
    // 2: members as objects → 3: members as columns, one per field (storing 20,000 objects cost 3× more).
    from: 2,
    to: 3,
    apply: (ws) => {
      if (!Array.isArray(ws.members)) return null;
      const members = restoreAll(ws.members, restoreMember);
      // Links point at members by index: dropping an unreadable one would shift the rest onto other people.
      if (members.length !== ws.members.length) return null;
      return { ...ws, members: encodeMemberColumns(members) };
    },
  },
  {
    // 3 (early) had no plan of leavers, pins and exclusions → 4: always a plan, empty when none was kept.
    from: 3,
    to: 4,
    apply: (ws) => (isObject(ws.plan) ? ws : { ...ws, plan: emptyPlan() }),
  },
  {
    // 4 → 5: the plan gains settings, skill baselines and aliases; a 4 had none, so the defaults and empty
    // lists are exactly what it meant (the cohort size lived outside the workspace, at 10 unless changed).
    from: 4,
    to: 5,
    apply: (ws) => {
      if (!isObject(ws.plan)) return null;
      const { settings, baseline, aliases } = emptyPlan();
      return { ...ws, plan: { settings, baseline, aliases, ...ws.plan } };
    },
  },
  {
    // 5 → 6: the plan gains the community roles' targets and the activity thresholds; a 5 had none, so every
    // role at target 1 and the default thresholds are what it meant.
    from: 5,
    to: 6,
    apply: (ws) => {
      if (!isObject(ws.plan)) return null;
      const { roleTargets, activityThresholds } = emptyPlan();
      return { ...ws, plan: { roleTargets, activityThresholds, ...ws.plan } };
    },
  },
];

/** The stored workspace part migrated from version `from` to `to`; null when a step is missing or fails. */
export function migrate(workspace: StoredPart, from: number, to: number): StoredPart | null {
  let part: StoredPart | null = workspace;
  let version = from;
  while (part && version < to) {
    const step = MIGRATIONS.find((s) => s.from === version);
    if (!step) return null;
    part = step.apply(part);
    version = step.to;
  }
  return version === to ? part : null;
}
