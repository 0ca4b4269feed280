// The tracker channel's lifecycle: finding it, judging it, creating it, joining it, following its
// renames and archiving, and forgetting it when it turns out to be gone. The only module that asks
// the server where the tracker is or joins it; reading what is in it is sync's job.
//
// On a real server any member of a public channel may rename it (URL name included) or archive it,
// and anyone may create a channel with a free name. So a channel is only trusted as the tracker when
// it is public and a system admin created it; a renamed tracker is found again by the id this
// browser remembers (or, for a system admin's setup, by its purpose and posts); and only a system
// admin's setup ever creates one, after looking for the old one, so history is never orphaned by a
// second, empty tracker.
import {channelChangeOf} from '../../storage/channels';
import {isStorageError, type EventLogStorage, type StorageOperation, type TrackerChannel as Channel} from '../../storage/port';
import {withRetry, type RetryPolicy} from '../../storage/retry';
import {
    archivedRefusal, archivedTrackerFound, noTrackerFound, renamedTrackerFound, unusableChannel,
} from '../tracker_sentences';
import type {TrackerPlace, TrackerRefusal, UserError} from '../types';
import {toUserError} from '../user_errors';

import type {SetupOptions, SetupResult} from './results';
import type {Team, TeamRegistry} from './team';
import type {TrackerMemory} from './tracker_memory';
import type {UserDirectory} from './users';

export interface TrackerChannelDeps {
    readonly storage: Pick<EventLogStorage,
        'findTracker' | 'channelById' | 'channelsWithTrackerPurpose' | 'holdsTrackerPosts' | 'createTracker' | 'ensureMember' | 'users'>;
    readonly registry: Pick<TeamRegistry, 'publish' | 'teams'>;
    readonly directory: Pick<UserDirectory, 'learn' | 'known'>;
    readonly memory: TrackerMemory;
    readonly retry: RetryPolicy;
    readonly currentUserId: () => string;
    /** Whether the host already holds this user's membership of the channel. */
    readonly isMember?: ((channelId: string) => boolean) | undefined;
}

export interface TrackerChannel {
    /**
     * Finds the team's tracker (by name, else by the id this browser remembers) and joins it unless
     * it is archived; on success t.channelId and t.place are set and its id returned. On null the
     * team says why (missing, unusable, or the error), not yet published. `found` hears of the
     * channel found by name as soon as it is known, before it is judged, when it is public and the
     * user already a member (so reading it may start at once): it is the tracker only if connect
     * then answers its id.
     */
    connect(t: Team, found?: (channelId: string) => void): Promise<string | null>;
    /**
     * Setup: finds the tracker or, for a system admin and only when no tracker can be found anywhere
     * (or `fresh` asks for a new one), creates it. A tracker found renamed or archived is connected
     * (result.found) but reported as a refusal that says where it is.
     */
    establish(t: Team, options: SetupOptions): Promise<SetupResult>;
    /** Joins again after the user was removed from the channel (it is public). */
    rejoin(channelId: string): Promise<void>;
    /** The tracker was deleted under us: the next open looks for it again. */
    forget(t: Team): void;
    /** Shows a failed request on the team's view; a tracker found gone is forgotten. */
    fail(t: Team, error: unknown, operation: StorageOperation): UserError;
    /** Why nothing can be recorded in the team's tracker now (none, not trusted, archived), or null. */
    unwritable(t: Team): UserError | null;
    /** channel_updated, channel_deleted, channel_restored: the tracker's place changes at once for every open view. */
    handleChannelEvent(message: {event: string; data: unknown}): void;
}

function placeOf(channel: Channel, refused: TrackerRefusal | null): TrackerPlace {
    return {name: channel.name, displayName: channel.displayName, archivedAt: channel.deleteAt, refused};
}

