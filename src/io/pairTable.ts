// An open-addressing hash table from (member index, skill index) to a small value, without allocations
// per entry: a million links in a Map of Maps cost more in hashing and garbage than parsing the file.
// A slot is two 32-bit numbers, the member (plus one: 0 marks a free slot, so a new table needs no filling)
// and then the skill with the value in its top byte, so a lookup in a table of millions touches one cache line.

const EMPTY = 0;
const SKILL_BITS = 24;
const SKILL_MASK = (1 << SKILL_BITS) - 1;
/**
 * Slots in use before the table doubles. Neighbouring slots share a cache line, so a longer probe costs
 * little, while a smaller table stays in the processor's cache far better (a million links: 16 MB, not 32).
 */
const MAX_LOAD = 0.7;

export class PairTable {
  /** Per slot: member + 1 (EMPTY when free), then skill | value << 24. */
  private keys: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size * MAX_LOAD < capacity) size *= 2;
    this.keys = new Int32Array(size * 2);
  }

  get size(): number {
    return this.used;
  }

  /** The stored value, or -1 when the pair is absent. */
  get(member: number, skill: number): number {
    return this.valueAt(this.slot(member, skill));
  }

  set(member: number, skill: number, value: number): void {
    this.put(this.slot(member, skill), member, skill, value);
  }

  /** Where the pair is, or where it would go; room for one more pair is made first. */
  slot(member: number, skill: number): number {
    if (skill > SKILL_MASK) throw new RangeError(`more than ${SKILL_MASK + 1} skills`);
    if (this.used + 1 > (this.keys.length >> 1) * MAX_LOAD) this.grow();
    const keys = this.keys;
    const mask = (keys.length >> 1) - 1;
    let slot = (Math.imul(member, 0x9e3779b1) ^ Math.imul(skill, 0x85ebca6b)) & mask;
    const key = member + 1;
    for (;;) {
      const m = keys[slot * 2];
      if (m === EMPTY || (m === key && (keys[slot * 2 + 1] & SKILL_MASK) === skill)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The value (0–255) in a slot from `slot()`, or -1 when the pair is absent. */
  valueAt(slot: number): number {
    return this.keys[slot * 2] === EMPTY ? -1 : this.keys[slot * 2 + 1] >>> SKILL_BITS;
  }

  /** Stores a value (0–255) in a slot from `slot()`, for the same pair, with nothing added in between. */
  put(slot: number, member: number, skill: number, value: number): void {
    if (this.keys[slot * 2] === EMPTY) {
      this.keys[slot * 2] = member + 1;
      this.used++;
    }
    this.keys[slot * 2 + 1] = skill | (value << SKILL_BITS);
  }

  /** Every pair (in no particular order), as columns. */
  entries(): { member: Uint32Array; skill: Uint32Array; value: Uint8Array } {
    const member = new Uint32Array(this.used);
    const skill = new Uint32Array(this.used);
    const value = new Uint8Array(this.used);
    const keys = this.keys;
    let i = 0;
    for (let k = 0; k < keys.length; k += 2) {
      if (keys[k] === EMPTY) continue;
      member[i] = keys[k] - 1;
      skill[i] = keys[k + 1] & SKILL_MASK;
      value[i] = keys[k + 1] >>> SKILL_BITS;
      i++;
    }
    return { member, skill, value };
  }

  private grow(): void {
    const keys = this.keys;
    this.keys = new Int32Array(keys.length * 2);
    this.used = 0;
    for (let k = 0; k < keys.length; k += 2) {
      if (keys[k] !== EMPTY) this.set(keys[k] - 1, keys[k + 1] & SKILL_MASK, keys[k + 1] >>> SKILL_BITS);
    }
  }
}
