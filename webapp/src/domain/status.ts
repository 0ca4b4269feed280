// Item and stage statuses are derived from the item records after every accepted event, so they
// can never drift from what was signed, waived or deployed.
import type {DraftItem, DraftPlugin} from './draft';
import {itemDef, STAGES} from './process';
import type {ItemDef, ItemKey} from './process_types';
import type {ItemState, ItemStatus, StageStatus} from './tracker_state';

export function itemStatus(def: ItemDef, item: ItemState): ItemStatus {
    if (item.waiver) {
        return 'not-applicable';
    }
    // Gates refuse a sign-off while evidence, sub-steps or the release are missing, and refuse
    // undoing those while signed, so all slots signed means nothing else is pending.
    for (const slot of def.slots) {
        if (!item.signOffs[slot.key]) {
            return 'pending';
        }
    }
    return 'done';
}

export function settleItem(item: DraftItem): void {
    item.status = itemStatus(itemDef(item.key), item);
}

function touched(item: ItemState): boolean {
    if (item.waiver || item.reopened.length > 0) {
        return true;
    }
    for (const _slot in item.signOffs) {
        return true;
    }
    for (const _field in item.evidence) {
        return true;
    }
    for (const substep of item.substeps) {
        if (substep.stamp !== null) {
            return true;
        }
    }
    return false;
}

function stageStatus(current: StageStatus, plugin: DraftPlugin, keys: readonly ItemKey[], previousDeployed: boolean): StageStatus {
    let allSettled = true;
    for (const key of keys) {
        if (plugin.items[key].status === 'pending') {
            allSettled = false;
            break;
        }
    }
    if (current === 'deployed' && allSettled) {
        return 'deployed';
    }
    if (allSettled && previousDeployed) {
        return 'ready';
    }
    for (const key of keys) {
        if (touched(plugin.items[key])) {
            return 'in-progress';
        }
    }
    return 'not-started';
}

/** Recomputes every stage's status in order (three stages, eight items: cheap). */
export function settleStages(plugin: DraftPlugin): void {
    let previousDeployed = true;
    for (const def of STAGES) {
        const stage = plugin.stages[def.key];
        stage.status = stageStatus(stage.status, plugin, def.items, previousDeployed);
        previousDeployed = stage.status === 'deployed';
    }
}
