// What an import is given and what it gives back: the files, the mode, progress and the outcome.
import type { IntakeSnapshotData } from '../../domain/intakes';
import type { Workspace } from '../../domain/types';
import type { IssueCode } from '../codes';
import type { ColumnChoice } from '../detect';
import type { ImportReport } from '../report';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** The picked file itself, read where the import runs (the worker) instead of on the page. */
  blob?: Blob;
  /** Already tabulated cells (a workbook sheet): used instead of decoding `bytes`. */
  rows?: string[][];
  sheet?: string;
  /** Which kind of workbook the sheet came from (with `rows`); 'xlsx' when not said. */
  format?: 'xlsx' | 'ods';
  /** A workbook or sheet that cannot be read (flat, encrypted, too large): reported with this code. */
  refused?: { code: IssueCode; row?: number };
  /** Columns a person assigned in the mapping step, one per header. */
  columns?: ColumnChoice[];
  /** A file inside a zip that is no table (a document, an image): named in the report, not read. */
  skipped?: boolean;
  /** A file inside a zip that would unpack to more than the import reads: its unpacked size, not inflated. */
  tooLarge?: number;
}

export interface ImportOptions {
  /** Mappings chosen earlier, by header signature: applied to files with the same headers. */
  remembered?: ReadonlyMap<string, ColumnChoice[]>;
}

export type ImportMode = 'replace' | 'merge';

export interface ImportOutcome {
  workspace: Workspace;
  report: ImportReport;
  /** Named intake snapshots a workspace zip carried (src/io/import/intakes.ts); kept apart from the workspace. */
  intakes?: IntakeSnapshotData[];
}

export interface ImportProgress {
  /** 0–1 over the whole import. */
  overall: number;
  fileIndex: number;
  fileCount: number;
  fileName: string;
  /** 0–1 within the current file. */
  file: number;
}

/** One import as the page asks for it: the picked files (before workbooks and zips are opened) and choices. */
export interface ImportRequest {
  files: ImportFile[];
  base: Workspace;
  mode: ImportMode;
  /** Mappings chosen earlier, by header signature. */
  remembered: ReadonlyMap<string, ColumnChoice[]>;
  /** Columns chosen in this import's mapping step, by position in the expanded file list. */
  chosen: ReadonlyMap<number, ColumnChoice[]>;
}
