// csv-spectrum (https://github.com/maxogden/csv-spectrum): the common CSV corpus, read through our own path —
// bytes → decodeBytes → detectDelimiter → parseTable — and compared with the corpus' expected objects.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from './encoding';
import { detectDelimiter } from './delimiter';
import { parseTable } from './parse';

const ROOT = resolve(__dirname, '../../node_modules/csv-spectrum');

type Expected = Record<string, string>;

/** Every case the package ships: csvs/<name>.csv with json/<name>.json next to it. */
const cases = readdirSync(resolve(ROOT, 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => basename(f, '.csv'))
  .sort();

function read(name: string) {
  const bytes = new Uint8Array(readFileSync(resolve(ROOT, 'csvs', `${name}.csv`)));
  const json: unknown = JSON.parse(readFileSync(resolve(ROOT, 'json', `${name}.json`), 'utf8'));
  return { bytes, json };
}

/** Our reading path, as the importer runs it, down to header → value objects. */
function readTable(bytes: Uint8Array) {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(`not decoded: ${decoded.reason}`);
  const delimiter = detectDelimiter(decoded.text);
  const table = parseTable(decoded.text, delimiter);
  const objects = table.rows.map((cells) =>
    Object.fromEntries(table.headers.map((h, i) => [h, cells[i] ?? ''])),
  );
  return { decoded, delimiter, table, objects };
}

/**
 * Cases whose expected JSON cannot be matched, each for a reason stated here (the test below asserts our
 * behaviour instead):
 * - location_coordinates: the package's JSON disagrees with its own CSV — the CSV's phone number is
 *   `2095257564`, the JSON's `1234567890` — and is a bare object instead of a one-element array (both known
 *   upstream: max-mapper/csv-spectrum issues #20 and #22).
 */
const KNOWN_BAD_EXPECTATIONS = new Set(['location_coordinates']);

describe('csv-spectrum through decodeBytes → detectDelimiter → parseTable', () => {
  test('the package ships the twelve cases this file was written against', () => {
    expect(cases).toEqual([
      'comma_in_quotes',
      'empty',
      'empty_crlf',
      'escaped_quotes',
      'json',
      'location_coordinates',
      'newlines',
      'newlines_crlf',
      'quotes_and_newlines',
      'simple',
      'simple_crlf',
      'utf8',
    ]);
  });

  test.each(cases.filter((name) => !KNOWN_BAD_EXPECTATIONS.has(name)))(
    '%s reads as the corpus expects',
    (name) => {
      const { bytes, json } = read(name);
      const expected = json as Expected[];
      const { decoded, delimiter, table, objects } = readTable(bytes);
      expect(decoded.encoding).toBe('utf-8');
      expect(delimiter).toBe(',');
      expect(table.headers).toEqual(Object.keys(expected[0]));
      // No row has a cell beyond the header, and none is missing one.
      for (const cells of table.rows) expect(cells).toHaveLength(table.headers.length);
      expect(objects).toEqual(expected);
      expect(table.quoteErrors).toEqual([]);
    },
  );

  test('location_coordinates keeps the CSV as written, replacement characters and inner quotes included', () => {
    const { bytes, json } = read('location_coordinates');
    const { decoded, delimiter, table, objects } = readTable(bytes);
    // The bytes EF BF BD are well-formed UTF-8 (U+FFFD), so the file is UTF-8, not Windows-1251.
    expect(decoded.encoding).toBe('utf-8');
    expect(delimiter).toBe(',');
    expect(table.headers).toEqual(['Contact Phone Number', 'Location Coordinates', 'Cities', 'Counties']);
    expect(objects).toEqual([
      {
        'Contact Phone Number': '2095257564',
        // Quotes inside an unquoted cell are literal text (RFC 4180 only gives them meaning at a cell's start).
        'Location Coordinates': '37\uFFFD36\'37.8"N 121\uFFFD2\'17.9"W',
        Cities: 'Modesto',
        Counties: 'Stanislaus',
      },
    ]);
    // Every value but the phone number agrees with the package's JSON, which shows its mistake is only that.
    expect({ ...objects[0], 'Contact Phone Number': '1234567890' }).toEqual(json);
  });

  test('row numbers count spreadsheet rows: a quoted line break stays inside its row', () => {
    const { table } = readTable(read('quotes_and_newlines').bytes);
    // `1,"ha \n""ha"" \nha"` spans lines 2–4 but is row 2; `3,4` on line 5 is row 3.
    expect(table.rowNumbers).toEqual([2, 3]);
  });
});
