// Copy-on-write for one fold run: the first time a run changes a plugin it takes a private copy
// (items, their records and sub-steps, stages) and then changes the copy in place. What this relies
// on and why it is worth it: invariant S2 at the top of fold.ts.
import type {ItemKey, SlotKey, StageKey} from './process_types';
import type {EvidenceValue, ItemState, PluginState, SignOff, StageState, SubStepState} from './tracker_state';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

export interface WorkingItem extends Mutable<Omit<ItemState, 'signOffs' | 'substeps' | 'evidence' | 'reopened'>> {
    signOffs: Partial<Record<SlotKey, SignOff>>;
    substeps: Mutable<SubStepState>[];
    evidence: Record<string, EvidenceValue>;
    reopened: SignOff[];
}

export interface WorkingPlugin extends Mutable<Omit<PluginState, 'items' | 'stages'>> {
    items: Record<ItemKey, WorkingItem>;
    stages: Record<StageKey, Mutable<StageState>>;
}

function copyItem(item: ItemState): WorkingItem {
    return {
        key: item.key,
        status: item.status,
        signOffs: {...item.signOffs},
        substeps: item.substeps.map((substep) => ({...substep})),
        evidence: {...item.evidence},
        waiver: item.waiver,
        openSince: item.openSince,
        reopened: [...item.reopened],
    };
}

function copyPlugin(plugin: PluginState): WorkingPlugin {
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
            'ci-extensions': {...stages['ci-extensions']},
            'ci-extensions-release': {...stages['ci-extensions-release']},
            community: {...stages.community},
        },
    };
}

export class WorkingCopies {
    private readonly owned = new Set<PluginState>();

    /** A plugin made in this run (registration) is the run's own from the start. */
    adopt(plugin: WorkingPlugin): WorkingPlugin {
        this.owned.add(plugin);
        return plugin;
    }

    /** The run's writable copy of a plugin: the same object when this run already owns it. */
    writable(plugin: PluginState): WorkingPlugin {
        if (this.owned.has(plugin)) {
            // Only DraftPlugins enter `owned` (adopt and the copy below), so this is one.
            return plugin as WorkingPlugin;
        }
        const copy = copyPlugin(plugin);
        this.owned.add(copy);
        return copy;
    }
}
