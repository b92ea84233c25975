// Rows → workspace (SPEC "Import"): members and skills files first, then expertise and matrices;
// every row ends as imported, merged or rejected, every unreadable cell is reported.
// Runs in the import worker; rows stream from the parser, so a million-row file is never held as arrays.
import {
  emptyLinks,
  emptyPlan,
  planFor,
  newMember,
  newSkill,
  type Member,
  type MemberStatus,
  type Skill,
  type Workspace,
  type WorkspacePlan,
} from '../domain/types';
import { cleanText, memberKeyFor as identityKey, normaliseIdentity } from '../domain/normalise';
import { decodeBytes } from './encoding';
import { CANDIDATES as DELIMITERS, detectDelimiter, type Delimiter } from './delimiter';
import { recordsTable, textTable, type TableSource } from './parse';
import { byteTable } from './byteTable';
import {
  choicesOf,
  headerSignature,
  planColumns,
  planFromChoices,
  type ColumnChoice,
  type ColumnPlan,
} from './detect';
import type { Field } from './headers';
import {
  emptyFileReport,
  type FileReport,
  type ImportIssue,
  type ImportReport,
  type RejectedRow,
} from './report';
import type { FileKind, IssueCode } from './codes';
import { COUNTS, INTEREST_GIVEN, INTEREST_YES, LEVEL_BITS, LinkLog } from './linkLog';
import { Registry, type Identified } from './registry';
import { BLANK, Recall, recallReference } from './recall';
import { parseLevel, parseNumber, parseRoles, parseStatus, parseYesNo, unescapeCell } from './values';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** The picked file itself, read where the import runs (the worker) instead of on the page. */
  blob?: Blob;
  /** Already tabulated cells (a workbook sheet): used instead of decoding `bytes`. */
  rows?: string[][];
  sheet?: string;
  /** Columns a person assigned in the mapping step, one per header. */
  columns?: ColumnChoice[];
  /** A file inside a zip that is no table (a document, an image): named in the report, not read. */
  skipped?: boolean;
}

export interface ImportOptions {
  /** Mappings chosen earlier, by header signature: applied to files with the same headers. */
  remembered?: ReadonlyMap<string, ColumnChoice[]>;
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
  fileCount: number;
  fileName: string;
  /** 0–1 within the current file. */
  file: number;
}

interface PreparedFile {
  index: number;
  report: FileReport;
  source: TableSource | null;
  plan: ColumnPlan | null;
  /** Share of the whole import's bytes, for progress. */
  weight: number;
}

const KIND_ORDER: Record<FileKind, number> = { members: 0, skills: 0, expertise: 1, matrix: 1 };

/** Warnings and notes of one code kept per file; beyond that they are only counted (a summary says how many). */
const ISSUES_KEPT_PER_CODE = 1000;
/** Errors of one code kept per file. Rejected rows themselves are all kept, for the download. */
const ERRORS_KEPT_PER_CODE = 5000;

export function runImport(
  files: ImportFile[],
  base: Workspace,
  mode: ImportMode,
  onProgress?: (p: ImportProgress) => void,
  options: ImportOptions = {},
): ImportOutcome {
  const totalBytes = files.reduce((n, f) => n + (f.rows ? f.rows.length * 50 : f.bytes.length), 0) || 1;
  // About one link per 40 bytes of a long list: sizing the table up front saves rehashing a million links.
  const builder = new WorkspaceBuilder(
    mode === 'merge' ? base : null,
    Math.min(4_000_000, Math.ceil(totalBytes / 40)),
  );
  const prepared = files.map((file, index) => prepareFile(file, index, builder, totalBytes, options));
  const order = [...prepared].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  builder.importHasMembersFile = prepared.some((p) => p.plan?.kind === 'members' && !p.plan.problem);
  builder.importHasSkillsFile = prepared.some((p) => p.plan?.kind === 'skills' && !p.plan.problem);
  let done = 0;
  order.forEach((file, position) => {
    const fileName = file.report.fileName;
    const fileCount = order.length;
    builder.importFile(file, (fraction) =>
      onProgress?.({
        overall: done + fraction * file.weight,
        fileIndex: position,
        fileCount,
        fileName,
        file: fraction,
      }),
    );
    done += file.weight;
  });
  onProgress?.({ overall: 1, fileIndex: order.length - 1, fileCount: order.length, fileName: '', file: 1 });
  const workspace = builder.result();
  return {
    workspace,
    report: {
      mode,
      totals: {
        members: workspace.members.length,
        skills: workspace.skills.length,
        links: workspace.links.level.length,
      },
      files: prepared.map((p) => p.report),
      issues: builder.issues,
      rejectedRows: builder.rejectedRows,
    },
  };
}

function rank(file: PreparedFile): number {
  return file.plan?.kind ? KIND_ORDER[file.plan.kind] : 2;
}

