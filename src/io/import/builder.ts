// The workspace an import builds: members and skills (with the stored ones on Merge), the link log, the
// issues and rejected rows. Rows are read into it by rows.ts; `result()` settles the links and the report.
import { baselineAfterImport } from '../../domain/skillValues';
import {
  emptyPlan,
  type Alias,
  type SkillValues,
  type Workspace,
  type WorkspacePlan,
} from '../../domain/types';
import type { IssueCode } from '../codes';
import { cutIssue, type FileReport, type ImportIssue, type RejectedRow } from '../report';
import { Attributes } from './attributes';
import type { RowContext } from './context';
import { Identities } from './identity';
import { entryValue, LinkLog, storedValue } from './linkLog';
import { PlanReader } from './planReader';
import { settleLinks } from './settle';

/** Warnings and notes of one code kept per file; beyond that they are only counted (a summary says how many). */
const ISSUES_KEPT_PER_CODE = 1000;
/** Errors of one code kept per file. Rejected rows themselves are all kept, for the download. */
const ERRORS_KEPT_PER_CODE = 5000;

export class WorkspaceBuilder {
  readonly issues: ImportIssue[] = [];
  readonly rejectedRows: RejectedRow[] = [];
  importHasMembersFile = false;
  importHasSkillsFile = false;
  readonly baseHadMembers: boolean;
  readonly baseHadSkills: boolean;
  /** Merging into a stored workspace, whose plan settings a settings file's rows replace. */
  readonly baseHadPlan: boolean;

  readonly identities = new Identities();
  readonly attributes: Attributes;
  /** Every link the files give, in reading order; settled into the workspace's links by `result()`. */
  private readonly log: LinkLog;
  /** The links of the workspace merged into, as a log of their own (file and row unused). */
  private readonly storedLinks = new LinkLog(16);
  /** Each imported file's row context, by its position in the import order (a log entry's `file`). */
  readonly contexts: RowContext[] = [];
  /** The plan marks and settings the files give. */
  readonly planReader = new PlanReader();
  private readonly basePlan: WorkspacePlan | null;
  private readonly aliases: readonly Alias[];
  private readonly kept: KeptOnReplace;

  /**
   * `base`: the workspace merged into (null on Replace). `kept`: the plan parts both modes keep — the names
   * remembered by renames and merges (docs/contract.md#aliases), the roles' targets and the activity thresholds.
   */
  constructor(
    base: Workspace | null,
    expectedLinks: number,
    kept: KeptOnReplace = base?.plan ?? emptyPlan(),
  ) {
    const { aliases } = kept;
    this.log = new LinkLog(Math.max(1024, expectedLinks));
    this.baseHadMembers = (base?.members.length ?? 0) > 0;
    this.baseHadSkills = (base?.skills.length ?? 0) > 0;
    this.basePlan = base?.plan ?? null;
    this.baseHadPlan = base !== null;
    this.aliases = aliases;
    this.kept = kept;
    this.identities.members.aliases = aliasMap(aliases, 'member');
    this.identities.skills.aliases = aliasMap(aliases, 'skill');
    this.attributes = new Attributes(
      this.identities,
      { members: base?.members.length ?? 0, skills: base?.skills.length ?? 0 },
      (issue, ctx) => this.issue(issue, ctx),
    );
    if (!base) return;
    for (const m of base.members) this.identities.members.add({ ...m, roles: [...m.roles] });
    for (const s of base.skills) this.identities.skills.add({ ...s });
    const { member, skill, level, interest } = base.links;
    for (let i = 0; i < level.length; i++)
      this.storedLinks.push(member[i], skill[i], storedValue(level[i], interest[i] !== 0), 0, 0);
  }

  /** Records an issue; with a row context, only the first few thousand of a code per file are kept. */
  issue(issue: ImportIssue, ctx?: RowContext) {
    if (ctx) {
      const cap = issue.severity === 'error' ? ERRORS_KEPT_PER_CODE : ISSUES_KEPT_PER_CODE;
      const count = ctx.issueCounts.get(issue.code) ?? { met: 0, kept: cap };
      count.met++;
      ctx.issueCounts.set(issue.code, count);
      if (count.met > cap) return;
    }
    this.issues.push(cutIssue(issue));
  }

  /** A row counted as imported (it made something new) or merged (it met what was there). */
  count(report: FileReport, existed: boolean) {
    if (existed) report.merged++;
    else report.imported++;
  }

  reject(ctx: RowContext, reason: IssueCode, reportIssue = true, value?: string) {
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

  /**
   * Records a member–skill level given by the current row; `result()` settles the pairs. `interest` null keeps
   * the flag the pair had (a matrix, or a file without an interest column, says nothing about it). `counts`:
   * the row is counted as imported or merged by whether its pair was there before.
   */
  link(ctx: RowContext, m: number, s: number, level: number, interest: boolean | null, counts: boolean) {
    this.log.push(m, s, entryValue(level, interest, counts), ctx.row, ctx.fileIndex);
  }

  /**
   * The workspace: links settled (settle.ts), the rows counted as imported or merged, level conflicts reported
   * in row order, then each file's summary of issues left out.
   */
  result(): Workspace {
    const members = this.identities.members.list;
    const skills = this.identities.skills.list;
    const settled = settleLinks(
      this.log,
      this.storedLinks,
      members.length,
      skills.length,
      this.contexts.length,
    );
    this.contexts.forEach((ctx, file) => {
      ctx.report.imported += settled.imported[file];
      ctx.report.merged += settled.merged[file];
    });
    for (const c of settled.conflicts) {
      const ctx = this.contexts[c.file];
      this.issue(
        {
          severity: 'warning',
          code: 'conflict_level',
          file: ctx.file,
          row: c.row,
          detail: {
            member: members[c.member].name,
            skill: skills[c.skill].name,
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
    // Merge keeps the person's decisions (leavers, pins) on the members still there and adds the files';
    // Replace takes the files' plan alone, except for the remembered names (which spellings are one skill or
    // person is a decision about names, not about the data replaced) and the club's own yardsticks: the roles'
    // targets and the activity thresholds say what the club wants, whoever the new files list.
    const base = this.basePlan
      ? this.withImportedValues(this.basePlan)
      : {
          ...emptyPlan(),
          aliases: [...this.aliases],
          roleTargets: [...this.kept.roleTargets],
          activityThresholds: { ...this.kept.activityThresholds },
        };
    const plan = this.planReader.planOf(base, members);
    return { members, skills, links: settled.links, plan };
  }

  /** The plan merged into, where a skill value a file gives becomes that skill's file value (what a reset restores). */
  private withImportedValues(base: WorkspacePlan): WorkspacePlan {
    const skills = this.identities.skills.list;
    const given = new Map<string, (keyof SkillValues)[]>();
    for (const [index, fields] of this.attributes.skillValuesGiven()) given.set(skills[index].key, fields);
    const baseline = baselineAfterImport(base.baseline, skills, given);
    return baseline === base.baseline ? base : { ...base, baseline };
  }
}

/** What a Replace keeps of the workspace's plan. */
export type KeptOnReplace = Pick<WorkspacePlan, 'aliases' | 'roleTargets' | 'activityThresholds'>;

function aliasMap(aliases: readonly Alias[], kind: Alias['kind']): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of aliases) if (a.kind === kind) map.set(a.alias, a.key);
  return map;
}
