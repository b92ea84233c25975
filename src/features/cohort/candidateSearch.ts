// "Add a person": the candidates whose name matches what is typed, fast enough to run on every keystroke with
// 20,000 members (names lowered once per members list, a scan that stops once the list is full).
import type { Analysis } from '../../domain/analysis';
import { normaliseIdentity } from '../../domain/normalise';
import type { Member } from '../../domain/types';

export const SEARCH_LIMIT = 20;

const namesCache = new WeakMap<readonly Member[], string[]>();

function searchNames(members: readonly Member[]): string[] {
  let names = namesCache.get(members);
  if (!names) namesCache.set(members, (names = members.map((m) => normaliseIdentity(m.name))));
  return names;
}

export interface CandidateMatches {
  /** At most `limit`: names starting a word with the query first, then the others, each by name. */
  members: Member[];
  /** More candidates match than are listed. */
  more: boolean;
}

/**
 * The candidates (not ambassadors, not leavers) whose name contains `query` (case, `ё` and spacing ignored),
 * leaving out the keys in `skip` (those pinned already).
 */
export function matchCandidates(
  analysis: Analysis,
  query: string,
  skip: ReadonlySet<string>,
  limit = SEARCH_LIMIT,
): CandidateMatches {
  const q = normaliseIdentity(query);
  if (!q) return { members: [], more: false };
  const { members } = analysis.workspace;
  const names = searchNames(members);
  const wordStart: number[] = [];
  const inside: number[] = [];
  let more = false;
  for (let m = 0; m < members.length; m++) {
    if (!analysis.candidate[m]) continue;
    const at = names[m].indexOf(q);
    if (at < 0 || skip.has(members[m].key)) continue;
    if (wordStart.length >= limit) {
      // Full of the better matches: one more match is all it takes to say the list is not everyone.
      more = true;
      break;
    }
    if (at === 0 || names[m][at - 1] === ' ') wordStart.push(m);
    else if (inside.length < limit) inside.push(m);
    else more = true;
  }
  const byName = (a: number, b: number) => analysis.compareNames(members[a], members[b]);
  const chosen = [...wordStart.sort(byName), ...inside.sort(byName)];
  if (chosen.length > limit) more = true;
  return { members: chosen.slice(0, limit).map((m) => members[m]), more };
}
