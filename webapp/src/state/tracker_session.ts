// The use cases over the event log: open a team's tracker, keep it in sync (since + websocket +
// resync after reconnect), and record changes with an optimistic pending entry, bounded retries
// and a kept, retryable failure. Every view it computes is dispatched whole to the Redux slice.
// The work is done by the modules in session/; this file only wires them together.
import type {EventDraft} from '../domain/events';
import type {EventLogStorage, UsersPort} from '../storage/port';
import {DEFAULT_RETRY, type RetryPolicy} from '../storage/retry';

import type {TrackerViewSet} from './actions';
import {createAppendOrder} from './session/append_order';
import type {AcceptResult, IntegrityActions, IntegrityActionsDeps, RestoreResult} from './session/integrity_actions';
import {createLive, type BatchScheduler} from './session/live';
import type {LogCache} from './session/log_cache';
import {createReports, jitteredDelay} from './session/reports';
import type {RosterAddition} from './session/roster';
import type {SetupOptions, SetupResult, SubmitResult} from './session/results';
import {createSync} from './session/sync';
import {createTeamRegistry} from './session/team';
import {createTrackerChannel} from './session/tracker_channel';
import {NO_MEMORY, type TrackerMemory} from './session/tracker_memory';
import {createUserDirectory} from './session/users';
import type {Writes, WritesDeps} from './session/writes';
import type {TrackerView, UserError} from './types';
import {sessionWords} from '../i18n/session_words';

export type {SetupOptions, SetupResult, SubmitResult} from './session/results';
export type {AcceptResult, RestoreResult, RestoredSummary} from './session/integrity_actions';
export type {NotAddedReason, RosterAddition} from './session/roster';

export interface TrackerSession {
    /** Finds the tracker (missing → status 'missing', nothing is created), joins it, loads it (page once, then `since`). */
    open(teamId: string): Promise<TrackerView>;
    /** Incremental: one `since` request. */
    refresh(teamId: string): Promise<void>;
    /**
     * Finds the tracker or, for a system admin when none can be found (or `fresh` asks for a new one),
     * creates it, and loads it. Never adopts a private channel or one a system admin did not create.
     */
    setup(teamId: string, options?: SetupOptions): Promise<SetupResult>;
    /**
     * Preflights with the fold's own rule, sets the tracker up if missing (system admins only; others
     * are told to ask one), sends with retries; a failure is kept as a 'failed' pending event.
     */
    submit(teamId: string, draft: EventDraft): Promise<SubmitResult>;
    /** Sends a failed pending event again, with the same event id (so it can never be recorded twice). */
    retry(teamId: string, eventId: string): Promise<SubmitResult>;
    discard(teamId: string, eventId: string): void;
    /**
     * Fetches the part that records changes ahead of the first one: a view that can record calls it
     * when it shows, so that its first change shows as pending at once, not after a download.
     */
    prepareWrites(): void;
    /** System admins: puts back deleted and rewritten posts from the server's intact copies (integrity.restored). */
    restore(teamId: string): Promise<RestoreResult>;
    /** System admins: accepts the loss of the posts that open marks name, with a reason kept in the record. */
    accept(teamId: string, postIds: readonly string[], reason: string): Promise<AcceptResult>;
    /**
     * After a system admin saved the policy: adds every roster member who is not yet in the tracker
     * channel (Mattermost notifies only members of mentions), and says who was added and who could not be.
     */
    addRosterMembers(teamId: string, userIds: readonly string[]): Promise<RosterAddition>;
    /** Which of userIds are members of the team's tracker channel (one request); null without a tracker. */
    trackerMembers(teamId: string, userIds: readonly string[]): Promise<ReadonlySet<string> | null>;
    readonly users: UsersPort;
    handleWebSocketEvent(message: {event: string; data: unknown; broadcast?: unknown}): void;
    handleReconnect(): void;
    /** Resolves when every queued sync has been applied (tests and reconnect handling use it). */
    settled(): Promise<void>;
}

export interface TrackerSessionDeps {
    readonly store: {dispatch(action: TrackerViewSet): unknown};
    readonly storage: EventLogStorage;
    readonly currentUserId: () => string;
    /** Backoff for appends and loads; tests pass instant sleeps. */
    readonly retry?: RetryPolicy;
    /**
     * What the host already knows: true when the webapp holds this user's membership of the channel
     * (it loads them at start-up). Saves the membership request on every cold open.
     */
    readonly isMember?: (channelId: string) => boolean;
    /** Which channel was the tracker, kept in the browser so a renamed tracker is still found; none when absent. */
    readonly memory?: TrackerMemory;
    /** How long a report of a deletion this client saw waits (session/reports.ts); tests pass an instant one. */
    readonly reportDelay?: () => Promise<void>;
    /** The log kept in the browser across page loads (session/log_cache.ts); none when absent. */
    readonly logCache?: LogCache;
    /** How long the log must stay unchanged before it is kept again; LOG_SAVE_AFTER_MS unless a test says. */
    readonly logSaveAfterMs?: number;
    /** When websocket events are merged: the ones that came before the next frame together (session/live.ts) unless a test says. */
    readonly liveBatch?: BatchScheduler;
}

