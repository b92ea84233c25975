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
  return t(`issue.${issue.code}` as MessageKey, { value: issue.value ?? '', ...(issue.detail ?? {}) });
}
