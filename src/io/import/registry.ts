// One kind of entity (members or skills) with its identity lookups: by key, by normalised id, by normalised name
// (docs/contract.md, "Identity"). Members and skills follow the same rules, so they share this code.
import { normaliseId, normaliseIdentity } from '../../domain/normalise';

export interface Identified {
  key: string;
  name: string;
}

export class Registry<T extends Identified> {
  readonly list: T[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  /** Remembered spellings (identity key → the key of the entity it names), from the workspace's aliases. */
  aliases: ReadonlyMap<string, string> = new Map();

  constructor(
    private readonly idOf: (entity: T) => string,
    private readonly setId: (entity: T, id: string) => void,
  ) {}

  get size(): number {
    return this.list.length;
  }

  add(entity: T): number {
    const index = this.list.push(entity) - 1;
    this.byKey.set(entity.key, index);
    const id = this.idOf(entity);
    if (id) this.byId.set(normaliseId(id), index);
    const name = normaliseIdentity(entity.name);
    if (name && !this.byName.has(name)) this.byName.set(name, index);
    return index;
  }

  /** A new display name: the entity is found by it from now on (and still by its old name). */
  rename(index: number, name: string): void {
    const entity = this.list[index];
    entity.name = name;
    const normName = normaliseIdentity(name);
    if (normName && !this.byName.has(normName)) this.byName.set(normName, index);
  }

  /**
   * The entity a spelling is remembered for, when `find` knows none (docs/contract.md#aliases): an alias
   * leads to its key, or the spelling is an entity's own key (a renamed entity keeps the key of its first
   * name). As in `find`, a name does not land on an entity with another id. -1 when none does.
   */
  recall(id: string, name: string): number {
    if (id) {
      const found = this.atKey(`i:${normaliseId(id)}`);
      if (found >= 0) return found;
    }
    if (!name) return -1;
    const found = this.atKey(`n:${normaliseIdentity(name)}`);
    if (found < 0) return -1;
    const foundId = this.idOf(this.list[found]);
    if (!id || foundId) return !id || normaliseId(foundId) === normaliseId(id) ? found : -1;
    // Found by name without an id, as `find` does: the entity takes the id the row gives.
    this.setId(this.list[found], id);
    this.byId.set(normaliseId(id), found);
    return found;
  }

  /** The key a new entity with this identity key takes: the remembered one when an alias names it. */
  keyFor(identityKey: string): string {
    return this.freeKey(this.aliases.get(identityKey) ?? identityKey);
  }

  /** Whether a spelling is one the entity at `index` is remembered by (its key or an alias of it). */
  remembers(index: number, name: string): boolean {
    const spelling = `n:${normaliseIdentity(name)}`;
    return (this.aliases.get(spelling) ?? spelling) === this.list[index].key;
  }

  private atKey(identityKey: string): number {
    return this.byKey.get(this.aliases.get(identityKey) ?? identityKey) ?? -1;
  }

  /** A key not taken yet: the identity key, or that key with `#2`, `#3`… for a namesake. */
  freeKey(key: string): string {
    if (!this.byKey.has(key)) return key;
    let n = 2;
    while (this.byKey.has(`${key}#${n}`)) n++;
    return `${key}#${n}`;
  }

  /**
   * Ids first, then normalised names (a name may also be an id when the file has no id column); -1 when unknown.
   * An entity found by name that had no id takes the id given.
   */
  find(id: string, name: string, nameMayBeId: boolean): number {
    let found = -1;
    if (id) found = this.byId.get(normaliseId(id)) ?? -1;
    if (found < 0 && name) {
      const normName = normaliseIdentity(name);
      if (nameMayBeId && !id) found = this.byId.get(normaliseId(name)) ?? -1;
      if (found < 0) {
        const byName = this.byName.get(normName);
        if (byName !== undefined) {
          const foundId = this.idOf(this.list[byName]);
          // Same name, another id: a namesake, not the same one.
          if (!id || !foundId || normaliseId(foundId) === normaliseId(id)) found = byName;
        }
      }
    }
    if (found >= 0 && id && !this.idOf(this.list[found])) {
      this.setId(this.list[found], id);
      this.byId.set(normaliseId(id), found);
    }
    return found;
  }
}
