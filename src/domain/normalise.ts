// Identity normalisation (SPEC "Identity"): trim, fold white space (NBSP included), ignore case, ё = е.

const WHITE_SPACE_RUN = /[\s\u00a0\u2007\u202f\ufeff]+/g;

/** The display form: trimmed, with every run of white space folded to one space. */
export function cleanText(value: string): string {
  return value.replace(WHITE_SPACE_RUN, ' ').trim();
}

/** The identity form used for matching names and ids. */
export function normaliseIdentity(value: string): string {
  return cleanText(value).toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

export function memberKeyFor(memberId: string, name: string): string {
  const id = normaliseIdentity(memberId);
  return id ? `i:${id}` : `n:${normaliseIdentity(name)}`;
}

export const skillKeyFor = memberKeyFor;

/** Compares names after identity normalisation with the UI language's collation. */
export function nameComparator(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(normaliseIdentity(a), normaliseIdentity(b));
}
