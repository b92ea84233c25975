// The shapes of an expertise map (SPEC "Data model"). Pure data: no React, no storage.

export type MemberStatus = 'ambassador' | 'employee' | 'alumni';
export type SkillStatus = 'gap' | 'single_holder' | 'covered';

export interface Member {
  /** Internal identity key (`i:<normalised id>` or `n:<normalised name>`); never shown or exported. */
  key: string;
  /** The id a file gave, or '' when none did. */
  memberId: string;
  name: string;
  department: string;
  location: string;
  title: string;
  email: string;
  status: MemberStatus;
  /** 0–100 %, null when unknown. */
  workload: number | null;
  activity: number | null;
  roles: string[];
}

export interface Skill {
  key: string;
  skillId: string;
  name: string;
  /** '' means uncategorised; the UI shows its localised name. */
  category: string;
  target: number;
  requiredLevel: number;
  weight: number;
}

export interface Expertise {
  memberKey: string;
  skillKey: string;
  /** 1–5: a stored link always has level ≥ 1. */
  level: number;
  interest: boolean;
}

export interface Workspace {
  members: Member[];
  skills: Skill[];
  expertise: Expertise[];
}

export const SKILL_DEFAULTS = { target: 1, requiredLevel: 3, weight: 1 } as const;
export const MAX_LEVEL = 5;

export function emptyWorkspace(): Workspace {
  return { members: [], skills: [], expertise: [] };
}

export function linkKey(memberKey: string, skillKey: string): string {
  return `${memberKey}\u0000${skillKey}`;
}
