// Item and stage statuses are derived from the item records after every accepted event, so they
// can never drift from what was signed, waived or deployed.
import {itemDef, STAGES} from './process';
import type {ItemDef, ItemKey, StageKey} from './process_types';
import type {ItemState, ItemStatus, PluginState, StageState, StageStatus} from './tracker_state';

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

export function settleItem(item: ItemState): ItemState {
    const status = itemStatus(itemDef(item.key), item);
    return status === item.status ? item : {...item, status};
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

function stageStatus(current: StageState, plugin: PluginState, keys: readonly ItemKey[], previousDeployed: boolean): StageStatus {
    let allSettled = true;
    for (const key of keys) {
        if (plugin.items[key].status === 'pending') {
            allSettled = false;
            break;
        }
    }
    if (current.status === 'deployed' && allSettled) {
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

/** Recomputes every stage's status (three stages, eight items: cheap), keeping unchanged objects. */
export function settleStages(plugin: PluginState): PluginState {
    let stages: Record<StageKey, StageState> | null = null;
    let previousDeployed = true;
    for (const def of STAGES) {
        const current = plugin.stages[def.key];
        const status = stageStatus(current, plugin, def.items, previousDeployed);
        if (status !== current.status) {
            const changed: StageState = {...current, status};
            const base: Readonly<Record<StageKey, StageState>> = stages ?? plugin.stages;
            stages = {
                'ci-extensions': def.key === 'ci-extensions' ? changed : base['ci-extensions'],
                'ci-extensions-release': def.key === 'ci-extensions-release' ? changed : base['ci-extensions-release'],
                community: def.key === 'community' ? changed : base.community,
            };
        }
        previousDeployed = status === 'deployed';
    }
    return stages ? {...plugin, stages} : plugin;
}