function prepareFile(
  file: ImportFile,
  index: number,
  builder: WorkspaceBuilder,
  totalBytes: number,
  options: ImportOptions,
): PreparedFile {
  const report = emptyFileReport(file.name);
  const weight = (file.rows ? file.rows.length * 50 : file.bytes.length) / totalBytes;
  if (file.rows) {
    report.format = 'xlsx';
    return prepareSource(recordsTable(file.rows), index, report, builder, weight, file.columns, options);
  }
  if (file.skipped) {
    report.fatal = 'file_not_table';
    builder.issue({ severity: 'warning', code: 'file_not_table', file: file.name });
    return { index, report, source: null, plan: null, weight };
  }
  // Most files are read straight from their bytes; UTF-16 and irregular quotes go the text way below.
  const fast = byteTable(file.bytes);
  if (fast) {
    report.encoding = fast.encoding;
    report.delimiter = fast.delimiter;
    return prepareSource(fast.source, index, report, builder, weight, file.columns, options);
  }
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    const code: IssueCode =
      decoded.reason === 'empty'
        ? 'file_empty'
        : decoded.reason === 'xlsx'
          ? 'file_xlsx'
          : isLegacyExcel(file.bytes)
            ? 'file_xls'
            : 'file_binary';
    report.fatal = code;
    builder.issue({ severity: 'error', code, file: file.name });
    return { index, report, source: null, plan: null, weight };
  }
  report.encoding = decoded.encoding;
  const delimiter = detectDelimiter(decoded.text);
  report.delimiter = delimiter;
  let source: TableSource;
  try {
    source = textTable(decoded.text, delimiter);
  } catch {
    report.fatal = 'file_parse_failed';
    builder.issue({ severity: 'error', code: 'file_parse_failed', file: file.name });
    return { index, report, source: null, plan: null, weight };
  }
  return prepareSource(source, index, report, builder, weight, file.columns, options);
}

const PREVIEW_ROWS = 8;

function prepareSource(
  source: TableSource,
  index: number,
  report: FileReport,
  builder: WorkspaceBuilder,
  weight: number,
  columns: ColumnChoice[] | undefined,
  options: ImportOptions,
): PreparedFile {
  const file = report.fileName;
  if (source.headers.length === 0) {
    report.fatal = 'file_empty';
    builder.issue({ severity: 'error', code: 'file_empty', file });
    return { index, report, source: null, plan: null, weight };
  }
  if (source.sample.length === 0) {
    report.fatal = 'file_header_only';
    builder.issue({ severity: 'error', code: 'file_header_only', file });
  }
  for (const row of source.repairedQuotes)
    builder.issue({ severity: 'warning', code: 'row_quote_unclosed', file, row });
  const skippedAbove = source.headerRow - 1;
  if (skippedAbove > 0)
    builder.issue({
      severity: 'info',
      code: 'rows_above_header',
      file,
      row: source.headerRow,
      detail: { count: skippedAbove },
    });
  report.signature = headerSignature(source.headers);
  const remembered = options.remembered?.get(report.signature);
  const chosen = columns ?? remembered;
  const plan =
    chosen && chosen.length === source.headers.length
      ? planFromChoices(chosen)
      : planColumns(source.headers, source.sample);
  if (chosen && chosen.length === source.headers.length) report.mapping = columns ? 'chosen' : 'remembered';
  // A file without data rows has nothing to map: its report says so instead.
  report.needsMapping = plan.needsMapping && source.sample.length > 0;
  report.choices = choicesOf(plan);
  // Kept for every file, so that the columns can be changed from the report as well.
  report.preview = { headers: source.headers, rows: source.sample.slice(0, PREVIEW_ROWS) };
  report.kind = plan.kind;
  report.columns = source.headers.map((header, i) => {
    const role = plan.roles[i];
    return { header, role: role.type === 'field' ? role.field : role.type === 'skill' ? 'skill' : 'ignored' };
  });
  plan.roles.forEach((role, i) => {
    // Columns a person chose to ignore need no warning.
    if (report.mapping !== 'detected') return;
    if (
      role.type === 'ignored' &&
      (role.why !== 'column_unnamed' || source.sample.some((r) => (r[i] ?? '').trim() !== ''))
    ) {
      builder.issue({
        severity: 'warning',
        code: role.why,
        file,
        row: source.headerRow,
        column: source.headers[i] || `#${i + 1}`,
      });
    }
  });
  if (plan.problem) {
    report.fatal = plan.problem;
    builder.issue({ severity: 'error', code: plan.problem, file });
  }
  return { index, report, source, plan, weight };
}

type Columns = Partial<Record<Field, number>>;

const MEMBER_TEXT_FIELDS = ['department', 'location', 'title', 'email'] as const;
// The whole cell is the word ("Итого", "Total:"), so that "Sum Li" or "Total Quality Jones" stay people.
const TOTAL_ROW = /^(итого|итог|всего|сумма|total|totals|grand total|sum)\s*[:.]?$/iu;
const MEMBER_ATTRIBUTES: readonly Field[] = [
  ...MEMBER_TEXT_FIELDS,
  'status',
  'ambassador',
  'workload',
  'activity',
  'roles',
];
const SKILL_ATTRIBUTES: readonly Field[] = ['category', 'target', 'required_level', 'weight'];

/** Link values: level in the low 3 bits, interest and "set by this import" as flags. */
const INTEREST = 8;
const SET_NOW = 16;

