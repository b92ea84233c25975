// Reading cell values (docs/contract.md#values): words and marks ignoring case and surrounding white space.
import type { MemberStatus } from '../domain/types';

export type ValueResult<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
const bad = { ok: false } as const;

function word(raw: string): string {
  return raw
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');
}

const STATUS_WORDS = new Map<string, MemberStatus>([
  ['ambassador', 'ambassador'],
  ['амбассадор', 'ambassador'],
  ['employee', 'employee'],
  ['сотрудник', 'employee'],
  ['candidate', 'employee'],
  ['кандидат', 'employee'],
  ['alumni', 'alumni'],
  ['alumnus', 'alumni'],
  ['выпускник', 'alumni'],
]);

export function parseStatus(raw: string): ValueResult<MemberStatus> {
  const status = STATUS_WORDS.get(word(raw));
  return status ? ok(status) : bad;
}

const YES = new Set(['yes', 'y', 'да', 'д', 'true', 'истина', '1', '+', 'x', 'х', '✓', '✔', 'v']);
const NO = new Set(['no', 'n', 'нет', 'н', 'false', 'ложь', '0', '-', '−', '–', '']);

/** yes/no, да/нет, true/false, 1/0, +/−, x/empty. */
const NO_VALUE = ok(false);

export function parseYesNo(raw: string): ValueResult<boolean> {
  if (raw === '') return NO_VALUE;
  const w = word(raw);
  if (YES.has(w)) return ok(true);
  if (NO.has(w)) return ok(false);
  return bad;
}

const LEVEL_WORDS = new Map<string, number>([
  ['none', 0],
  ['нет', 0],
  ['novice', 1],
  ['beginner', 1],
  ['начальный', 1],
  ['новичок', 1],
  ['basic', 2],
  ['elementary', 2],
  ['базовый', 2],
  ['intermediate', 3],
  ['proficient', 3],
  ['средний', 3],
  ['уверенный', 3],
  ['advanced', 4],
  ['продвинутый', 4],
  ['опытный', 4],
  ['expert', 5],
  ['эксперт', 5],
  ['мастер', 5],
]);

const MARKS = new Set(['x', 'х', '+', '✓', '✔', 'yes', 'да', 'v']);

/** A level 0–5: a digit, a word or a mark (= 3). Empty is `null` (no expertise). */
const DIGIT_LEVELS: ValueResult<number>[] = [0, 1, 2, 3, 4, 5].map((n) => ok(n));

export function parseLevel(raw: string): ValueResult<number | null> {
  // The common case, a bare digit, without building any string.
  if (raw.length === 1) {
    const code = raw.charCodeAt(0) - 48;
    if (code >= 0 && code <= 5) return DIGIT_LEVELS[code];
  }
  const w = word(raw);
  if (w === '') return ok(null);
  if (MARKS.has(w)) return ok(3);
  const byWord = LEVEL_WORDS.get(w);
  if (byWord !== undefined) return ok(byWord);
  const n = parseNumber(w);
  if (n.ok && Number.isInteger(n.value) && n.value >= 0 && n.value <= 5) return ok(n.value);
  return labelledLevel(w);
}

/**
 * A survey's level with its label — "4 - продвинутый", "3 (средний)", "Эксперт (5)": the one digit 0–5 in the
 * cell, unless the words beside it are a level word that says otherwise.
 */
function labelledLevel(w: string): ValueResult<number | null> {
  const match = /^([\p{L}\s().,:–—-]*?)\s*\(?([0-5])\)?\s*([\p{L}\s().,:–—-]*)$/u.exec(w);
  if (!match || /\d/.test(match[1] + match[3])) return bad;
  const digit = Number(match[2]);
  const label = (match[1] + ' ' + match[3])
    .replace(/[().,:–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (label === '') return bad;
  const byWord = LEVEL_WORDS.get(label);
  return byWord === undefined || byWord === digit ? ok(digit) : bad;
}

/** A number with an optional decimal comma, thousands spaces and trailing `%`. Empty is not a number. */
export function parseNumber(raw: string): ValueResult<number> {
  let s = raw.replace(/[\s\u00a0\u202f]+/g, '');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s === '') return bad;
  if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return bad;
  const n = Number(s);
  return Number.isFinite(n) ? ok(n) : bad;
}

/** Roles: tags separated by `,` `;` `/` or `|` (docs/contract.md#community-roles), as written, white space folded. */
export function parseRoles(raw: string): string[] {
  return (
    raw
      .split(/[;,/|]/)
      // A NUL (possible in UTF-16 text) is no character of a role; storage joins roles with it.
      .map((r) =>
        r
          .split('\u0000')
          .join('')
          .replace(/[\s\u00a0]+/g, ' ')
          .trim(),
      )
      .filter((r) => r !== '')
  );
}

/** Undoes the safe-cell prefix (docs/contract.md#safe-cells): `'` before `= + - @`, tab or CR is removed. */
export function unescapeCell(raw: string): string {
  return raw.length > 1 && raw[0] === "'" && /^'*[=+\-@\t\r]/.test(raw.slice(1)) ? raw.slice(1) : raw;
}
