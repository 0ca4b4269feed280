// The fold: tracker state from the log. Pure and total — whatever a post holds, the fold records it
// in the history (accepted, or rejected with the reason) and never throws.
import {applyPluginEvent} from './apply';
import {Drafts} from './draft';
import {readUnreadable} from './event_parse';
import {EVENT_VERSION, PATTERNS, type OnboardEvent} from './events';
import {compareEntries, type Directory, type LogEntry} from './log';
import {summarize} from './messages';
import {newPlugin} from './plugin_init';
import {copyPlugins, getPlugin} from './plugin_records';
import {INITIAL_POLICY} from './policy';
import {check} from './rules';
import type {HistoryEntry, PluginState, PolicyHistoryEntry, PolicyState, Rejection, Stamp, TrackerState} from './tracker_state';

export const EMPTY_STATE: TrackerState = {
    policy: INITIAL_POLICY,
    policyHistory: [],
    plugins: Object.create(null) as Record<string, PluginState>,
    pluginOrder: [],
    history: [],
    rejectedCount: 0,
    lastEntry: null,
};

/** The fold's working copy. Arrays and the plugin record are copied on first write, then mutated in place. */
interface Working {
    policy: PolicyState;
    plugins: Record<string, PluginState>;
    pluginOrder: string[];
    /** The state's history before this run (shared, never written) and what this run adds to it. */
    earlierHistory: readonly HistoryEntry[];
    history: HistoryEntry[];
    policyHistory: PolicyHistoryEntry[];
    rejectedCount: number;
    /** The last folded entry; turned into the state's {createAt, postId} once, at the end. */
    last: LogEntry | null;
    lastEntry: {readonly createAt: number; readonly postId: string} | null;
    ownsPlugins: boolean;
    drafts: Drafts;
    ownsOrder: boolean;
    ownsPolicyHistory: boolean;
}

const DUPLICATE: Rejection = {code: 'duplicate', message: 'This event was already recorded (a repeated delivery of the same change); the copy changes nothing.'};
const EDITED: Rejection = {code: 'edited', message: 'This event post was edited after it was posted; edited events are not trusted and change nothing.'};
const UNREADABLE: Rejection = {code: 'malformed', message: 'This post does not hold a readable plugin-onboard event; it changes nothing.'};
const KNOWN_TYPE = /^[a-z]{1,20}\.?[a-z]{0,20}$/;

/**
 * The seen event ids of a state, kept out of the (serialisable) state itself. foldMore hands the set
 * on to the state it makes, so a live update never copies it; extending an older state again
 * rebuilds the set from that state's history.
 */
const seenByState = new WeakMap<TrackerState, Set<string>>();

function takeSeen(state: TrackerState): Set<string> {
    const seen = seenByState.get(state);
    if (seen) {
        seenByState.delete(state);
        return seen;
    }
    const rebuilt = new Set<string>();
    for (const entry of state.history) {
        if (entry.eventId !== null) {
            rebuilt.add(entry.eventId);
        }
    }
    return rebuilt;
}

function inOrder(entries: readonly LogEntry[]): readonly LogEntry[] {
    for (let i = 1; i < entries.length; i++) {
        if (compareEntries(entries[i - 1] as LogEntry, entries[i] as LogEntry) > 0) {
            return [...entries].sort(compareEntries);
        }
    }
    return entries;
}

function record(work: Working, entry: LogEntry, eventId: string | null, type: string | null, pluginId: string | null, summary: string, rejection: Rejection | null): void {
    const historyEntry: HistoryEntry = {postId: entry.postId, eventId, type, pluginId, by: entry.userId, at: entry.createAt, summary, rejection};
    work.history.push(historyEntry);
    if (rejection) {
        work.rejectedCount++;
    }
    if (type === 'policy.set') {
        if (!work.ownsPolicyHistory) {
            work.policyHistory = [...work.policyHistory];
            work.ownsPolicyHistory = true;
        }
        // Accepted events are applied before they are recorded, so the policy in force is this event's.
        work.policyHistory.push({...historyEntry, policy: rejection ? null : work.policy});
    }
}