interface RowContext {
  file: string;
  headers: string[];
  columns: Columns;
  report: FileReport;
  kind: FileKind;
  hasMemberAttributes: boolean;
  hasSkillAttributes: boolean;
  created: { members: { name: string; row: number }[]; skills: { name: string; row: number }[] };
  /** Raw id + name → resolved index, for rows that name the same member or skill again. */
  memberRefs: Map<string, number>;
  skillRefs: Map<string, number>;
  /** Issues met per code, and how many of them are kept (errors and warnings have different caps). */
  issueCounts: Map<IssueCode, { met: number; kept: number }>;
  /** This file's position in the import order (its log entries' `file`). */
  fileIndex: number;
  cells: string[];
  row: number;
  /** The row's cells as entry numbers (byteTable), when the source gives them. */
  ids: Int32Array | undefined;
  /** The header's width: rows at least this wide use `recall`. */
  width: number;
  /** References, levels and interest flags of rows read before, by entry number. */
  recall: {
    memberById: Recall;
    memberByName: Recall;
    skillById: Recall;
    skillByName: Recall;
    level: Recall;
    interest: Recall;
  };
  /** Whether the last resolve created its member or skill. */
  lastCreated: boolean;
  /** 100 when a workbook's workload column holds fractions (Excel's percent format: 0.75 shows as 75%). */
  workloadScale: number;
  /** Whether the workload column's first rows write percentages with `%` (then a bare 0,5 is a share of one). */
  workloadPercent: boolean;
  /** The raw reference of the previous row's member, and who it was. */
  lastMemberId: string;
  lastMemberName: string;
  lastMember: number;
}

class WorkspaceBuilder {
  readonly issues: ImportIssue[] = [];
  readonly rejectedRows: RejectedRow[] = [];
  importHasMembersFile = false;
  importHasSkillsFile = false;

  private readonly members = new Registry<Member>(
    (m) => m.memberId,
    (m, id) => (m.memberId = id),
  );
  private readonly skills = new Registry<Skill>(
    (s) => s.skillId,
    (s, id) => (s.skillId = id),
  );
  /** Every link the files give, in reading order; settled into the workspace's links by `result()`. */
  private readonly log: LinkLog;
  /** The links of the workspace merged into, as a log of their own (file and row unused). */
  private readonly baseLinks = new LinkLog(16);
  /** Each imported file's row context, by its position in the import order (a log entry's `file`). */
  private readonly contexts: RowContext[] = [];
  /** field → entity index → the value this import gave first, to report conflicts between files. */
  private readonly attributeSeen = new Map<
    string,
    Map<number, { value: string; file: string; row: number }>
  >();
  private readonly baseHadMembers: boolean;
  /** Members and skills below these indexes came from the workspace merged into. */
  private readonly baseMembers: number;
  private readonly baseSkills: number;
  private readonly baseHadSkills: boolean;
  private readonly basePlan: WorkspacePlan | null;

  constructor(base: Workspace | null, expectedLinks: number) {
    this.log = new LinkLog(Math.max(1024, expectedLinks));
    this.baseMembers = base?.members.length ?? 0;
    this.baseSkills = base?.skills.length ?? 0;
    this.baseHadMembers = (base?.members.length ?? 0) > 0;
    this.baseHadSkills = (base?.skills.length ?? 0) > 0;
    this.basePlan = base?.plan ?? null;
    if (!base) return;
    for (const m of base.members) this.members.add({ ...m, roles: [...m.roles] });
    for (const s of base.skills) this.skills.add({ ...s });
    const { member, skill, level, interest } = base.links;
    for (let i = 0; i < level.length; i++)
      this.baseLinks.push(member[i], skill[i], level[i] | (interest[i] ? INTEREST : 0), 0, 0);
  }

  issue(issue: ImportIssue, ctx?: RowContext) {
    if (ctx) {
      const cap = issue.severity === 'error' ? ERRORS_KEPT_PER_CODE : ISSUES_KEPT_PER_CODE;
      const count = ctx.issueCounts.get(issue.code) ?? { met: 0, kept: cap };
      count.met++;
      ctx.issueCounts.set(issue.code, count);
      if (count.met > cap) return;
    }
    this.issues.push(issue);
  }

