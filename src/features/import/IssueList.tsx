import { useMemo, useState } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import type { ImportIssue } from '../../io/report';
import { useT } from '../../store/ui';
import { issueMessage, issuePlace } from './issueText';

const SHOWN = 40;

/** File-level notes first, then by row; a count of unlisted issues last. */
function rowOrder(issue: ImportIssue): number {
  return issue.code === 'more_issues' ? Infinity : (issue.row ?? 0);
}

export function IssueList({ issues }: { issues: ImportIssue[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  // In row order, file-level notes first (the stable sort keeps the order of equal rows).
  const ordered = useMemo(() => [...issues].sort((a, b) => rowOrder(a) - rowOrder(b)), [issues]);
  if (issues.length === 0) return null;
  const shown = all ? ordered : ordered.slice(0, SHOWN);
  return (
    <div className="issues">
      <h4>{t('report.issues')}</h4>
      <ul>
        {shown.map((issue, i) => (
          <li key={i} className={`issue issue-${issue.severity}`}>
            <span className="issue-severity">{t(`report.severity.${issue.severity}` as MessageKey)}</span>{' '}
            <span className="issue-place">
              {issue.file}
              {issue.row !== undefined || issue.column !== undefined ? `, ${issuePlace(t, issue)}` : ''}:
            </span>{' '}
            {issueMessage(t, issue)}
          </li>
        ))}
      </ul>
      {!all && issues.length > SHOWN && (
        <button type="button" className="button small" onClick={() => setAll(true)}>
          {t('report.showMore', { count: issues.length - SHOWN })}
        </button>
      )}
    </div>
  );
}
