// Member and skill attributes from a row (docs/contract.md, "Import"): each readable value is applied; when this
// import already gave the same owner another value, the later one wins and the conflict is reported; when a
// Merge replaces a value the workspace had, that is reported too.
import type { Member, MemberStatus, Skill, SkillValues } from '../../domain/types';
import { MAX_WORKLOAD } from '../../domain/score';
import { cleanText, normaliseIdentity } from '../../domain/normalise';
import type { ImportIssue } from '../report';
import { parseLevel, parseNumber, parseRoles, parseStatus, parseYesNo } from '../values';
import { badCellIssue, cell, header, MEMBER_TEXT_FIELDS, type RowContext } from './context';
import type { Identities } from './identity';

/** What a file can give a member (the ambassador column gives `status`). */
export type MemberAttribute =
  'name' | 'department' | 'location' | 'title' | 'email' | 'status' | 'workload' | 'activity' | 'roles';
/** What a file can give a skill (`skill` is its name). */
export type SkillAttribute = 'skill' | 'category' | 'target' | 'required_level' | 'weight';
export type AttributeField = MemberAttribute | SkillAttribute;

const SKILL_VALUE_ATTRIBUTES: readonly [SkillAttribute, keyof SkillValues][] = [
  ['target', 'target'],
  ['required_level', 'requiredLevel'],
  ['weight', 'weight'],
];

/** A value this import gave, and where. */
export interface GivenValue {
  value: string;
  file: string;
  row: number;
}

/** Two values for one attribute of one member or skill; the later (`value`) is the one kept. */
export type AttributeConflict =
  /** Two rows of this import (possibly in two files). */
  | { kind: 'between_rows'; owner: string; field: AttributeField; value: string; previous: GivenValue }
  /** A Merge: the workspace had `previous`. */
  | { kind: 'over_stored'; owner: string; field: AttributeField; value: string; previous: string };

/** The report's words for a conflict, at the row that gave the kept value. */
export function conflictIssue(conflict: AttributeConflict, ctx: RowContext): ImportIssue {
  const { owner, field, value } = conflict;
  const column = header(ctx, field) ?? field;
  const at = { file: ctx.file, row: ctx.row, column, value };
  if (conflict.kind === 'between_rows') {
    const { previous } = conflict;
    return {
      severity: 'warning',
      code: 'conflict_attribute',
      ...at,
      detail: {
        owner,
        field,
        previous: previous.value,
        previousFile: previous.file,
        previousRow: previous.row,
      },
    };
  }
  return {
    severity: 'warning',
    code: 'conflict_stored',
    ...at,
    detail: { owner, field, previous: conflict.previous },
  };
}

export class Attributes {
  /** Field → member (skill) index → the value this import gave first. */
  private readonly memberSeen = new Map<AttributeField, Map<number, GivenValue>>();
  private readonly skillSeen = new Map<AttributeField, Map<number, GivenValue>>();

  constructor(
    private readonly identities: Identities,
    /** Members and skills below these indexes came from the workspace merged into. */
    private readonly stored: { members: number; skills: number },
    private readonly issue: (issue: ImportIssue, ctx: RowContext) => void,
  ) {}

