// Which plugins the list shows and under which heading. Pure, so the grouping is easy to reason about.
import {currentStage, isOwnerOrRegistrant} from '../../domain';
import {STAGE_KEYS, type StageKey} from '../../domain/process_types';
import type {PluginState, TrackerState} from '../../domain/tracker_state';
import {waitingOn, waitingSince} from '../../domain/turns';

export interface ListFilter {
    stage: StageKey | 'all';
    mine: boolean;
    waitingOnMe: boolean;
    search: string;
    /** 'tracker': in the order plugins were registered; 'waiting': longest waiting first (on me, when only those are shown). */
    sort: 'tracker' | 'waiting';
}

export const NO_FILTER: ListFilter = {stage: 'all', mine: false, waitingOnMe: false, search: '', sort: 'tracker'};

/** Longest waiting first; plugins with nothing open keep their order, after the rest. */
function byWaiting(plugins: PluginState[], since: (plugin: PluginState) => number | null): PluginState[] {
    const keys = new Map(plugins.map((plugin) => [plugin.id, since(plugin) ?? Number.POSITIVE_INFINITY]));
    return [...plugins].sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0));
}

export type GroupKey = StageKey | 'done' | 'archived';

export interface Group {
    key: GroupKey;
    plugins: PluginState[];
}

export function groupOf(plugin: PluginState): GroupKey {
    if (plugin.archived) {
        return 'archived';
    }
    return currentStage(plugin) ?? 'done';
}

export function filterPlugins(state: TrackerState, filter: ListFilter, me: {userId: string; isSystemAdmin: boolean}): Group[] {
    const term = filter.search.trim().toLowerCase();
    // Per plugin, how long its oldest move has waited on me (waitingOn is oldest first).
    let waiting: Map<string, number> | null = null;
    if (filter.waitingOnMe) {
        waiting = new Map();
        for (const move of waitingOn(state, me.userId, me.isSystemAdmin)) {
            if (!waiting.has(move.pluginId)) {
                waiting.set(move.pluginId, move.since);
            }
        }
    }
    const mine = waiting;
    const since = (plugin: PluginState) => (mine ? mine.get(plugin.id) ?? null : waitingSince(state, plugin));
    const groups = new Map<GroupKey, PluginState[]>();
    for (const id of state.pluginOrder) {
        const plugin = state.plugins[id];
        if (!plugin) {
            continue;
        }
        const group = groupOf(plugin);
        if (filter.stage !== 'all' && group !== filter.stage) {
            continue;
        }
        // The same "mine" as the command's --mine: plugins you own or registered.
        if (filter.mine && !isOwnerOrRegistrant(plugin, me.userId)) {
            continue;
        }
        if (waiting && !waiting.has(plugin.id)) {
            continue;
        }
        if (term !== '' && !plugin.id.toLowerCase().includes(term) && !plugin.name.toLowerCase().includes(term)) {
            continue;
        }
        const list = groups.get(group) ?? [];
        list.push(plugin);
        groups.set(group, list);
    }
    const order: GroupKey[] = [...STAGE_KEYS, 'done', 'archived'];
    return order.flatMap((key) => {
        const plugins = groups.get(key);
        if (!plugins) {
            return [];
        }
        return [{key, plugins: filter.sort === 'waiting' ? byWaiting(plugins, since) : plugins}];
    });
}
