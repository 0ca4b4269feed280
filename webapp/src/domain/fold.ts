// The fold: tracker state from the log. Pure and total — whatever a post holds, the fold keeps it in
// the state's log with a verdict (accepted, or rejected with the reason) and never throws.
//
// A log with gaps or rewrites in it (integrity.ts) is folded twice: once as it stands, which tells
// who takes part and what the marks are, then again with what the marks put on hold. Nearly every
// log has none, and is folded once.
//
// SPEED: WHAT THE TUNINGS RELY ON. This is the one place; working_copy.ts, event_ids.ts,
// plugin_records.ts and log_index.ts point here. The budget is one million events a second at
// 10,000 events (bench/fold_throughput.ts; the fold makes about 1.05-1.1M there, so it has little
// to spare); 100,000 events is a reported figure. A tuning stays only while that budget, or a live
// update (foldMore of one post), needs it. Figures: medians of A/B runs in one process, 10k events.
//
// S1. A returned state is never written again. The session keeps states (store, panel, its
//     did-it-change check) and foldMore(state, newer) must equal the fold of state's log plus newer,
//     however often and from whichever state it is called. Everything below is about who may write
//     what during one run so that this holds.
//
// S2. A run owns what it made and shares the rest until its first write to it. fold starts from
//     nothing, so every record, array and plugin it meets is its own. foldMore starts with the old
//     state's plugin record, pluginOrder, policyHistory and plugins, all shared: a write to one of
//     the first three copies it first (the owns* flags of Working), a write to a plugin goes through
//     WorkingCopies.writable (working_copy.ts), which copies the plugin with its items, their records and
//     sub-steps, and its stages once per run, and then writes the copy in place. The casts to
//     mutable types in foldMore are sound only because of this. Why: a new plugin, item and record
//     per event makes the fold six times slower (167k events/s against 968k). A write that skips
//     the copy changes a state already handed out: the panel shows what no event did, and the
//     property test "folds incrementally to exactly the fold of the whole log" fails.
//
// S3. The seen ids and the log index belong to one state at a time. They are kept beside the state
//     (seenByState, indexByState), not in it (the state is plain data). foldMore takes them from the
//     state it extends (removing them from the map), adds the new entries and gives them to the state
//     it makes; extending the older state again rebuilds them from its log. Why: a live update then
//     costs its own entries, not the log's (foldMore of one post onto 10k: under 0.1 ms; rebuilt
//     each time, 6.4 ms). Left with the old state as well, a second extension of it would find the
//     first one's ids there and reject its events as duplicates. fold makes the index only when the integrity
//     checks first need it (an event naming a post other than the one just before it): made always,
//     it costs 18% of a fold at 10k (0.824 of its speed). makeRealisticLog never needs it (each of
//     its writers saw the post before its own), so the budget figure leaves it out; a log where two
//     people once wrote at the same moment pays it.
//
// S4. The seen ids are an open-addressing table (event_ids.ts) keyed by LogEntry.idKey, made when the
//     post is read (log.ts). The key must be idKey(claimedId), or a repeat goes unnoticed. Why: a
//     Set<string> instead costs 4-5% of the fold (0.955 and 0.959 of its speed in two runs), more
//     than the budget has to spare. It is asked in count(), a pass of its own before the rules:
//     asked inside the rules' loop (one pass fewer, no repeats array) the fold runs at 0.970-0.984
//     of its speed at 10k and 0.966 at 100k.
//
// S5. copyPlugins (plugin_records.ts) walks pluginOrder, not the record, so pluginOrder must list
//     every id the record holds (a registration adds to both). Why: copied with Object.assign
//     instead, a live update (foldMore of one post) takes 97 µs instead of 46 at 10k events, and
//     5.6 ms instead of 1.6 at 100k, which a busy tracker pays on every post.
//
// S6. The log is copied once per run: finish() puts the earlier entries and the run's together.
//     A run from nothing makes `kept` the state's log, so nothing writes `kept` after finish().
import * as verdict from '../i18n/verdict_words';

import {applyPluginEvent} from './apply';
import {WorkingCopies} from './working_copy';
import {claimedType, readUnreadable} from './event_parse';
import {EventIds} from './event_ids';
import {isPluginEvent, READABLE_VERSIONS, type OnboardEvent} from './events';
import {historyEntry} from './history';
import {analyse, isAfter, NO_INTEGRITY, type Holds} from './integrity';
import {compareEntries, logEntry, type Directory, type LogEntry} from './log';
import {LogIndex} from './log_index';
import {isOwnerOrRegistrant} from './people';
import {newPlugin} from './plugin_init';
import {copyPlugins, getPlugin} from './plugin_records';
import {INITIAL_POLICY, policyOf} from './policy';
import {checkFor} from './rules';
import type {IntegrityState, PluginState, PolicyHistoryEntry, PolicyState, Rejection, Stamp, TrackerState} from './tracker_state';

