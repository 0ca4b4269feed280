// Recording changes: preflight with the fold's own rules, an optimistic pending entry, bounded
// retries, appends one at a time in server order, and a failure kept for retry or discard. The
// only module that appends to the log.
import {effectOf, isChangeEvent} from '../../domain/effects';
import {pluginOfEvent, type EventDraft, type OnboardEvent} from '../../domain/events';
import {historyEntryFor} from '../../domain/history';
import {newEventId, withId} from '../../domain/new_event';
import type {LogEntry} from '../../domain/log';
import {handOff, handOffLine} from '../../domain/handoff';
import {effectLines, eventMessage} from '../../domain/messages';
import {check} from '../../domain/rules';
import {seenFor} from '../../domain/seen';
import type {PolicyState} from '../../domain/tracker_state';
import {isStorageError, type EventLogStorage} from '../../storage/port';
import {withRetry, type RetryPolicy} from '../../storage/retry';
import type {PendingEvent, UserError} from '../types';
import {toUserError} from '../user_errors';

import {dropLandedPending, dropPending, landedEntry, setPending} from './pending';
import {schemaProblem} from './preflight';
import type {SubmitResult} from './results';
import type {Sync} from './sync';
import type {Team, TeamRegistry} from './team';
import type {TrackerChannel} from './tracker_channel';
import type {UserDirectory} from './users';
import {writeWords} from '../../i18n/write_words';

export interface WritesDeps {
    readonly storage: Pick<EventLogStorage, 'append'>;
    readonly registry: Pick<TeamRegistry, 'team' | 'publish' | 'enqueue'>;
    readonly directory: Pick<UserDirectory, 'learn' | 'isAdmin' | 'username'>;
    readonly sync: Pick<Sync, 'open' | 'refresh' | 'setup' | 'apply'>;
    readonly channel: Pick<TrackerChannel, 'rejoin' | 'forget' | 'unwritable'>;
    /** One turn for all of this user's appends: see append_order.ts. */
    readonly inTurn: <T>(append: () => Promise<T>) => Promise<T>;
    readonly retry: RetryPolicy;
    readonly currentUserId: () => string;
}

