// An OpenDocument spreadsheet's content.xml → one table of text cells per sheet (docs/contract.md, "Workbooks
// and zips"). Cells read as the xlsx reader gives them: numbers as numbers, dates as YYYY-MM-DD, text as its
// paragraphs. LibreOffice writes the unused rest of a sheet as one empty cell or row "repeated" a million
// times, so empty repeats cost nothing until something filled follows; filled repeats are written out up to
// what a spreadsheet can hold, and a sheet that asks for more is refused with the row where it did.
import type { IssueCode } from '../codes';
import { attribute, decodeEntities, XmlScanner, type XmlHandler } from '../xmlScan';

export interface OdsSheet {
  name: string;
  rows: string[][];
  /** Set when the sheet's repeats go beyond the limits: its rows are dropped and the report says why. */
  refused?: { code: IssueCode; row: number };
}

/** Excel's and LibreOffice's own sheet size, and a cell budget for the whole workbook. */
export const ODS_LIMITS = { columns: 16_384, rows: 1_048_576, cells: 20_000_000 };

/** A `text:s` asks for this many spaces at most: more is no name or skill. */
const MAX_SPACES = 1024;

interface OpenCell {
  /** The value from the cell's attributes (a number, date, boolean), or null to take its paragraphs. */
  value: string | null;
  repeat: number;
}

/**
 * The OpenDocument namespaces the reader looks at, by URI, with the prefixes its names are written in. A file
 * may bind other prefixes to them (or bind one as the default namespace): the root element's declarations are
 * read and the file's names translated. Declarations on inner elements are not looked at (no writer puts them there).
 */
const ODF_NAMESPACES = new Map([
  ['urn:oasis:names:tc:opendocument:xmlns:office:1.0', 'office'],
  ['urn:oasis:names:tc:opendocument:xmlns:table:1.0', 'table'],
  ['urn:oasis:names:tc:opendocument:xmlns:text:1.0', 'text'],
  ['urn:oasis:names:tc:opendocument:xmlns:drawing:1.0', 'draw'],
]);

const ODF_PREFIXES = new Set(ODF_NAMESPACES.values());

const NAMESPACE_DECLARATION = /(?:^|\s)xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * How this file's prefixes map to the reader's: for each declared prefix ('' for the default namespace) the
 * reader's prefix, and for each of the reader's prefixes the file's (an attribute is found under any of them).
 * Null when the file writes the usual prefixes, so names are read as they are written.
 */
interface Namespaces {
  elements: Map<string, string>;
  attributes: Map<string, string[]>;
}

function namespacesOf(rootAttributes: string): Namespaces | null {
  const elements = new Map<string, string>();
  const attributes = new Map<string, string[]>();
  let usual = true;
  for (const m of rootAttributes.matchAll(NAMESPACE_DECLARATION)) {
    const prefix = m[1] ?? '';
    const ours = ODF_NAMESPACES.get(decodeEntities(m[2] ?? m[3]));
    // a prefix bound to some other namespace matches none of the reader's names
    elements.set(prefix, ours ?? `#${prefix}`);
    if (ours !== prefix && (ours !== undefined || ODF_PREFIXES.has(prefix))) usual = false;
    // attributes without a prefix are in no namespace, whatever the default one
    if (ours !== undefined && prefix !== '') attributes.set(ours, [...(attributes.get(ours) ?? []), prefix]);
  }
  return usual ? null : { elements, attributes };
}

/** Elements whose text is not the cell's: comments, drawings, footnotes, a table nested in a cell. */
function ignoredInCell(name: string): boolean {
  return (
    name === 'office:annotation' ||
    name === 'table:table' ||
    name.startsWith('draw:') ||
    name.startsWith('text:note') ||
    name === 'text:ruby-text'
  );
}