  applyMember(ctx: RowContext, index: number, definesName: boolean) {
    const c = ctx.columns;
    const m = this.identities.members.list[index];
    if (definesName && c.name !== undefined) {
      const name = cleanText(cell(ctx, 'name'));
      // Another spelling of the same name keeps the first one met, and so does a remembered spelling (an alias);
      // another name for the same id is a conflict.
      const next = this.sameName(this.identities.members, index, name) ? m.name : name;
      if (name) this.setMember(ctx, index, 'name', next, () => this.identities.members.rename(index, next));
    }
    if (!ctx.hasMemberAttributes) return;
    for (const field of MEMBER_TEXT_FIELDS) {
      if (c[field] === undefined) continue;
      const value = cleanText(cell(ctx, field));
      if (value) this.setMember(ctx, index, field, value, () => (m[field] = value));
    }
    if (c.status !== undefined) {
      const raw = cell(ctx, 'status');
      if (raw.trim()) {
        const status = parseStatus(raw);
        if (status.ok) this.setMember(ctx, index, 'status', status.value, () => (m.status = status.value));
        else this.issue(badCellIssue(ctx, 'status', raw), ctx);
      }
    }
    if (c.ambassador !== undefined) {
      const raw = cell(ctx, 'ambassador');
      const yes = parseYesNo(raw);
      if (!yes.ok) this.issue(badCellIssue(ctx, 'ambassador', raw), ctx);
      else {
        const next: MemberStatus = yes.value
          ? 'ambassador'
          : m.status === 'ambassador'
            ? 'employee'
            : m.status;
        if (next !== m.status || yes.value)
          this.setMember(ctx, index, 'status', next, () => (m.status = next));
      }
    }
    let scale = ctx.workloadScale;
    const rawWorkload = c.workload === undefined ? '' : cell(ctx, 'workload').trim();
    // "0,5" in a column of "75%": a share of one, as Excel keeps percentages; read as 50 %, and said so.
    if (scale === 1 && ctx.workloadPercent && /^(0[.,]|\.)\d+$/.test(rawWorkload)) {
      scale = 100;
      const percent = Math.round(Number(rawWorkload.replace(',', '.')) * 10000) / 100;
      this.issue(
        {
          severity: 'warning',
          code: 'cell_workload_fraction',
          file: ctx.file,
          row: ctx.row,
          column: header(ctx, 'workload'),
          value: rawWorkload,
          detail: { percent },
        },
        ctx,
      );
    }
    this.numberAttribute(
      ctx,
      'member',
      index,
      'workload',
      // Over 100 % is an overloaded person, as HR files say; beyond MAX_WORKLOAD it is a typo, not a load.
      (n) => n >= 0 && n * scale <= MAX_WORKLOAD,
      (n) => (m.workload = Math.round(n * scale * 100) / 100),
    );
    this.numberAttribute(
      ctx,
      'member',
      index,
      'activity',
      (n) => n >= 0,
      (n) => (m.activity = n),
    );
    if (c.roles !== undefined) {
      const raw = cell(ctx, 'roles');
      if (raw.trim()) {
        const roles = parseRoles(raw);
        this.setMember(ctx, index, 'roles', roles.join('; '), () => (m.roles = roles));
      }
    }
  }

  applySkill(ctx: RowContext, index: number, definesName: boolean) {
    const c = ctx.columns;
    const s = this.identities.skills.list[index];
    if (definesName && c.skill !== undefined) {
      const name = cleanText(cell(ctx, 'skill'));
      const next = this.sameName(this.identities.skills, index, name) ? s.name : name;
      if (name) this.setSkill(ctx, index, 'skill', next, () => this.identities.skills.rename(index, next));
    }
    if (!ctx.hasSkillAttributes) return;
    if (c.category !== undefined) {
      const value = cleanText(cell(ctx, 'category'));
      if (value) this.setSkill(ctx, index, 'category', value, () => (s.category = value));
    }
    this.numberAttribute(
      ctx,
      'skill',
      index,
      'target',
      (n) => Number.isInteger(n) && n >= 0,
      (n) => (s.target = n),
    );
    if (c.required_level !== undefined) {
      const raw = cell(ctx, 'required_level');
      if (raw.trim()) {
        const level = parseLevel(raw);
        if (level.ok && level.value !== null && level.value >= 1) {
          const v = level.value;
          this.setSkill(ctx, index, 'required_level', String(v), () => (s.requiredLevel = v));
        } else this.issue(badCellIssue(ctx, 'required_level', raw), ctx);
      }
    }
    this.numberAttribute(
      ctx,
      'skill',
      index,
      'weight',
      (n) => n > 0,
      (n) => (s.weight = n),
    );
  }

  private sameName(
    registry: { list: readonly { name: string }[]; remembers(index: number, name: string): boolean },
    index: number,
    name: string,
  ): boolean {
    const current = registry.list[index].name;
    return normaliseIdentity(name) === normaliseIdentity(current) || registry.remembers(index, name);
  }

