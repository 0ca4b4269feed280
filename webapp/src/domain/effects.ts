// What an event undoes besides what it names: the sign-offs it reopens and the stages it takes
// back. Asked before sending (the release form, the command) and after (the post, the reply, the
// history) in one way: the event is applied to a copy of the plugin, exactly as the fold applies it.
import {applyPluginEvent} from './apply';
import {WorkingCopies} from './working_copy';
import {isPluginEvent, type EventOf, type OnboardEvent, type PluginEvent} from './events';
import {ITEMS, STAGES} from './process';
import {SLOT_KEYS, type ItemKey, type SlotKey, type StageKey} from './process_types';
import type {PluginState, SignOff, Stamp, StageStatus} from './tracker_state';

export type ChangeEvent = Exclude<PluginEvent, EventOf<'plugin.registered'>>;

/** An event that changes a registered plugin (not a registration, not a tracker event). */
export function isChangeEvent(event: OnboardEvent): event is ChangeEvent {
    return isPluginEvent(event) && event.type !== 'plugin.registered';
}

export interface ReopenedSignOff {
    readonly item: ItemKey;
    readonly slot: SlotKey;
    readonly signOff: SignOff;
}

export interface StageTakenBack {
    readonly stage: StageKey;
    readonly from: StageStatus;
    readonly to: StageStatus;
    /** The release its deployment ran, if any. */
    readonly release: string | null;
}

export interface Effect {
    readonly reopened: readonly ReopenedSignOff[];
    readonly stages: readonly StageTakenBack[];
}

const RANK: Readonly<Record<StageStatus, number>> = {'not-started': 0, 'in-progress': 1, ready: 2, deployed: 3};

/** Sign-offs gone and stages gone back between two states of a plugin; the event's own withdrawal is not counted. */
export function effectBetween(before: PluginState, after: PluginState, event: ChangeEvent): Effect {
    const reopened: ReopenedSignOff[] = [];
    for (const def of ITEMS) {
        for (const slot of SLOT_KEYS) {
            const signOff = before.items[def.key].signOffs[slot];
            const own = event.type === 'signoff.withdrawn' && event.item === def.key && event.slot === slot;
            if (signOff && !own && after.items[def.key].signOffs[slot]?.eventId !== signOff.eventId) {
                reopened.push({item: def.key, slot, signOff});
            }
        }
    }
    const stages: StageTakenBack[] = [];
    for (const def of STAGES) {
        const was = before.stages[def.key];
        const now = after.stages[def.key].status;
        if (RANK[now] < RANK[was.status]) {
            stages.push({stage: def.key, from: was.status, to: now, release: was.deployment?.release ?? null});
        }
    }
    return {reopened, stages};
}

/** What the event would reopen and take back if it were applied now (the rules decide separately whether it may be). */
export function effectOf(plugin: PluginState, event: ChangeEvent, stamp: Stamp): Effect {
    const copy = new WorkingCopies().writable(plugin);
    applyPluginEvent(copy, event, stamp);
    return effectBetween(plugin, copy, event);
}

export function changesNothingElse(effect: Effect): boolean {
    return effect.reopened.length === 0 && effect.stages.length === 0;
}
