// Helpers for importer tests: files from text or from tests/fixtures, and a workspace or report read back in
// a form a test can compare with a hand-written list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { runImport } from '../../src/io/import/runImport';
import type { ImportFile } from '../../src/io/import/types';
import type { IssueCode } from '../../src/io/codes';
import type { ImportReport } from '../../src/io/report';
import { emptyWorkspace, expertiseList, type Member, type Workspace } from '../../src/domain/types';

export const textFile = (name: string, text: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

export const fixture = (name: string): ImportFile => ({
  name,
  bytes: new Uint8Array(readFileSync(resolve(__dirname, '../fixtures', name))),
});

export const importFiles = (...files: ImportFile[]) => runImport(files, emptyWorkspace(), 'replace');

export function memberNamed(ws: Workspace, name: string): Member {
  const m = ws.members.find((x) => x.name === name);
  if (!m) throw new Error(`no member named ${name}; have ${ws.members.map((x) => x.name).join(', ')}`);
  return m;
}

/** Every link as "member / skill = level", sorted, so a whole workspace compares with one hand-written list. */
/** The links (level ≥ 1) as "Member / Skill = level", sorted. Interest-only records are no links. */
export function links(ws: Workspace): string[] {
  return pairs(ws)
    .filter((e) => e.level > 0)
    .map((e) => `${e.pair} = ${e.level}`)
    .sort();
}

/** The interest-only records (level 0, interest marked) as "Member / Skill", sorted. */
export function interestsOnly(ws: Workspace): string[] {
  return pairs(ws)
    .filter((e) => e.level === 0)
    .map((e) => `${e.pair}${e.interest ? '' : ' (no interest!)'}`)
    .sort();
}

function pairs(ws: Workspace) {
  const memberName = new Map(ws.members.map((m) => [m.key, m.name]));
  const skillName = new Map(ws.skills.map((s) => [s.key, s.name]));
  return expertiseList(ws).map((e) => ({
    pair: `${memberName.get(e.memberKey)} / ${skillName.get(e.skillKey)}`,
    level: e.level,
    interest: e.interest,
  }));
}

export const issuesOf = (report: ImportReport, code: IssueCode) =>
  report.issues.filter((i) => i.code === code);

export const fileReport = (report: ImportReport, name: string) =>
  report.files.find((f) => f.fileName === name)!;

/** Nothing is lost (docs/contract.md, "Import"): every row read ends as imported, merged or rejected. */
export function expectEveryRowAccounted(report: ImportReport) {
  for (const f of report.files) expect(f.rowsRead, f.fileName).toBe(f.imported + f.merged + f.rejected);
  expect(report.rejectedRows.length).toBe(report.files.reduce((n, f) => n + f.rejected, 0));
}

export const counts = (report: ImportReport, name: string) => {
  const f = fileReport(report, name);
  return { rowsRead: f.rowsRead, imported: f.imported, merged: f.merged, rejected: f.rejected };
};
