// Rows → workspace (SPEC "Import"): members and skills files first, then expertise and matrices;
// every row ends as imported, merged or rejected, every unreadable cell is reported.
import {
  emptyWorkspace,
  linkKey,
  SKILL_DEFAULTS,
  type Expertise,
  type Member,
  type MemberStatus,
  type Skill,
  type Workspace,
} from '../domain/types';
import { cleanText, memberKeyFor, normaliseIdentity, skillKeyFor } from '../domain/normalise';
import { decodeBytes } from './encoding';
import { detectDelimiter } from './delimiter';
import { parseTable, tableFromRecords, type Table } from './parse';
import { planColumns, type ColumnPlan } from './detect';
import type { Field } from './headers';
import {
  emptyFileReport,
  type FileKind,
  type FileReport,
  type ImportIssue,
  type ImportReport,
  type IssueCode,
  type RejectedRow,
} from './report';
import { parseLevel, parseNumber, parseRoles, parseStatus, parseYesNo, unescapeCell } from './values';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Already tabulated cells (a workbook sheet): used instead of decoding `bytes`. */
  rows?: string[][];
  sheet?: string;
}

export type ImportMode = 'replace' | 'merge';

export interface ImportOutcome {
  workspace: Workspace;
  report: ImportReport;
}

export interface ImportProgress {
  /** 0–1 over the whole import. */
  overall: number;
  fileIndex: number;
  /** 0–1 within the current file. */
  file: number;
}

interface PreparedFile {
  index: number;
  report: FileReport;
  table: Table | null;
  plan: ColumnPlan | null;
}

const KIND_ORDER: Record<FileKind, number> = { members: 0, skills: 0, expertise: 1, matrix: 1 };

export function runImport(
  files: ImportFile[],
  base: Workspace,
  mode: ImportMode,
  onProgress?: (p: ImportProgress) => void,
): ImportOutcome {
  const builder = new WorkspaceBuilder(mode === 'merge' ? base : emptyWorkspace());
  const prepared = files.map((file, index) => prepareFile(file, index, builder));
  const order = [...prepared].sort(
    (a, b) => rank(a) - rank(b) || a.index - b.index,
  );
  builder.importHasMembersFile = prepared.some((p) => p.plan?.kind === 'members' && !p.plan.problem);
  builder.importHasSkillsFile = prepared.some((p) => p.plan?.kind === 'skills' && !p.plan.problem);
  const totalRows = prepared.reduce((n, p) => n + (p.table?.rows.length ?? 0), 0) || 1;
  let rowsDone = 0;
  order.forEach((file, position) => {
    builder.importFile(file, (rowsInFile, rowCount) => {
      onProgress?.({ overall: (rowsDone + rowsInFile) / totalRows, fileIndex: position, file: rowsInFile / (rowCount || 1) });
    });
    rowsDone += file.table?.rows.length ?? 0;
  });
  const workspace = builder.result();
  return {
    workspace,
    report: {
      mode,
      totals: { members: workspace.members.length, skills: workspace.skills.length, links: workspace.expertise.length },
      files: prepared.map((p) => p.report),
      issues: builder.issues,
      rejectedRows: builder.rejectedRows,
    },
  };
}

function rank(file: PreparedFile): number {
  return file.plan?.kind ? KIND_ORDER[file.plan.kind] : 2;
}

function prepareFile(file: ImportFile, index: number, builder: WorkspaceBuilder): PreparedFile {
  const report = emptyFileReport(file.name);
  if (file.rows) {
    report.format = 'xlsx';
    return prepareTable(tableFromRecords(file.rows), index, report, builder);
  }
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    const code: IssueCode = decoded.reason === 'empty' ? 'file_empty' : decoded.reason === 'xlsx' ? 'file_xlsx' : 'file_binary';
    report.fatal = code;
    builder.issue({ severity: 'error', code, file: file.name });
    return { index, report, table: null, plan: null };
  }
  report.encoding = decoded.encoding;
  const delimiter = detectDelimiter(decoded.text);
  report.delimiter = delimiter;
  let table: Table;
  try {
    table = parseTable(decoded.text, delimiter);
  } catch {
    report.fatal = 'file_parse_failed';
    builder.issue({ severity: 'error', code: 'file_parse_failed', file: file.name });
    return { index, report, table: null, plan: null };
  }
  return prepareTable(table, index, report, builder);
}

