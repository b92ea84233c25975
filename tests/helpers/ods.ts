// Builds small OpenDocument spreadsheets in memory, laid out as LibreOffice writes them, for tests only.
import { strToU8, zipSync, type Zippable } from 'fflate';

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** A content.xml around the given `table:table` elements (prefixes, declaration and styles as LibreOffice has them). */
export function contentXml(tables: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
    '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell"/></office:automatic-styles>' +
    `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`
  );
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One sheet: strings become string cells, numbers float cells; LibreOffice's trailing empties follow. */
export function tableXml(name: string, rows: (string | number)[][]): string {
  const body = rows
    .map(
      (row) =>
        '<table:table-row>' +
        row
          .map((v) =>
            typeof v === 'number'
              ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
              : `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`,
          )
          .join('') +
        '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>',
    )
    .join('');
  const rest =
    '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';
  return `<table:table table:name="${esc(name)}">${body}${rest}</table:table>`;
}

/** An .ods zip: `mimetype` first and stored, then content.xml and the manifest (`extra` adds or replaces entries). */
export function makeOds(content: string, extra: Zippable = {}): Uint8Array {
  return zipSync({
    mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    ...extra,
  });
}
