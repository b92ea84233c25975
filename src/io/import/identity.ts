// Who or what a row names (docs/contract.md, "Identity"): found by id, then by normalised name, or created.
// Members and skills follow the same rules; each has its registry.
import { newMember, newSkill, type Member, type Skill } from '../../domain/types';
import { cleanText, memberKeyFor as identityKey } from '../../domain/normalise';
import type { ImportIssue } from '../report';
import { unescapeCell } from '../values';
import { cell, type RowContext } from './context';
import { Registry, type Identified } from './registry';

/** 'define': a members or skills file (or a matrix row) defines what it names; 'reference': a row refers to it. */
export type Use = 'define' | 'reference';

export class Identities {
  readonly members = new Registry<Member>(
    (m) => m.memberId,
    (m, id) => (m.memberId = id),
  );
  readonly skills = new Registry<Skill>(
    (s) => s.skillId,
    (s, id) => (s.skillId = id),
  );

  /** The row's member, found or created; -1 when it names none. Sets `ctx.lastCreated`. */
  resolveMember(ctx: RowContext, use: Use): number {
    const rawId = cell(ctx, 'member_id');
    const rawName = cell(ctx, 'name');
    ctx.lastCreated = false;
    // Exports list a person's rows together: the same reference as the row before needs no lookup at all.
    if (ctx.lastMember >= 0 && rawId === ctx.lastMemberId && rawName === ctx.lastMemberName)
      return ctx.lastMember;
    const found = resolve(
      ctx,
      this.members,
      rawId,
      rawName,
      ctx.columns.member_id === undefined,
      ctx.memberRefs,
      memberFor,
    );
    if (found >= 0 && ctx.lastCreated && use === 'reference')
      ctx.created.members.push({ name: this.members.list[found].name, row: ctx.row });
    if (found >= 0) {
      ctx.lastMemberId = rawId;
      ctx.lastMemberName = rawName;
      ctx.lastMember = found;
    }
    return found;
  }

  /** The row's skill, found or created; -1 when it names none. Sets `ctx.lastCreated`. */
  resolveSkill(ctx: RowContext, use: Use): number {
    const found = resolve(
      ctx,
      this.skills,
      cell(ctx, 'skill_id'),
      cell(ctx, 'skill'),
      ctx.columns.skill_id === undefined,
      ctx.skillRefs,
      skillFor,
    );
    if (found >= 0 && ctx.lastCreated && use === 'reference')
      ctx.created.skills.push({ name: this.skills.list[found].name, row: ctx.row });
    return found;
  }

  /** The skill a matrix column's header names (a skill id first, then a name), created when unknown. */
  matrixSkill(ctx: RowContext, column: number): number {
    const name = cleanText(unescapeCell(ctx.headers[column]));
    const found = this.skills.find('', name, true);
    if (found >= 0) return found;
    const recalled = this.skills.recall('', name);
    if (recalled >= 0) return recalled;
    const created = this.skills.add(skillFor(this.skills.keyFor(identityKey('', name)), '', name));
    ctx.created.skills.push({ name: this.skills.list[created].name, row: 1 });
    return created;
  }
}

/** Finds or creates what a row names; -1 when it names nothing. Sets `ctx.lastCreated`. */
function resolve<T extends Identified>(
  ctx: RowContext,
  registry: Registry<T>,
  rawId: string,
  rawName: string,
  nameMayBeId: boolean,
  refs: Map<string, number>,
  create: (key: string, id: string, name: string) => T,
): number {
  ctx.lastCreated = false;
  // An id decides alone (ids are looked up first), so it is the whole cache key when there is one.
  const ref = rawId.trim() !== '' ? rawId : `\u0001${rawName}`;
  const cached = refs.get(ref);
  if (cached !== undefined) return cached;
  const id = cleanText(rawId);
  const name = cleanText(rawName);
  let found = registry.find(id, name, nameMayBeId);
  if (found < 0 && (id || name)) found = registry.recall(id, name);
  if (found < 0) {
    if (!id && !name) return -1;
    found = registry.add(create(registry.keyFor(identityKey(id, name)), id, name));
    ctx.lastCreated = true;
  }
  refs.set(ref, found);
  return found;
}

const memberFor = (key: string, memberId: string, name: string) =>
  newMember({ key, memberId, name: name || memberId });
const skillFor = (key: string, skillId: string, name: string) =>
  newSkill({ key, skillId, name: name || skillId });

/**
 * What a file created by naming it: one warning each where a members (skills) file defines who exists — in
 * this import or in the workspace merged into — else one summary. Members are warned of only for a list of
 * expertise: a matrix row defines its member.
 */
export function reportCreated(
  ctx: RowContext,
  definedElsewhere: { members: boolean; skills: boolean },
  issue: (issue: ImportIssue, ctx?: RowContext) => void,
): void {
  const groups = [
    {
      list: ctx.created.members,
      warn: ctx.kind === 'expertise' && definedElsewhere.members,
      each: 'member_created',
      summary: 'members_created_summary',
    },
    {
      list: ctx.created.skills,
      warn: definedElsewhere.skills,
      each: 'skill_created',
      summary: 'skills_created_summary',
    },
  ] as const;
  for (const g of groups) {
    if (g.list.length === 0) continue;
    if (g.warn) {
      for (const c of g.list)
        issue({ severity: 'warning', code: g.each, file: ctx.file, row: c.row, value: c.name }, ctx);
    } else {
      issue({ severity: 'info', code: g.summary, file: ctx.file, detail: { count: g.list.length } });
    }
  }
}