export class OdsContentReader implements XmlHandler {
  readonly sheets: OdsSheet[] = [];
  private cells = 0;
  private sheet: OdsSheet | null = null;
  private row: string[] | null = null;
  private rowRepeat = 1;
  private emptyCells = 0;
  private emptyRows = 0;
  private cell: OpenCell | null = null;
  private paragraphs: string[] = [];
  private paragraph: string | null = null;
  private lastSpace = false;
  private ignoreDepth = 0;
  private rootSeen = false;
  private namespaces: Namespaces | null = null;

  constructor(private readonly limits = ODS_LIMITS) {}

  open(written: string, attributes: string, selfClosing: boolean): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.namespaces = namespacesOf(attributes);
    }
    const name = this.nameOf(written);
    if (this.ignoreDepth > 0) {
      if (!selfClosing) this.ignoreDepth++;
      return;
    }
    if (this.cell) {
      this.openInCell(name, attributes, selfClosing);
      return;
    }
    if (name === 'table:table' && !this.sheet) {
      const sheet: OdsSheet = { name: this.attribute(attributes, 'table:name') ?? '', rows: [] };
      this.sheets.push(sheet);
      this.sheet = sheet;
      this.emptyRows = 0;
      if (selfClosing) this.sheet = null;
    } else if (name === 'table:table-row' && this.sheet && !this.sheet.refused) {
      this.row = [];
      this.emptyCells = 0;
      this.rowRepeat = count(this.attribute(attributes, 'table:number-rows-repeated'));
      if (selfClosing) this.endRow();
    } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && this.row) {
      this.cell = {
        value: this.attributeValue(attributes),
        repeat: count(this.attribute(attributes, 'table:number-columns-repeated')),
      };
      this.paragraphs = [];
      this.paragraph = null;
      if (selfClosing) this.endCell();
    }
  }

  close(written: string): void {
    const name = this.nameOf(written);
    if (this.ignoreDepth > 0) {
      this.ignoreDepth--;
      return;
    }
    if (this.cell) {
      if (name === 'table:table-cell' || name === 'table:covered-table-cell') this.endCell();
      else if ((name === 'text:p' || name === 'text:h') && this.paragraph !== null) {
        this.paragraphs.push(this.paragraph);
        this.paragraph = null;
      }
      return;
    }
    if (name === 'table:table-row' && this.row) this.endRow();
    else if (name === 'table:table' && this.sheet) this.sheet = null;
  }

  /** An element's name with the reader's prefix for its namespace; an undeclared prefix is taken as written. */
  private nameOf(written: string): string {
    if (this.namespaces === null) return written;
    const colon = written.indexOf(':');
    const prefix = colon < 0 ? '' : written.slice(0, colon);
    const ours = this.namespaces.elements.get(prefix);
    return ours === undefined || ours === prefix ? written : `${ours}:${written.slice(colon + 1)}`;
  }

  /** An attribute's value by the reader's name for it (`table:name`), under whichever prefix the file uses. */
  private attribute(attributes: string, name: string): string | undefined {
    if (this.namespaces === null) return attribute(attributes, name);
    const colon = name.indexOf(':');
    const prefixes = this.namespaces.attributes.get(name.slice(0, colon));
    if (prefixes === undefined) return attribute(attributes, name);
    const local = name.slice(colon);
    for (const prefix of prefixes) {
      const value = attribute(attributes, prefix + local);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  text(raw: string, decoded: boolean): void {
    if (this.paragraph === null || this.ignoreDepth > 0) return;
    const text = decoded ? raw : decodeEntities(raw);
    // Literal white space in a paragraph folds to one space; LibreOffice writes the rest as text:s.
    let out = '';
    for (const part of text.split(/([ \t\r\n]+)/)) {
      if (part === '') continue;
      if (/^[ \t\r\n]/.test(part)) {
        if (!this.lastSpace) out += ' ';
        this.lastSpace = true;
      } else {
        out += part;
        this.lastSpace = false;
      }
    }
    this.paragraph += out;
  }

  private openInCell(name: string, attributes: string, selfClosing: boolean): void {
    if (ignoredInCell(name)) {
      if (!selfClosing) this.ignoreDepth = 1;
      return;
    }
    if (this.paragraph === null) {
      if (name === 'text:p' || name === 'text:h') {
        this.lastSpace = false;
        if (selfClosing) this.paragraphs.push('');
        else this.paragraph = '';
      }
      return;
    }
    if (name === 'text:s') {
      const spaces = Math.min(count(this.attribute(attributes, 'text:c')), MAX_SPACES);
      this.paragraph += ' '.repeat(spaces);
      this.lastSpace = false;
    } else if (name === 'text:tab') {
      this.paragraph += '\t';
      this.lastSpace = false;
    } else if (name === 'text:line-break') {
      this.paragraph += '\n';
      this.lastSpace = false;
    }
    // text:span, text:a and the like only wrap text, which arrives through text().
  }

  private endCell(): void {
    const cell = this.cell!;
    const row = this.row!;
    this.cell = null;
    const value = cell.value ?? this.paragraphs.join('\n');
    if (value === '') {
      this.emptyCells += cell.repeat;
      return;
    }
    if (row.length + this.emptyCells + cell.repeat > this.limits.columns) {
      this.refuse('file_ods_columns');
      return;
    }
    for (; this.emptyCells > 0; this.emptyCells--) row.push('');
    for (let i = 0; i < cell.repeat; i++) row.push(value);
  }

  private endRow(): void {
    const row = this.row!;
    const sheet = this.sheet!;
    this.row = null;
    if (sheet.refused) return;
    if (row.length === 0) {
      this.emptyRows += this.rowRepeat;
      return;
    }
    if (sheet.rows.length + this.emptyRows + this.rowRepeat > this.limits.rows) {
      this.refuse('file_ods_rows');
      return;
    }
    // counted once accepted: a refused row must not count against the sheets after it
    const adding = row.length * this.rowRepeat;
    if (this.cells + adding > this.limits.cells) {
      this.refuse('file_ods_cells');
      return;
    }
    this.cells += adding;
    // Blank rows between filled ones stay, so that row numbers match the sheet's.
    for (; this.emptyRows > 0; this.emptyRows--) sheet.rows.push([]);
    // A repeated row is one array several times: nothing downstream changes a row.
    for (let i = 0; i < this.rowRepeat; i++) sheet.rows.push(row);
  }

  /** The typed value a cell carries in its attributes, written as the xlsx reader writes it. */
  private attributeValue(attributes: string): string | null {
    const type = this.attribute(attributes, 'office:value-type');
    if (type === 'float' || type === 'percentage' || type === 'currency') {
      const raw = this.attribute(attributes, 'office:value');
      if (raw === undefined) return null;
      const n = Number(raw);
      return Number.isFinite(n) ? String(n) : raw;
    }
    if (type === 'date') {
      const raw = this.attribute(attributes, 'office:date-value');
      if (raw === undefined) return null;
      return /^\d{4}-\d\d-\d\d/.test(raw) ? raw.slice(0, 10) : raw;
    }
    if (type === 'boolean') {
      const raw = this.attribute(attributes, 'office:boolean-value');
      return raw === undefined ? null : raw === 'true' ? 'true' : 'false';
    }
    if (type === 'string') return this.attribute(attributes, 'office:string-value') ?? null;
    return null;
  }

  /** The sheet goes beyond a limit: drop what it read and skip the rest of it. */
  private refuse(code: IssueCode): void {
    const sheet = this.sheet!;
    sheet.refused = { code, row: sheet.rows.length + this.emptyRows + 1 };
    this.cells -= sheet.rows.reduce((n, r) => n + r.length, 0);
    sheet.rows = [];
    this.row = null;
    this.cell = null;
  }
}

/** A repeat count: a positive whole number, else 1. */
function count(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : 1;
}

/** Reads a whole content.xml given as one string (tests, small files); the zip reader feeds chunks instead. */
export function readOdsContent(xml: string, limits = ODS_LIMITS): OdsSheet[] | null {
  const reader = new OdsContentReader(limits);
  const scanner = new XmlScanner(reader);
  if (scanner.feed(xml) !== 'ok' || !scanner.end()) return null;
  return reader.sheets;
}
