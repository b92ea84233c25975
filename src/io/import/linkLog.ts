// Every level a file gives, in the order read, kept as typed-array columns. Which of them meet the same
// member–skill pair (duplicates, conflicts, merges with stored links) is settled once at the end, after a
// radix sort: a million rows in random order would otherwise each look their pair up in a hash table many
// megabytes large, one cache miss per row.

// A link's value, in one byte: the level in the low bits, then flags. The same bits mean the same in a log
// entry, a stored link and a pair being settled (settle.ts), so no value is read with another module's meaning.

/** The level, 0–5 (0: no link). Always read through this mask. */
export const LEVEL_MASK = 0b111;
/** Interested in the skill. In a log entry it counts only with INTEREST_GIVEN. */
export const INTERESTED = 1 << 3;
/** The row had an interest cell; without one the pair keeps the flag it had. */
export const INTEREST_GIVEN = 1 << 4;
/** The row is counted as imported or merged by its link (an expertise row; a matrix row counts by member). */
export const COUNTS = 1 << 5;
/** Settling only: this import has set the pair already (a second level for it is a conflict, not a merge). */
export const SET_NOW = 1 << 6;

/** A log entry's value. `interest` null: the row says nothing about interest. */
export function entryValue(level: number, interest: boolean | null, counts: boolean): number {
  return (
    (level & LEVEL_MASK) |
    (interest === null ? 0 : INTEREST_GIVEN | (interest ? INTERESTED : 0)) |
    (counts ? COUNTS : 0)
  );
}

/** A stored link's value, as the log of the workspace merged into holds it. */
export function storedValue(level: number, interest: boolean): number {
  return (level & LEVEL_MASK) | (interest ? INTERESTED : 0);
}

const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

export class LinkLog {
  member: Uint32Array;
  skill: Uint32Array;
  /** Level and the flags above. */
  value: Uint8Array;
  /** Spreadsheet row and file (position in the import's file order) it came from. */
  row: Uint32Array;
  file: Uint16Array;
  length = 0;

  constructor(capacity = 1024) {
    this.member = new Uint32Array(capacity);
    this.skill = new Uint32Array(capacity);
    this.value = new Uint8Array(capacity);
    this.row = new Uint32Array(capacity);
    this.file = new Uint16Array(capacity);
  }

  push(member: number, skill: number, value: number, row: number, file: number): void {
    const i = this.length;
    if (i === this.member.length) this.grow(i * 2);
    this.member[i] = member;
    this.skill[i] = skill;
    this.value[i] = value;
    this.row[i] = row;
    this.file[i] = file;
    this.length = i + 1;
  }

  /**
   * The entries in member order, then skill order; entries for the same pair stay in the order they were
   * pushed. LSD radix sort, 11 bits a pass: skill digits first, then member digits.
   */
  sorted(memberCount: number, skillCount: number): LinkLog {
    const passes: ['member' | 'skill', number][] = [];
    for (const [column, count] of [
      ['skill', skillCount],
      ['member', memberCount],
    ] as const) {
      const bits = 32 - Math.clz32(Math.max(1, count - 1));
      for (let shift = 0; shift < bits; shift += DIGIT_BITS) passes.push([column, shift]);
    }
    return passes.reduce((from: LinkLog, [column, shift]) => from.pass(column, shift), this);
  }

  /** One stable counting-sort pass on an 11-bit digit of one column. */
  private pass(column: 'member' | 'skill', shift: number): LinkLog {
    const n = this.length;
    const keys = this[column];
    const next = new Uint32Array(DIGIT_MASK + 2);
    for (let i = 0; i < n; i++) next[((keys[i] >>> shift) & DIGIT_MASK) + 1]++;
    for (let d = 0; d <= DIGIT_MASK; d++) next[d + 1] += next[d];
    const out = new LinkLog(Math.max(1, n));
    const { member, skill, value, row, file } = this;
    for (let i = 0; i < n; i++) {
      const at = next[(keys[i] >>> shift) & DIGIT_MASK]++;
      out.member[at] = member[i];
      out.skill[at] = skill[i];
      out.value[at] = value[i];
      out.row[at] = row[i];
      out.file[at] = file[i];
    }
    out.length = n;
    return out;
  }

  private grow(capacity: number): void {
    const copy = <T extends Uint32Array | Uint8Array | Uint16Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.member = copy(this.member, new Uint32Array(capacity));
    this.skill = copy(this.skill, new Uint32Array(capacity));
    this.value = copy(this.value, new Uint8Array(capacity));
    this.row = copy(this.row, new Uint32Array(capacity));
    this.file = copy(this.file, new Uint16Array(capacity));
  }
}
