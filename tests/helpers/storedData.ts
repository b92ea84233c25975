// Workspaces as the stored-format, migration and persistence tests build them: two members, two skills,
// three links.
import {
  emptyPlan,
  newMember,
  type LinkTable,
  type Member,
  type Skill,
  type Workspace,
} from '../../src/domain/types';
import type { WorkspaceMeta } from '../../src/store/storedFormat';

export const anna: Member = {
  key: 'i:m1',
  memberId: 'M1',
  name: 'Anna Petrova',
  department: 'IT',
  location: 'Moscow',
  title: 'Lead engineer',
  email: 'anna@example.org',
  status: 'ambassador',
  workload: 40,
  activity: 3,
  roles: ['mentor', 'speaker'],
};
export const boris: Member = newMember({ key: 'n:boris ivanov', name: 'Boris Ivanov' });
export const python: Skill = {
  key: 'i:py',
  skillId: 'PY',
  name: 'Python',
  category: 'Engineering',
  target: 2,
  requiredLevel: 4,
  weight: 1.5,
};
export const sql: Skill = {
  key: 'n:sql',
  skillId: '',
  name: 'SQL',
  category: '',
  target: 1,
  requiredLevel: 3,
  weight: 1,
};

export const linkTable = (
  member: number[],
  skill: number[],
  level: number[],
  interest: number[],
): LinkTable => ({
  member: Uint32Array.from(member),
  skill: Uint32Array.from(skill),
  level: Uint8Array.from(level),
  interest: Uint8Array.from(interest),
});

/** Anna: Python 5, SQL 2; Boris: Python 4 with interest. Anna is marked as leaving. */
export const workspace = (): Workspace => ({
  members: [anna, boris],
  skills: [python, sql],
  links: linkTable([0, 0, 1], [0, 1, 0], [5, 2, 4], [0, 0, 1]),
  plan: { ...emptyPlan(), leaving: ['i:m1'], pinned: [], excluded: [] },
});

export const userMeta: WorkspaceMeta = { origin: 'user', untouchedSample: false, sampleLang: null };
export const sampleMeta: WorkspaceMeta = { origin: 'sample', untouchedSample: true, sampleLang: 'ru' };

/** What schema 2 stored: members and skills as objects, links as typed-array columns. */
export const stored2 = (ws: Record<string, unknown> = workspace() as unknown as Record<string, unknown>) => ({
  schemaVersion: 2,
  savedAt: '2025-01-02T03:04:05.000Z',
  workspace: ws,
  meta: userMeta,
});
