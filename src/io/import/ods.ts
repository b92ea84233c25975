// OpenDocument spreadsheets (.ods, LibreOffice's own format) → one file per sheet, like an .xlsx workbook.
// content.xml is inflated and scanned in slices, so a large sheet is never held as one text. A flat .fods, a
// password-protected or damaged file is named as such, with the advice to save it as .xlsx or CSV.
import { Unzip, UnzipInflate } from 'fflate';
import { OdsContentReader } from './odsContent';
import { XmlScanner } from '../xmlScan';
import type { ImportFile } from './types';

const SPREADSHEET_TYPES = new Set([
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-template',
]);

/** content.xml beyond this is refused as too large before it takes the worker's memory or minutes. */
export const MAX_CONTENT_BYTES = 1024 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time: its output per slice stays in the tens of megabytes. */
const SLICE_BYTES = 64 * 1024;

type OdsProblem =
  'file_ods_unreadable' | 'file_ods_too_large' | 'file_ods_damaged' | 'file_ods_tag_too_large';

/** Whether a zip's `mimetype` entry names an OpenDocument spreadsheet. */
export function isOdsMimetype(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && SPREADSHEET_TYPES.has(new TextDecoder().decode(bytes).trim());
}

/** A flat OpenDocument spreadsheet (.fods): one XML file, recognised from its first bytes. */
export function isFlatOds(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (!/^(\ufeff)?\s*<(\?xml|office:document)/.test(head)) return false;
  const start = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  return start.includes('<office:document') && start.includes('opendocument.spreadsheet');
}

/** The sheets of an .ods as files holding their rows, or the file refused with the reason. */
export function odsSheets(file: ImportFile, manifest: Uint8Array | undefined): ImportFile[] {
  const refused = (code: OdsProblem): ImportFile[] => [
    { name: file.name, bytes: new Uint8Array(0), format: 'ods', refused: { code } },
  ];
  // Encrypted entries are random bytes to a reader without the password.
  if (manifest && new TextDecoder().decode(manifest).includes('encryption-data'))
    return refused('file_ods_unreadable');
  const reader = new OdsContentReader();
  const scanner = new XmlScanner(reader);
  const decoder = new TextDecoder();
  // Set from the inflater's callbacks: an object, so that the checks after the loop see what they set.
  const state = {
    problem: null as OdsProblem | null,
    complete: false,
    inflated: 0,
  };
  const unzip = new Unzip((entry) => {
    if (entry.name !== 'content.xml') return;
    entry.ondata = (error, chunk, final) => {
      if (state.problem) return;
      state.inflated += chunk?.length ?? 0;
      if (error) state.problem = 'file_ods_unreadable';
      else if (state.inflated > MAX_CONTENT_BYTES) state.problem = 'file_ods_too_large';
      else {
        const fed = scanner.feed(decoder.decode(chunk, { stream: !final }));
        if (fed !== 'ok') state.problem = fed === 'malformed' ? 'file_ods_damaged' : 'file_ods_tag_too_large';
        else if (final) state.complete = scanner.end();
      }
      if (state.problem) entry.terminate();
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < file.bytes.length && !state.problem; at += SLICE_BYTES)
      unzip.push(file.bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= file.bytes.length);
  } catch {
    state.problem ??= 'file_ods_unreadable';
  }
  if (state.problem) return refused(state.problem);
  if (!state.complete || reader.sheets.length === 0) return refused('file_ods_unreadable');
  const sheets = reader.sheets;
  return sheets.map((sheet) => ({
    name: sheets.length === 1 ? file.name : `${file.name} › ${sheet.name}`,
    bytes: new Uint8Array(0),
    rows: sheet.rows,
    sheet: sheet.name,
    format: 'ods' as const,
    ...(sheet.refused && { refused: sheet.refused }),
  }));
}
