// Reading the tracker log into a team: a full load the first time and after a reconnect, `since`
// increments otherwise, and the merge of whatever was read (loads, live changes, our own appends).
// The only module that loads from storage.
import type {LogEntry} from '../../domain/log';
import {isStorageError, type EventLogStorage, type LoadResult, type ReadProgress} from '../../storage/port';
import {withRetry, type RetryPolicy} from '../../storage/retry';
import type {TrackerView} from '../types';

import type {CachedLog, LogCache} from './log_cache';
import {dropLandedPending} from './pending';
import type {SetupOptions, SetupResult} from './results';
import type {Team, TeamRegistry} from './team';
import type {TrackerChannel} from './tracker_channel';
import type {Reports} from './reports';
import type {UserDirectory} from './users';

/** A load's first read, started before the load's turn (see readEarly). */
interface EarlyRead {
    readonly channelId: string;
    readonly kept: Promise<CachedLog | null>;
    readonly result: Promise<LoadResult>;
}

/** Posts that arrived outside a load: a websocket event, or the answer to our own append. */
export interface LiveChange {
    readonly kind: 'live';
    readonly entries: readonly LogEntry[];
    readonly deletedPostIds: readonly string[];
    /** Who deleted them, when the server said (it tells system admins only). */
    readonly deletedBy?: string | undefined;
}

export interface SyncDeps {
    readonly storage: Pick<EventLogStorage, 'loadAll' | 'loadSince'>;
    readonly registry: Pick<TeamRegistry, 'team' | 'publish' | 'enqueue'>;
    readonly directory: Pick<UserDirectory, 'forFold' | 'learn'>;
    readonly channel: Pick<TrackerChannel, 'connect' | 'establish' | 'fail'>;
    readonly retry: RetryPolicy;
    readonly currentUserId: () => string;
    /** Told what a change dropped from the log, and what deletions a read saw. */
    readonly reports?: Reports;
    /**
     * The log as this browser last read it (log_cache.ts): a page load's first load starts from it
     * and reads only what changed since. The log is kept again saveAfterMs after it last changed.
     */
    readonly logCache?: {readonly cache: LogCache; readonly saveAfterMs: number};
}

export interface Sync {
    /** Finds the tracker (missing → status 'missing', nothing is created), joins it, loads it (page once, then `since`). */
    open(teamId: string): Promise<TrackerView>;
    /** Incremental: one `since` request. */
    refresh(teamId: string): Promise<void>;
    /**
     * Finds the tracker or, for a system admin when there is none to find, creates it; loads what it
     * found, also a tracker it refused to replace (renamed or archived: result.found).
     */
    setup(teamId: string, options?: SetupOptions): Promise<SetupResult>;
    /** Merges a load or live change; authors are looked up first so the fold knows who the admins are. */
    apply(t: Team, change: LoadResult | LiveChange): Promise<void>;
    /** Reads the whole log again, queued behind the team's other syncs; a failure shows on the view. */
    reload(t: Team): Promise<void>;
}

/** People the view shows: authors, owners, role holders. Asked for after folding, so they never hold the fold up. */
function peopleInState(t: Team): string[] {
    const state = t.log.state;
    const ids = Object.values(state.policy.roles).flat();
    for (const plugin of Object.values(state.plugins)) {
        ids.push(...plugin.owners);
    }
    return ids;
}

/** The posts a team held, with whether each counted (accepted by the fold). */
function heldBefore(t: Team): Map<string, {entry: LogEntry; counted: boolean}> {
    const state = t.log.state;
    const held = new Map<string, {entry: LogEntry; counted: boolean}>();
    state.log.forEach((entry, i) => {
        if (entry.restoredBy === null) {
            held.set(entry.postId, {entry, counted: state.verdicts[i] === null});
        }
    });
    return held;
}