  /**
   * The workspace: links settled pair by pair in reading order (the rules of `setLink`), the rows counted as
   * imported or merged, level conflicts reported in row order, then each file's summary of issues left out.
   */
  result(): Workspace {
    const memberCount = this.members.size;
    const skillCount = this.skills.size;
    const log = this.log.sorted(memberCount, skillCount);
    const base = this.baseLinks.sorted(memberCount, skillCount);
    const links = emptyLinks(log.length + base.length);
    const conflicts: {
      file: number;
      row: number;
      member: number;
      skill: number;
      kept: number;
      other: number;
    }[] = [];
    let k = 0;
    const emit = (m: number, s: number, value: number) => {
      if ((value & 7) === 0) return; // level 0: no link
      links.member[k] = m;
      links.skill[k] = s;
      links.level[k] = value & 7;
      links.interest[k] = value & INTEREST ? 1 : 0;
      k++;
    };
    let b = 0;
    for (let i = 0; i < log.length;) {
      const m = log.member[i];
      const s = log.skill[i];
      // Stored pairs before this one stay as they were.
      while (b < base.length && (base.member[b] < m || (base.member[b] === m && base.skill[b] < s))) {
        emit(base.member[b], base.skill[b], base.value[b]);
        b++;
      }
      let existing = -1;
      if (b < base.length && base.member[b] === m && base.skill[b] === s) existing = base.value[b++];
      for (; i < log.length && log.member[i] === m && log.skill[i] === s; i++) {
        const value = log.value[i];
        const level = value & LEVEL_BITS;
        // No interest cell: the flag the pair had stays.
        const interest =
          value & INTEREST_GIVEN
            ? (value & INTEREST_YES) !== 0
            : existing >= 0 && (existing & INTEREST) !== 0;
        let merged: boolean;
        if (existing >= 0 && existing & SET_NOW) {
          // Given twice in this import: the higher level wins, and a different one is reported.
          const previous = existing & 7;
          if (previous !== level) {
            conflicts.push({
              file: log.file[i],
              row: log.row[i],
              member: m,
              skill: s,
              kept: Math.max(previous, level),
              other: Math.min(previous, level),
            });
          }
          existing = Math.max(previous, level) | SET_NOW | (interest || existing & INTEREST ? INTEREST : 0);
          merged = true;
        } else {
          // New, or stored before: the imported level replaces the stored one (level 0 removes the pair).
          merged = existing >= 0;
          existing = level | SET_NOW | (interest ? INTEREST : 0);
        }
        if (value & COUNTS) this.count(this.contexts[log.file[i]].report, merged);
      }
      emit(m, s, existing);
    }
    for (; b < base.length; b++) emit(base.member[b], base.skill[b], base.value[b]);

    conflicts.sort((x, y) => x.file - y.file || x.row - y.row);
    for (const c of conflicts) {
      const ctx = this.contexts[c.file];
      this.issue(
        {
          severity: 'warning',
          code: 'conflict_level',
          file: ctx.file,
          row: c.row,
          detail: {
            member: this.members.list[c.member].name,
            skill: this.skills.list[c.skill].name,
            kept: c.kept,
            other: c.other,
          },
        },
        ctx,
      );
    }
    for (const ctx of this.contexts) {
      for (const [code, { met, kept }] of ctx.issueCounts) {
        if (met > kept)
          this.issues.push({
            severity: 'info',
            code: 'more_issues',
            file: ctx.file,
            detail: { count: met - kept, code },
          });
      }
    }
    const trimmed = emptyLinks(k);
    trimmed.member.set(links.member.subarray(0, k));
    trimmed.skill.set(links.skill.subarray(0, k));
    trimmed.level.set(links.level.subarray(0, k));
    trimmed.interest.set(links.interest.subarray(0, k));
    const members = this.members.list;
    // Merge keeps the person's decisions (leavers, pins) on the members still there; Replace starts afresh.
    const plan = this.basePlan ? planFor(this.basePlan, members) : emptyPlan();
    return { members, skills: this.skills.list, links: trimmed, plan };
  }

  importFile(file: PreparedFile, progress: (fraction: number) => void) {
    const { source, plan, report } = file;
    if (!source) return;
    const columns: Columns = {};
    const skillColumns: number[] = [];
    plan?.roles.forEach((role, i) => {
      if (role.type === 'field') columns[role.field] = i;
      else if (role.type === 'skill') skillColumns.push(i);
    });
    const ctx: RowContext = {
      file: report.fileName,
      headers: source.headers,
      columns,
      report,
      kind: plan?.kind ?? 'members',
      hasMemberAttributes: MEMBER_ATTRIBUTES.some((f) => columns[f] !== undefined),
      hasSkillAttributes: SKILL_ATTRIBUTES.some((f) => columns[f] !== undefined),
      workloadScale: workloadScale(report, source, columns.workload),
      workloadPercent:
        columns.workload !== undefined &&
        source.sample.some((r) => (r[columns.workload!] ?? '').trim().endsWith('%')),
      created: { members: [], skills: [] },
      memberRefs: new Map(),
      skillRefs: new Map(),
      issueCounts: new Map(),
      fileIndex: this.contexts.length,
      cells: [],
      row: 0,
      ids: undefined,
      width: source.headers.length,
      recall: {
        memberById: new Recall(),
        memberByName: new Recall(),
        skillById: new Recall(),
        skillByName: new Recall(),
        level: new Recall(),
        interest: new Recall(),
      },
      lastCreated: false,
      lastMemberId: '',
      lastMemberName: '',
      lastMember: -1,
    };
    this.contexts.push(ctx);
    const usable = plan && !plan.problem && plan.kind;
    if (ctx.workloadScale !== 1) {
      this.issue({
        severity: 'info',
        code: 'workload_fraction',
        file: ctx.file,
        row: source.headerRow,
        column: header(ctx, 'workload'),
      });
    }
    const matrixSkills =
      usable && plan.kind === 'matrix' ? skillColumns.map((c) => this.matrixSkill(ctx, c)) : [];
    const width = source.headers.length;
    const visit = source.each((cells, row, ids) => {
      report.rowsRead++;
      ctx.cells = cells;
      ctx.row = row;
      ctx.ids = ids && cells.length >= width ? ids : undefined;
      if (!usable) return this.reject(ctx, report.fatal ?? 'file_unrecognised', false);
      if (cells.length > width && hasExtraCells(cells, width)) return this.reject(ctx, 'row_extra_cells');
      // One filled cell that splits on another delimiter into about as many cells as the header has: a row
      // saved with another delimiter. Read as it is, it would become a person named "Иванов,Python,3".
      const other = width > 1 && report.delimiter ? otherDelimiterIn(cells, report.delimiter, width) : null;
      if (other) {
        this.issue(
          {
            severity: 'error',
            code: 'row_other_delimiter',
            file: ctx.file,
            row,
            detail: { found: DELIMITER_NAMES[other], expected: DELIMITER_NAMES[report.delimiter!] },
          },
          ctx,
        );
        return this.reject(ctx, 'row_other_delimiter', false);
      }
      if (plan.kind === 'members') this.memberRow(ctx);
      else if (plan.kind === 'skills') this.skillRow(ctx);
      else if (plan.kind === 'expertise') {
        if (!this.recalledExpertiseRow(ctx)) this.expertiseRow(ctx);
      } else this.matrixRow(ctx, skillColumns, matrixSkills);
    }, progress);
    report.blankLines = visit.blankLines;
    if (visit.encoding) report.encoding = visit.encoding;
    for (const row of visit.badBytes ?? [])
      this.issue({ severity: 'warning', code: 'row_bad_bytes', file: ctx.file, row }, ctx);
    for (const row of visit.quoteErrors)
      this.issue({ severity: 'warning', code: 'row_quotes', file: ctx.file, row }, ctx);
    this.summariseCreated(ctx);
  }

