// The use cases over the event log: open a team's tracker, keep it in sync (since + websocket +
// resync after reconnect), and record changes with an optimistic pending entry, bounded retries
// and a kept, retryable failure. Every view it computes is dispatched whole to the Redux slice.
import {OnboardEvent, type EventDraft} from '../domain/events';
import {newEventId, withId} from '../domain/ids';
import type {LogEntry} from '../domain/log';
import {historyEntryFor} from '../domain/history';
import {eventMessage} from '../domain/messages';
import {check} from '../domain/rules';
import {isStorageError, type EventLogStorage, type UsersPort} from '../storage/port';
import {DEFAULT_RETRY, withRetry, type RetryPolicy} from '../storage/retry';

import type {PluginOnboardAction} from './actions';
import {createLive} from './session/live';
import {dropLandedPending} from './session/pending';
import type {SetupResult, SubmitResult} from './session/results';
import {createSync} from './session/sync';
import {createTeamRegistry, type Team} from './session/team';
import {createTrackerChannel} from './session/tracker_channel';
import {createUserDirectory} from './session/users';
import type {PendingEvent, TrackerView, UserError} from './types';
import {toUserError} from './user_errors';

export type {SetupResult, SubmitResult} from './session/results';

export interface TrackerSession {
    /** Finds the tracker (missing → status 'missing', nothing is created), joins it, loads it (page once, then `since`). */
    open(teamId: string): Promise<TrackerView>;
    /** Incremental: one `since` request. */
    refresh(teamId: string): Promise<void>;
    /** Creates the tracker channel (or adopts the one someone else just created) and loads it. */
    setup(teamId: string): Promise<SetupResult>;
    /** Preflights with the fold's own rule, creates the tracker if missing, sends with retries; a failure is kept as a 'failed' pending event. */
    submit(teamId: string, draft: EventDraft): Promise<SubmitResult>;
    /** Sends a failed pending event again, with the same event id (so it can never be recorded twice). */
    retry(teamId: string, eventId: string): Promise<SubmitResult>;
    discard(teamId: string, eventId: string): void;
    readonly users: UsersPort;
    handleWebSocketEvent(message: {event: string; data: unknown; broadcast?: unknown}): void;
    handleReconnect(): void;
    /** Resolves when every queued sync has been applied (tests and reconnect handling use it). */
    settled(): Promise<void>;
}

export interface TrackerSessionDeps {
    readonly store: {dispatch(action: PluginOnboardAction): unknown};
    readonly storage: EventLogStorage;
    readonly currentUserId: () => string;
    /** Backoff for appends and loads; tests pass instant sleeps. */
    readonly retry?: RetryPolicy;
    /**
     * What the host already knows: true when the webapp holds this user's membership of the channel
     * (it loads them at start-up). Saves the membership request on every cold open.
     */
    readonly isMember?: (channelId: string) => boolean;
}

/** The fold rejects events that do not parse; say so before posting one. */
function schemaProblem(event: OnboardEvent): string | null {
    const parsed = OnboardEvent.safeParse(event);
    if (parsed.success) {
        return null;
    }
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return `This change is not valid${field ? ` (${field}: ${issue?.message ?? 'invalid'})` : ''}; nothing was recorded.`;
}

/** People an event names, whose usernames its readable message needs. */
function peopleIn(event: OnboardEvent): string[] {
    if (event.type === 'plugin.registered') {
        return [...event.owners];
    }
    if (event.type === 'policy.set') {
        return Object.values(event.roles).flat();
    }
    return [];
}

