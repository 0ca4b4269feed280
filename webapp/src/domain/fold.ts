// The fold: tracker state from the log. Pure and total — whatever a post holds, the fold keeps it in
// the state's log with a verdict (accepted, or rejected with the reason) and never throws.
import {applyPluginEvent} from './apply';
import {Drafts} from './draft';
import {claimedType, readUnreadable} from './event_parse';
import {EventIds} from './event_ids';
import {EVENT_VERSION, type OnboardEvent} from './events';
import {historyEntry} from './history';
import {compareEntries, type Directory, type LogEntry} from './log';
import {newPlugin} from './plugin_init';
import {copyPlugins, getPlugin} from './plugin_records';
import {INITIAL_POLICY} from './policy';
import {checkFor} from './rules';
import type {PluginState, PolicyHistoryEntry, PolicyState, Rejection, Stamp, TrackerState} from './tracker_state';

export const EMPTY_STATE: TrackerState = {
    policy: INITIAL_POLICY,
    policyHistory: [],
    plugins: Object.create(null) as Record<string, PluginState>,
    pluginOrder: [],
    log: [],
    verdicts: [],
    rejectedCount: 0,
    lastEntry: null,
};

/** The fold's working copy. Arrays and the plugin record are copied on first write, then mutated in place. */
interface Working {
    policy: PolicyState;
    plugins: Record<string, PluginState>;
    pluginOrder: string[];
    /** The state's log and verdicts before this run (shared, never written) and this run's verdicts. */
    earlierLog: readonly LogEntry[];
    earlierVerdicts: readonly (Rejection | null)[];
    verdicts: (Rejection | null)[];
    policyHistory: PolicyHistoryEntry[];
    rejectedCount: number;
    lastEntry: {readonly createAt: number; readonly postId: string} | null;
    ownsPlugins: boolean;
    drafts: Drafts;
    ownsOrder: boolean;
    ownsPolicyHistory: boolean;
}

const DUPLICATE: Rejection = {code: 'duplicate', message: 'This event was already recorded (a repeated delivery of the same change); the copy changes nothing.'};
const EDITED: Rejection = {code: 'edited', message: 'This event post was edited after it was posted; edited events are not trusted and change nothing.'};
const UNREADABLE: Rejection = {code: 'malformed', message: 'This post does not hold a readable plugin-onboard event; it changes nothing.'};
const UNPROCESSABLE: Rejection = {code: 'malformed', message: 'This post could not be processed; it changes nothing.'};

/**
 * The seen event ids of a state, kept out of the (serialisable) state itself. foldMore hands the set
 * on to the state it makes, so a live update never copies it; extending an older state again
 * rebuilds the set from that state's log.
 */
const seenByState = new WeakMap<TrackerState, EventIds>();

function takeSeen(state: TrackerState): EventIds {
    const seen = seenByState.get(state);
    if (seen) {
        seenByState.delete(state);
        return seen;
    }
    const rebuilt = new EventIds(state.log.length);
    for (const entry of state.log) {
        if (entry.claimedId !== null) {
            rebuilt.add(entry.claimedId, entry.idKey);
        }
    }
    return rebuilt;
}

function record(work: Working, entry: LogEntry, rejection: Rejection | null): void {
    work.verdicts.push(rejection);
    if (rejection) {
        work.rejectedCount++;
    }
    if (entry.event?.type === 'policy.set') {
        if (!work.ownsPolicyHistory) {
            work.policyHistory = [...work.policyHistory];
            work.ownsPolicyHistory = true;
        }
        // Accepted events are applied before they are recorded, so the policy in force is this event's.
        work.policyHistory.push({...historyEntry(entry, rejection), policy: rejection ? null : work.policy});
    }
}

function setPlugin(work: Working, plugin: PluginState): void {
    if (!work.ownsPlugins) {
        work.plugins = copyPlugins(work.plugins, work.pluginOrder);
        work.ownsPlugins = true;
    }
    work.plugins[plugin.id] = plugin;
}

function applyAccepted(work: Working, event: OnboardEvent, plugin: PluginState | undefined, entry: LogEntry): void {
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
    if (plugin) {
        const draft = work.drafts.writable(plugin);
        applyPluginEvent(draft, event, stamp);
        if (draft !== plugin) {
            setPlugin(work, draft);
        }
    }
}

/** Why a post that is not a readable v1 event changes nothing, as precisely as its envelope allows. */
function unreadableVerdict(entry: LogEntry, repeat: boolean): Rejection {
    const {envelope, field} = readUnreadable(entry.payload);
    if (!envelope) {
        return UNREADABLE;
    }
    if (repeat) {
        return DUPLICATE;
    }
    if (envelope.v !== EVENT_VERSION) {
        const version = Number.isFinite(envelope.v) ? ` (version ${envelope.v})` : '';
        return {code: 'unsupported-version', message: `This event was written by another version of plugin-onboard${version}; this version cannot read it, so it changes nothing.`};
    }
    if (entry.editAt > 0) {
        return EDITED;
    }
    const type = claimedType(envelope);
    return {code: 'malformed', message: `This ${type ?? 'onboarding'} event is malformed${field ? ` (field ${field})` : ''}; it changes nothing.`};
}

