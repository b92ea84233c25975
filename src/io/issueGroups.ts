// The report's issues as a person reads them: repeats of one kind in one column gathered into a group with a
// count and its first rows, so the one broken row is not buried under hundreds of the same note; errors first.
import type { IssueCode } from './codes';
import type { ImportIssue, Severity } from './report';

/** How many issues of a group are shown before the person asks for all of its rows. */
export const GROUP_EXAMPLES = 3;

export interface IssueGroup {
  severity: Severity;
  code: IssueCode;
  file: string;
  column?: string;
  /** Every issue of the group, by row (two or more, each with a row). */
  issues: ImportIssue[];
  /** The first `GROUP_EXAMPLES` of `issues`. */
  examples: ImportIssue[];
}

export type IssueEntry = { kind: 'single'; issue: ImportIssue } | { kind: 'group'; group: IssueGroup };

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Conflicts of different attributes are different changes, even where one column could hold both. */
function attributeOf(issue: ImportIssue): string {
  return issue.code === 'conflict_attribute' || issue.code === 'conflict_stored'
    ? String(issue.detail?.field ?? '')
    : '';
}

function groupKey(issue: ImportIssue): string {
  return [issue.file, issue.severity, issue.code, issue.column ?? '', attributeOf(issue)].join('\u0000');
}

function firstRow(entry: IssueEntry): number {
  return (entry.kind === 'single' ? entry.issue.row : entry.group.issues[0].row) ?? 0;
}

function severityOf(entry: IssueEntry): Severity {
  return entry.kind === 'single' ? entry.issue.severity : entry.group.severity;
}

function belongsTo(entry: IssueEntry, file: string, code: unknown): boolean {
  const { file: f, code: c } = entry.kind === 'single' ? entry.issue : entry.group;
  return f === file && c === code;
}

/**
 * Issues with a row that share file, severity, code and column (and, for a conflict, the attribute) become one
 * group; the rest stay single. Errors come first, then warnings, then notes; within a severity, by first row
 * (file-level issues first). A summary of unlisted issues (`more_issues`) follows the last entry of the kind it
 * counts, so "…and N more like …" reads as the continuation of that kind.
 */
export function groupIssues(issues: readonly ImportIssue[]): IssueEntry[] {
  const buckets = new Map<string, ImportIssue[]>();
  const entries: (IssueEntry | ImportIssue[])[] = [];
  const summaries: ImportIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'more_issues') summaries.push(issue);
    else if (issue.row === undefined) entries.push({ kind: 'single', issue });
    else {
      const key = groupKey(issue);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(issue);
      else {
        const fresh = [issue];
        buckets.set(key, fresh);
        entries.push(fresh);
      }
    }
  }
  const ordered = entries
    .map((e): IssueEntry => (Array.isArray(e) ? toEntry(e) : e))
    .map((entry, at) => ({ entry, at }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[severityOf(a.entry)] - SEVERITY_RANK[severityOf(b.entry)] ||
        firstRow(a.entry) - firstRow(b.entry) ||
        a.at - b.at,
    )
    .map(({ entry }) => entry);
  for (const summary of summaries) {
    const last = ordered.findLastIndex((e) => belongsTo(e, summary.file, summary.detail?.code));
    const entry: IssueEntry = { kind: 'single', issue: summary };
    if (last < 0) ordered.push(entry);
    else ordered.splice(last + 1, 0, entry);
  }
  return ordered;
}

function toEntry(bucket: ImportIssue[]): IssueEntry {
  if (bucket.length === 1) return { kind: 'single', issue: bucket[0] };
  const sorted = [...bucket].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const { severity, code, file, column } = sorted[0];
  return {
    kind: 'group',
    group: { severity, code, file, column, issues: sorted, examples: sorted.slice(0, GROUP_EXAMPLES) },
  };
}
