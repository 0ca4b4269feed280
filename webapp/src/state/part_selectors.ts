// Per-post and per-plugin reads of a team's tracker view, for what a channel mounts by the hundred
// (cards, event lines) and the panel's rows. Each picks only what its view shows, as a small
// record compared field by field (react-redux's shallowEqual), so a live event on one plugin
// re-renders that plugin's card and nothing else. Comparing by identity is exact because the fold
// keeps what an event did not change: foldMore copies only the plugins it writes, earlier log
// entries and verdicts stay the same objects, and the policy is replaced only by a policy event.
import {logEntryFor, onHoldInPlugin, restorations, type Restoration} from '../domain/integrity_queries';
import type {LogEntry} from '../domain/log';
import {getPlugin} from '../domain/plugin_records';
import type {PluginState, PolicyState, Rejection} from '../domain/tracker_state';

import {selectTracker} from './selectors';
import type {TrackerStatus} from './types';

/** A post of the tracker channel as the record holds it. */
export interface PostPart {
    readonly status: TrackerStatus;
    /** Whether the post is in this team's tracker channel (known once the tracker is read). */
    readonly inTracker: boolean;
    /** The record's entry for the post; null when the record does not hold it. */
    readonly entry: LogEntry | null;
    /** The fold's verdict on it: null when it counted (or is not held). */
    readonly rejection: Rejection | null;
    /** Who put it back and when, for a post a system admin restored. */
    readonly restored: Restoration | null;
}

export function selectPostPart(globalState: object, teamId: string, channelId: string, postId: string): PostPart {
    const view = selectTracker(globalState, teamId);
    const inTracker = view.status === 'ready' && view.channelId !== null && view.channelId === channelId;
    const found = inTracker ? logEntryFor(view.state, postId) : null;
    return {
        status: view.status,
        inTracker,
        entry: found?.entry ?? null,
        rejection: found ? view.state.verdicts[found.index] ?? null : null,
        restored: found?.entry.restoredBy ? restorations(view.state).get(postId) ?? null : null,
    };
}

/** One plugin as its card shows it. */
export interface PluginPart {
    readonly status: TrackerStatus;
    readonly plugin: PluginState | null;
    /** Whose move it is depends on the roles the policy names. */
    readonly policy: PolicyState;
    /** How many of its posts wait behind a gap in the record. */
    readonly onHold: number;
}

export function selectPluginPart(globalState: object, teamId: string, pluginId: string): PluginPart {
    const view = selectTracker(globalState, teamId);
    const plugin = getPlugin(view.state.plugins, pluginId) ?? null;
    return {
        status: view.status,
        plugin,
        policy: view.state.policy,
        onHold: plugin ? onHoldInPlugin(view.state, plugin.id) : 0,
    };
}