function droppedFrom(t: Team, held: Map<string, {entry: LogEntry; counted: boolean}>, deletedBy: string | undefined): {entry: LogEntry; counted: boolean; deletedBy?: string | undefined}[] {
    const now = new Set(t.log.all().map((entry) => entry.postId));
    return [...held.values()].filter(({entry}) => !now.has(entry.postId)).map((post) => ({...post, deletedBy}));
}

/**
 * A kept log brought up to date by what changed since it was kept, as a full load: exactly what a
 * cold load would have read, folded from scratch, with the deletions the `since` answer showed as
 * its tombstones. A `since` at the server's cap was answered by a whole read, which is used as is.
 */
export function keptAndChanged(kept: CachedLog, changed: LoadResult): LoadResult {
    if (changed.kind === 'full') {
        return changed;
    }
    const entries = new Map(kept.entries.map((entry) => [entry.postId, entry]));
    const deleted = new Set(changed.deletedPostIds);
    for (const [postId, entry] of entries) {
        // Mattermost deletes a thread's replies with its root (TeamLog.merge drops them the same way).
        if (deleted.has(postId) || deleted.has(entry.rootId)) {
            entries.delete(postId);
        }
    }
    for (const entry of changed.entries) {
        entries.set(entry.postId, entry);
    }
    return {kind: 'full', entries: [...entries.values()], deletedPostIds: [], tombstones: changed.tombstones, cursor: Math.max(kept.cursor, changed.cursor)};
}