/** Folds one post: applies its event when the rules accept it, and returns the verdict. */
function step(work: Working, entry: LogEntry, repeat: boolean, directory: Directory): Rejection | null {
    const event = entry.event;
    if (!event) {
        return unreadableVerdict(entry, repeat);
    }
    if (repeat) {
        return DUPLICATE;
    }
    if (entry.editAt > 0) {
        return EDITED;
    }
    const plugin = event.type === 'policy.set' ? undefined : getPlugin(work.plugins, event.plugin);
    const rejection = checkFor(work, event, plugin, {userId: entry.userId, isSystemAdmin: directory.isSystemAdmin(entry.userId)});
    if (!rejection) {
        applyAccepted(work, event, plugin, entry);
    }
    return rejection;
}

/** The entries that count, and which of them repeat an event id. */
interface Counted {
    readonly kept: LogEntry[];
    readonly repeats: boolean[];
}

/**
 * First, apart from the rules: which entries count (a post delivered twice, by a page and a
 * websocket event, counts once) and which repeat an event id, checking the order on the way. The
 * id table then stays in the processor's cache; interleaved with the rules it costs far more, and
 * a separate pass to check the order first is one more walk over entries all over memory.
 * Null when the entries are not in server order.
 */
function count(entries: readonly LogEntry[], seen: EventIds, lastEntry: Working['lastEntry']): Counted | null {
    const kept: LogEntry[] = [];
    const repeats: boolean[] = [];
    let last = lastEntry;
    let previous: LogEntry | null = null;
    for (const entry of entries) {
        if (previous && compareEntries(previous, entry) > 0) {
            return null;
        }
        previous = entry;
        if (last && last.createAt === entry.createAt && last.postId === entry.postId) {
            continue;
        }
        last = entry;
        repeats.push(entry.claimedId !== null && !seen.add(entry.claimedId, entry.idKey));
        kept.push(entry);
    }
    return {kept, repeats};
}

const NOTHING: Counted = {kept: [], repeats: []};

/** Folds counted entries onto the working copy; returns them (the state's new log entries). */
function run(work: Working, {kept, repeats}: Counted, directory: Directory): LogEntry[] {
    for (let i = 0; i < kept.length; i++) {
        const entry = kept[i] as LogEntry;
        let verdict: Rejection | null;
        try {
            verdict = step(work, entry, repeats[i] === true, directory);
        } catch {
            // Unreachable by design (check and apply are total on parsed events); kept so that a
            // bug in one rule cannot take the whole tracker down.
            verdict = UNPROCESSABLE;
        }
        record(work, entry, verdict);
    }
    const last = kept[kept.length - 1];
    if (last) {
        work.lastEntry = {createAt: last.createAt, postId: last.postId};
    }
    return kept;
}

function finish(work: Working, seen: EventIds, kept: readonly LogEntry[]): TrackerState {
    const state: TrackerState = {
        policy: work.policy,
        policyHistory: work.policyHistory,
        plugins: work.plugins,
        pluginOrder: work.pluginOrder,
        // One copy of the earlier entries, at the end: cheaper than copying first and growing after.
        log: work.earlierLog.length === 0 ? kept : work.earlierLog.concat(kept),
        verdicts: work.earlierVerdicts.length === 0 ? work.verdicts : work.earlierVerdicts.concat(work.verdicts),
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
        earlierLog: [],
        earlierVerdicts: [],
        verdicts: [],
        policyHistory: [],
        rejectedCount: 0,
        lastEntry: null,
        ownsPlugins: true,
        drafts: new Drafts(true),
        ownsOrder: true,
        ownsPolicyHistory: true,
    };
    let seen = new EventIds(entries.length);
    let counted = count(entries, seen, null);
    if (!counted) {
        seen = new EventIds(entries.length);
        // Sorted, they are in order: count() answers.
        counted = count([...entries].sort(compareEntries), seen, null) ?? NOTHING;
    }
    return finish(work, seen, run(work, counted, directory));
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
        // The previous state keeps its own arrays; finish() makes the new ones (the one O(log) step).
        earlierLog: state.log,
        earlierVerdicts: state.verdicts,
        verdicts: [],
        policyHistory: state.policyHistory as PolicyHistoryEntry[],
        rejectedCount: state.rejectedCount,
        lastEntry: state.lastEntry,
        ownsPlugins: false,
        drafts: new Drafts(),
        ownsOrder: false,
        ownsPolicyHistory: false,
    };
    const seen = takeSeen(state);
    // A few entries, usually one: sorting them first is cheap, and then they count in one pass.
    const counted = count([...newer].sort(compareEntries), seen, state.lastEntry) ?? NOTHING;
    return finish(work, seen, run(work, counted, directory));
}
