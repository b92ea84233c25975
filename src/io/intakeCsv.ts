// Named intake snapshots in the workspace zip (docs/contract.md#intakes-over-time): each one a folder
// `snapshots/<name>/` holding the same canonical files as the workspace, plus `snapshot.csv` with its name and
// the time it was saved. Read back by src/io/import/intakes.ts.
import type { ColumnLang } from '../domain/fields';
import type { IntakeSnapshotData } from '../domain/intakes';
import { toCsv, type CsvOptions } from './csv';
import { workspaceCsvFiles, type CsvFile, type WorkspaceCsvWords } from './workspaceCsv';

/** The folder in the zip that holds the snapshots. */
export const INTAKES_FOLDER = 'snapshots';
export const INTAKE_INFO_FILE = 'snapshot.csv';

/** The header of `snapshot.csv`, by language; either is read back. */
export const INTAKE_INFO_HEADERS = {
  en: ['snapshot', 'saved_at'],
  ru: ['снимок', 'сохранён'],
} as const;

// Characters a file system or an unzip tool refuses or reads as a path, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/** A folder name for a snapshot: what no file system refuses, unique among `taken` (compared ignoring case). */
export function safeFolderName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(UNSAFE, '_')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || 'snapshot';
  let folder = base;
  for (let n = 2; taken.has(folder.toLowerCase()); n++) folder = `${base} (${n})`;
  return folder;
}

/** The files of each snapshot under `snapshots/<folder>/`, in the workspace export's words and settings. */
export function intakeCsvFiles(
  intakes: readonly IntakeSnapshotData[],
  words: WorkspaceCsvWords,
  options: CsvOptions,
  lang: ColumnLang,
): CsvFile[] {
  const taken = new Set<string>();
  return intakes.flatMap((intake) => {
    const folder = safeFolderName(intake.name, taken);
    taken.add(folder.toLowerCase());
    const prefix = `${INTAKES_FOLDER}/${folder}/`;
    const info = toCsv([...INTAKE_INFO_HEADERS[lang]], [[intake.name, intake.savedAt]], options);
    return [
      { name: prefix + INTAKE_INFO_FILE, text: info },
      ...workspaceCsvFiles(intake.workspace, words, options).map((f) => ({
        name: prefix + f.name,
        text: f.text,
      })),
    ];
  });
}