function setPlugin(work: Working, plugin: PluginState): void {
    if (!work.ownsPlugins) {
        work.plugins = copyPlugins(work.plugins, work.pluginOrder);
        work.ownsPlugins = true;
    }
    work.plugins[plugin.id] = plugin;
}

function applyAccepted(work: Working, event: OnboardEvent, entry: LogEntry): void {
    const stamp: Stamp = {by: entry.userId, at: entry.createAt, eventId: event.id};
    if (event.type === 'policy.set') {
        work.policy = {configured: true, roles: event.roles, licences: event.licences, environments: event.environments, stamp};
        return;
    }
    if (event.type === 'plugin.registered') {
        setPlugin(work, work.drafts.adopt(newPlugin(event, stamp, entry.rootId || entry.postId)));
        if (!work.ownsOrder) {
            work.pluginOrder = [...work.pluginOrder];
            work.ownsOrder = true;
        }
        work.pluginOrder.push(event.plugin);
        return;
    }
    const plugin = getPlugin(work.plugins, event.plugin);
    if (plugin) {
        const draft = work.drafts.writable(plugin);
        applyPluginEvent(draft, event, stamp);
        if (draft !== plugin) {
            setPlugin(work, draft);
        }
    }
}

/** A post that is not a readable v1 event: say as precisely as the envelope allows why. */
function stepUnreadable(work: Working, entry: LogEntry, repeat: boolean): void {
    const {envelope, field} = readUnreadable(entry.payload);
    if (!envelope) {
        record(work, entry, null, null, null, 'unreadable post', UNREADABLE);
        return;
    }
    const type = envelope.type !== undefined && KNOWN_TYPE.test(envelope.type) ? envelope.type : null;
    // PLUGIN_ID's own pattern: the envelope has already made it a string.
    const pluginId = envelope.plugin !== undefined && PATTERNS.pluginId.test(envelope.plugin) ? envelope.plugin : null;
    const id = envelope.id ?? null;
    const summary = type ? `unreadable ${type} event` : 'unreadable event';
    if (repeat) {
        record(work, entry, id, type, pluginId, summary, DUPLICATE);
        return;
    }
    if (envelope.v !== EVENT_VERSION) {
        const version = Number.isFinite(envelope.v) ? ` (version ${envelope.v})` : '';
        record(work, entry, id, type, pluginId, summary, {code: 'unsupported-version', message: `This event was written by another version of plugin-onboard${version}; this version cannot read it, so it changes nothing.`});
        return;
    }
    if (entry.editAt > 0) {
        record(work, entry, id, type, pluginId, summary, EDITED);
        return;
    }
    const message = `This ${type ?? 'onboarding'} event is malformed${field ? ` (field ${field})` : ''}; it changes nothing.`;
    record(work, entry, id, type, pluginId, summary, {code: 'malformed', message});
}

function step(work: Working, entry: LogEntry, event: OnboardEvent | null, repeat: boolean, directory: Directory): void {
    if (!event) {
        stepUnreadable(work, entry, repeat);
        return;
    }
    const pluginId = event.type === 'policy.set' ? null : event.plugin;
    const summary = summarize(event);
    if (repeat) {
        record(work, entry, event.id, event.type, pluginId, summary, DUPLICATE);
        return;
    }
    if (entry.editAt > 0) {
        record(work, entry, event.id, event.type, pluginId, summary, EDITED);
        return;
    }
    const rejection = check(work, event, {userId: entry.userId, isSystemAdmin: directory.isSystemAdmin(entry.userId)});
    if (!rejection) {
        applyAccepted(work, event, entry);
    }
    record(work, entry, event.id, event.type, pluginId, summary, rejection);
}

