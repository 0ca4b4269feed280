// Item and stage statuses are derived from the item records after every accepted event, so they
// can never drift from what was signed, waived or deployed.
import type {WorkingItem, WorkingPlugin} from './working_copy';
import {itemDef, STAGES} from './process';
import type {ItemDef, ItemKey, StageKey} from './process_types';
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

export function settleItem(item: WorkingItem): void {
    item.status = itemStatus(itemDef(item.key), item);
}

function stageStatus(current: StageStatus, plugin: WorkingPlugin, keys: readonly ItemKey[], previousDeployed: boolean, touched: boolean): StageStatus {
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
    // Once anything has happened in a stage (a check, evidence, a sign-off, a waiver), it has started.
    return current === 'not-started' && !touched ? 'not-started' : 'in-progress';
}

/**
 * What settleStages(plugin, key) comes to when no item status and no deployment changed: the stage
 * has started. (A stage not started is never ready: settling would have made it so.)
 */
export function startStage(plugin: WorkingPlugin, key: StageKey): void {
    if (plugin.stages[key].status === 'not-started') {
        plugin.stages[key].status = 'in-progress';
    }
}

/**
 * Recomputes the stages' statuses in order (three stages, eight items: cheap). `touched` is the
 * stage the event changed something in, if any.
 */
export function settleStages(plugin: WorkingPlugin, touched: StageKey | null): void {
    let previousDeployed = true;
    for (const def of STAGES) {
        const stage = plugin.stages[def.key];
        const status = stageStatus(stage.status, plugin, def.items, previousDeployed, def.key === touched);
        if (status !== stage.status) {
            stage.status = status;
        }
        previousDeployed = status === 'deployed';
    }
}
