// The merge rules for links, stated once (docs/contract.md, "Import"). Every level the files gave is in the
// log in reading order; the workspace merged into (Merge) gives its stored links. Pair by pair, in reading
// order, starting from the stored level if there is one:
//
// - the first level this import gives a pair replaces the stored one (level 0 removes the level); its row counts
//   as merged when the pair was stored, as imported when it is new; but a level 0 on a row that marks interest
//   is a wish to develop the skill, not "no expertise": a stored level stays and the interest is set;
// - a pair given again in this import keeps the higher level and the row counts as merged; two different
//   levels ≥ 1 are reported as a conflict, while a level 0 (no expertise) conflicts with nothing;
// - an interest cell sets the pair's flag; a row without one (a matrix, a list without an interest column)
//   keeps the flag the pair had; given twice in this import, "interested" from either row is kept;
// - a pair left at level 0 with interest is kept as an interest-only record; at level 0 without, it is dropped.
//
// Only entries flagged COUNTS count rows (an expertise row counts by its link; a matrix row by its member).
import { emptyLinks, type LinkTable } from '../../domain/types';
import { COUNTS, INTERESTED, INTEREST_GIVEN, LEVEL_MASK, SET_NOW, type LinkLog } from './linkLog';

/** A pair given two different levels in one import. */
export interface LevelConflict {
  /** The later row's file (position in the import order) and spreadsheet row. */
  file: number;
  row: number;
  member: number;
  skill: number;
  kept: number;
  other: number;
}

export interface SettledLinks {
  /** Sorted by member, then skill; levels ≥ 1, and level 0 only with interest (interest-only records). */
  links: LinkTable;
  /** In file, then row order. */
  conflicts: LevelConflict[];
  /** Rows counted by their link, per file (position in the import order). */
  imported: Uint32Array;
  merged: Uint32Array;
}

/**
 * Settles the levels an import gave (`log`) over the stored links (`stored`, empty for Replace). Member and
 * skill counts bound the indexes in both logs; `fileCount` bounds the log entries' files.
 */
export function settleLinks(
  log: LinkLog,
  stored: LinkLog,
  memberCount: number,
  skillCount: number,
  fileCount: number,
): SettledLinks {
  const given = log.sorted(memberCount, skillCount);
  const base = stored.sorted(memberCount, skillCount);
  const out = emptyLinks(given.length + base.length);
  const conflicts: LevelConflict[] = [];
  const imported = new Uint32Array(fileCount);
  const merged = new Uint32Array(fileCount);
  let k = 0;
  const emit = (m: number, s: number, value: number) => {
    if ((value & LEVEL_MASK) === 0 && !(value & INTERESTED)) return; // level 0, no interest: nothing to keep
    out.member[k] = m;
    out.skill[k] = s;
    out.level[k] = value & LEVEL_MASK;
    out.interest[k] = value & INTERESTED ? 1 : 0;
    k++;
  };
  let b = 0;
  for (let i = 0; i < given.length;) {
    const m = given.member[i];
    const s = given.skill[i];
    // Stored pairs before this one stay as they were.
    while (b < base.length && (base.member[b] < m || (base.member[b] === m && base.skill[b] < s))) {
      emit(base.member[b], base.skill[b], base.value[b]);
      b++;
    }
    // The pair's value so far: stored (without SET_NOW), set by this import (with it), or -1 for none.
    let pair = -1;
    if (b < base.length && base.member[b] === m && base.skill[b] === s) pair = base.value[b++];
    for (; i < given.length && given.member[i] === m && given.skill[i] === s; i++) {
      const value = given.value[i];
      const level = value & LEVEL_MASK;
      const interest =
        value & INTEREST_GIVEN ? (value & INTERESTED) !== 0 : pair >= 0 && (pair & INTERESTED) !== 0;
      let wasThere: boolean;
      if (pair >= 0 && pair & SET_NOW) {
        const previous = pair & LEVEL_MASK;
        // Level 0 is no link, not a competing level: 0 and 3 keep 3 without a word.
        if (previous !== level && previous > 0 && level > 0) {
          conflicts.push({
            file: given.file[i],
            row: given.row[i],
            member: m,
            skill: s,
            kept: Math.max(previous, level),
            other: Math.min(previous, level),
          });
        }
        pair = Math.max(previous, level) | SET_NOW | (interest || pair & INTERESTED ? INTERESTED : 0);
        wasThere = true;
      } else {
        wasThere = pair >= 0;
        const marked = (value & INTEREST_GIVEN) !== 0 && (value & INTERESTED) !== 0;
        const kept = level === 0 && marked && wasThere ? pair & LEVEL_MASK : level;
        pair = kept | SET_NOW | (interest ? INTERESTED : 0);
      }
      if (value & COUNTS) {
        if (wasThere) merged[given.file[i]]++;
        else imported[given.file[i]]++;
      }
    }
    emit(m, s, pair);
  }
  for (; b < base.length; b++) emit(base.member[b], base.skill[b], base.value[b]);

  conflicts.sort((x, y) => x.file - y.file || x.row - y.row);
  const links = emptyLinks(k);
  links.member.set(out.member.subarray(0, k));
  links.skill.set(out.skill.subarray(0, k));
  links.level.set(out.level.subarray(0, k));
  links.interest.set(out.interest.subarray(0, k));
  return { links, conflicts, imported, merged };
}
