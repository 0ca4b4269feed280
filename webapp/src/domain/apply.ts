// Applying an accepted event to the run's writable copy of its plugin, then re-deriving statuses.
import type {WorkingItem, WorkingPlugin} from './working_copy';
import type {EventOf, PluginEvent} from './events';
import {ITEMS, itemDef, substepIndex} from './process';
import {SLOT_KEYS, type ItemKey, type SlotKey} from './process_types';
import {pinnedToRelease} from './rule_versions';
import {settleItem, settleStages, startStage} from './status';
import type {SignOff, Stamp} from './tracker_state';

function substepAt(item: ItemKey, key: string): number {
    return substepIndex(itemDef(item), key);
}

function setSubStep(plugin: WorkingPlugin, event: EventOf<'substep.checked' | 'substep.unchecked'>, stamp: Stamp): WorkingItem {
    const item = plugin.items[event.item];
    const substep = item.substeps[substepAt(event.item, event.substep)];
    if (substep) {
        const checked = event.type === 'substep.checked';
        substep.status = checked ? 'checked' : 'open';
        substep.stamp = checked ? stamp : null;
    }
    return item;
}

function giveSignOff(plugin: WorkingPlugin, event: EventOf<'signoff.given'>, stamp: Stamp): WorkingItem {
    const item = plugin.items[event.item];
    item.signOffs[event.slot] = {
        by: stamp.by,
        at: stamp.at,
        eventId: stamp.eventId,
        slot: event.slot,
        release: pinnedToRelease(event.v, event.item, itemDef(event.item).pinnedToRelease) ? plugin.release?.version ?? null : null,
        note: event.note ?? '',
        substituteReason: event.substituteReason ?? null,
    };
    return item;
}

function withdrawSignOff(plugin: WorkingPlugin, event: EventOf<'signoff.withdrawn'>, stamp: Stamp): WorkingItem {
    const item = plugin.items[event.item];
    const signOffs: Partial<Record<SlotKey, SignOff>> = {};
    for (const slot of SLOT_KEYS) {
        const signOff = item.signOffs[slot];
        if (slot !== event.slot && signOff) {
            signOffs[slot] = signOff;
        }
    }
    item.signOffs = signOffs;
    item.openSince = stamp.at;
    return item;
}

function waive(plugin: WorkingPlugin, event: EventOf<'waived'>, stamp: Stamp): WorkingItem {
    const item = plugin.items[event.item];
    if (event.substep === undefined) {
        item.waiver = {by: stamp.by, at: stamp.at, eventId: stamp.eventId, reason: event.reason};
        return item;
    }
    const substep = item.substeps[substepAt(event.item, event.substep)];
    if (substep) {
        substep.status = 'not-applicable';
        substep.stamp = stamp;
        substep.notApplicableReason = event.reason;
    }
    return item;
}

/** A new version reopens the sign-offs that were about the previous release (which ones: the event's version's rules). */
function setRelease(plugin: WorkingPlugin, event: EventOf<'release.set'>, stamp: Stamp): void {
    for (const def of ITEMS) {
        const item = plugin.items[def.key];
        if (!pinnedToRelease(event.v, def.key, def.pinnedToRelease)) {
            continue;
        }
        let reopened = false;
        for (const slot of SLOT_KEYS) {
            const signOff = item.signOffs[slot];
            if (signOff) {
                item.reopened.push(signOff);
                reopened = true;
            }
        }
        if (reopened) {
            item.signOffs = {};
            item.openSince = stamp.at;
            settleItem(item);
        }
    }
    plugin.release = {by: stamp.by, at: stamp.at, eventId: stamp.eventId, version: event.version, url: event.url};
}

/** Applies an event that check() accepted to the run's writable copy of its plugin. */
export function applyPluginEvent(plugin: WorkingPlugin, event: Exclude<PluginEvent, EventOf<'plugin.registered'>>, stamp: Stamp): void {
    let item: WorkingItem | null = null;
    switch (event.type) {
    case 'evidence.set':
        item = plugin.items[event.item];
        item.evidence[event.field] = {by: stamp.by, at: stamp.at, eventId: stamp.eventId, value: event.value, ...(event.source ? {source: event.source} : {})};
        break;
    case 'substep.checked':
    case 'substep.unchecked': item = setSubStep(plugin, event, stamp); break;
    case 'signoff.given': item = giveSignOff(plugin, event, stamp); break;
    case 'signoff.withdrawn': item = withdrawSignOff(plugin, event, stamp); break;
    case 'waived': item = waive(plugin, event, stamp); break;
    case 'release.set':
        // The same version again changes nothing: no reopening, and the plugin is not touched.
        if (plugin.release?.version === event.version) {
            return;
        }
        setRelease(plugin, event, stamp);
        break;
    case 'stage.deployed': {
        const stage = plugin.stages[event.stage];
        stage.status = 'deployed';
        stage.deployment = {by: stamp.by, at: stamp.at, eventId: stamp.eventId, release: plugin.release?.version ?? null};
        break;
    }
    case 'plugin.archived':
        plugin.archived = {by: stamp.by, at: stamp.at, eventId: stamp.eventId, reason: event.reason ?? ''};
        plugin.updatedAt = stamp.at;
        return;
    }
    plugin.updatedAt = stamp.at;
    if (item && keepsStatuses(event)) {
        // Statuses follow from waivers, sign-offs and deployments (status.ts), and this changed none
        // of them: all it can do is start its stage. Most events are of this kind, so this is
        // worth not recomputing every item and stage for.
        startStage(plugin, itemDef(item.key).stage);
        return;
    }
    if (item) {
        settleItem(item);
    }
    // Setting the release is work on the "Release created" item, so it starts that item's stage.
    settleStages(plugin, item ? itemDef(item.key).stage : event.type === 'release.set' ? itemDef('release').stage : null);
}

/** Evidence and sub-steps (checked, unchecked or waived) leave every item's and stage's status as it was. */
function keepsStatuses(event: PluginEvent): boolean {
    return event.type === 'evidence.set' || event.type === 'substep.checked' || event.type === 'substep.unchecked' || (event.type === 'waived' && event.substep !== undefined);
}
