// An open-addressing hash table from (member index, skill index) to a small value, without allocations
// per entry: a million links in a Map of Maps cost more in hashing and garbage than parsing the file.

const EMPTY = -1;

export class PairTable {
  private members: Int32Array;
  private skills: Int32Array;
  private values: Uint8Array;
  private used = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.members = new Int32Array(size).fill(EMPTY);
    this.skills = new Int32Array(size);
    this.values = new Uint8Array(size);
  }

  get size(): number {
    return this.used;
  }

  /** The stored value, or -1 when the pair is absent. */
  get(member: number, skill: number): number {
    const slot = this.find(member, skill);
    return this.members[slot] === EMPTY ? -1 : this.values[slot];
  }

  set(member: number, skill: number, value: number): void {
    let slot = this.find(member, skill);
    if (this.members[slot] === EMPTY) {
      if ((this.used + 1) * 2 > this.members.length) {
        this.grow();
        slot = this.find(member, skill);
      }
      this.members[slot] = member;
      this.skills[slot] = skill;
      this.used++;
    }
    this.values[slot] = value;
  }

  /** Visits every pair (in no particular order). */
  forEach(visit: (member: number, skill: number, value: number) => void): void {
    for (let i = 0; i < this.members.length; i++) if (this.members[i] !== EMPTY) visit(this.members[i], this.skills[i], this.values[i]);
  }

  private find(member: number, skill: number): number {
    const mask = this.members.length - 1;
    let slot = (Math.imul(member, 0x9e3779b1) ^ Math.imul(skill, 0x85ebca6b)) & mask;
    while (this.members[slot] !== EMPTY && (this.members[slot] !== member || this.skills[slot] !== skill)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { members, skills, values } = this;
    this.members = new Int32Array(members.length * 2).fill(EMPTY);
    this.skills = new Int32Array(members.length * 2);
    this.values = new Uint8Array(members.length * 2);
    this.used = 0;
    for (let i = 0; i < members.length; i++) if (members[i] !== EMPTY) this.set(members[i], skills[i], values[i]);
  }
}