export const EMPTY_STATE: TrackerState = {
    policy: INITIAL_POLICY,
    policyHistory: [],
    plugins: Object.create(null) as Record<string, PluginState>,
    pluginOrder: [],
    log: [],
    verdicts: [],
    rejectedCount: 0,
    lastEntry: null,
    integrity: NO_INTEGRITY,
};

/** The fold's working copy (S2 above: copied on first write, then written in place). */
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
    drafts: WorkingCopies;
    ownsOrder: boolean;
    ownsPolicyHistory: boolean;
    /** Lower-cased ids of the registered plugins (ids are unique without case); made on the run's first registration. */
    lowerIds: Set<string> | null;
    /** The second run's holds; null in a first run. */
    holds: Holds | null;
    /** Policy posts a system admin confirmed (integrity.accepted): they count although their author is no longer an admin. */
    confirmed: ReadonlySet<string>;
}

const DUPLICATE: Rejection = {code: 'duplicate', message: verdict.duplicate};
const EDITED: Rejection = {code: 'edited', message: verdict.edited};
const UNREADABLE: Rejection = {code: 'malformed', message: verdict.unreadable};
const UNPROCESSABLE: Rejection = {code: 'malformed', message: verdict.unprocessable};
const TAMPERED: Rejection = {code: 'tampered', message: verdict.tampered};
const UNSEALED: Rejection = {code: 'tampered', message: verdict.unsealed};
const NOT_IN_THREAD: Rejection = {code: 'misplaced', message: verdict.notInThread};
const NOT_A_ROOT: Rejection = {code: 'misplaced', message: verdict.notARoot};
const ON_HOLD: Rejection = {code: 'on-hold', message: verdict.onHold};
const REGISTRATION_ON_HOLD: Rejection = {code: 'on-hold', message: verdict.registrationOnHold};
const POLICY_ON_HOLD: Rejection = {code: 'on-hold', message: verdict.policyOnHold};