/** How long the log must stay unchanged before it is kept again: a burst of live events is one write. */
export const LOG_SAVE_AFTER_MS = 2000;

export function createTrackerSession(deps: TrackerSessionDeps): TrackerSession {
    const {storage, currentUserId} = deps;
    const retry = deps.retry ?? DEFAULT_RETRY;
    // The registry and the directory refer to each other: views show the users, and learning that an
    // author is an admin refolds the teams. Each reaches the other only once both exist.
    const registry = createTeamRegistry(deps.store, () => directory.known());
    const directory = createUserDirectory(storage.users, () => registry.refoldLoaded(directory.forFold));
    const channel = createTrackerChannel({storage, registry, directory, memory: deps.memory ?? NO_MEMORY, retry, currentUserId, isMember: deps.isMember});
    // Reports of deletions this client saw are written through writes, which reads through sync,
    // which tells reports what it saw: reports reaches the other two only once they exist.
    const reports = createReports({
        directory, currentUserId, delay: deps.reportDelay ?? jitteredDelay(),
        refresh: (teamId) => sync.refresh(teamId),
        submit: (teamId, draft) => submit(teamId, draft),
    });
    const sync = createSync({
        storage, registry, directory, channel, retry, currentUserId, reports,
        ...(deps.logCache ? {logCache: {cache: deps.logCache, saveAfterMs: deps.logSaveAfterMs ?? LOG_SAVE_AFTER_MS}} : {}),
    });
    // Recording is a chunk of its own, fetched on the first change this page records: opening the
    // panel or the command to read the tracker, which is every user's first use, does not load it.
    const writesDeps: WritesDeps = {storage, registry, directory, sync, channel, inTurn: createAppendOrder(), retry, currentUserId};
    let loadedWrites: Promise<Writes> | null = null;
    let readyWrites: Writes | null = null;
    const writes = (): Promise<Writes> => {
        loadedWrites ??= import(/* webpackChunkName: "writes" */ './session/writes')
            .then((module) => {
                readyWrites = module.createWrites(writesDeps);
                return readyWrites;
            })
            .catch((error: unknown) => {
                // A failed download is tried again next time.
                loadedWrites = null;
                throw error;
            });
        return loadedWrites;
    };
    const writesNotLoaded: UserError = {message: 'Nothing was recorded: the part of Plugin Onboarding that records changes could not be downloaded. Check the connection and try again.', retryable: true};
    const submit = (teamId: string, draft: EventDraft): Promise<SubmitResult> =>
        writes().then((w) => w.submit(teamId, draft), (): SubmitResult => ({ok: false, error: writesNotLoaded}));
    const live = createLive(registry, sync, deps.liveBatch);
    // Restoring and accepting are a system admin's rare acts: their code is a chunk of its own,
    // loaded on first use, rather than part of what every user's panel and command load.
    const integrityDeps: IntegrityActionsDeps = {storage, registry, directory, sync, submit, retry, currentUserId};
    let loadedIntegrity: Promise<IntegrityActions> | null = null;
    const integrity = (): Promise<IntegrityActions> => {
        loadedIntegrity ??= import(/* webpackChunkName: "integrity-actions" */ './session/integrity_actions')
            .then((module) => module.createIntegrityActions(integrityDeps))
            .catch((error: unknown) => {
                // A failed download is tried again next time.
                loadedIntegrity = null;
                throw error;
            });
        return loadedIntegrity;
    };
    const notLoaded: UserError = {message: sessionWords.restoreToolsNotDownloaded, retryable: true};
    const session: TrackerSession = {
        open: sync.open, refresh: sync.refresh, setup: sync.setup,
        submit,
        retry: (teamId, eventId) => writes().then((w) => w.retry(teamId, eventId), (): SubmitResult => ({ok: false, error: writesNotLoaded})),
        // Only a failed send leaves something to discard, and a send means the chunk is here.
        discard: (teamId, eventId) => readyWrites?.discard(teamId, eventId),
        // A failed download is said by the change that needs it; here it is only tried early.
        prepareWrites: () => {
            writes().catch(() => undefined);
        },
        restore: (teamId) => integrity().then((actions) => actions.restore(teamId), (): RestoreResult => ({ok: false, error: notLoaded, restored: []})),
        accept: (teamId, postIds, reason) => integrity().then((actions) => actions.accept(teamId, postIds, reason), (): AcceptResult => ({ok: false, error: notLoaded})),
        // Adding people is a system admin's rare act: its code comes when a policy is saved.
        addRosterMembers: (teamId, userIds) => import(/* webpackChunkName: "roster-members" */ './session/roster').then(
            (roster) => roster.addToTracker({storage, registry, sync, session}, teamId, userIds),
            () => ({added: [], notAdded: [], error: {message: 'Nobody was added: check the connection and save again.', retryable: true}})),
        trackerMembers: async (teamId, userIds) => {
            const channelId = registry.team(teamId).channelId;
            return channelId === null ? null : new Set(await storage.membersAmong(channelId, userIds));
        },
        users: storage.users,
        handleWebSocketEvent: (message) => {
            live.handleWebSocketEvent(message);
            channel.handleChannelEvent(message);
        },
        handleReconnect: live.handleReconnect, settled: live.settled,
    };
    return session;
}