export function createSync(deps: SyncDeps): Sync {
    const {storage, registry, directory, channel} = deps;
    const {publish, enqueue} = registry;
    const saveTimers = new Map<string, ReturnType<typeof setTimeout>>();

    /** Keeps the team's log once it has stopped changing for a moment (a burst of live events is one write). */
    function keep(t: Team): void {
        const logCache = deps.logCache;
        if (!logCache || !t.log.loaded || t.channelId === null) {
            return;
        }
        clearTimeout(saveTimers.get(t.id));
        saveTimers.set(t.id, setTimeout(() => {
            saveTimers.delete(t.id);
            const channelId = t.channelId;
            if (channelId !== null && t.log.loaded) {
                void logCache.cache.write(deps.currentUserId(), channelId, {entries: t.log.all(), cursor: t.log.cursor});
            }
        }, logCache.saveAfterMs));
    }

    async function apply(t: Team, change: LoadResult | LiveChange): Promise<void> {
        await directory.learn(change.entries.map((entry) => entry.userId));
        // Only a change that can drop posts pays for remembering what was held (live events rarely do).
        const held = t.log.loaded && (change.kind === 'full' || change.deletedPostIds.length > 0) ? heldBefore(t) : null;
        if (change.kind === 'full') {
            t.log.replace(change.entries, change.cursor, directory.forFold);
        } else {
            t.log.merge(change.entries, change.deletedPostIds, change.kind === 'delta' ? change.cursor : null, directory.forFold);
        }
        dropLandedPending(t, deps.currentUserId());
        publish(t);
        keep(t);
        if (deps.reports) {
            if (held) {
                deps.reports.dropped(t, droppedFrom(t, held, change.kind === 'live' ? change.deletedBy : undefined));
            }
            if (change.kind !== 'live' && change.tombstones.length > 0) {
                deps.reports.tombstones(t, change.tombstones);
            }
        }
        if (await directory.learn([...t.log.authors(), ...peopleInState(t)])) {
            publish(t);
        }
    }

    // Authors are asked for beside the catch-up, so the fold seldom waits for them after it.
    const progress: ReadProgress = {
        authors: (userIds) => {
            void directory.learn(userIds);
        },
    };

    /** The first load of a page load may start from the log this browser kept. */
    function keptLog(t: Team, channelId: string): Promise<CachedLog | null> {
        return !t.log.loaded && deps.logCache ? deps.logCache.cache.read(deps.currentUserId(), channelId) : Promise.resolve(null);
    }

    function read(t: Team, channelId: string, full: boolean, kept: CachedLog | null): Promise<LoadResult> {
        return kept ? storage.loadSince(channelId, kept.cursor) : full || !t.log.loaded ? storage.loadAll(channelId, progress) : storage.loadSince(channelId, t.log.cursor);
    }

    /**
     * A full load's first read, started before its turn: as soon as the tracker is found, while
     * connect is still judging it (whoever created it). Only ever used for that channel; a channel
     * connect refuses just has its read dropped.
     */
    function readEarly(t: Team, channelId: string): EarlyRead {
        const kept = keptLog(t, channelId);
        const result = kept.then((log) => read(t, channelId, true, log));
        // Dropped unread when connect refuses the channel: its failure is nobody's to report.
        result.catch(() => undefined);
        return {channelId, kept, result};
    }

    async function load(t: Team, channelId: string, full: boolean, early: EarlyRead | null = null): Promise<void> {
        const userId = deps.currentUserId();
        const started = early?.channelId === channelId ? early : null;
        const kept = await (started ? started.kept : keptLog(t, channelId));
        let first = started?.result ?? null;
        let result: LoadResult;
        try {
            result = await withRetry(() => {
                // The read started early is the first attempt; a retry reads afresh.
                const attempt = first ?? read(t, channelId, full, kept);
                first = null;
                return attempt;
            }, deps.retry);
        } catch (error) {
            // The session has ended (logged out, expired): what was kept for this user goes too.
            if (isStorageError(error) && error.kind === 'unauthorized') {
                await deps.logCache?.cache.forgetUser(userId);
            }
            throw error;
        }
        // The tracker was forgotten or replaced while this was in flight: what was read is not its log.
        if (t.channelId !== channelId) {
            return;
        }
        await apply(t, kept ? keptAndChanged(kept, result) : result);
        t.status = 'ready';
        t.error = null;
        publish(t);
    }

    async function openFresh(t: Team): Promise<TrackerView> {
        t.status = t.log.loaded ? t.status : 'loading';
        publish(t);
        let early: EarlyRead | null = null;
        const channelId = await channel.connect(t, (found) => {
            early = readEarly(t, found);
        });
        if (channelId) {
            try {
                const started = early;
                await enqueue(t, () => load(t, channelId, true, started));
            } catch (error) {
                channel.fail(t, error, 'load');
            }
        }
        return publish(t);
    }

    function open(teamId: string): Promise<TrackerView> {
        const t = registry.team(teamId);
        // Opens that overlap share one: the panel, a card and the command may all open at start-up.
        if (t.opening) {
            return t.opening;
        }
        const channelId = t.channelId;
        const run = channelId && t.log.loaded ?
            enqueue(t, () => load(t, channelId, false)).then(() => publish(t), (error: unknown) => {
                channel.fail(t, error, 'load');
                return publish(t);
            }) :
            openFresh(t);
        t.opening = run.finally(() => {
            t.opening = null;
        });
        return t.opening;
    }

    async function refresh(teamId: string): Promise<void> {
        const t = registry.team(teamId);
        const channelId = t.channelId;
        if (!channelId || !t.log.loaded) {
            await open(teamId);
            return;
        }
        try {
            await enqueue(t, () => load(t, channelId, false));
        } catch (error) {
            channel.fail(t, error, 'load');
        }
    }

    async function setup(teamId: string, options: SetupOptions = {}): Promise<SetupResult> {
        const t = registry.team(teamId);
        const made = await channel.establish(t, options);
        const channelId = made.ok ? made.channelId : made.found;
        if (channelId === undefined) {
            return made;
        }
        try {
            await enqueue(t, () => load(t, channelId, true));
            return made;
        } catch (error) {
            return {ok: false, error: channel.fail(t, error, 'load')};
        }
    }

    async function reload(t: Team): Promise<void> {
        const channelId = t.channelId;
        if (!channelId || !t.log.loaded) {
            return;
        }
        try {
            await enqueue(t, () => load(t, channelId, true));
        } catch (error) {
            channel.fail(t, error, 'load');
        }
    }

    return {open, refresh, setup, apply, reload};
}
