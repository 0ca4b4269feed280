// Which sign-off slots an item has and how they pair: the one home of the complete review's
// two-slot rule, asked by the rules, the command (`--security`, `--substitute`, the other-slot hint)
// and the panel (where to ask for a substitute's reason). Read off the process definition: an item
// with two slots is a paired review, signed by two different people, either of whom may be the one
// who goes ahead without the basic reviewer and says why.
import {ITEMS} from './process';
import type {ItemKey, SlotDef, SlotKey} from './process_types';

export interface ItemSlots {
    readonly slots: readonly SlotDef[];
    /** The slot a signer means when naming none (the command without `--security`). */
    readonly first: SlotKey;
    /** A paired review's second slot (the command's `--security`); null for an item signed once. */
    readonly second: SlotKey | null;
    /** Two slots, two different signers (the complete review). */
    readonly paired: boolean;
    /** Either slot of a paired review may carry the reason the basic reviewer is not among the signers. */
    readonly takesSubstitute: boolean;
}

function slotsOf(slots: readonly SlotDef[]): ItemSlots {
    const [first, second] = slots;
    const paired = slots.length === 2 && second !== undefined;
    return {slots, first: first?.key ?? 'signoff', second: paired ? second.key : null, paired, takesSubstitute: paired};
}

const BY_ITEM = new Map<ItemKey, ItemSlots>(ITEMS.map((def) => [def.key, slotsOf(def.slots)]));

export function slotsFor(item: ItemKey): ItemSlots {
    return BY_ITEM.get(item) ?? slotsOf([]);
}

/** The other slot of a paired review, or null. */
export function otherSlot(item: ItemKey, slot: SlotKey): SlotKey | null {
    const slots = slotsFor(item);
    if (!slots.paired || slots.second === null) {
        return null;
    }
    return slot === slots.first ? slots.second : slot === slots.second ? slots.first : null;
}