  // ---- rows ----

  /** A spreadsheet's total line ("Итого", "Total") names no person: it is rejected, not imported as one. */
  private isTotalRow(ctx: RowContext): boolean {
    if (cell(ctx, 'member_id').trim() !== '') return false;
    const name = cell(ctx, 'name');
    if (!TOTAL_ROW.test(name.trim())) return false;
    this.issue(
      { severity: 'error', code: 'row_total', file: ctx.file, row: ctx.row, value: name.trim() },
      ctx,
    );
    this.reject(ctx, 'row_total', false, name.trim());
    return true;
  }

  private memberRow(ctx: RowContext) {
    if (this.isTotalRow(ctx)) return;
    const found = this.resolveMember(ctx, 'define');
    if (found < 0) return this.reject(ctx, 'row_no_member');
    this.count(ctx.report, !ctx.lastCreated);
    this.applyMemberAttributes(ctx, this.members.list[found], found, true);
  }

  private skillRow(ctx: RowContext) {
    const found = this.resolveSkill(ctx, 'define');
    if (found < 0) return this.reject(ctx, 'row_no_skill');
    this.count(ctx.report, !ctx.lastCreated);
    this.applySkillAttributes(ctx, this.skills.list[found], found, true);
  }

  private expertiseRow(ctx: RowContext) {
    if (this.isTotalRow(ctx)) return;
    if (!hasReference(ctx, 'member_id', 'name')) return this.reject(ctx, 'row_no_member');
    if (!hasReference(ctx, 'skill_id', 'skill')) {
      this.resolveMember(ctx, 'reference'); // the member the row names is kept
      return this.reject(ctx, 'row_no_skill');
    }
    const levelCell = cell(ctx, 'level');
    const level = parseLevel(levelCell);
    if (!level.ok || level.value === null) {
      const code: IssueCode = levelCell.trim() === '' ? 'row_no_level' : 'row_bad_level';
      this.issue(
        {
          severity: 'error',
          code,
          file: ctx.file,
          row: ctx.row,
          column: header(ctx, 'level'),
          value: levelCell,
        },
        ctx,
      );
      // The link cannot be kept, but the member and skill the row names are (SPEC: such a row never drops them).
      this.resolveMember(ctx, 'reference');
      this.resolveSkill(ctx, 'reference');
      return this.reject(ctx, code, false, levelCell);
    }
    const m = this.resolveMember(ctx, 'reference');
    const s = this.resolveSkill(ctx, 'reference');
    if (ctx.hasMemberAttributes) this.applyMemberAttributes(ctx, this.members.list[m], m, false);
    if (ctx.hasSkillAttributes) this.applySkillAttributes(ctx, this.skills.list[s], s, false);
    // null: the file says nothing about interest, and a stored flag stays as it was.
    let interest: boolean | null = null;
    if (ctx.columns.interest !== undefined) {
      const raw = cell(ctx, 'interest');
      const yes = parseYesNo(raw);
      if (yes.ok) interest = yes.value;
      else this.badCell(ctx, 'interest', raw);
    }
    this.setLink(ctx, m, s, level.value, interest, true);
    if (ctx.ids) this.rememberExpertiseRow(ctx, ctx.ids, m, s, level.value, interest);
  }

  /**
   * A row whose member, skill, level and interest cells were all met before in rows that imported: the same
   * checks would pass and the same lookups give the same answers, so they are recalled. False: read it fully.
   */
  private recalledExpertiseRow(ctx: RowContext): boolean {
    const { ids, recall: r, columns: c } = ctx;
    if (!ids) return false;
    const m = recallReference(r.memberById, r.memberByName, ids, c.member_id, c.name);
    if (m < 0) return false;
    const s = recallReference(r.skillById, r.skillByName, ids, c.skill_id, c.skill);
    if (s < 0) return false;
    const level = c.level === undefined ? -1 : r.level.get(ids[c.level]);
    if (level < 0) return false;
    let interest: boolean | null = null;
    if (c.interest !== undefined) {
      const flag = r.interest.get(ids[c.interest]);
      if (flag < 0) return false;
      interest = flag === 1;
    }
    if (ctx.hasMemberAttributes) this.applyMemberAttributes(ctx, this.members.list[m], m, false);
    if (ctx.hasSkillAttributes) this.applySkillAttributes(ctx, this.skills.list[s], s, false);
    this.setLink(ctx, m, s, level, interest, true);
    return true;
  }

