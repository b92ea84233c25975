import type { Translate, MessageKey } from '../../i18n/i18n';
import type { ImportIssue } from '../../io/report';

/** Where an issue is: “row 5, column “Level””. */
export function issuePlace(t: Translate, issue: ImportIssue): string {
  const parts: string[] = [];
  if (issue.row !== undefined) parts.push(t('report.where.row', { row: issue.row }));
  if (issue.column !== undefined) parts.push(t('report.where.column', { column: issue.column }));
  return parts.join(', ');
}

export function issueMessage(t: Translate, issue: ImportIssue): string {
  const detail: Record<string, string | number> = { ...(issue.detail ?? {}) };
  // A summary of issues left unlisted names their kind in words, by the start of that kind's message.
  if (issue.code === 'more_issues' && typeof detail.code === 'string') {
    // Names and values of the kind's own message are not known here: each shows as "…".
    detail.kind = t(`issue.${detail.code}` as MessageKey, { value: '…' })
      .split(/[:;.]/)[0]
      .replace(/[«“"]?\{\w+\}[»”"]?/g, '…');
  }
  // Status values are stored as codes; people read them in their language.
  if (
    (issue.code === 'conflict_attribute' || issue.code === 'conflict_stored') &&
    detail.field === 'status'
  ) {
    const word = (v: unknown) => t(`memberStatus.${String(v)}` as MessageKey);
    detail.previous = word(detail.previous);
    return t(`issue.${issue.code}`, { ...detail, value: word(issue.value) });
  }
  return t(`issue.${issue.code}` as MessageKey, { value: issue.value ?? '', ...detail });
}