/** The seen event ids of a state, handed on by foldMore (S3 above). */
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
        work.policy = policyOf(event, stamp);
        return;
    }
    if (!isPluginEvent(event)) {
        // Integrity events change no plugin: what they mean is read off the whole log (integrity.ts).
        return;
    }
    if (event.type === 'plugin.registered') {
        lowerIds(work).add(event.plugin.toLowerCase());
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

function lowerIds(work: Working): Set<string> {
    if (!work.lowerIds) {
        work.lowerIds = new Set(work.pluginOrder.map((id) => id.toLowerCase()));
    }
    return work.lowerIds;
}

/** Why a post that is not a readable event of this version changes nothing, as precisely as its envelope allows. */
function unreadableVerdict(entry: LogEntry, repeat: boolean): Rejection {
    const {envelope, field} = readUnreadable(entry.payload);
    if (!envelope) {
        return UNREADABLE;
    }
    if (repeat) {
        return DUPLICATE;
    }
    if (!READABLE_VERSIONS.includes(envelope.v)) {
        return {code: 'unsupported-version', message: verdict.otherVersion(Number.isFinite(envelope.v) ? envelope.v : null)};
    }
    if (entry.editAt > 0) {
        return EDITED;
    }
    const type = claimedType(envelope);
    return {code: 'malformed', message: verdict.malformed(type, field)};
}

/** Where the event must be: a plugin's changes in its thread, registrations and tracker events as roots. */
function placement(work: Working, event: OnboardEvent, plugin: PluginState | undefined, entry: LogEntry): Rejection | null {
    if (!isPluginEvent(event) || event.type === 'plugin.registered') {
        return entry.rootId === '' ? null : NOT_A_ROOT;
    }
    if (event.type !== 'plugin.archived' && plugin === undefined && lowerIds(work).has(event.plugin.toLowerCase())) {
        // Another spelling of a registered id: the rules say which one to use.
        return null;
    }
    return plugin === undefined || entry.rootId === plugin.rootPostId ? null : NOT_IN_THREAD;
}

function inWindow(entry: LogEntry, window: Holds['policy'][number]): boolean {
    return isAfter(entry, window.from) && (window.until === null || !isAfter(entry, window.until));
}

/** What the second run holds back: changes after a plugin's gap, and role holders' changes under a lost policy. */
function held(holds: Holds, event: OnboardEvent, plugin: PluginState | undefined, entry: LogEntry, isAdmin: boolean): Rejection | null {
    if (!isPluginEvent(event)) {
        return null;
    }
    const key = event.plugin.toLowerCase();
    const registrationLost = event.type === 'plugin.registered' ? holds.registration.get(key) : undefined;
    if (registrationLost && isAfter(entry, registrationLost)) {
        return REGISTRATION_ON_HOLD;
    }
    if (event.type === 'plugin.registered' && holds.registrations.some((window) => (window.from === null || isAfter(entry, window.from)) && !isAfter(entry, window.until))) {
        return REGISTRATION_ON_HOLD;
    }
    const gap = holds.plugin.get(key);
    if (gap && isAfter(entry, gap)) {
        return ON_HOLD;
    }
    if (event.type !== 'plugin.registered' && !isAdmin && !(plugin && isOwnerOrRegistrant(plugin, entry.userId)) && holds.policy.some((window) => inWindow(entry, window))) {
        return POLICY_ON_HOLD;
    }
    return null;
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
    if (entry.sealCheck !== 'valid') {
        return entry.sealCheck === 'broken' ? TAMPERED : UNSEALED;
    }
    const plugin = isPluginEvent(event) ? getPlugin(work.plugins, event.plugin) : undefined;
    const misplaced = placement(work, event, plugin, entry);
    if (misplaced) {
        return misplaced;
    }
    const isSystemAdmin = directory.isSystemAdmin(entry.userId) || (event.type === 'policy.set' && work.confirmed.has(entry.postId));
    const onHold = work.holds ? held(work.holds, event, plugin, entry, isSystemAdmin) : null;
    if (onHold) {
        return onHold;
    }
    const rejection = checkFor(work, event, plugin, {userId: entry.userId, isSystemAdmin}, work.lowerIds ?? undefined);
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
 * id table then stays in the processor's cache (what that is worth: S4 at the top), and a separate
 * pass to check the order first would be one more walk over entries all over memory.
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
function run(work: Working, {kept, repeats}: Counted, directory: Directory, overrides?: ReadonlyMap<number, Rejection>): LogEntry[] {
    for (let i = 0; i < kept.length; i++) {
        const entry = kept[i] as LogEntry;
        let verdict: Rejection | null;
        try {
            verdict = overrides?.get(i) ?? step(work, entry, repeats[i] === true, directory);
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

function finish(work: Working, seen: EventIds, kept: readonly LogEntry[], integrity: IntegrityState = NO_INTEGRITY): TrackerState {
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
        integrity,
    };
    seenByState.set(state, seen);
    return state;
}

const NONE_CONFIRMED: ReadonlySet<string> = new Set();

/**
 * The posts system admins confirmed (integrity.accepted): a policy set by someone who is no longer
 * a system admin counts again once a current one confirms it.
 */
function confirmedPosts(accepts: readonly LogEntry[], directory: Directory): ReadonlySet<string> {
    let confirmed: Set<string> | null = null;
    for (const entry of accepts) {
        const event = entry.event;
        if (event?.type === 'integrity.accepted' && directory.isSystemAdmin(entry.userId)) {
            confirmed ??= new Set();
            event.posts.forEach((post) => confirmed?.add(post));
        }
    }
    return confirmed ?? NONE_CONFIRMED;
}

function freshWork(holds: Holds | null, confirmed: ReadonlySet<string>): Working {
    return {
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
        drafts: new WorkingCopies(),
        ownsOrder: true,
        ownsPolicyHistory: true,
        lowerIds: null,
        holds,
        confirmed,
    };
}

/**
 * Posts a system admin restored (integrity.restored) take their original place, author and time;
 * a restored post replaces the rewritten one of the same id. Everything else is as it came.
 */
function withRestored(entries: readonly LogEntry[], directory: Directory, restores: readonly LogEntry[]): readonly LogEntry[] {
    let restored: Map<string, LogEntry> | null = null;
    for (const entry of restores) {
        const event = entry.event;
        if (event?.type !== 'integrity.restored' || entry.restoredBy !== null || !directory.isSystemAdmin(entry.userId)) {
            continue;
        }
        restored ??= new Map();
        for (const post of event.posts) {
            if (!restored.has(post.post)) {
                restored.set(post.post, logEntry({postId: post.post, userId: post.by, createAt: post.at, editAt: 0, rootId: post.root, payload: post.payload, message: post.message}, entry.postId));
            }
        }
    }
    if (!restored) {
        return entries;
    }
    const replaced = restored;
    const kept = entries.filter((entry) => !replaced.has(entry.postId));
    return [...kept, ...replaced.values()];
}

/** Where each post of a state's log sits; handed on by foldMore like the seen ids (S3 above). */
const indexByState = new WeakMap<TrackerState, LogIndex>();

function takeIndex(state: TrackerState): LogIndex {
    const index = indexByState.get(state);
    if (index) {
        indexByState.delete(state);
        return index;
    }
    return new LogIndex(state.log);
}

/** The sealed, unedited root posts of a system admin's restores and acceptances: found in one walk, as nearly every log has none. */
function adminRecords(entries: readonly LogEntry[]): {restores: LogEntry[]; accepts: LogEntry[]} {
    const restores: LogEntry[] = [];
    const accepts: LogEntry[] = [];
    for (const entry of entries) {
        const type = entry.event?.type;
        if ((type === 'integrity.restored' || type === 'integrity.accepted') && entry.editAt === 0 && entry.sealCheck === 'valid' && entry.rootId === '') {
            (type === 'integrity.restored' ? restores : accepts).push(entry);
        }
    }
    return {restores, accepts};
}

/** The tracker state of a log: entries are put in server order first (cheaply, when they already are). */
export function fold(entries: readonly LogEntry[], directory: Directory): TrackerState {
    const {restores, accepts} = adminRecords(entries);
    const all = restores.length === 0 ? entries : withRestored(entries, directory, restores);
    let seen = new EventIds(all.length);
    let counted = count(all, seen, null);
    if (!counted) {
        seen = new EventIds(all.length);
        // Sorted, they are in order: count() answers.
        counted = count([...all].sort(compareEntries), seen, null) ?? NOTHING;
    }
    const confirmed = accepts.length === 0 ? NONE_CONFIRMED : confirmedPosts(accepts, directory);
    const work = freshWork(null, confirmed);
    const kept = run(work, counted, directory);
    const first = finish(work, seen, kept);
    let index: LogIndex | null = null;
    const indexOf = (): LogIndex => (index ??= new LogIndex(kept));
    const analysis = analyse(kept, first.verdicts, first, indexOf, directory);
    if (analysis.integrity === NO_INTEGRITY && analysis.overrides.size === 0) {
        if (index) {
            indexByState.set(first, index);
        }
        return first;
    }
    // Again, with what the marks hold back: the first run's ids were all seen, so count afresh.
    const again = freshWork(analysis.holds, confirmed);
    const secondSeen = new EventIds(all.length);
    const recounted = count(kept, secondSeen, null) ?? NOTHING;
    const second = finish(again, secondSeen, run(again, recounted, directory, analysis.overrides), {
        marks: analysis.integrity.marks,
        onHold: again.verdicts.reduce((n, verdict) => n + (verdict?.code === 'on-hold' ? 1 : 0), 0),
    });
    indexByState.set(second, indexOf());
    return second;
}

/** Whether new entries could change the integrity of the record: then only a whole fold answers. */
function touchesIntegrity(newer: readonly LogEntry[], index: LogIndex): boolean {
    for (const entry of newer) {
        if (entry.editAt > 0 || entry.sealCheck === 'broken' || entry.restoredBy !== null) {
            return true;
        }
        const event = entry.event;
        if (!event || entry.sealCheck !== 'valid') {
            continue;
        }
        if (event.type.startsWith('integrity.')) {
            return true;
        }
        const {log, thread, policy} = event.seen;
        if (log && (!index.has(log.last.post) || index.countUpTo(log.last.post) < log.count)) {
            return true;
        }
        if (thread && (!index.has(thread.last.post) || index.threadCountUpTo(thread.last.post) < thread.count)) {
            return true;
        }
        if (policy && !index.has(policy.post)) {
            return true;
        }
    }
    return false;
}

/**
 * Folds newer entries onto a state without touching it. Equal to fold(all entries) when every newer
 * entry sorts after state.lastEntry; when one does not, the caller must refold from the whole log.
 */
export function foldMore(state: TrackerState, newer: readonly LogEntry[], directory: Directory): TrackerState {
    if (newer.length === 0) {
        return state;
    }
    const sorted = [...newer].sort(compareEntries);
    const index = takeIndex(state);
    // With something on hold, a new post may be held too (or lift a hold): the whole log answers.
    if (state.integrity.marks.some((mark) => mark.accepted === null) || touchesIntegrity(sorted, index)) {
        indexByState.set(state, index);
        return fold([...state.log, ...sorted], directory);
    }
    // Shared until the first write (S2 above): the casts never lead to writing the old state.
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
        drafts: new WorkingCopies(),
        ownsOrder: false,
        ownsPolicyHistory: false,
        lowerIds: null,
        holds: null,
        confirmed: NONE_CONFIRMED,
    };
    const seen = takeSeen(state);
    // A few entries, usually one: sorting them first is cheap, and then they count in one pass.
    const counted = count(sorted, seen, state.lastEntry) ?? NOTHING;
    const kept = run(work, counted, directory);
    for (const entry of kept) {
        index.add(entry);
    }
    const next = finish(work, seen, kept, state.integrity);
    indexByState.set(next, index);
    return next;
}