  private rememberExpertiseRow(
    ctx: RowContext,
    ids: Int32Array,
    m: number,
    s: number,
    level: number,
    interest: boolean | null,
  ) {
    const { recall: r, columns: c } = ctx;
    rememberReference(ctx, r.memberById, r.memberByName, ids, 'member_id', 'name', m);
    rememberReference(ctx, r.skillById, r.skillByName, ids, 'skill_id', 'skill', s);
    if (c.level !== undefined) r.level.set(ids[c.level], level);
    if (c.interest !== undefined && interest !== null) r.interest.set(ids[c.interest], interest ? 1 : 0);
  }

  private matrixRow(ctx: RowContext, skillColumns: number[], skills: number[]) {
    if (this.isTotalRow(ctx)) return;
    const found = this.resolveMember(ctx, 'define');
    if (found < 0) return this.reject(ctx, 'row_no_member');
    this.count(ctx.report, !ctx.lastCreated);
    if (ctx.hasMemberAttributes) this.applyMemberAttributes(ctx, this.members.list[found], found, false);
    for (let k = 0; k < skillColumns.length; k++) {
      const column = skillColumns[k];
      const raw = unescapeCell(ctx.cells[column] ?? '');
      const level = parseLevel(raw);
      if (!level.ok) {
        this.issue(
          {
            severity: 'error',
            code: 'cell_bad_value',
            file: ctx.file,
            row: ctx.row,
            column: ctx.headers[column],
            value: raw,
          },
          ctx,
        );
        continue;
      }
      if (level.value !== null) this.setLink(ctx, found, skills[k], level.value, null, false);
    }
  }

  // ---- links ----

  /**
   * Records a member–skill level given by the current row; `result()` settles the pairs. `interest` null keeps
   * the flag the pair had (a matrix, or a file without an interest column, says nothing about it). `counts`:
   * the row is counted as imported or merged by whether its pair was there before.
   */
  private setLink(
    ctx: RowContext,
    m: number,
    s: number,
    level: number,
    interest: boolean | null,
    counts: boolean,
  ): void {
    const flags =
      (interest === null ? 0 : INTEREST_GIVEN | (interest ? INTEREST_YES : 0)) | (counts ? COUNTS : 0);
    this.log.push(m, s, level | flags, ctx.row, ctx.fileIndex);
  }

  // ---- identity ----

