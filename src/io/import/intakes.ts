// Named intake snapshots read back from a workspace zip (written by src/io/intakeCsv.ts): each folder
// `snapshots/<name>/` that holds a `snapshot.csv` is imported on its own, from an empty workspace, into a
// snapshot; the workspace's own files never see its rows.
import type { IntakeSnapshotData } from '../../domain/intakes';
import { normaliseIdentity } from '../../domain/normalise';
import { emptyWorkspace } from '../../domain/types';
import { detectDelimiter } from '../delimiter';
import { decodeBytes } from '../encoding';
import { INTAKE_INFO_FILE, INTAKE_INFO_HEADERS, INTAKES_FOLDER } from '../intakeCsv';
import { parseTable } from '../parse';
import { unescapeCell } from '../values';
import { runImport } from './runImport';
import type { ImportFile } from './types';

export interface IntakeFiles {
  /** The folder's name in the zip: the snapshot's name when its `snapshot.csv` cannot be read. */
  folder: string;
  info: ImportFile;
  files: ImportFile[];
}

// `<zip name>/snapshots/<folder>/<file>`, as containers.ts names a zip's entries.
const INTAKE_ENTRY = new RegExp(`^(.*/${INTAKES_FOLDER}/([^/]+))/([^/]+)$`);

/** The snapshot folders (those with a `snapshot.csv`) apart from the rest, which keeps its order. */
export function splitIntakeFiles(all: ImportFile[]): { files: ImportFile[]; intakes: IntakeFiles[] } {
  const groups = new Map<string, IntakeFiles>();
  for (const file of all) {
    const match = INTAKE_ENTRY.exec(file.name);
    if (match && !file.skipped && match[3].toLowerCase() === INTAKE_INFO_FILE)
      groups.set(match[1], { folder: match[2], info: file, files: [] });
  }
  const files: ImportFile[] = [];
  for (const file of all) {
    const match = INTAKE_ENTRY.exec(file.name);
    const group = match && !file.skipped ? groups.get(match[1]) : undefined;
    if (!group) files.push(file);
    else if (group.info !== file) group.files.push(file);
  }
  return { files, intakes: [...groups.values()] };
}

const NAME_HEADERS = new Set([INTAKE_INFO_HEADERS.en[0], INTAKE_INFO_HEADERS.ru[0]].map(normaliseIdentity));
const SAVED_HEADERS = new Set([INTAKE_INFO_HEADERS.en[1], INTAKE_INFO_HEADERS.ru[1]].map(normaliseIdentity));

/** The name and time `snapshot.csv` gives, in either language; null when it gives no name. */
export function readIntakeInfo(bytes: Uint8Array): { name: string; savedAt: string } | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return null;
  const { headers, rows } = parseTable(decoded.text, detectDelimiter(decoded.text));
  const keys = headers.map((h) => normaliseIdentity(unescapeCell(h)));
  const nameAt = keys.findIndex((k) => NAME_HEADERS.has(k));
  const savedAt = keys.findIndex((k) => SAVED_HEADERS.has(k));
  const row = rows[0];
  const name = nameAt >= 0 && row ? unescapeCell(row[nameAt] ?? '').trim() : '';
  if (name === '') return null;
  const time = savedAt >= 0 ? (row[savedAt] ?? '').trim() : '';
  return { name, savedAt: Number.isNaN(Date.parse(time)) ? '' : time };
}

/**
 * Each snapshot folder imported on its own, as a Replace into an empty workspace; oldest first (the zip's order
 * is its folder names'), those of unknown time last.
 */
export function readIntakes(groups: readonly IntakeFiles[]): IntakeSnapshotData[] {
  const intakes = groups.map((group) => {
    const info = readIntakeInfo(group.info.bytes) ?? { name: group.folder, savedAt: '' };
    const { workspace } = runImport(group.files, emptyWorkspace(), 'replace');
    return { ...info, workspace };
  });
  const time = (savedAt: string) => (savedAt === '' ? Infinity : Date.parse(savedAt));
  return intakes.sort((a, b) => {
    const [ta, tb] = [time(a.savedAt), time(b.savedAt)];
    return ta === tb ? 0 : ta - tb;
  });
}