export function createTrackerChannel(deps: TrackerChannelDeps): TrackerChannel {
    const {storage, registry, directory, memory, retry} = deps;

    // Members get the tracker's websocket events; reading alone would not need it.
    async function joinUnlessMember(channelId: string): Promise<void> {
        if (deps.isMember?.(channelId) !== true) {
            await withRetry(() => storage.ensureMember(channelId), retry);
        }
    }

    /**
     * Whether the user is a system admin, strictly: the directory tolerates failed look-ups (names
     * fall back to ids), but here a wrong "no" would refuse the real tracker, so a failure throws.
     */
    async function isSystemAdmin(userId: string): Promise<boolean> {
        if (userId === '') {
            return false;
        }
        await directory.learn([userId]);
        const known = directory.known()[userId];
        if (known) {
            return known.isSystemAdmin;
        }
        const [user] = await withRetry(() => storage.users.byIds([userId]), retry);
        return user?.isSystemAdmin ?? false;
    }

    async function refusalOf(channel: Channel): Promise<TrackerRefusal | null> {
        if (!channel.isPublic) {
            return 'private';
        }
        // This browser remembers only a channel it judged and trusted, and a channel's creator never
        // changes: a page load need not look the creator up again (one request fewer per cold open).
        if (memory.recall(channel.teamId) === channel.id) {
            return null;
        }
        return await isSystemAdmin(channel.creatorId) ? null : 'not-admin-created';
    }

    /** The channel this browser last used as the team's tracker, if it still is one. */
    async function remembered(teamId: string): Promise<Channel | null> {
        const id = memory.recall(teamId);
        if (id === null) {
            return null;
        }
        const channel = await withRetry(() => storage.channelById(id), retry);
        if (channel && channel.id === id && channel.teamId === teamId && await refusalOf(channel) === null) {
            return channel;
        }
        memory.forget(teamId);
        return null;
    }

    /** A system admin's search for a renamed tracker: their public channels with its purpose, confirmed by its posts. */
    async function renamedTracker(teamId: string): Promise<Channel | null> {
        const candidates = await withRetry(() => storage.channelsWithTrackerPurpose(teamId), retry);
        for (const candidate of candidates) {
            if (candidate.teamId === teamId && await refusalOf(candidate) === null &&
                await withRetry(() => storage.holdsTrackerPosts(candidate.id), retry)) {
                return candidate;
            }
        }
        return null;
    }

    /** Uses the channel as the team's tracker: joins it while it takes posts, and remembers it. */
    async function adopt(t: Team, channel: Channel): Promise<string> {
        if (channel.deleteAt === 0) {
            await joinUnlessMember(channel.id);
        }
        t.channelId = channel.id;
        t.place = placeOf(channel, null);
        memory.remember(t.id, channel.id);
        return channel.id;
    }

    function showMissing(t: Team): void {
        t.channelId = null;
        t.place = null;
        t.status = 'missing';
        t.error = null;
    }

    function showUnusable(t: Team, channel: Channel, refused: TrackerRefusal): void {
        t.channelId = null;
        t.place = placeOf(channel, refused);
        t.status = 'unusable';
        t.error = null;
    }

    function forget(t: Team): void {
        t.channelId = null;
        t.place = null;
        t.log.loaded = false;
        t.status = 'missing';
        memory.forget(t.id);
    }

    function fail(t: Team, error: unknown, operation: StorageOperation): UserError {
        const userError = toUserError(error, operation);
        if (isStorageError(error) && error.kind === 'not-found' && (operation === 'load' || operation === 'join')) {
            forget(t);
        } else {
            t.status = 'error';
        }
        t.error = userError;
        registry.publish(t);
        return userError;
    }

    async function connect(t: Team, found?: (channelId: string) => void): Promise<string | null> {
        let stage: StorageOperation = 'find';
        try {
            const byName = await withRetry(() => storage.findTracker(t.id), retry);
            if (byName && byName.isPublic && deps.isMember?.(byName.id) === true) {
                found?.(byName.id);
            }
            const refused = byName ? await refusalOf(byName) : null;
            // The name is the way everyone finds the tracker; the remembered id only when the name fails
            // (renamed, or taken by a channel we do not trust).
            const channel = byName && refused === null ? byName : await remembered(t.id);
            if (channel) {
                stage = 'join';
                return await adopt(t, channel);
            }
            if (byName && refused !== null) {
                showUnusable(t, byName, refused);
            } else {
                showMissing(t);
            }
            return null;
        } catch (error) {
            fail(t, error, stage);
            return null;
        }
    }

    async function establish(t: Team, options: SetupOptions): Promise<SetupResult> {
        let stage: StorageOperation = 'find';
        try {
            const admin = await isSystemAdmin(deps.currentUserId());
            const byName = await withRetry(() => storage.findTracker(t.id), retry);
            if (byName) {
                const refused = await refusalOf(byName);
                if (refused !== null) {
                    showUnusable(t, byName, refused);
                    return refuse(t, unusableChannel(refused));
                }
                stage = 'join';
                const channelId = await adopt(t, byName);
                return byName.deleteAt > 0 ?
                    {ok: false, error: archivedTrackerFound(byName.deleteAt, admin), found: channelId} :
                    {ok: true, channelId, created: false};
            }
            if (options.fresh !== true) {
                const renamed = await remembered(t.id) ?? (admin ? await renamedTracker(t.id) : null);
                if (renamed) {
                    stage = 'join';
                    const channelId = await adopt(t, renamed);
                    return {ok: false, error: renamedTrackerFound(renamed.name, renamed.displayName, renamed.deleteAt, admin), found: channelId};
                }
            }
            if (!admin) {
                showMissing(t);
                return refuse(t, noTrackerFound());
            }
            stage = 'create';
            const made = await storage.createTracker(t.id);
            // Someone may have taken the name between our look and our create: theirs is judged like any other.
            const refused = await refusalOf(made);
            if (refused !== null) {
                showUnusable(t, made, refused);
                return refuse(t, unusableChannel(refused));
            }
            stage = 'join';
            return {ok: true, channelId: await adopt(t, made), created: true};
        } catch (error) {
            if (stage === 'join') {
                return {ok: false, error: fail(t, error, stage)};
            }
            // Nothing changed on the server: the tracker is still missing, and the reason is shown with it.
            const userError = toUserError(error, stage);
            t.status = t.channelId ? t.status : 'missing';
            return refuse(t, userError);
        }
    }

    function refuse(t: Team, error: UserError): SetupResult {
        t.error = error;
        registry.publish(t);
        return {ok: false, error};
    }

    function unwritable(t: Team): UserError | null {
        if (t.channelId !== null) {
            return t.place !== null && t.place.archivedAt > 0 ? archivedRefusal(t.place.archivedAt) : null;
        }
        if (t.status === 'unusable' && t.place?.refused) {
            return unusableChannel(t.place.refused);
        }
        return t.status === 'error' && t.error ? t.error : noTrackerFound();
    }

    function handleChannelEvent(message: {event: string; data: unknown}): void {
        const change = channelChangeOf(message.event, message.data);
        if (!change) {
            return;
        }
        const channelId = change.kind === 'updated' ? change.channel.id : change.channelId;
        for (const t of registry.teams()) {
            const place = t.place;
            if (t.channelId !== channelId || place === null) {
                continue;
            }
            switch (change.kind) {
            case 'updated':
                t.place = {...place, name: change.channel.name, displayName: change.channel.displayName};
                break;
            case 'archived':
                t.place = {...place, archivedAt: change.at};
                break;
            case 'restored':
                t.place = {...place, archivedAt: 0};
                // An archived tracker is read without joining it: join now, for its live events.
                void joinUnlessMember(channelId).catch(() => undefined);
                break;
            }
            registry.publish(t);
        }
    }

    return {
        connect, establish, rejoin: (channelId) => storage.ensureMember(channelId), forget, fail, unwritable, handleChannelEvent,
    };
}
