// Rows → workspace (docs/contract.md, "Import"): members and skills files first, then expertise lists and
// matrices; every row ends as imported, merged or rejected, every unreadable cell is reported. Rows stream
// from the parser, so a million-row file is never held as arrays.
import { interestOnlyCount, linkCount, type Workspace } from '../../domain/types';
import type { FileKind } from '../codes';
import { WorkspaceBuilder } from './builder';
import { fileSize, prepareFile, type PreparedFile } from './prepare';
import { importRows } from './rows';
import type { ImportFile, ImportMode, ImportOptions, ImportOutcome, ImportProgress } from './types';

const KIND_ORDER: Record<FileKind, number> = {
  members: 0,
  skills: 0,
  plan: 0,
  expertise: 1,
  matrix: 1,
};

export function runImport(
  files: ImportFile[],
  base: Workspace,
  mode: ImportMode,
  onProgress?: (p: ImportProgress) => void,
  options: ImportOptions = {},
): ImportOutcome {
  const totalBytes = files.reduce((n, f) => n + fileSize(f), 0) || 1;
  // About one link per 40 bytes of a long list: sizing the table up front saves rehashing a million links.
  const builder = new WorkspaceBuilder(
    mode === 'merge' ? base : null,
    Math.min(4_000_000, Math.ceil(totalBytes / 40)),
    base.plan,
  );
  const prepared = files.map((file, index) =>
    prepareFile(file, index, totalBytes, options, (issue) => builder.issue(issue)),
  );
  const order = [...prepared].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  builder.importHasMembersFile = prepared.some((p) => p.plan?.kind === 'members' && !p.plan.problem);
  builder.importHasSkillsFile = prepared.some((p) => p.plan?.kind === 'skills' && !p.plan.problem);
  let done = 0;
  order.forEach((file, position) => {
    const fileName = file.report.fileName;
    const fileCount = order.length;
    importRows(builder, file, (fraction) =>
      onProgress?.({
        overall: done + fraction * file.weight,
        fileIndex: position,
        fileCount,
        fileName,
        file: fraction,
      }),
    );
    done += file.weight;
  });
  onProgress?.({ overall: 1, fileIndex: order.length - 1, fileCount: order.length, fileName: '', file: 1 });
  const workspace = builder.result();
  return {
    workspace,
    report: {
      mode,
      totals: {
        members: workspace.members.length,
        skills: workspace.skills.length,
        links: linkCount(workspace),
      },
      interestsWithoutLevel: interestOnlyCount(workspace),
      files: prepared.map((p) => p.report),
      issues: builder.issues,
      rejectedRows: builder.rejectedRows,
    },
  };
}

function rank(file: PreparedFile): number {
  return file.plan?.kind ? KIND_ORDER[file.plan.kind] : 2;
}