  private resolveMember(ctx: RowContext, use: 'define' | 'reference'): number {
    const rawId = cell(ctx, 'member_id');
    const rawName = cell(ctx, 'name');
    ctx.lastCreated = false;
    // Exports list a person's rows together: the same reference as the row before needs no lookup at all.
    if (ctx.lastMember >= 0 && rawId === ctx.lastMemberId && rawName === ctx.lastMemberName)
      return ctx.lastMember;
    const found = this.resolve(
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

  private resolveSkill(ctx: RowContext, use: 'define' | 'reference'): number {
    const found = this.resolve(
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

  /** Finds or creates what a row names; -1 when it names nothing. Sets `ctx.lastCreated`. */
  private resolve<T extends Identified>(
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
    if (found < 0) {
      if (!id && !name) return -1;
      found = registry.add(create(registry.freeKey(identityKey(id, name)), id, name));
      ctx.lastCreated = true;
    }
    refs.set(ref, found);
    return found;
  }

  private matrixSkill(ctx: RowContext, column: number): number {
    const name = cleanText(unescapeCell(ctx.headers[column]));
    const found = this.skills.find('', name, true);
    if (found >= 0) return found;
    const created = this.skills.add(skillFor(this.skills.freeKey(identityKey('', name)), '', name));
    ctx.created.skills.push({ name: this.skills.list[created].name, row: 1 });
    return created;
  }

  // ---- attributes ----

  private applyMemberAttributes(ctx: RowContext, m: Member, index: number, definesName: boolean) {
    const c = ctx.columns;
    if (definesName && c.name !== undefined) {
      const name = cleanText(cell(ctx, 'name'));
      // Another spelling of the same name keeps the first one met; another name for the same id is a conflict.
      const next = normaliseIdentity(name) === normaliseIdentity(m.name) ? m.name : name;
      if (name)
        this.setAttribute(ctx, 'm', index, 'name', next, () => this.members.rename(index, next), m.name);
    }
    if (!ctx.hasMemberAttributes) return;
    for (const field of MEMBER_TEXT_FIELDS) {
      if (c[field] === undefined) continue;
      const value = cleanText(cell(ctx, field));
      if (value) this.setAttribute(ctx, 'm', index, field, value, () => (m[field] = value), m.name);
    }
    if (c.status !== undefined) {
      const raw = cell(ctx, 'status');
      if (raw.trim()) {
        const status = parseStatus(raw);
        if (status.ok)
          this.setAttribute(ctx, 'm', index, 'status', status.value, () => (m.status = status.value), m.name);
        else this.badCell(ctx, 'status', raw);
      }
    }
    if (c.ambassador !== undefined) {
      const raw = cell(ctx, 'ambassador');
      const yes = parseYesNo(raw);
      if (!yes.ok) this.badCell(ctx, 'ambassador', raw);
      else {
        const next: MemberStatus = yes.value
          ? 'ambassador'
          : m.status === 'ambassador'
            ? 'employee'
            : m.status;
        if (next !== m.status || yes.value)
          this.setAttribute(ctx, 'm', index, 'status', next, () => (m.status = next), m.name);
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
      'm',
      index,
      'workload',
      m.name,
      (n) => n >= 0 && n * scale <= 100,
      (n) => (m.workload = Math.round(n * scale * 100) / 100),
    );
    this.numberAttribute(
      ctx,
      'm',
      index,
      'activity',
      m.name,
      (n) => n >= 0,
      (n) => (m.activity = n),
    );
    if (c.roles !== undefined) {
      const raw = cell(ctx, 'roles');
      if (raw.trim()) {
        const roles = parseRoles(raw);
        this.setAttribute(ctx, 'm', index, 'roles', roles.join('; '), () => (m.roles = roles), m.name);
      }
    }
  }

  private applySkillAttributes(ctx: RowContext, s: Skill, index: number, definesName: boolean) {
    const c = ctx.columns;
    if (definesName && c.skill !== undefined) {
      const name = cleanText(cell(ctx, 'skill'));
      const next = normaliseIdentity(name) === normaliseIdentity(s.name) ? s.name : name;
      if (name)
        this.setAttribute(ctx, 's', index, 'skill', next, () => this.skills.rename(index, next), s.name);
    }
    if (!ctx.hasSkillAttributes) return;
    if (c.category !== undefined) {
      const value = cleanText(cell(ctx, 'category'));
      if (value) this.setAttribute(ctx, 's', index, 'category', value, () => (s.category = value), s.name);
    }
    this.numberAttribute(
      ctx,
      's',
      index,
      'target',
      s.name,
      (n) => Number.isInteger(n) && n >= 0,
      (n) => (s.target = n),
    );
    if (c.required_level !== undefined) {
      const raw = cell(ctx, 'required_level');
      if (raw.trim()) {
        const level = parseLevel(raw);
        if (level.ok && level.value !== null && level.value >= 1) {
          const v = level.value;
          this.setAttribute(
            ctx,
            's',
            index,
            'required_level',
            String(v),
            () => (s.requiredLevel = v),
            s.name,
          );
        } else this.badCell(ctx, 'required_level', raw);
      }
    }
    this.numberAttribute(
      ctx,
      's',
      index,
      'weight',
      s.name,
      (n) => n > 0,
      (n) => (s.weight = n),
    );
  }

  private numberAttribute(
    ctx: RowContext,
    owner: 'm' | 's',
    index: number,
    field: Field,
    ownerName: string,
    valid: (n: number) => boolean,
    apply: (n: number) => void,
  ) {
    if (ctx.columns[field] === undefined) return;
    const raw = cell(ctx, field);
    if (!raw.trim()) return;
    const n = parseNumber(raw);
    if (n.ok && valid(n.value))
      this.setAttribute(ctx, owner, index, field, String(n.value), () => apply(n.value), ownerName);
    else this.badCell(ctx, field, raw);
  }

  /** Applies a value; when this import already gave another one, the later wins and a conflict is reported. */
  private setAttribute(
    ctx: RowContext,
    owner: 'm' | 's',
    index: number,
    field: string,
    value: string,
    apply: () => void,
    ownerName: string,
  ) {
    const slot = owner + field;
    let seenByIndex = this.attributeSeen.get(slot);
    if (!seenByIndex) this.attributeSeen.set(slot, (seenByIndex = new Map()));
    const seen = seenByIndex.get(index);
    if (seen && seen.value === value) return;
    if (seen) {
      this.issue(
        {
          severity: 'warning',
          code: 'conflict_attribute',
          file: ctx.file,
          row: ctx.row,
          column: header(ctx, field as Field) ?? field,
          value,
          detail: {
            owner: ownerName,
            field,
            previous: seen.value,
            previousFile: seen.file,
            previousRow: seen.row,
          },
        },
        ctx,
      );
    }
    seenByIndex.set(index, { value, file: ctx.file, row: ctx.row });
    const stored =
      !seen && index < (owner === 'm' ? this.baseMembers : this.baseSkills)
        ? this.storedText(owner, index, field)
        : '';
    apply();
    // Merge: a value the workspace already had, replaced by this file's, is reported with the rule that decided.
    const now = stored ? this.storedText(owner, index, field) : '';
    if (stored && now !== stored) {
      this.issue(
        {
          severity: 'warning',
          code: 'conflict_stored',
          file: ctx.file,
          row: ctx.row,
          column: header(ctx, field as Field) ?? field,
          value: now,
          detail: { owner: ownerName, field, previous: stored },
        },
        ctx,
      );
    }
  }

  /** An attribute as text, to compare what the workspace had with what an import gives. */
  private storedText(owner: 'm' | 's', index: number, field: string): string {
    if (owner === 'm') {
      const m = this.members.list[index];
      const values: Record<string, unknown> = { ...m, roles: m.roles.join('; ') };
      return String(values[field] ?? '');
    }
    const s = this.skills.list[index];
    const values: Record<string, unknown> = {
      skill: s.name,
      category: s.category,
      target: s.target,
      required_level: s.requiredLevel,
      weight: s.weight,
    };
    return String(values[field] ?? '');
  }

  private badCell(ctx: RowContext, field: Field, raw: string) {
    this.issue(
      {
        severity: 'error',
        code: 'cell_bad_value',
        file: ctx.file,
        row: ctx.row,
        column: header(ctx, field),
        value: raw,
      },
      ctx,
    );
  }

  // ---- accounting ----

  private count(report: FileReport, existed: boolean) {
    if (existed) report.merged++;
    else report.imported++;
  }

  private reject(ctx: RowContext, reason: IssueCode, reportIssue = true, value?: string) {
    ctx.report.rejected++;
    this.rejectedRows.push({
      file: ctx.file,
      row: ctx.row,
      reason,
      value,
      headers: ctx.headers,
      cells: ctx.cells.slice(),
    });
    if (reportIssue && reason !== ctx.report.fatal)
      this.issue({ severity: 'error', code: reason, file: ctx.file, row: ctx.row }, ctx);
  }

  private summariseCreated(ctx: RowContext) {
    const warnMembers = ctx.kind === 'expertise' && (this.importHasMembersFile || this.baseHadMembers);
    const warnSkills = this.importHasSkillsFile || this.baseHadSkills;
    const groups = [
      {
        list: ctx.created.members,
        warn: warnMembers,
        each: 'member_created',
        summary: 'members_created_summary',
      },
      {
        list: ctx.created.skills,
        warn: warnSkills,
        each: 'skill_created',
        summary: 'skills_created_summary',
      },
    ] as const;
    for (const g of groups) {
      if (g.list.length === 0) continue;
      if (g.warn) {
        for (const c of g.list)
          this.issue({ severity: 'warning', code: g.each, file: ctx.file, row: c.row, value: c.name }, ctx);
      } else {
        this.issue({ severity: 'info', code: g.summary, file: ctx.file, detail: { count: g.list.length } });
      }
    }
  }
}

/**
 * A workbook cell formatted as a percentage stores a fraction (75% is 0.75), and the sheet reader gives the
 * number without its format. A workload column whose numbers all lie in 0–1, not all 0 or 1, is such a column.
 */
function workloadScale(report: FileReport, source: TableSource, column: number | undefined): number {
  if (report.format !== 'xlsx' || column === undefined) return 1;
  let numbers = 0;
  let fractional = 0;
  for (const row of source.sample) {
    const raw = (row[column] ?? '').trim();
    if (raw === '') continue;
    if (raw.endsWith('%')) return 1;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 1) return 1;
    numbers++;
    if (n > 0 && n < 1) fractional++;
  }
  return numbers > 0 && fractional > 0 ? 100 : 1;
}

/** Excel 97–2003 (.xls) and other OLE2 compound files start with D0 CF 11 E0. */
function isLegacyExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

const memberFor = (key: string, memberId: string, name: string) =>
  newMember({ key, memberId, name: name || memberId });
const skillFor = (key: string, skillId: string, name: string) =>
  newSkill({ key, skillId, name: name || skillId });

/** Remembers whom a row's reference cells named (mirroring `resolve`: a non-blank id decides alone). */
function rememberReference(
  ctx: RowContext,
  byId: Recall,
  byName: Recall,
  ids: Int32Array,
  idField: Field,
  nameField: Field,
  found: number,
) {
  const idColumn = ctx.columns[idField];
  const nameColumn = ctx.columns[nameField];
  if (idColumn !== undefined && cell(ctx, idField).trim() !== '') return byId.set(ids[idColumn], found);
  if (idColumn !== undefined) byId.set(ids[idColumn], BLANK);
  if (nameColumn !== undefined) byName.set(ids[nameColumn], found);
}

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': ',', ';': ';', '\t': 'Tab', '|': '|' };

/** The delimiter a row seems saved with instead of the file's, when only its first cell is filled. */
function otherDelimiterIn(cells: string[], delimiter: Delimiter, width: number): Delimiter | null {
  const first = cells[0];
  for (let i = 1; i < cells.length; i++) if (cells[i].trim() !== '') return null;
  for (const other of DELIMITERS) {
    if (other === delimiter || !first.includes(other)) continue;
    const parts = first.split(other).filter((part) => part.trim() !== '').length;
    if (parts >= Math.min(width, 3) && parts <= width + 2) return other;
  }
  return null;
}

function hasExtraCells(cells: string[], width: number): boolean {
  for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') return true;
  return false;
}

/** Whether the row names the member (or skill) at all; trim() drops the same spaces cleanText folds. */
function hasReference(ctx: RowContext, idField: Field, nameField: Field): boolean {
  return cell(ctx, idField).trim() !== '' || cell(ctx, nameField).trim() !== '';
}

function cell(ctx: RowContext, field: Field): string {
  const column = ctx.columns[field];
  if (column === undefined) return '';
  return unescapeCell(ctx.cells[column] ?? '');
}

function header(ctx: RowContext, field: Field): string | undefined {
  const column = ctx.columns[field];
  return column === undefined ? undefined : ctx.headers[column];
}

/** Reads the files that came as blobs (a worker reads a 50 MB file without the page copying it first). */
export async function readBlobs(files: ImportFile[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (f) =>
      f.blob ? { name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) } : f,
    ),
  );
}

/** Attaches the columns chosen in the mapping step to the files, by position in the (expanded) list. */
export function withChoices(files: ImportFile[], chosen: [number, ColumnChoice[]][]): ImportFile[] {
  const byIndex = new Map(chosen);
  return files.map((f, i) => (byIndex.has(i) ? { ...f, columns: byIndex.get(i) } : f));
}