function prepareTable(table: Table, index: number, report: FileReport, builder: WorkspaceBuilder): PreparedFile {
  const file = { name: report.fileName };
  report.blankLines = table.blankLines;
  report.rowsRead = table.rows.length;
  if (table.headers.length === 0) {
    report.fatal = 'file_empty';
    builder.issue({ severity: 'error', code: 'file_empty', file: file.name });
    return { index, report, table, plan: null };
  }
  if (table.rows.length === 0) {
    report.fatal = 'file_header_only';
    builder.issue({ severity: 'error', code: 'file_header_only', file: file.name });
  }
  const plan = planColumns(table.headers, table.rows);
  report.kind = plan.kind;
  report.columns = table.headers.map((header, i) => {
    const role = plan.roles[i];
    return { header, role: role.type === 'field' ? role.field : role.type === 'skill' ? 'skill' : 'ignored' };
  });
  plan.roles.forEach((role, i) => {
    if (role.type === 'ignored' && (role.why !== 'column_unnamed' || columnHasData(table, i))) {
      builder.issue({ severity: 'warning', code: role.why, file: file.name, row: 1, column: table.headers[i] || `#${i + 1}` });
    }
  });
  for (const row of table.quoteErrors) {
    builder.issue({ severity: 'warning', code: 'row_quotes', file: file.name, row });
  }
  if (plan.problem) {
    report.fatal = plan.problem;
    builder.issue({ severity: 'error', code: plan.problem, file: file.name });
  }
  return { index, report, table, plan };
}

function columnHasData(table: Table, column: number): boolean {
  return table.rows.some((r) => (r[column] ?? '').trim() !== '');
}

type Columns = Partial<Record<Field, number>>;

const MEMBER_TEXT_FIELDS = ['department', 'location', 'title', 'email'] as const;

class WorkspaceBuilder {
  readonly issues: ImportIssue[] = [];
  readonly rejectedRows: RejectedRow[] = [];
  importHasMembersFile = false;
  importHasSkillsFile = false;

  private readonly members = new Map<string, Member>();
  private readonly memberById = new Map<string, string>();
  private readonly memberByName = new Map<string, string>();
  private readonly skills = new Map<string, Skill>();
  private readonly skillById = new Map<string, string>();
  private readonly skillByName = new Map<string, string>();
  private readonly links = new Map<string, Expertise>();
  /** Links set by this import, to tell a duplicate in the import from a replaced stored level. */
  private readonly importedLinks = new Set<string>();
  /** `key\0field` → the value this import gave first, to report conflicts between files. */
  private readonly attributeSeen = new Map<string, { value: string; file: string; row: number }>();
  private readonly baseHadMembers: boolean;
  private readonly baseHadSkills: boolean;

  constructor(base: Workspace) {
    for (const m of base.members) this.addMember({ ...m, roles: [...m.roles] });
    for (const s of base.skills) this.addSkill({ ...s });
    for (const e of base.expertise) this.links.set(linkKey(e.memberKey, e.skillKey), { ...e });
    this.baseHadMembers = base.members.length > 0;
    this.baseHadSkills = base.skills.length > 0;
  }

  issue(issue: ImportIssue) {
    this.issues.push(issue);
  }

  result(): Workspace {
    return { members: [...this.members.values()], skills: [...this.skills.values()], expertise: [...this.links.values()] };
  }

