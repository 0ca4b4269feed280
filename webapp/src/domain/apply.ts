// Applying an accepted event: each returns a new PluginState (never mutating the old one), with
// statuses re-derived.
import type {EventOf, PluginEvent} from './events';
import {ITEMS, itemDef} from './process';
import {SLOT_KEYS, type ItemKey, type SlotKey} from './process_types';
import {settleItem, settleStages} from './status';
import type {ItemState, PluginState, SignOff, Stamp} from './tracker_state';

/** The items record with one item replaced, built as a literal so every record has the same shape (fast to read and copy). */
function replaceItem(items: Readonly<Record<ItemKey, ItemState>>, item: ItemState): Record<ItemKey, ItemState> {
    const key = item.key;
    return {
        'basic-review': key === 'basic-review' ? item : items['basic-review'],
        'ci-master': key === 'ci-master' ? item : items['ci-master'],
        licence: key === 'licence' ? item : items.licence,
        'complete-review': key === 'complete-review' ? item : items['complete-review'],
        'qa-pass': key === 'qa-pass' ? item : items['qa-pass'],
        'pm-ux-review': key === 'pm-ux-review' ? item : items['pm-ux-review'],
        release: key === 'release' ? item : items.release,
        'release-qa': key === 'release-qa' ? item : items['release-qa'],
    };
}

function withItem(plugin: PluginState, item: ItemState, at: number): PluginState {
    return settleStages({...plugin, items: replaceItem(plugin.items, settleItem(item)), updatedAt: at});
}

function substepIndex(item: ItemKey, key: string): number {
    return itemDef(item).substeps.findIndex((substep) => substep.key === key);
}

function setSubStep(plugin: PluginState, event: EventOf<'substep.checked' | 'substep.unchecked'>, stamp: Stamp): PluginState {
    const item = plugin.items[event.item];
    const index = substepIndex(event.item, event.substep);
    const checked = event.type === 'substep.checked';
    const substeps = item.substeps.map((substep, i) => (i === index ? {...substep, status: checked ? 'checked' as const : 'open' as const, stamp: checked ? stamp : null} : substep));
    return withItem(plugin, {...item, substeps}, stamp.at);
}

function giveSignOff(plugin: PluginState, event: EventOf<'signoff.given'>, stamp: Stamp): PluginState {
    const item = plugin.items[event.item];
    const signOff: SignOff = {
        ...stamp,
        slot: event.slot,
        release: itemDef(event.item).pinnedToRelease ? plugin.release?.version ?? null : null,
        note: event.note ?? '',
        substituteReason: event.substituteReason ?? null,
    };
    const signOffs: Partial<Record<SlotKey, SignOff>> = {};
    for (const slot of SLOT_KEYS) {
        const existing = slot === event.slot ? signOff : item.signOffs[slot];
        if (existing) {
            signOffs[slot] = existing;
        }
    }
    return withItem(plugin, {...item, signOffs}, stamp.at);
}

function withdrawSignOff(plugin: PluginState, event: EventOf<'signoff.withdrawn'>, stamp: Stamp): PluginState {
    const item = plugin.items[event.item];
    const signOffs: Partial<Record<SlotKey, SignOff>> = {};
    for (const slot of SLOT_KEYS) {
        const signOff = item.signOffs[slot];
        if (slot !== event.slot && signOff) {
            signOffs[slot] = signOff;
        }
    }
    return withItem(plugin, {...item, signOffs, openSince: stamp.at}, stamp.at);
}

function waive(plugin: PluginState, event: EventOf<'waived'>, stamp: Stamp): PluginState {
    const item = plugin.items[event.item];
    if (event.substep === undefined) {
        return withItem(plugin, {...item, waiver: {...stamp, reason: event.reason}}, stamp.at);
    }
    const index = substepIndex(event.item, event.substep);
    const substeps = item.substeps.map((substep, i) => (i === index ? {...substep, status: 'not-applicable' as const, stamp, notApplicableReason: event.reason} : substep));
    return withItem(plugin, {...item, substeps}, stamp.at);
}

/** A new version reopens the sign-offs that were about the previous release's build. */
function setRelease(plugin: PluginState, event: EventOf<'release.set'>, stamp: Stamp): PluginState {
    if (plugin.release?.version === event.version) {
        return plugin;
    }
    let items = plugin.items;
    for (const def of ITEMS) {
        const item = items[def.key];
        const signed = Object.values(item.signOffs).filter((signOff): signOff is SignOff => signOff !== undefined);
        if (def.pinnedToRelease && signed.length > 0) {
            items = replaceItem(items, settleItem({...item, signOffs: {}, reopened: [...item.reopened, ...signed], openSince: stamp.at}));
        }
    }
    return settleStages({...plugin, items, release: {...stamp, version: event.version, url: event.url}, updatedAt: stamp.at});
}

function deploy(plugin: PluginState, event: EventOf<'stage.deployed'>, stamp: Stamp): PluginState {
    const stage = plugin.stages[event.stage];
    const deployed = {...stage, status: 'deployed' as const, deployment: {...stamp, release: plugin.release?.version ?? null}};
    return settleStages({...plugin, stages: {...plugin.stages, [event.stage]: deployed}, updatedAt: stamp.at});
}

/** Applies an event that check() accepted for this plugin. */
export function applyPluginEvent(plugin: PluginState, event: Exclude<PluginEvent, EventOf<'plugin.registered'>>, stamp: Stamp): PluginState {
    switch (event.type) {
    case 'evidence.set': {
        const item = plugin.items[event.item];
        return withItem(plugin, {...item, evidence: {...item.evidence, [event.field]: {...stamp, value: event.value}}}, stamp.at);
    }
    case 'substep.checked':
    case 'substep.unchecked': return setSubStep(plugin, event, stamp);
    case 'signoff.given': return giveSignOff(plugin, event, stamp);
    case 'signoff.withdrawn': return withdrawSignOff(plugin, event, stamp);
    case 'waived': return waive(plugin, event, stamp);
    case 'release.set': return setRelease(plugin, event, stamp);
    case 'stage.deployed': return deploy(plugin, event, stamp);
    case 'plugin.archived': return {...plugin, archived: {...stamp, reason: event.reason ?? ''}, updatedAt: stamp.at};
    }
}
