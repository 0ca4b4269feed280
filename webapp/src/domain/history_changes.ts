// What each accepted event of a plugin changed besides itself, for the history: the evidence value
// it replaced, and the sign-offs and stages it reopened. Found by applying the plugin's accepted
// events again in order, as the fold did (a plugin's state follows from its own accepted events
// alone), when a history is shown: the state keeps no copy of each step.
import {applyPluginEvent} from './apply';
import {WorkingCopies} from './working_copy';
import {changesNothingElse, effectBetween, isChangeEvent, type ChangeEvent, type Effect} from './effects';
import {pluginOf} from './history';
import {newPlugin} from './plugin_init';
import type {PluginState, TrackerState} from './tracker_state';

export interface Change {
    readonly event: ChangeEvent;
    /** The value an evidence event replaced; null when the field was empty. */
    readonly previous: string | null;
    /** What it reopened or took back besides itself; null when nothing. */
    readonly effect: Effect | null;
}

/** Post id → what that accepted event of the plugin changed besides itself (only posts that did). */
export function pluginChanges(state: TrackerState, pluginId: string): ReadonlyMap<string, Change> {
    const changes = new Map<string, Change>();
    let plugin: PluginState | null = null;
    state.log.forEach((entry, i) => {
        const event = entry.event;
        if (!event || state.verdicts[i] !== null || pluginOf(entry) !== pluginId) {
            return;
        }
        const stamp = {by: entry.userId, at: entry.createAt, eventId: event.id};
        if (event.type === 'plugin.registered') {
            plugin ??= newPlugin(event, stamp, entry.rootId || entry.postId);
            return;
        }
        if (plugin === null || !isChangeEvent(event)) {
            return;
        }
        const next = new WorkingCopies().writable(plugin);
        applyPluginEvent(next, event, stamp);
        const effect = effectBetween(plugin, next, event);
        const previous = event.type === 'evidence.set' ? plugin.items[event.item].evidence[event.field]?.value ?? null : null;
        if (previous !== null || !changesNothingElse(effect)) {
            changes.set(entry.postId, {event, previous, effect: changesNothingElse(effect) ? null : effect});
        }
        plugin = next;
    });
    return changes;
}
