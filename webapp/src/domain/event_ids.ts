// Telling a repeated delivery from a new event: has this event id been folded before? Every post
// asks once, so at 100k posts a Set<string> of the ids was a seventh of the fold: it grows by
// rehashing, and reads each id's header (and those of ids in the same bucket) from wherever the id
// lies in memory. Here each id carries a small-integer key made when its post was read (log.ts),
// the table is made at its final size, and an id is read only when its key is already taken.
// What it relies on, and what it is still worth at 10k events: fold.ts, S4.

/** FNV-1a over UTF-16 units, kept to 30 bits: a small integer (Smi) in every JavaScript engine, so never a heap number. */
export function idKey(id: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
        hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    }
    return hash & 0x3fffffff;
}

const EMPTY = 0;
const MIN_SLOTS = 1024;

/**
 * An open-addressing table in one typed array: slot i holds [key + 1, index of the id] at 2i, 2i+1
 * (0: empty), so a new id is decided by reading one slot, next to nothing else, and the engine's
 * collector never scans the table. The ids themselves are kept in insertion order, for the rare
 * key that is already taken.
 */
export class EventIds {
    private table: Int32Array;
    private mask: number;
    private readonly ids: string[] = [];

    /** `expected`: how many ids will be added, so the table is made once at its size. */
    constructor(expected = 0) {
        let slots = MIN_SLOTS;
        // At most half full: probe runs stay a slot or two long.
        while (slots < expected * 2) {
            slots *= 2;
        }
        this.table = new Int32Array(slots * 2);
        this.mask = slots - 1;
    }

    /** Adds the id (`key` = idKey(id)); true when it was not there before. */
    add(id: string, key: number): boolean {
        const stored = key + 1;
        const table = this.table;
        let slot = key & this.mask;
        for (;;) {
            const held = table[slot * 2];
            if (held === EMPTY) {
                break;
            }
            if (held === stored && this.ids[table[slot * 2 + 1] as number] === id) {
                return false;
            }
            slot = (slot + 1) & this.mask;
        }
        if ((this.ids.length + 1) * 2 > this.mask + 1) {
            this.grow();
            return this.add(id, key);
        }
        table[slot * 2] = stored;
        table[slot * 2 + 1] = this.ids.length;
        this.ids.push(id);
        return true;
    }

    /** Twice the slots, refilled from the stored keys: no id is read again. */
    private grow(): void {
        const old = this.table;
        const table = new Int32Array(old.length * 2);
        const mask = old.length - 1;
        for (let i = 0; i < old.length; i += 2) {
            const stored = old[i] as number;
            if (stored !== EMPTY) {
                let slot = (stored - 1) & mask;
                while (table[slot * 2] !== EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot * 2] = stored;
                table[slot * 2 + 1] = old[i + 1] as number;
            }
        }
        this.table = table;
        this.mask = mask;
    }
}