export function createTrackerSession(deps: TrackerSessionDeps): TrackerSession {
    const {storage, store} = deps;
    const retryPolicy = deps.retry ?? DEFAULT_RETRY;
    // The registry and the directory refer to each other: views show the users, and learning that an
    // author is an admin refolds the teams. Each reaches the other only once both exist.
    const registry = createTeamRegistry(store, () => directory.known());
    const directory = createUserDirectory(storage.users, () => registry.refoldLoaded(directory.forFold));
    const {team, publish, enqueue} = registry;
    const channel = createTrackerChannel({storage, registry, retry: retryPolicy, isMember: deps.isMember});
    const sync = createSync({storage, registry, directory, channel, retry: retryPolicy, currentUserId: deps.currentUserId});
    const {open, refresh, setup} = sync;
    const live = createLive(registry, sync);

    function setPending(t: Team, event: OnboardEvent, status: PendingEvent['status'], error: UserError | null): void {
        const entry: PendingEvent = {event, status, error};
        const index = t.pending.findIndex((p) => p.event.id === event.id);
        t.pending = index < 0 ? [...t.pending, entry] : t.pending.map((p, i) => (i === index ? entry : p));
        publish(t);
    }

    function landedEntry(t: Team, eventId: string): LogEntry | null {
        const me = deps.currentUserId();
        return t.log.all().find((entry) => entry.userId === me && entry.claimedId === eventId) ?? null;
    }

    function outcome(t: Team, event: OnboardEvent, postId: string): SubmitResult {
        const recorded = historyEntryFor(t.log.state, postId);
        if (recorded?.rejection) {
            return {
                ok: false,
                rejection: recorded.rejection,
                error: {message: `Recorded, but it changes nothing: ${recorded.rejection.message}`, retryable: false},
            };
        }
        return {ok: true, event};
    }

    // The log is in server order: create_at, then post id. Two appends in the same millisecond would
    // be ordered by random post ids, so a sign-off could land before the evidence it needs. So this
    // user's appends go one at a time (retries included), each sent at least 2 ms after the previous
    // answer: the server stamped that one before answering, so the next gets a later millisecond.
    let appendTurn: Promise<unknown> = Promise.resolve();
    let lastAnswerAt = 0;
    function inTurn<T>(append: () => Promise<T>): Promise<T> {
        const run = appendTurn.then(async () => {
            const wait = lastAnswerAt + 2 - Date.now();
            if (wait > 0) {
                await new Promise((resolve) => setTimeout(resolve, wait));
            }
            try {
                return await append();
            } finally {
                lastAnswerAt = Date.now();
            }
        });
        appendTurn = run.catch(() => undefined);
        return run;
    }

    async function send(t: Team, event: OnboardEvent): Promise<SubmitResult> {
        const channelId = t.channelId;
        if (!channelId) {
            const error = toUserError(new Error('the tracker channel is not set up'), 'append');
            setPending(t, event, 'failed', error);
            return {ok: false, error};
        }
        setPending(t, event, 'sending', null);
        await directory.learn([deps.currentUserId(), ...peopleIn(event)]);
        const plugin = event.type === 'policy.set' ? undefined : t.log.state.plugins[event.plugin];
        const rootId = event.type === 'policy.set' || event.type === 'plugin.registered' ? '' : plugin?.rootPostId ?? '';
        const message = eventMessage(event, directory.username, {authorId: deps.currentUserId(), pluginName: plugin?.name ?? null});
        const appendOnce = () => storage.append(channelId, event, {rootId, message});
        let entry: LogEntry;
        try {
            entry = await inTurn(async () => {
                try {
                    return await withRetry(appendOnce, retryPolicy);
                } catch (error) {
                    if (!isStorageError(error) || error.kind !== 'forbidden') {
                        throw error;
                    }
                    // Removed from the channel since it was opened: join again (public channel) and send once more.
                    await channel.rejoin(channelId);
                    return withRetry(appendOnce, retryPolicy);
                }
            });
        } catch (error) {
            const userError = toUserError(error, 'append');
            if (isStorageError(error) && error.kind === 'not-found') {
                channel.forget(t);
                t.error = userError;
            }
            setPending(t, event, 'failed', userError);
            return {ok: false, error: userError};
        }
        await enqueue(t, () => sync.apply(t, {kind: 'live', entries: [entry], deletedPostIds: []}));
        return outcome(t, event, entry.postId);
    }

    async function submit(teamId: string, draft: EventDraft): Promise<SubmitResult> {
        const t = team(teamId);
        if (!t.log.loaded || !t.channelId) {
            await open(teamId);
        }
        if (t.status === 'missing' || !t.channelId) {
            const made = await setup(teamId);
            if (!made.ok) {
                return made;
            }
        }
        if (t.status === 'error' && !t.log.loaded && t.error) {
            return {ok: false, error: t.error};
        }
        const me = deps.currentUserId();
        const event = withId(draft, newEventId());
        const invalid = schemaProblem(event);
        if (invalid) {
            return {ok: false, error: {message: invalid, retryable: false}, rejection: {code: 'malformed', message: invalid}};
        }
        const author = {userId: me, isSystemAdmin: await directory.isAdmin(me)};
        let rejection = check(t.log.state, event, author);
        if (rejection) {
            // Our copy of the log can lag the server (a websocket event in flight, a tab that slept).
            // Catch up once before refusing, so a refusal is never about a state that no longer holds.
            await refresh(teamId);
            rejection = check(t.log.state, event, author);
        }
        if (rejection) {
            return {ok: false, error: {message: rejection.message, retryable: false}, rejection};
        }
        return send(t, event);
    }

    async function retry(teamId: string, eventId: string): Promise<SubmitResult> {
        const t = team(teamId);
        const pending = t.pending.find((p) => p.event.id === eventId);
        if (!pending) {
            return {ok: false, error: {message: 'That change is no longer waiting to be sent.', retryable: false}};
        }
        if (!t.channelId || !t.log.loaded) {
            await open(teamId);
            if (!t.channelId) {
                const made = await setup(teamId);
                if (!made.ok) {
                    setPending(t, pending.event, 'failed', made.error);
                    return made;
                }
            }
        } else {
            await refresh(teamId);
        }
        // It may have reached the server after all (an answer lost on the way back): then it is done.
        const landed = landedEntry(t, eventId);
        if (landed) {
            dropLandedPending(t, deps.currentUserId());
            publish(t);
            return outcome(t, pending.event, landed.postId);
        }
        const me = deps.currentUserId();
        const rejection = check(t.log.state, pending.event, {userId: me, isSystemAdmin: await directory.isAdmin(me)});
        if (rejection) {
            const error = {message: `It can no longer be recorded: ${rejection.message}`, retryable: false};
            setPending(t, pending.event, 'failed', error);
            return {ok: false, error, rejection};
        }
        return send(t, pending.event);
    }

    function discard(teamId: string, eventId: string): void {
        const t = team(teamId);
        const still = t.pending.filter((p) => p.event.id !== eventId);
        if (still.length !== t.pending.length) {
            t.pending = still;
            publish(t);
        }
    }

    return {
        open, refresh, setup, submit, retry, discard, users: storage.users,
        handleWebSocketEvent: live.handleWebSocketEvent, handleReconnect: live.handleReconnect, settled: live.settled,
    };
}