function run(work: Working, seen: Set<string>, entries: readonly LogEntry[], directory: Directory): void {
    // First, apart from the rules: which entries count, their events, and which repeat an event id.
    // The id set then stays in the processor's cache; interleaved with the rules, at 100k events
    // it costs most of a microsecond per event.
    const kept: LogEntry[] = [];
    const events: (OnboardEvent | null)[] = [];
    const repeats: boolean[] = [];
    let last = work.last ?? work.lastEntry;
    for (const entry of entries) {
        // The same post delivered twice (a page and a websocket event) is one entry of the log.
        if (last && last.createAt === entry.createAt && last.postId === entry.postId) {
            continue;
        }
        last = entry;
        const event = entry.event;
        const id = event ? event.id : readUnreadable(entry.payload).envelope?.id ?? null;
        let repeat = false;
        if (id !== null) {
            // One hash lookup instead of has() then add(): the set grows exactly when the id is new.
            const before = seen.size;
            seen.add(id);
            repeat = seen.size === before;
        }
        kept.push(entry);
        events.push(event);
        repeats.push(repeat);
    }
    for (let i = 0; i < kept.length; i++) {
        const entry = kept[i] as LogEntry;
        try {
            step(work, entry, events[i] ?? null, repeats[i] === true, directory);
        } catch {
            // Unreachable by design (check and apply are total on parsed events); kept so that a
            // bug in one rule cannot take the whole tracker down.
            record(work, entry, null, null, null, 'unprocessable post', UNREADABLE);
        }
        work.last = entry;
    }
    if (work.last) {
        work.lastEntry = {createAt: work.last.createAt, postId: work.last.postId};
    }
}

function finish(work: Working, seen: Set<string>): TrackerState {
    const state: TrackerState = {
        policy: work.policy,
        policyHistory: work.policyHistory,
        plugins: work.plugins,
        pluginOrder: work.pluginOrder,
        // One copy of the earlier entries, at the end: cheaper than copying first and growing after.
        history: work.earlierHistory.length === 0 ? work.history : work.earlierHistory.concat(work.history),
        rejectedCount: work.rejectedCount,
        lastEntry: work.lastEntry,
    };
    seenByState.set(state, seen);
    return state;
}

/** The tracker state of a log: entries are put in server order first (cheaply, when they already are). */
export function fold(entries: readonly LogEntry[], directory: Directory): TrackerState {
    const work: Working = {
        policy: INITIAL_POLICY,
        plugins: Object.create(null) as Record<string, PluginState>,
        pluginOrder: [],
        earlierHistory: [],
        history: [],
        policyHistory: [],
        rejectedCount: 0,
        last: null,
        lastEntry: null,
        ownsPlugins: true,
        drafts: new Drafts(),
        ownsOrder: true,
        ownsPolicyHistory: true,
    };
    const seen = new Set<string>();
    run(work, seen, inOrder(entries), directory);
    return finish(work, seen);
}

/**
 * Folds newer entries onto a state without touching it. Equal to fold(all entries) when every newer
 * entry sorts after state.lastEntry; when one does not, the caller must refold from the whole log.
 */
export function foldMore(state: TrackerState, newer: readonly LogEntry[], directory: Directory): TrackerState {
    if (newer.length === 0) {
        return state;
    }
    // The old state's record and arrays are shared until the first write; the owns* flags make
    // every write copy first, so the casts to mutable types never lead to writing the old state.
    const work: Working = {
        policy: state.policy,
        plugins: state.plugins as Record<string, PluginState>,
        pluginOrder: state.pluginOrder as string[],
        // The previous state keeps its own array; finish() makes the new one (the one O(history) step).
        earlierHistory: state.history,
        history: [],
        policyHistory: state.policyHistory as PolicyHistoryEntry[],
        rejectedCount: state.rejectedCount,
        last: null,
        lastEntry: state.lastEntry,
        ownsPlugins: false,
        drafts: new Drafts(),
        ownsOrder: false,
        ownsPolicyHistory: false,
    };
    const seen = takeSeen(state);
    run(work, seen, inOrder(newer), directory);
    return finish(work, seen);
}
