// What a cell meant, remembered by its entry number (byteTable's `ids`): the second time a row names the same
// person, skill or level, the answer is one array read instead of trimming, parsing and looking up its text.

/** An answer for "this cell is blank": the row's reference is in another column. */
export const BLANK = -2;
const UNKNOWN = -1;

export class Recall {
  // Slot 0 is the empty cell (entry -1); entry e is slot e + 1. Values are stored plus 3 (BLANK as 1), so 0 is
  // unknown.
  private values = new Int32Array(1024);

  /** The value remembered for an entry, BLANK, or -1 when nothing is (always for an entry below -1). */
  get(entry: number): number {
    const slot = entry + 1;
    const stored = slot >= 0 && slot < this.values.length ? this.values[slot] : 0;
    return stored === 0 ? UNKNOWN : stored - 3;
  }

  /** Remembers a value ≥ 0, or BLANK, for an entry ≥ -1 (others, cells without a number, are not kept). */
  set(entry: number, value: number): void {
    const slot = entry + 1;
    if (slot < 0) return;
    if (slot >= this.values.length) {
      let size = this.values.length * 2;
      while (size <= slot) size *= 2;
      const values = new Int32Array(size);
      values.set(this.values);
      this.values = values;
    }
    this.values[slot] = value + 3;
  }
}

/** The entity a row names by id column and name column, as remembered; -1 when not known yet. */
export function recallReference(
  byId: Recall,
  byName: Recall,
  ids: Int32Array,
  idColumn: number | undefined,
  nameColumn: number | undefined,
): number {
  if (idColumn !== undefined) {
    const found = byId.get(ids[idColumn]);
    // An id decides alone; only a blank id leaves it to the name.
    if (found !== BLANK) return found;
  }
  return nameColumn === undefined ? UNKNOWN : byName.get(ids[nameColumn]);
}
