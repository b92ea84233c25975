// Helpers for the dialect tests: one hand-made file of tests/fixtures/dialects imported whole, and a
// workspace or report read back in a form a test can compare with a hand-written list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expertiseList, type Workspace } from '../../src/domain/types';
import type { ImportIssue } from '../../src/io/report';
import { expectEveryRowAccounted, importFiles } from './importFiles';

export const dialectBytes = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/dialects', name)));

/** The file imported on its own into an empty workspace, every row accounted for; `file` is its report. */
export function importDialect(name: string) {
  const outcome = importFiles({ name, bytes: dialectBytes(name) });
  expectEveryRowAccounted(outcome.report);
  return { ...outcome, file: outcome.report.files[0] };
}

/** Every link as "member / skill = level", `+ interest` when set, sorted. */
export function linksWithInterest(ws: Workspace): string[] {
  const memberName = new Map(ws.members.map((m) => [m.key, m.name]));
  const skillName = new Map(ws.skills.map((s) => [s.key, s.name]));
  return expertiseList(ws)
    .map(
      (e) =>
        `${memberName.get(e.memberKey)} / ${skillName.get(e.skillKey)} = ${e.level}${e.interest ? ' + interest' : ''}`,
    )
    .sort();
}

export const cellError = (file: string, row: number, column: string, value: string): ImportIssue => ({
  severity: 'error',
  code: 'cell_bad_value',
  file,
  row,
  column,
  value,
});
