import { describe, expect, test } from 'vitest';
import { GROUP_EXAMPLES, groupIssues, type IssueEntry } from './issueGroups';
import type { ImportIssue } from './report';

const conflict = (row: number, field = 'department', column = 'Подразделение'): ImportIssue => ({
  severity: 'warning',
  code: 'conflict_stored',
  file: 'team.csv',
  row,
  column,
  value: 'Team',
  detail: { owner: `Member ${row}`, field, previous: 'Sales' },
});

const badLevel = (row: number, file = 'team.csv'): ImportIssue => ({
  severity: 'error',
  code: 'row_bad_level',
  file,
  row,
  column: 'level',
  value: 'guru',
});

/** Each entry as a short word: `code@rows` for a group, `code:row` for a single issue. */
function shape(entries: IssueEntry[]): string[] {
  return entries.map((e) =>
    e.kind === 'group'
      ? `${e.group.code}@${e.group.issues.map((i) => i.row).join(',')}`
      : `${e.issue.code}:${e.issue.row ?? '-'}`,
  );
}

describe('groupIssues', () => {
  test('266 warnings of one change in one column become one group; the one error comes first', () => {
    const issues = [...Array.from({ length: 266 }, (_, i) => conflict(i + 2)), badLevel(150)];
    const entries = groupIssues(issues);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({ kind: 'single', issue: badLevel(150) });
    const second = entries[1];
    if (second.kind !== 'group') throw new Error('expected a group');
    expect(second.group.severity).toBe('warning');
    expect(second.group.code).toBe('conflict_stored');
    expect(second.group.file).toBe('team.csv');
    expect(second.group.column).toBe('Подразделение');
    expect(second.group.issues).toHaveLength(266);
    expect(second.group.examples.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(GROUP_EXAMPLES).toBe(3);
  });

  test('a single issue stays as it is', () => {
    const issue = badLevel(7);
    expect(groupIssues([issue])).toEqual([{ kind: 'single', issue }]);
    expect(groupIssues([])).toEqual([]);
  });

  test('different files, severities, codes, columns or attributes are different groups', () => {
    const entries = groupIssues([
      conflict(2),
      conflict(3),
      conflict(4, 'location', 'Подразделение'), // another attribute under the same header
      conflict(5, 'department', 'Team'), // another column
      { ...conflict(6), file: 'other.csv' },
      { ...conflict(7), code: 'conflict_attribute' },
      { ...conflict(8), severity: 'info' },
    ]);
    expect(shape(entries)).toEqual([
      'conflict_stored@2,3',
      'conflict_stored:4',
      'conflict_stored:5',
      'conflict_stored:6',
      'conflict_attribute:7',
      'conflict_stored:8',
    ]);
  });

  test('errors, then warnings, then notes; within a severity by first row, file-level issues first', () => {
    const entries = groupIssues([
      { severity: 'info', code: 'member_created', file: 'a.csv', row: 2, value: 'X' },
      conflict(9),
      badLevel(12),
      conflict(4),
      { severity: 'warning', code: 'column_ignored', file: 'a.csv', column: 'Notes' },
      badLevel(3),
      { severity: 'error', code: 'row_no_member', file: 'a.csv', row: 5 },
    ]);
    expect(shape(entries)).toEqual([
      'row_bad_level@3,12',
      'row_no_member:5',
      'column_ignored:-',
      'conflict_stored@4,9',
      'member_created:2',
    ]);
  });

  test('issues without a row stay single even when they share a kind', () => {
    const notes: ImportIssue[] = [
      { severity: 'info', code: 'members_created_summary', file: 'a.csv', detail: { count: 3 } },
      { severity: 'info', code: 'members_created_summary', file: 'a.csv', detail: { count: 4 } },
    ];
    expect(shape(groupIssues(notes))).toEqual(['members_created_summary:-', 'members_created_summary:-']);
  });

  test('a summary of unlisted issues follows the last entry of the kind it counts', () => {
    const summary: ImportIssue = {
      severity: 'info',
      code: 'more_issues',
      file: 'team.csv',
      detail: { count: 3000, code: 'conflict_stored' },
    };
    const orphan: ImportIssue = {
      severity: 'info',
      code: 'more_issues',
      file: 'team.csv',
      detail: { count: 1, code: 'row_quotes' },
    };
    const entries = groupIssues([
      summary,
      orphan,
      conflict(2),
      conflict(3),
      conflict(4, 'department', 'Team'),
      badLevel(5),
      { severity: 'info', code: 'member_created', file: 'team.csv', row: 2, value: 'X' },
    ]);
    expect(shape(entries)).toEqual([
      'row_bad_level:5',
      'conflict_stored@2,3',
      'conflict_stored:4',
      'more_issues:-',
      'member_created:2',
      'more_issues:-',
    ]);
    expect(entries[3]).toEqual({ kind: 'single', issue: summary });
    expect(entries[5]).toEqual({ kind: 'single', issue: orphan });
  });

  test('a group lists its rows in order whatever order they were reported in', () => {
    const entries = groupIssues([conflict(40), conflict(7), conflict(19), conflict(3)]);
    expect(shape(entries)).toEqual(['conflict_stored@3,7,19,40']);
    const only = entries[0];
    if (only.kind !== 'group') throw new Error('expected a group');
    expect(only.group.examples.map((i) => i.row)).toEqual([3, 7, 19]);
  });
});
