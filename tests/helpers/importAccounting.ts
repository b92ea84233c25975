// The whole import as the worker runs it (`answerImport`: bytes → containers → encoding and dialect → rows →
// mapping → workspace → report and link index), driven with generated files, and the checks every outcome must
// pass: it is an outcome (never the error answer), every row read is imported, merged or rejected with a reason,
// and the workspace it gives is whole.
import { expect } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { answerImport } from '../../src/workers/importHandler';
import type { ImportRequestMessage, ImportResponseMessage } from '../../src/io/import/messages';
import type { ImportOutcome } from '../../src/io/import/types';
import type { ImportReport } from '../../src/io/report';
import type { ColumnChoice } from '../../src/io/detect';
import type { LinkIndex } from '../../src/domain/linkIndex';
import { emptyWorkspace, type Workspace } from '../../src/domain/types';
import { runImport } from '../../src/io/import/runImport';
import { concat, cp1251, utf16, utf8, UTF8_BOM } from './bytes';

export interface GeneratedFile {
  name: string;
  bytes: Uint8Array;
  /** Data rows (not blank) the file was written with, when it was written as a regular table. */
  dataRows?: number;
  delimiter?: string;
}

// ---- running an import the way the worker does ----

/** A small stored workspace to merge into. */
export const BASE: Workspace = runImport(
  [{ name: 'base.csv', bytes: utf8('name,skill,level,email\nAnna,Python,2,anna@x.ru\nБорис,SQL,4,\n') }],
  emptyWorkspace(),
  'replace',
).workspace;

export async function importAsWorker(
  files: GeneratedFile[],
  merge: boolean,
  chosen: [number, ColumnChoice[]][] = [],
): Promise<{ outcome: ImportOutcome; index: LinkIndex }> {
  const request: ImportRequestMessage = {
    files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
    base: merge ? BASE : emptyWorkspace(),
    mode: merge ? 'merge' : 'replace',
    remembered: [],
    chosen,
  };
  let answer: ImportResponseMessage | null = null;
  await answerImport(request, (message) => {
    if (message.type !== 'progress') answer = message;
  });
  const done = answer as ImportResponseMessage | null;
  if (!done || done.type !== 'done') throw new Error(`no outcome: ${JSON.stringify(done)}`);
  return { outcome: done.outcome, index: done.index };
}

/**
 * Imports the files, then, as a person accepting the proposed columns in the mapping step would, again with the
 * proposed choices for every file that asked for them. Both outcomes are checked.
 */
export async function importAndMap(files: GeneratedFile[], merge: boolean): Promise<ImportReport[]> {
  const first = await importAsWorker(files, merge);
  expectWholeOutcome(first.outcome, first.index);
  const chosen: [number, ColumnChoice[]][] = [];
  first.outcome.report.files.forEach((f, i) => {
    if (f.needsMapping && f.choices) chosen.push([i, f.choices]);
  });
  if (chosen.length === 0) return [first.outcome.report];
  const second = await importAsWorker(files, merge, chosen);
  expectWholeOutcome(second.outcome, second.index);
  return [first.outcome.report, second.outcome.report];
}

/** Nothing is lost, and the workspace holds together. */
export function expectWholeOutcome({ workspace, report }: ImportOutcome, index: LinkIndex) {
  for (const f of report.files) {
    expect(f.rowsRead, f.fileName).toBe(f.imported + f.merged + f.rejected);
    // A file read no further (empty, binary, a workbook) is named with its reason; it read no rows.
    if (f.fatal && f.rowsRead > 0) expect(f.rejected, f.fileName).toBe(f.rowsRead);
    const rejected = report.rejectedRows.filter((r) => r.file === f.fileName);
    expect(rejected.length, f.fileName).toBe(f.rejected);
    for (const r of rejected) {
      expect(r.reason).toMatch(/^[a-z_]+$/);
      expect(r.row).toBeGreaterThanOrEqual(1);
    }
    if (f.fatal) expect(report.issues.some((i) => i.file === f.fileName && i.code === f.fatal)).toBe(true);
  }
  expect(report.rejectedRows.length).toBe(report.files.reduce((n, f) => n + f.rejected, 0));
  const names = new Set(report.files.map((f) => f.fileName));
  for (const issue of report.issues) expect(names.has(issue.file), issue.file).toBe(true);
  // The workspace: unique keys, links pointing at members and skills that exist, totals as the report says.
  const { members, skills, links } = workspace;
  expect(new Set(members.map((m) => m.key)).size).toBe(members.length);
  expect(new Set(skills.map((s) => s.key)).size).toBe(skills.length);
  const n = links.level.length;
  expect([links.member.length, links.skill.length, links.interest.length]).toEqual([n, n, n]);
  for (let i = 0; i < n; i++) {
    expect(links.member[i]).toBeLessThan(members.length);
    expect(links.skill[i]).toBeLessThan(skills.length);
  }
  expect(report.totals.members).toBe(members.length);
  expect(report.totals.skills).toBe(skills.length);
  expect(index.memberStart.length).toBe(members.length + 1);
  expect(index.skillStart.length).toBe(skills.length + 1);
}

