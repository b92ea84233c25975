import { useId, useMemo, useState } from 'react';
import { cutForDisplay } from '../../components/cut';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { GROUP_EXAMPLES, groupIssues, type IssueGroup } from '../../io/issueGroups';
import type { ImportIssue, Severity } from '../../io/report';
import { useT } from '../../store/ui';
import { issueMessage, issuePlace } from './issueText';

/** Entries (single issues or groups) listed before "Show N more". */
const SHOWN = 40;

/** Errors first, then warnings, then notes; repeats of one kind in one column as one group with its rows. */
export function IssueList({ issues }: { issues: ImportIssue[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const entries = useMemo(() => groupIssues(issues.map(cutIssue)), [issues]);
  if (issues.length === 0) return null;
  const shown = all ? entries : entries.slice(0, SHOWN);
  return (
    <div className="issues">
      <h4>{t('report.issues')}</h4>
      <ul>
        {shown.map((entry, i) =>
          entry.kind === 'single' ? (
            <li key={i} className={`issue issue-${entry.issue.severity}`}>
              <SeverityWord t={t} severity={entry.issue.severity} />{' '}
              <span className="issue-place">
                {entry.issue.file}
                {entry.issue.row !== undefined || entry.issue.column !== undefined
                  ? `, ${issuePlace(t, entry.issue)}`
                  : ''}
                :
              </span>{' '}
              {issueMessage(t, entry.issue)}
            </li>
          ) : (
            <GroupItem key={i} t={t} group={entry.group} />
          ),
        )}
      </ul>
      {!all && entries.length > SHOWN && (
        <button type="button" className="button small" onClick={() => setAll(true)}>
          {t('report.showMore', { count: entries.length - SHOWN })}
        </button>
      )}
    </div>
  );
}

/** The issue with the file's texts it quotes (file name, header, value, names) cut for display. */
function cutIssue(issue: ImportIssue): ImportIssue {
  const detail = issue.detail && { ...issue.detail };
  if (detail)
    for (const [key, value] of Object.entries(detail))
      if (typeof value === 'string') detail[key] = cutForDisplay(value);
  return {
    ...issue,
    file: cutForDisplay(issue.file),
    ...(issue.column !== undefined && { column: cutForDisplay(issue.column) }),
    ...(issue.value !== undefined && { value: cutForDisplay(issue.value) }),
    ...(detail && { detail }),
  };
}

function SeverityWord({ t, severity }: { t: Translate; severity: Severity }) {
  return <span className="issue-severity">{t(`report.severity.${severity}` as MessageKey)}</span>;
}

/** "Warning · 266 rows · team.csv, column “Department”:", its first rows, and a disclosure for the rest. */
function GroupItem({ t, group }: { t: Translate; group: IssueGroup }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = group.issues.length;
  const rows = open ? group.issues : group.examples;
  return (
    <li className={`issue issue-${group.severity} issue-group`}>
      <SeverityWord t={t} severity={group.severity} />
      {' · '}
      <span className="issue-count">{t('report.group.rows', { count })}</span>
      {' · '}
      <span className="issue-place">
        {group.file}
        {group.column !== undefined ? `, ${t('report.where.column', { column: group.column })}` : ''}:
      </span>
      <ul id={listId} className="issue-rows">
        {rows.map((issue, i) => (
          <li key={i}>
            <span className="issue-place">{t('report.where.row', { row: issue.row ?? 0 })}:</span>{' '}
            {issueMessage(t, issue)}
          </li>
        ))}
      </ul>
      {count > group.examples.length && (
        <button
          type="button"
          className="button small"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open
            ? t('report.group.showFirst', { count: GROUP_EXAMPLES })
            : t('report.group.showAll', { count })}
        </button>
      )}
    </li>
  );
}