  importFile(file: PreparedFile, progress: (done: number, total: number) => void) {
    const { table, plan, report } = file;
    if (!table) return;
    if (!plan || plan.problem || !plan.kind) {
      table.rows.forEach((cells, i) => this.reject(report, table, i, report.fatal ?? 'file_unrecognised', cells));
      return;
    }
    const columns: Columns = {};
    const skillColumns: number[] = [];
    plan.roles.forEach((role, i) => {
      if (role.type === 'field') columns[role.field] = i;
      else if (role.type === 'skill') skillColumns.push(i);
    });
    const ctx: RowContext = { file: report.fileName, table, columns, report, kind: plan.kind, created: { members: [], skills: [] } };
    const matrixSkills = plan.kind === 'matrix' ? skillColumns.map((i) => this.matrixSkill(ctx, i)) : [];
    const rows = table.rows;
    const step = Math.max(1000, Math.floor(rows.length / 100));
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      if (cells.length > table.headers.length && cells.slice(table.headers.length).some((c) => c.trim() !== '')) {
        this.reject(report, table, i, 'row_extra_cells', cells);
      } else if (plan.kind === 'members') this.memberRow(ctx, i);
      else if (plan.kind === 'skills') this.skillRow(ctx, i);
      else if (plan.kind === 'expertise') this.expertiseRow(ctx, i);
      else this.matrixRow(ctx, i, skillColumns, matrixSkills);
      if (i % step === 0) progress(i, rows.length);
    }
    progress(rows.length, rows.length);
    this.summariseCreated(ctx);
  }

  // ---- rows ----

  private memberRow(ctx: RowContext, i: number) {
    const found = this.resolveMember(ctx, i, 'define');
    if (!found) return this.reject(ctx.report, ctx.table, i, 'row_no_member');
    this.count(ctx.report, found.existed);
    this.applyMemberAttributes(ctx, i, found.member, true);
  }

  private skillRow(ctx: RowContext, i: number) {
    const found = this.resolveSkill(ctx, i, 'define');
    if (!found) return this.reject(ctx.report, ctx.table, i, 'row_no_skill');
    this.count(ctx.report, found.existed);
    this.applySkillAttributes(ctx, i, found.skill, true);
  }

  private expertiseRow(ctx: RowContext, i: number) {
    const levelCell = cell(ctx, i, 'level');
    const level = parseLevel(levelCell);
    if (!level.ok || level.value === null) {
      this.issue({ severity: 'error', code: 'row_bad_level', file: ctx.file, row: ctx.table.rowNumbers[i], column: header(ctx, 'level'), value: levelCell });
      return this.reject(ctx.report, ctx.table, i, 'row_bad_level');
    }
    if (!this.hasReference(ctx, i, 'member')) return this.reject(ctx.report, ctx.table, i, 'row_no_member');
    if (!this.hasReference(ctx, i, 'skill')) return this.reject(ctx.report, ctx.table, i, 'row_no_skill');
    const member = this.resolveMember(ctx, i, 'reference')!.member;
    const skill = this.resolveSkill(ctx, i, 'reference')!.skill;
    this.applyMemberAttributes(ctx, i, member, false);
    this.applySkillAttributes(ctx, i, skill, false);
    let interest = false;
    if (ctx.columns.interest !== undefined) {
      const raw = cell(ctx, i, 'interest');
      const yes = parseYesNo(raw);
      if (yes.ok) interest = yes.value;
      else this.badCell(ctx, i, 'interest', raw);
    }
    const existed = this.setLink(ctx, i, member, skill, level.value, interest);
    this.count(ctx.report, existed);
  }

  private matrixRow(ctx: RowContext, i: number, skillColumns: number[], skills: Skill[]) {
    const found = this.resolveMember(ctx, i, 'define');
    if (!found) return this.reject(ctx.report, ctx.table, i, 'row_no_member');
    this.count(ctx.report, found.existed);
    this.applyMemberAttributes(ctx, i, found.member, false);
    const cells = ctx.table.rows[i];
    skillColumns.forEach((column, s) => {
      const raw = unescapeCell(cells[column] ?? '');
      const level = parseLevel(raw);
      if (!level.ok) {
        this.issue({ severity: 'error', code: 'cell_bad_value', file: ctx.file, row: ctx.table.rowNumbers[i], column: ctx.table.headers[column], value: raw });
        return;
      }
      if (level.value === null) return;
      this.setLink(ctx, i, found.member, skills[s], level.value, false);
    });
  }

  // ---- links ----

  /** Sets a member–skill level; returns whether the pair was already there (merged). */
  private setLink(ctx: RowContext, i: number, member: Member, skill: Skill, level: number, interest: boolean): boolean {
    const key = linkKey(member.key, skill.key);
    const existing = this.links.get(key);
    if (this.importedLinks.has(key)) {
      const previous = existing?.level ?? 0;
      if (previous !== level) {
        this.issue({
          severity: 'warning',
          code: 'conflict_level',
          file: ctx.file,
          row: ctx.table.rowNumbers[i],
          detail: { member: member.name, skill: skill.name, kept: Math.max(previous, level), other: Math.min(previous, level) },
        });
      }
      if (level > previous) this.links.set(key, { memberKey: member.key, skillKey: skill.key, level, interest: interest || !!existing?.interest });
      else if (existing && interest) existing.interest = true;
      return true;
    }
    this.importedLinks.add(key);
    if (level === 0) {
      this.links.delete(key);
    } else {
      this.links.set(key, { memberKey: member.key, skillKey: skill.key, level, interest });
    }
    return existing !== undefined;
  }

  // ---- identity ----

  private hasReference(ctx: RowContext, i: number, what: 'member' | 'skill'): boolean {
    const [idField, nameField] = what === 'member' ? (['member_id', 'name'] as const) : (['skill_id', 'skill'] as const);
    return cleanText(cell(ctx, i, idField)) !== '' || cleanText(cell(ctx, i, nameField)) !== '';
  }

  private resolveMember(ctx: RowContext, i: number, use: 'define' | 'reference') {
    const id = cleanText(cell(ctx, i, 'member_id'));
    const name = cleanText(cell(ctx, i, 'name'));
    const found = this.lookup(id, name, ctx.columns.member_id === undefined, this.memberById, this.memberByName, this.members);
    if (found) {
      if (id && !found.memberId) {
        found.memberId = id;
        this.memberById.set(normaliseIdentity(id), found.key);
      }
      return { member: found, existed: true };
    }
    if (!id && !name) return null;
    const member: Member = {
      key: uniqueKey(memberKeyFor(id, name), this.members),
      memberId: id,
      name: name || id,
      department: '',
      location: '',
      title: '',
      email: '',
      status: 'employee',
      workload: null,
      activity: null,
      roles: [],
    };
    this.addMember(member);
    if (use === 'reference') ctx.created.members.push({ name: member.name, row: ctx.table.rowNumbers[i] });
    return { member, existed: false };
  }

  private resolveSkill(ctx: RowContext, i: number, use: 'define' | 'reference') {
    const id = cleanText(cell(ctx, i, 'skill_id'));
    const name = cleanText(cell(ctx, i, 'skill'));
    const found = this.lookup(id, name, ctx.columns.skill_id === undefined, this.skillById, this.skillByName, this.skills);
    if (found) {
      if (id && !found.skillId) {
        found.skillId = id;
        this.skillById.set(normaliseIdentity(id), found.key);
      }
      return { skill: found, existed: true };
    }
    if (!id && !name) return null;
    const skill = this.createSkill(id, name);
    if (use === 'reference') ctx.created.skills.push({ name: skill.name, row: ctx.table.rowNumbers[i] });
    return { skill, existed: false };
  }

  private matrixSkill(ctx: RowContext, column: number): Skill {
    const name = cleanText(unescapeCell(ctx.table.headers[column]));
    const found = this.lookup('', name, true, this.skillById, this.skillByName, this.skills);
    if (found) return found;
    const skill = this.createSkill('', name);
    ctx.created.skills.push({ name: skill.name, row: 1 });
    return skill;
  }

  /** Ids first, then normalised names (a name may also be an id when the file has no id column). */
  private lookup<T extends { key: string }>(
    id: string,
    name: string,
    nameMayBeId: boolean,
    byId: Map<string, string>,
    byName: Map<string, string>,
    all: Map<string, T & { memberId?: string; skillId?: string }>,
  ): (T & { memberId?: string; skillId?: string }) | undefined {
    if (id) {
      const key = byId.get(normaliseIdentity(id));
      if (key) return all.get(key);
    }
    if (name) {
      const normName = normaliseIdentity(name);
      if (nameMayBeId && !id) {
        const key = byId.get(normName);
        if (key) return all.get(key);
      }
      const key = byName.get(normName);
      if (key) {
        const found = all.get(key)!;
        const foundId = found.memberId ?? found.skillId ?? '';
        // Same name, another id: a namesake, not the same person.
        if (!id || !foundId || normaliseIdentity(foundId) === normaliseIdentity(id)) return found;
      }
    }
    return undefined;
  }

  private createSkill(id: string, name: string): Skill {
    const skill: Skill = {
      key: uniqueKey(skillKeyFor(id, name), this.skills),
      skillId: id,
      name: name || id,
      category: '',
      ...SKILL_DEFAULTS,
    };
    this.addSkill(skill);
    return skill;
  }

  private addMember(m: Member) {
    this.members.set(m.key, m);
    if (m.memberId) this.memberById.set(normaliseIdentity(m.memberId), m.key);
    const n = normaliseIdentity(m.name);
    if (n && !this.memberByName.has(n)) this.memberByName.set(n, m.key);
  }

  private addSkill(s: Skill) {
    this.skills.set(s.key, s);
    if (s.skillId) this.skillById.set(normaliseIdentity(s.skillId), s.key);
    const n = normaliseIdentity(s.name);
    if (n && !this.skillByName.has(n)) this.skillByName.set(n, s.key);
  }

  // ---- attributes ----

  private applyMemberAttributes(ctx: RowContext, i: number, m: Member, definesName: boolean) {
    const c = ctx.columns;
    if (definesName && c.name !== undefined) {
      const name = cleanText(cell(ctx, i, 'name'));
      // Another spelling of the same name keeps the first one met; another name for the same id is a conflict.
      const next = normaliseIdentity(name) === normaliseIdentity(m.name) ? m.name : name;
      if (name) this.setAttribute(ctx, i, m.key, 'name', next, () => (m.name = next), m.name);
    }
    for (const field of MEMBER_TEXT_FIELDS) {
      if (c[field] === undefined) continue;
      const value = cleanText(cell(ctx, i, field));
      if (value) this.setAttribute(ctx, i, m.key, field, value, () => (m[field] = value), m.name);
    }
    if (c.status !== undefined) {
      const raw = cell(ctx, i, 'status');
      if (raw.trim()) {
        const status = parseStatus(raw);
        if (status.ok) this.setAttribute(ctx, i, m.key, 'status', status.value, () => (m.status = status.value), m.name);
        else this.badCell(ctx, i, 'status', raw);
      }
    }
    if (c.ambassador !== undefined) {
      const raw = cell(ctx, i, 'ambassador');
      const yes = parseYesNo(raw);
      if (!yes.ok) this.badCell(ctx, i, 'ambassador', raw);
      else {
        const next: MemberStatus = yes.value ? 'ambassador' : m.status === 'ambassador' ? 'employee' : m.status;
        if (next !== m.status || yes.value) this.setAttribute(ctx, i, m.key, 'status', next, () => (m.status = next), m.name);
      }
    }
    this.numberAttribute(ctx, i, 'workload', m.key, m.name, (n) => n >= 0 && n <= 100, (n) => (m.workload = n));
    this.numberAttribute(ctx, i, 'activity', m.key, m.name, (n) => n >= 0, (n) => (m.activity = n));
    if (c.roles !== undefined) {
      const raw = cell(ctx, i, 'roles');
      if (raw.trim()) {
        const roles = parseRoles(raw);
        this.setAttribute(ctx, i, m.key, 'roles', roles.join('; '), () => (m.roles = roles), m.name);
      }
    }
  }

  private applySkillAttributes(ctx: RowContext, i: number, s: Skill, definesName: boolean) {
    const c = ctx.columns;
    if (definesName && c.skill !== undefined) {
      const name = cleanText(cell(ctx, i, 'skill'));
      const next = normaliseIdentity(name) === normaliseIdentity(s.name) ? s.name : name;
      if (name) this.setAttribute(ctx, i, s.key, 'skill', next, () => (s.name = next), s.name);
    }
    if (c.category !== undefined) {
      const value = cleanText(cell(ctx, i, 'category'));
      if (value) this.setAttribute(ctx, i, s.key, 'category', value, () => (s.category = value), s.name);
    }
    this.numberAttribute(ctx, i, 'target', s.key, s.name, (n) => Number.isInteger(n) && n >= 0, (n) => (s.target = n));
    if (c.required_level !== undefined) {
      const raw = cell(ctx, i, 'required_level');
      if (raw.trim()) {
        const level = parseLevel(raw);
        if (level.ok && level.value !== null && level.value >= 1) {
          const v = level.value;
          this.setAttribute(ctx, i, s.key, 'required_level', String(v), () => (s.requiredLevel = v), s.name);
        } else this.badCell(ctx, i, 'required_level', raw);
      }
    }
    this.numberAttribute(ctx, i, 'weight', s.key, s.name, (n) => n > 0, (n) => (s.weight = n));
  }

  private numberAttribute(
    ctx: RowContext,
    i: number,
    field: Field,
    key: string,
    owner: string,
    valid: (n: number) => boolean,
    apply: (n: number) => void,
  ) {
    if (ctx.columns[field] === undefined) return;
    const raw = cell(ctx, i, field);
    if (!raw.trim()) return;
    const n = parseNumber(raw);
    if (n.ok && valid(n.value)) this.setAttribute(ctx, i, key, field, String(n.value), () => apply(n.value), owner);
    else this.badCell(ctx, i, field, raw);
  }

  /** Applies a value; when this import already gave another one, the later wins and a conflict is reported. */
  private setAttribute(ctx: RowContext, i: number, key: string, field: string, value: string, apply: () => void, owner: string) {
    const seenKey = `${key}\u0000${field}`;
    const row = ctx.table.rowNumbers[i];
    const seen = this.attributeSeen.get(seenKey);
    if (seen && seen.value !== value) {
      this.issue({
        severity: 'warning',
        code: 'conflict_attribute',
        file: ctx.file,
        row,
        column: header(ctx, field as Field) ?? field,
        value,
        detail: { owner, previous: seen.value, previousFile: seen.file, previousRow: seen.row },
      });
    }
    this.attributeSeen.set(seenKey, { value, file: ctx.file, row });
    apply();
  }

  private badCell(ctx: RowContext, i: number, field: Field, raw: string) {
    this.issue({ severity: 'error', code: 'cell_bad_value', file: ctx.file, row: ctx.table.rowNumbers[i], column: header(ctx, field), value: raw });
  }

  // ---- accounting ----

  private count(report: FileReport, existed: boolean) {
    if (existed) report.merged++;
    else report.imported++;
  }

  private reject(report: FileReport, table: Table, i: number, reason: IssueCode, cells = table.rows[i]) {
    report.rejected++;
    this.rejectedRows.push({ file: report.fileName, row: table.rowNumbers[i], reason, headers: table.headers, cells });
    if (reason !== report.fatal && reason !== 'row_bad_level') {
      this.issue({ severity: 'error', code: reason, file: report.fileName, row: table.rowNumbers[i] });
    }
  }

  private summariseCreated(ctx: RowContext) {
    const warnMembers = ctx.kind === 'expertise' && (this.importHasMembersFile || this.baseHadMembers);
    const warnSkills = this.importHasSkillsFile || this.baseHadSkills;
    const groups = [
      { list: ctx.created.members, warn: warnMembers, each: 'member_created', summary: 'members_created_summary' },
      { list: ctx.created.skills, warn: warnSkills, each: 'skill_created', summary: 'skills_created_summary' },
    ] as const;
    for (const g of groups) {
      if (g.list.length === 0) continue;
      if (g.warn) {
        for (const c of g.list) this.issue({ severity: 'warning', code: g.each, file: ctx.file, row: c.row, value: c.name });
      } else {
        this.issue({ severity: 'info', code: g.summary, file: ctx.file, detail: { count: g.list.length } });
      }
    }
  }
}

interface RowContext {
  file: string;
  table: Table;
  columns: Columns;
  report: FileReport;
  kind: FileKind;
  created: { members: { name: string; row: number }[]; skills: { name: string; row: number }[] };
}

function cell(ctx: RowContext, i: number, field: Field): string {
  const column = ctx.columns[field];
  if (column === undefined) return '';
  return unescapeCell(ctx.table.rows[i][column] ?? '');
}

function header(ctx: RowContext, field: Field): string | undefined {
  const column = ctx.columns[field];
  return column === undefined ? undefined : ctx.table.headers[column];
}

function uniqueKey(key: string, taken: Map<string, unknown>): string {
  if (!taken.has(key)) return key;
  let n = 2;
  while (taken.has(`${key}#${n}`)) n++;
  return `${key}#${n}`;
}