/**
 * The rows the parser must have seen, counted from how the file was written: when the header was found on the
 * first line and the delimiter written with was the one detected, every non-blank data row was read. Returns
 * whether the count could be checked.
 */
export function expectRowsAsWritten(report: ImportReport, file: GeneratedFile, at: number): boolean {
  const f = report.files[at];
  if (file.dataRows === undefined || f.fileName !== file.name || f.delimiter !== file.delimiter) return false;
  if (report.issues.some((i) => i.file === file.name && i.code === 'rows_above_header')) return false;
  if (f.fatal === 'file_empty' || f.fatal === 'file_binary') return false;
  expect(f.rowsRead, file.name).toBe(file.dataRows);
  return true;
}

// ---- generated files ----

/** Header words the app recognises, in English and Russian, and words it does not. */
export const HEADER_WORDS = [
  'имя',
  'ФИО',
  'навык',
  'уровень',
  'интерес',
  'отдел',
  'почта',
  'табельный номер',
  'статус',
  'категория',
  'цель',
  'name',
  'Name',
  'skill',
  'level',
  'email',
  'department',
  'member_id',
  'interest',
  'status',
  'location',
  'title',
  'target',
  'Python',
  'SQL',
  'Go',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  'x',
  'заметки',
];

const CELLS = [
  'Анна Иванова',
  'Борис',
  'Ёлкин Пётр',
  'Ann',
  'Python',
  'SQL',
  'Базы данных',
  '1',
  '3',
  '5',
  '0',
  '7',
  '2.5',
  '3,0',
  'эксперт',
  'да',
  'нет',
  'yes',
  'ambassador',
  'амбассадор',
  'ИТ',
  'ann@example.com',
  'T1',
  'S1',
  'Итого',
  'Total:',
  '__proto__',
  'constructor',
  'prototype',
  '=1+1',
  '',
  '',
  ' ',
  'a,b',
  'a;b',
  'a\tb',
  'say "hi"',
  '"',
  'line\nbreak',
  'cr\rhere',
  '\uFEFF',
  '\0',
  'x'.repeat(3000),
];

const cellArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat(5000).map((n) => 'ю'.repeat(n)) },
);

export type Quoting = 'needed' | 'all' | 'none';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1251' | 'utf-16le' | 'utf-16be';

export interface CsvLike {
  headers: string[];
  rows: string[][];
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n' | '\r';
  quoting: Quoting;
  encoding: Encoding;
  /** Positions (among the lines) before which an empty line is put. */
  blankBefore: number[];
  trailingEol: boolean;
}

export const csvLikeArb: fc.Arbitrary<CsvLike> = fc.record({
  headers: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 5 }),
  rows: fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 6 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  quoting: fc.constantFrom('needed', 'needed', 'all', 'none'),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8-bom', 'windows-1251', 'utf-16le', 'utf-16be'),
  blankBefore: fc.array(fc.nat(8), { maxLength: 2 }),
  trailingEol: fc.boolean(),
});