export interface Writes {
    /** Preflights with the fold's own rule, sets the tracker up if missing (system admins only), sends with retries; a failure is kept as a 'failed' pending event. */
    submit(teamId: string, draft: EventDraft): Promise<SubmitResult>;
    /** Sends a failed pending event again, with the same event id (so it can never be recorded twice). */
    retry(teamId: string, eventId: string): Promise<SubmitResult>;
    discard(teamId: string, eventId: string): void;
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

/** A post the fold rejected is still recorded, so "ok" is decided by the fold's verdict on it. */
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

/**
 * A policy post says what changed from the policy in force (or, for the first, what it holds). The
 * words are loaded when a policy is saved; if they cannot be, the short message still reads alone.
 */
async function policyPostMessage(event: OnboardEvent & {type: 'policy.set'}, names: (userId: string) => string, authorId: string, inForce: PolicyState): Promise<string> {
    try {
        const {policyMessage} = await import(/* webpackChunkName: "policy-message" */ '../../domain/policy_message');
        return policyMessage(event, names, {authorId, previousPolicy: inForce.configured ? inForce : null});
    } catch {
        return eventMessage(event, names, {authorId});
    }
}

export function createWrites(deps: WritesDeps): Writes {
    const {storage, registry, directory, sync, channel} = deps;

    function showPending(t: Team, event: OnboardEvent, status: PendingEvent['status'], error: UserError | null): void {
        setPending(t, event, status, error);
        registry.publish(t);
    }

    /**
     * The readable message: what happened and, when it hands a step to people, whom it waits on now,
     * mentioned within the policy's limits so Mattermost notifies them. The mentions are in the
     * message only; the seal covers the event, which names no one it did not name before.
     */
    async function messageFor(t: Team, event: OnboardEvent, pluginName: string | null, effects: readonly string[], mentioned: ReadonlySet<string>): Promise<string> {
        const me = deps.currentUserId();
        const state = t.log.state;
        const notify = state.policy.notifications;
        const body = event.type === 'policy.set' ?
            await policyPostMessage(event, directory.username, me, state.policy) :
            eventMessage(event, directory.username, {authorId: me, pluginName, mentionOwners: notify.mentions, effects});
        // A registration already names its owners, who hold every first step.
        const found = event.type === 'plugin.registered' ? null : handOff(state, event, {userId: me, isSystemAdmin: await directory.isAdmin(me)}, Date.now());
        const handed = found && {...found, groups: found.groups.map((group) => ({...group, people: group.people.filter((id) => !mentioned.has(id))}))};
        if (!handed) {
            return body;
        }
        await directory.learn(handed.groups.flatMap((group) => group.people));
        return `${body}\n\n${handOffLine(handed, directory.username, notify, null)}`;
    }

    async function send(t: Team, event: OnboardEvent): Promise<SubmitResult> {
        const channelId = t.channelId;
        if (!channelId) {
            const error = toUserError(new Error('the tracker channel is not set up'), 'append');
            showPending(t, event, 'failed', error);
            return {ok: false, error};
        }
        showPending(t, event, 'sending', null);
        const about = pluginOfEvent(event);
        const plugin = about === null ? undefined : t.log.state.plugins[about];
        // What it reopens besides itself goes into the post, so that the channel says so and why.
        const change = isChangeEvent(event) ? event : null;
        const effect = plugin && change ? effectOf(plugin, change, {by: deps.currentUserId(), at: Date.now(), eventId: event.id}) : null;
        await directory.learn([deps.currentUserId(), ...peopleIn(event), ...(effect?.reopened.map((r) => r.signOff.by) ?? [])]);
        const rootId = about === null || event.type === 'plugin.registered' ? '' : plugin?.rootPostId ?? '';
        // Whoever the reopening lines mention is not mentioned again in the hand-off line.
        const mentioned = new Set<string>();
        const effects = effect && change ? effectLines(effect, change, (id) => {
            mentioned.add(id);
            return `@${directory.username(id)}`;
        }) : [];
        const message = await messageFor(t, event, plugin?.name ?? null, effects, mentioned);
        const appendOnce = () => storage.append(channelId, event, {rootId, message});
        let entry: LogEntry;
        try {
            entry = await deps.inTurn(async () => {
                try {
                    return await withRetry(appendOnce, deps.retry);
                } catch (error) {
                    if (!isStorageError(error) || error.kind !== 'forbidden') {
                        throw error;
                    }
                    // Removed from the channel since it was opened: join again (public channel) and send once more.
                    await channel.rejoin(channelId);
                    return withRetry(appendOnce, deps.retry);
                }
            });
        } catch (error) {
            const userError = toUserError(error, 'append');
            if (isStorageError(error) && error.kind === 'not-found') {
                channel.forget(t);
                t.error = userError;
            }
            showPending(t, event, 'failed', userError);
            return {ok: false, error: userError};
        }
        await registry.enqueue(t, () => sync.apply(t, {kind: 'live', entries: [entry], deletedPostIds: []}));
        // Someone else's post may have landed just before ours (two sign-offs of one slot at once):
        // read what the server has now, so the answer is the fold's verdict, not "recorded".
        await sync.refresh(t.id);
        return outcome(t, event, entry.postId);
    }

    /**
     * Why nothing can be written to the team's tracker now, or null. When none is found only a
     * system admin's write sets one up (setup looks for a renamed one first and never adopts a
     * channel it cannot trust); anyone else is told to ask one, and nothing is created. An archived
     * tracker takes no posts.
     */
    async function unwritable(t: Team): Promise<UserError | null> {
        if (t.channelId === null && await directory.isAdmin(deps.currentUserId())) {
            const made = await sync.setup(t.id);
            // A refusal that still found the tracker (renamed) leaves it connected: write there.
            if (!made.ok && t.channelId === null) {
                return made.error;
            }
        }
        return channel.unwritable(t);
    }

    async function submit(teamId: string, draft: EventDraft): Promise<SubmitResult> {
        const t = registry.team(teamId);
        if (!t.log.loaded || !t.channelId) {
            await sync.open(teamId);
        }
        const closed = await unwritable(t);
        if (closed) {
            return {ok: false, error: closed};
        }
        if (t.status === 'error' && !t.log.loaded && t.error) {
            return {ok: false, error: t.error};
        }
        const me = deps.currentUserId();
        // What this client had folded goes with the event, so a post deleted later leaves a gap everyone sees.
        const event = withId(draft, newEventId(), seenFor(t.log.state, 'plugin' in draft ? draft.plugin : null));
        const invalid = schemaProblem(event);
        if (invalid) {
            return {ok: false, error: {message: invalid, retryable: false}, rejection: {code: 'malformed', message: invalid}};
        }
        const author = {userId: me, isSystemAdmin: await directory.isAdmin(me)};
        let rejection = check(t.log.state, event, author);
        if (rejection) {
            // Our copy of the log can lag the server (a websocket event in flight, a tab that slept).
            // Catch up once before refusing, so a refusal is never about a state that no longer holds.
            await sync.refresh(teamId);
            rejection = check(t.log.state, event, author);
        }
        if (rejection) {
            return {ok: false, error: {message: rejection.message, retryable: false}, rejection};
        }
        return send(t, event);
    }

    async function retry(teamId: string, eventId: string): Promise<SubmitResult> {
        const t = registry.team(teamId);
        const pending = t.pending.find((p) => p.event.id === eventId);
        if (!pending) {
            return {ok: false, error: {message: writeWords.noLongerWaiting, retryable: false}};
        }
        if (!t.channelId || !t.log.loaded) {
            await sync.open(teamId);
        } else {
            await sync.refresh(teamId);
        }
        const closed = await unwritable(t);
        if (closed) {
            showPending(t, pending.event, 'failed', closed);
            return {ok: false, error: closed};
        }
        const me = deps.currentUserId();
        // It may have reached the server after all (an answer lost on the way back): then it is done.
        const landed = landedEntry(t, me, eventId);
        if (landed) {
            dropLandedPending(t, me);
            registry.publish(t);
            return outcome(t, pending.event, landed.postId);
        }
        const rejection = check(t.log.state, pending.event, {userId: me, isSystemAdmin: await directory.isAdmin(me)});
        if (rejection) {
            const error = {message: writeWords.noLongerRecordable(rejection.message), retryable: false, rejection};
            showPending(t, pending.event, 'failed', error);
            return {ok: false, error, rejection};
        }
        return send(t, pending.event);
    }

    function discard(teamId: string, eventId: string): void {
        const t = registry.team(teamId);
        if (dropPending(t, eventId)) {
            registry.publish(t);
        }
    }

    return {submit, retry, discard};
}
