// The tracker channel's lifecycle: finding it, creating it, joining it, and forgetting it when it
// turns out to be gone. The only module that asks the server where the tracker is or joins it;
// reading what is in it is sync's job.
import {isStorageError, type EventLogStorage, type StorageOperation} from '../../storage/port';
import {withRetry, type RetryPolicy} from '../../storage/retry';
import type {UserError} from '../types';
import {toUserError} from '../user_errors';

import type {SetupResult} from './results';
import type {Team, TeamRegistry} from './team';

export interface TrackerChannelDeps {
    readonly storage: Pick<EventLogStorage, 'findTracker' | 'createTracker' | 'ensureMember'>;
    readonly registry: Pick<TeamRegistry, 'publish'>;
    readonly retry: RetryPolicy;
    /** Whether the host already holds this user's membership of the channel. */
    readonly isMember?: ((channelId: string) => boolean) | undefined;
}

export interface TrackerChannel {
    /**
     * Finds the team's tracker and joins it; on success t.channelId is set and its id returned. On
     * null the team says why (missing, or the error), not yet published.
     */
    connect(t: Team): Promise<string | null>;
    /** Finds the tracker or creates it, and joins it; on failure the team shows the error, published. */
    establish(t: Team): Promise<SetupResult>;
    /** Joins again after the user was removed from the channel (it is public). */
    rejoin(channelId: string): Promise<void>;
    /** The tracker was deleted under us: the next open looks for (or sets up) a new one. */
    forget(t: Team): void;
    /** Shows a failed request on the team's view; a tracker found gone is forgotten. */
    fail(t: Team, error: unknown, operation: StorageOperation): UserError;
}

export function createTrackerChannel(deps: TrackerChannelDeps): TrackerChannel {
    const {storage, registry, retry} = deps;

    // Members get the tracker's websocket events; reading alone would not need it.
    async function joinUnlessMember(channelId: string): Promise<void> {
        if (deps.isMember?.(channelId) !== true) {
            await withRetry(() => storage.ensureMember(channelId), retry);
        }
    }

    function forget(t: Team): void {
        t.channelId = null;
        t.log.loaded = false;
        t.status = 'missing';
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

    async function connect(t: Team): Promise<string | null> {
        let stage: StorageOperation = 'find';
        try {
            const channel = await withRetry(() => storage.findTracker(t.id), retry);
            if (!channel) {
                t.channelId = null;
                t.status = 'missing';
                t.error = null;
                return null;
            }
            stage = 'join';
            await joinUnlessMember(channel.id);
            t.channelId = channel.id;
            return channel.id;
        } catch (error) {
            fail(t, error, stage);
            return null;
        }
    }

    async function establish(t: Team): Promise<SetupResult> {
        let stage: StorageOperation = 'find';
        try {
            let channel = await withRetry(() => storage.findTracker(t.id), retry);
            const created = channel === null;
            if (!channel) {
                stage = 'create';
                channel = await storage.createTracker(t.id);
            }
            stage = 'join';
            await joinUnlessMember(channel.id);
            t.channelId = channel.id;
            return {ok: true, channelId: channel.id, created};
        } catch (error) {
            if (stage === 'join') {
                return {ok: false, error: fail(t, error, stage)};
            }
            // Nothing changed on the server: the tracker is still missing, and the reason is shown with it.
            const userError = toUserError(error, stage);
            t.status = t.channelId ? t.status : 'missing';
            t.error = userError;
            registry.publish(t);
            return {ok: false, error: userError};
        }
    }

    return {connect, establish, rejoin: (channelId) => storage.ensureMember(channelId), forget, fail};
}
