// Identity normalisation (docs/contract.md#identity): trim, fold white space (NBSP included), ignore case,
// ё = е.

const WHITE_SPACE_RUN = /[\s\u00a0\u2007\u202f\ufeff]+/g;

/** The display form: trimmed, with every run of white space folded to one space. */
// Anything that cleanText would change: a leading or trailing space, a run of two, or a space other than ' '.
const NEEDS_CLEANING =
  /^[\s\u00a0\u2007\u202f\ufeff]|[\s\u00a0\u2007\u202f\ufeff]$|[\s\u00a0\u2007\u202f\ufeff]{2}|[^\S ]|[\u00a0\u2007\u202f\ufeff]/;

export function cleanText(value: string): string {
  // Most cells are already clean: testing is cheaper than rebuilding a million strings.
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(WHITE_SPACE_RUN, ' ').trim();
}

// The last few values normalised, and their forms: finding and then adding a member asks for the same id and
// name several times in a row (an import of 20,000 members saves ~80,000 normalisations).
const RECENT = 4;
const recentIn: string[] = new Array<string>(RECENT).fill('');
const recentOut: string[] = new Array<string>(RECENT).fill('');
let recentNext = 0;

/** The identity form used for matching names and ids. */
export function normaliseIdentity(value: string): string {
  for (let i = 0; i < RECENT; i++) if (recentIn[i] === value) return recentOut[i];
  // toLowerCase equals the Russian locale's lowering for Cyrillic and Latin, and is many times faster.
  const normal = cleanText(value).toLowerCase().replace(/ё/g, 'е');
  recentIn[recentNext] = value;
  recentOut[recentNext] = normal;
  recentNext = (recentNext + 1) % RECENT;
  return normal;
}

/**
 * The identity form of an id: as for names, and a number written with leading zeros is the same id without them
 * — HR systems keep personnel numbers as `00123`, and Excel re-saves such a column as `123`.
 */
export function normaliseId(value: string): string {
  const normal = normaliseIdentity(value);
  return normal.length > 1 && normal.charCodeAt(0) === 48 && /^\d+$/.test(normal)
    ? normal.replace(/^0+(?=\d)/, '')
    : normal;
}

export function memberKeyFor(memberId: string, name: string): string {
  const id = normaliseId(memberId);
  return id ? `i:${id}` : `n:${normaliseIdentity(name)}`;
}

export const skillKeyFor = memberKeyFor;

/** Compares names after identity normalisation with the UI language's collation. */
export function nameComparator(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(normaliseIdentity(a), normaliseIdentity(b));
}