  /** The skills (by index) this import gave a target, required level or weight, with the fields it gave. */
  skillValuesGiven(): Map<number, (keyof SkillValues)[]> {
    const given = new Map<number, (keyof SkillValues)[]>();
    for (const [attribute, field] of SKILL_VALUE_ATTRIBUTES)
      for (const index of this.skillSeen.get(attribute)?.keys() ?? []) {
        const fields = given.get(index);
        if (fields) fields.push(field);
        else given.set(index, [field]);
      }
    return given;
  }

  private numberAttribute(
    ctx: RowContext,
    kind: 'member' | 'skill',
    index: number,
    field: 'workload' | 'activity' | 'target' | 'weight',
    valid: (n: number) => boolean,
    apply: (n: number) => void,
  ) {
    if (ctx.columns[field] === undefined) return;
    const raw = cell(ctx, field);
    if (!raw.trim()) return;
    const n = parseNumber(raw);
    if (n.ok && valid(n.value)) this.set(ctx, kind, index, field, String(n.value), () => apply(n.value));
    else this.issue(badCellIssue(ctx, field, raw), ctx);
  }

  private setMember(
    ctx: RowContext,
    index: number,
    field: MemberAttribute,
    value: string,
    apply: () => void,
  ) {
    this.set(ctx, 'member', index, field, value, apply);
  }

  private setSkill(ctx: RowContext, index: number, field: SkillAttribute, value: string, apply: () => void) {
    this.set(ctx, 'skill', index, field, value, apply);
  }

  /** Applies a value; when this import already gave another one, the later wins and a conflict is reported. */
  private set(
    ctx: RowContext,
    kind: 'member' | 'skill',
    index: number,
    field: AttributeField,
    value: string,
    apply: () => void,
  ) {
    const byField = kind === 'member' ? this.memberSeen : this.skillSeen;
    let seen = byField.get(field);
    if (!seen) byField.set(field, (seen = new Map()));
    const previous = seen.get(index);
    if (previous && previous.value === value) return;
    const owner = this.ownerName(kind, index);
    if (previous)
      this.issue(conflictIssue({ kind: 'between_rows', owner, field, value, previous }, ctx), ctx);
    seen.set(index, { value, file: ctx.file, row: ctx.row });
    const fromStore = !previous && index < (kind === 'member' ? this.stored.members : this.stored.skills);
    const stored = fromStore ? this.text(kind, index, field) : '';
    apply();
    // Merge: a value the workspace already had, replaced by this file's, is reported with the rule that decided.
    const now = stored ? this.text(kind, index, field) : '';
    if (stored && now !== stored)
      this.issue(
        conflictIssue({ kind: 'over_stored', owner, field, value: now, previous: stored }, ctx),
        ctx,
      );
  }

  private ownerName(kind: 'member' | 'skill', index: number): string {
    return (kind === 'member' ? this.identities.members : this.identities.skills).list[index].name;
  }

  /** An attribute as text, to compare what the workspace had with what an import gives. */
  private text(kind: 'member' | 'skill', index: number, field: AttributeField): string {
    return kind === 'member'
      ? memberText(this.identities.members.list[index], field)
      : skillText(this.identities.skills.list[index], field);
  }
}

function memberText(m: Member, field: AttributeField): string {
  switch (field) {
    case 'roles':
      return m.roles.join('; ');
    case 'name':
    case 'department':
    case 'location':
    case 'title':
    case 'email':
    case 'status':
    case 'workload':
    case 'activity':
      return String(m[field] ?? '');
    default:
      return '';
  }
}

function skillText(s: Skill, field: AttributeField): string {
  switch (field) {
    case 'skill':
      return s.name;
    case 'category':
      return s.category;
    case 'target':
      return String(s.target);
    case 'required_level':
      return String(s.requiredLevel);
    case 'weight':
      return String(s.weight);
    default:
      return '';
  }
}
