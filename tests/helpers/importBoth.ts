// The importer's two ways in, side by side: UTF-8 bytes go through byteTable, whose rows come with cell ids,
// so most expertise rows are "recalled" (rows.ts: recalledExpertiseRow) instead of read in full; the same
// text as UTF-16 (which byteTable refuses) goes decodeBytes → textTable, without ids, every row read in full.
import { expect } from 'vitest';
import { runImport } from '../../src/io/import/runImport';
import type { ImportMode, ImportOutcome } from '../../src/io/import/types';
import type { ImportReport } from '../../src/io/report';
import { emptyWorkspace, newMember, newSkill, workspaceOf, type Workspace } from '../../src/domain/types';
import { utf16, utf8 } from './bytes';

export interface TextFile {
  name: string;
  text: string;
}

/** A small workspace to merge into: a member with an id, one without, two skills, two links. */
function baseWorkspace(): Workspace {
  return workspaceOf(
    [
      newMember({ key: 'i:t1', memberId: 'T1', name: 'Анна Иванова', department: 'Финансы' }),
      newMember({ key: 'n:вера елкина', name: 'Вера Ёлкина', status: 'ambassador' }),
    ],
    [
      newSkill({ key: 'n:sql', name: 'SQL' }),
      newSkill({ key: 'i:s2', skillId: 'S2', name: 'Go', category: 'Backend' }),
    ],
    [
      { memberKey: 'i:t1', skillKey: 'n:sql', level: 2, interest: true },
      { memberKey: 'n:вера елкина', skillKey: 'i:s2', level: 4, interest: false },
    ],
  );
}

/** The files imported twice: `fast` from UTF-8 (with a BOM when asked), `slow` from UTF-16 LE. */
export function importBoth(files: TextFile[], mode: ImportMode, bom = false) {
  const base = () => (mode === 'merge' ? baseWorkspace() : emptyWorkspace());
  const fast = runImport(
    files.map((f) => ({ name: f.name, bytes: utf8((bom ? '\uFEFF' : '') + f.text) })),
    base(),
    mode,
  );
  const slow = runImport(
    files.map((f) => ({ name: f.name, bytes: utf16(f.text, true) })),
    base(),
    mode,
  );
  return { fast, slow };
}

const withoutEncoding = (report: ImportReport) => ({
  ...report,
  files: report.files.map((f) => ({ ...f, encoding: null })),
});

/** Workspace and report are the same but for each file's `encoding`. */
export function expectSameOutcome(fast: ImportOutcome, slow: ImportOutcome, bom = false) {
  // The fast outcome really came through byteTable, the slow one through the text path.
  for (const f of fast.report.files) expect(f.encoding).toBe(bom ? 'utf-8-bom' : 'utf-8');
  for (const f of slow.report.files) expect(f.encoding).toBe('utf-16le');
  expect(fast.workspace.members).toEqual(slow.workspace.members);
  expect(fast.workspace.skills).toEqual(slow.workspace.skills);
  expect(fast.workspace.links).toEqual(slow.workspace.links);
  expect(withoutEncoding(fast.report)).toEqual(withoutEncoding(slow.report));
}
