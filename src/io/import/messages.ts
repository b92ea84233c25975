// What the page and the import worker say to each other. Plain data: the maps of `ImportRequest` travel as
// entry lists, and the link columns and their index move to the page without a copy.
import type { Workspace } from '../../domain/types';
import type { LinkIndex } from '../../domain/linkIndex';
import type { ColumnChoice } from '../detect';
import type { ImportFile, ImportMode, ImportOutcome, ImportProgress } from './types';

export interface ImportRequestMessage {
  files: ImportFile[];
  base: Workspace;
  mode: ImportMode;
  /** Mappings chosen earlier, by header signature. */
  remembered: [string, ColumnChoice[]][];
  /** Columns chosen in this import's mapping step, by position in the expanded file list. */
  chosen: [number, ColumnChoice[]][];
}

export type ImportResponseMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; outcome: ImportOutcome; index: LinkIndex }
  | { type: 'error'; message: string };

// The name the import worker is started with tells it why: one started ahead of any import warms its code up
// first; one started for an import runs it at once.
export const AHEAD_WORKER_NAME = 'import-ahead';
export const IMPORT_WORKER_NAME = 'import';
