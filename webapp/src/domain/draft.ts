// Copy-on-write for one fold run: the first time a run changes a plugin it takes a private copy
// (items, sub-steps, stages and all) and then changes the copy in place; frozen parts are shared and
// copied by the own*() helpers before a write. What this relies on and why it is worth it: the
// invariants S2 and S3 at the top of fold.ts.
import {SLOT_KEYS, type ItemKey, type SlotKey, type StageKey} from './process_types';
import type {EvidenceValue, ItemState, PluginState, SignOff, StageState, SubStepState} from './tracker_state';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

export interface DraftItem extends Mutable<Omit<ItemState, 'signOffs' | 'substeps' | 'evidence' | 'reopened'>> {
    signOffs: Partial<Record<SlotKey, SignOff>>;
    substeps: Mutable<SubStepState>[];
    evidence: Record<string, EvidenceValue>;
    reopened: SignOff[];
}

export interface DraftPlugin extends Mutable<Omit<PluginState, 'items' | 'stages'>> {
    items: Record<ItemKey, DraftItem>;
    stages: Record<StageKey, Mutable<StageState>>;
}

/** Frozen records and sub-steps stay shared (the own*() helpers copy them on write); the rest is copied now. */
function copyItem(item: ItemState): DraftItem {
    return {
        key: item.key,
        status: item.status,
        signOffs: Object.isFrozen(item.signOffs) ? item.signOffs : {...item.signOffs},
        substeps: item.substeps.map((substep) => (Object.isFrozen(substep) ? substep : {...substep})),
        evidence: Object.isFrozen(item.evidence) ? item.evidence : {...item.evidence},
        waiver: item.waiver,
        openSince: item.openSince,
        // Usually the shared frozen empty list: spreading a frozen array takes the slow path.
        reopened: item.reopened.length === 0 ? [] : [...item.reopened],
    };
}

function copyStage(stage: StageState): Mutable<StageState> {
    return Object.isFrozen(stage) ? stage : {...stage};
}

function copyPlugin(plugin: PluginState): DraftPlugin {
    const items = plugin.items;
    const stages = plugin.stages;
    return {
        ...plugin,
        owners: plugin.owners,
        items: {
            'basic-review': copyItem(items['basic-review']),
            'ci-master': copyItem(items['ci-master']),
            licence: copyItem(items.licence),
            'complete-review': copyItem(items['complete-review']),
            'qa-pass': copyItem(items['qa-pass']),
            'pm-ux-review': copyItem(items['pm-ux-review']),
            release: copyItem(items.release),
            'release-qa': copyItem(items['release-qa']),
        },
        stages: {
            'ci-extensions': copyStage(stages['ci-extensions']),
            'ci-extensions-release': copyStage(stages['ci-extensions-release']),
            community: copyStage(stages.community),
        },
    };
}

export class Drafts {
    private readonly owned = new Set<PluginState>();

    /** A plugin made in this run (registration) is the run's own from the start. */
    adopt(plugin: DraftPlugin): DraftPlugin {
        this.owned.add(plugin);
        return plugin;
    }

    /** The run's writable copy of a plugin: the same object when this run already owns it. */
    writable(plugin: PluginState): DraftPlugin {
        if (this.owned.has(plugin)) {
            // Only DraftPlugins enter `owned` (adopt and the copy below), so this is one.
            return plugin as DraftPlugin;
        }
        const copy = copyPlugin(plugin);
        this.owned.add(copy);
        return copy;
    }
}

// Copies of frozen parts are made by hand: a spread of a frozen object, or slice() of a frozen
// array, takes V8's slow path (5-10x the cost).

export function ownSignOffs(item: DraftItem): Partial<Record<SlotKey, SignOff>> {
    if (Object.isFrozen(item.signOffs)) {
        const copy: Partial<Record<SlotKey, SignOff>> = {};
        for (const slot of SLOT_KEYS) {
            const signOff = item.signOffs[slot];
            if (signOff) {
                copy[slot] = signOff;
            }
        }
        item.signOffs = copy;
    }
    return item.signOffs;
}

export function ownEvidence(item: DraftItem): Record<string, EvidenceValue> {
    if (Object.isFrozen(item.evidence)) {
        const copy: Record<string, EvidenceValue> = {};
        for (const field in item.evidence) {
            const value = item.evidence[field];
            if (value) {
                copy[field] = value;
            }
        }
        item.evidence = copy;
    }
    return item.evidence;
}

export function ownReopened(item: DraftItem): SignOff[] {
    if (Object.isFrozen(item.reopened)) {
        const copy: SignOff[] = [];
        for (const signOff of item.reopened) {
            copy.push(signOff);
        }
        item.reopened = copy;
    }
    return item.reopened;
}

/** The item's sub-step at `index`, writable; undefined when there is none. */
export function ownSubStep(item: DraftItem, index: number): Mutable<SubStepState> | undefined {
    if (Object.isFrozen(item.substeps)) {
        const copy: Mutable<SubStepState>[] = [];
        for (const substep of item.substeps) {
            copy.push(substep);
        }
        item.substeps = copy;
    }
    const substep = item.substeps[index];
    if (substep && Object.isFrozen(substep)) {
        const copy = {key: substep.key, status: substep.status, stamp: substep.stamp, notApplicableReason: substep.notApplicableReason};
        item.substeps[index] = copy;
        return copy;
    }
    return substep;
}

export function ownStage(plugin: DraftPlugin, key: StageKey): Mutable<StageState> {
    const stage = plugin.stages[key];
    if (Object.isFrozen(stage)) {
        const copy = {key: stage.key, status: stage.status, deployment: stage.deployment};
        plugin.stages[key] = copy;
        return copy;
    }
    return stage;
}