const SPECIAL = /[,;\t"\n\r]/;

/** The text of a CSV-like table, its bytes in the encoding asked for, and its data rows when they can be counted. */
export function writeCsvLike(t: CsvLike, name: string): GeneratedFile {
  const quote = (c: string) =>
    t.quoting === 'all' || (t.quoting === 'needed' && SPECIAL.test(c)) ? `"${c.replace(/"/g, '""')}"` : c;
  const lines = [t.headers, ...t.rows].map((r) => r.map(quote).join(t.delimiter));
  const withBlanks: string[] = [];
  lines.forEach((line, i) => {
    // A blank line before the header would move it: only among the data rows.
    if (i > 0) for (const at of t.blankBefore) if (at === i) withBlanks.push('');
    withBlanks.push(line);
  });
  const text = withBlanks.join(t.eol) + (t.trailingEol ? t.eol : '');
  const bytes = encodeText(text, t.encoding);
  // Counted only for a regular table: quoted the RFC way, a header of more than one named column (so the
  // delimiter shows), rows as wide as the header, a BOM or a plain character that no encoding guess can change.
  const regular =
    t.quoting !== 'none' &&
    t.headers.length > 1 &&
    t.headers.every((h) => h !== '') &&
    t.rows.every((r) => r.length === t.headers.length) &&
    t.rows.every((r) => r.every((c) => !c.includes('\0') && !c.includes('\uFEFF')));
  const dataRows = t.rows.filter((r) => r.some((c) => c.trim() !== '')).length;
  return regular ? { name, bytes, dataRows, delimiter: t.delimiter } : { name, bytes };
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8-bom':
      return concat(UTF8_BOM, utf8(text));
    case 'windows-1251':
      // A character Windows-1251 has no byte for: the file is written in UTF-8 with a BOM instead.
      return cp1251(text) ?? concat(UTF8_BOM, utf8(text));
    case 'utf-16le':
      return utf16(text, true);
    case 'utf-16be':
      return utf16(text, false);
  }
}

const BOMS: number[][] = [
  [],
  [],
  UTF8_BOM,
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/** Bytes a file might hold by accident: NULs, lone UTF-8 continuation bytes, line ends and delimiters, text. */
const byteTokenArb: fc.Arbitrary<number[]> = fc.oneof<fc.Arbitrary<number[]>[]>(
  fc.integer({ min: 0, max: 255 }).map((b) => [b]),
  fc.constantFrom([0], [0, 0], [0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xff], [0x0a], [0x0d], [0x0d, 0x0a]),
  fc.constantFrom([0x2c], [0x3b], [0x09], [0x22], [0xd0, 0xb8], [0xe8], [0xc8]),
  fc.constantFrom('name', 'skill', 'level', 'имя', 'навык', 'Ann', '3', '__proto__').map((w) => [...utf8(w)]),
);

export const randomBytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc
    .tuple(fc.constantFrom(...BOMS), fc.array(byteTokenArb, { maxLength: 40 }))
    .map(([bom, tokens]) => concat(bom, ...tokens)),
  // A table with bytes put in or cut off: an odd UTF-16 length, a NUL in a cell, a truncated character.
  fc
    .tuple(csvLikeArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 255 })), { maxLength: 3 }))
    .map(([t, edits]) => {
      let bytes = writeCsvLike(t, 'x.csv').bytes;
      for (const [at, byte] of edits) {
        const i = bytes.length === 0 ? 0 : at % bytes.length;
        bytes =
          byte < 0
            ? concat(bytes.subarray(0, i), bytes.subarray(i + 1))
            : concat(bytes.subarray(0, i), [byte], bytes.subarray(i));
      }
      return bytes;
    }),
);

/** A zip as `Export workspace` writes it, holding generated tables, sometimes a snapshot folder or a stray file. */
export const zipArb: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.array(csvLikeArb, { minLength: 1, maxLength: 2 }), fc.boolean(), fc.boolean())
  .map(([tables, snapshot, stray]) => {
    const entries: Record<string, Uint8Array> = {};
    tables.forEach((t, i) => (entries[`t${i}.csv`] = writeCsvLike(t, `t${i}.csv`).bytes));
    if (snapshot) entries['snapshots/2024/snapshot.csv'] = writeCsvLike(tables[0], 's.csv').bytes;
    if (stray) entries['readme.pdf'] = strToU8('%PDF');
    return zipSync(entries);
  });
