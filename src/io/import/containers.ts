// Files that hold other files: Excel and OpenDocument workbooks (each sheet read like a CSV file) and zips of
// CSV files (as `Export workspace` writes them). Expanded before the import; the xlsx reader loads only when
// needed.
import { unzipSync } from 'fflate';
import { isFlatOds, isOdsMimetype, odsSheets } from './ods';
import type { ImportFile } from './types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const TEXT_ENTRY = /\.(csv|tsv|txt)$/i;
const WORKBOOK_ENTRY = /\.xlsx$/i;
const ODS_ENTRY = /\.ods$/i;
// What tells an OpenDocument file: read to decide, then named as skipped in any other zip.
const ODS_META = new Set(['mimetype', 'META-INF/manifest.xml']);

/**
 * The most a zip member may unpack to (1.5 GiB): a browser tab cannot hold much more, and a 1 GiB CSV of many
 * rows still imports. Larger members are named too large from the zip's directory, before any byte is inflated.
 */
export const MAX_INFLATED_BYTES = 1.5 * 2 ** 30;

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Replaces each workbook by its sheets and each zip of CSV files by those files; leaves the rest. */
export async function expandContainers(
  files: ImportFile[],
  maxInflated = MAX_INFLATED_BYTES,
  /** How many zips this one is inside: an .ods in a zip is opened, a zip inside that is not (no zip quines). */
  depth = 0,
): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const file of files) {
    if (file.rows || file.refused || !isZip(file.bytes)) {
      out.push(
        !file.rows && !file.refused && isFlatOds(file.bytes)
          ? { name: file.name, bytes: new Uint8Array(0), refused: { code: 'file_fods' } }
          : file,
      );
      continue;
    }
    let entries: Record<string, Uint8Array>;
    const skipped: string[] = [];
    const tooLarge = new Map<string, number>();
    try {
      entries = unzipSync(file.bytes, {
        filter: (f) => {
          const wanted =
            f.name === 'xl/workbook.xml' ||
            ODS_META.has(f.name) ||
            TEXT_ENTRY.test(f.name) ||
            WORKBOOK_ENTRY.test(f.name) ||
            ODS_ENTRY.test(f.name);
          if (wanted && f.originalSize > maxInflated) {
            tooLarge.set(f.name, f.originalSize);
            return false;
          }
          if (wanted) return true;
          if (!f.name.endsWith('/') && !f.name.startsWith('__MACOSX/')) skipped.push(f.name);
          return false;
        },
      });
    } catch {
      out.push(file); // a damaged zip: the importer reports it
      continue;
    }
    if (entries['xl/workbook.xml']) {
      out.push(...(await workbookSheets(file)));
      continue;
    }
    if (isOdsMimetype(entries['mimetype'])) {
      out.push(...odsSheets(file, entries['META-INF/manifest.xml']));
      continue;
    }
    for (const name of ODS_META)
      if (entries[name]) {
        delete entries[name];
        skipped.push(name);
      }
    const names = Object.keys(entries).filter((n) => !n.startsWith('__MACOSX/') && !n.endsWith('/'));
    if (names.length === 0 && skipped.length === 0 && tooLarge.size === 0) {
      out.push(file);
      continue;
    }
    for (const name of names.sort()) {
      const inner: ImportFile = { name: `${file.name}/${name}`, bytes: entries[name] };
      // A workbook inside the zip is read sheet by sheet like one picked on its own.
      out.push(
        ...(WORKBOOK_ENTRY.test(name)
          ? await workbookSheets(inner)
          : ODS_ENTRY.test(name) && depth === 0
            ? await expandContainers([inner], maxInflated, depth + 1)
            : [inner]),
      );
    }
    // Whatever the zip holds besides tables is named in the report, not dropped in silence.
    for (const [name, size] of [...tooLarge].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push({ name: `${file.name}/${name}`, bytes: new Uint8Array(0), tooLarge: size });
    for (const name of skipped.sort())
      out.push({ name: `${file.name}/${name}`, bytes: new Uint8Array(0), skipped: true });
  }
  return out;
}

async function workbookSheets(file: ImportFile): Promise<ImportFile[]> {
  try {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    const buffer = file.bytes.buffer.slice(
      file.bytes.byteOffset,
      file.bytes.byteOffset + file.bytes.byteLength,
    ) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer);
    return sheets.map((sheet) => ({
      name: sheets.length === 1 ? file.name : `${file.name} › ${sheet.sheet}`,
      bytes: new Uint8Array(0),
      rows: sheet.data.map((row) => row.map(cellText)),
      sheet: sheet.sheet,
    }));
  } catch {
    return [file];
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
