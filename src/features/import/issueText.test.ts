import { describe, expect, test } from 'vitest';
import { translator } from '../../i18n/i18n';
import { issueMessage } from './issueText';

describe('issue messages', () => {
  test.each(['ru', 'en'] as const)(
    'a summary of unlisted issues names their kind without raw placeholders (%s)',
    (lang) => {
      const text = issueMessage(translator(lang), {
        severity: 'info',
        code: 'more_issues',
        file: 'expertise.csv',
        detail: { count: 625, code: 'conflict_level' },
      });
      expect(text).toContain('625');
      expect(text).not.toMatch(/[{}]/);
      expect(text).toContain('… – …');
    },
  );

  test.each(['ru', 'en'] as const)(
    'a workload column read as percentages shows its example reading (%s)',
    (lang) => {
      const text = issueMessage(translator(lang), {
        severity: 'warning',
        code: 'workload_fraction',
        file: 'club.xlsx',
        row: 1,
        column: 'Загрузка',
        value: '1.2',
        detail: { percent: 120 },
      });
      expect(text).toMatch(/1\.2.{1,3}→ 120 %/);
      expect(text).not.toMatch(/[{}]/);
    },
  );
});
