// The event-log port over MemoryMattermost, as one signed-in user. Same semantics as the
// Mattermost adapter (the contract suite runs against both), no network.
import {EVENT_PROP, POST_TYPE, type OnboardEvent} from '../../../domain/events';
import type {LogEntry} from '../../../domain/log';
import {kindOfStatus} from '../../http_errors';
import {
    StorageError, TRACKER_CHANNEL_NAME, TRACKER_DISPLAY_NAME, TRACKER_PURPOSE, pendingPostId,
    type AppendOptions, type DeletedPost, type EventLogStorage, type LoadResult, type ReadProgress, type StorageOperation, type TrackerChannel, type UserSummary,
} from '../../port';
import {eventPostMessage, isTrackerPost, toLogEntry} from '../../posts';
import {readChangesSince, readDeleted, readWholeLog, type ChannelReader} from '../../read_log';
import {toUserSummary} from '../../users';

import {MemoryServerError, type MemoryChannel, type MemoryMattermost} from './server';

function toTrackerChannel(channel: MemoryChannel): TrackerChannel {
    return {
        id: channel.id, teamId: channel.team_id, name: channel.name, displayName: channel.display_name,
        isPublic: channel.type === 'O', creatorId: channel.creator_id, purpose: channel.purpose, deleteAt: channel.delete_at,
    };
}

/** As the Mattermost adapter reads channel lists: 200 a page. */
const CHANNEL_PAGE = 200;


export function createMemoryStorage(server: MemoryMattermost, userId: string): EventLogStorage {
    /** Runs one "request": injected faults first, then the server, with its errors mapped as HTTP ones are. */
    async function call<T>(operation: StorageOperation, run: () => T): Promise<T> {
        await Promise.resolve();
        const fault = server.takeFault(operation);
        if (fault && !fault.afterCommit) {
            throw faultError(operation, fault.status, fault.serverId ?? '', fault.retryAfterMs ?? null);
        }
        try {
            const result = run();
            if (fault) {
                throw faultError(operation, fault.status, fault.serverId ?? '', fault.retryAfterMs ?? null);
            }
            return result;
        } catch (error) {
            if (error instanceof MemoryServerError) {
                throw faultError(operation, error.status, error.serverId, error.retryAfterMs);
            }
            throw error;
        }
    }

    /** As the Mattermost adapter keeps total_msg_count of the channels it looked up: the live posts then. */
    const postCounts = new Map<string, number>();

    function tracked(channel: MemoryChannel): TrackerChannel {
        try {
            postCounts.set(channel.id, server.channelPosts(channel.id, userId).filter((post) => (post.delete_at ?? 0) === 0).length);
        } catch {
            // Seen but not readable (a private channel this user is not in): nothing to read either.
        }
        return toTrackerChannel(channel);
    }

    async function findTracker(teamId: string): Promise<TrackerChannel | null> {
        return call('find', () => {
            // include_deleted: archived channels too; a private one the user cannot read is "missing", as getChannelByName says.
            const channel = server.channelByName(teamId, TRACKER_CHANNEL_NAME);
            return channel && server.canSeeChannel(channel, userId) ? tracked(channel) : null;
        });
    }

    async function channelById(channelId: string): Promise<TrackerChannel | null> {
        return call('find', () => {
            const channel = server.channel(channelId);
            return channel && server.canSeeChannel(channel, userId) ? tracked(channel) : null;
        });
    }

    async function channelsWithTrackerPurpose(teamId: string): Promise<TrackerChannel[]> {
        const everyPage = async (list: (page: number) => MemoryChannel[]): Promise<MemoryChannel[]> => {
            const all: MemoryChannel[] = [];
            for (let page = 0; ; page++) {
                const channels = await call('find', () => list(page));
                all.push(...channels);
                if (channels.length < CHANNEL_PAGE) {
                    return all;
                }
            }
        };
        const live = await everyPage((page) => server.publicChannels(teamId, page, CHANNEL_PAGE));
        const archived = await everyPage((page) => server.deletedChannels(teamId, userId, page, CHANNEL_PAGE));
        return [...live, ...archived].filter((channel) => channel.type === 'O' && channel.purpose === TRACKER_PURPOSE).map(toTrackerChannel);
    }

    async function holdsTrackerPosts(channelId: string): Promise<boolean> {
        return call('find', () => Object.values(server.getPosts(channelId, userId, 0, CHANNEL_PAGE).posts).some(isTrackerPost));
    }

    async function createTracker(teamId: string): Promise<TrackerChannel> {
        return call('create', () => {
            try {
                return toTrackerChannel(server.createChannel(userId, {
                    team_id: teamId, name: TRACKER_CHANNEL_NAME, display_name: TRACKER_DISPLAY_NAME, purpose: TRACKER_PURPOSE, type: 'O',
                }));
            } catch (error) {
                // Two people set up at once: the second create fails on the name; theirs is the tracker (the caller judges it).
                const existing = server.channelByName(teamId, TRACKER_CHANNEL_NAME);
                if (error instanceof MemoryServerError && error.status === 400 && existing && server.canSeeChannel(existing, userId)) {
                    return toTrackerChannel(existing);
                }
                throw error;
            }
        });
    }

    async function ensureMember(channelId: string): Promise<void> {
        return call('join', () => {
            if (!server.isMember(channelId, userId)) {
                server.join(channelId, userId);
            }
        });
    }

    async function membersAmong(channelId: string, userIds: readonly string[]): Promise<string[]> {
        return userIds.length === 0 ? [] : call('members', () => server.membersAmong(userId, channelId, userIds));
    }

    async function addMember(channelId: string, memberId: string): Promise<void> {
        return call('members', () => server.addMember(userId, channelId, memberId));
    }

    // Read through the server's pages and `since` answers with the Mattermost adapter's algorithm
    // (read_log.ts), so both face the same server rules (ties in any order, deleted rows and
    // edit-history copies in `since`).
    function reader(channelId: string): ChannelReader {
        return {
            page: (page, perPage, includeDeleted) => call('load', () => server.getPosts(channelId, userId, page, perPage, includeDeleted)),
            since: (since) => call('load', () => server.getPostsSince(channelId, userId, since)),
        };
    }

    const loadAll = (channelId: string, progress?: ReadProgress): Promise<LoadResult> => readWholeLog(reader(channelId), postCounts.get(channelId), progress);
    const loadSince = (channelId: string, since: number): Promise<LoadResult> => readChangesSince(reader(channelId), since, postCounts.get(channelId));
    const loadDeleted = (channelId: string): Promise<DeletedPost[]> => readDeleted(reader(channelId));

    async function append(channelId: string, event: OnboardEvent, options: AppendOptions): Promise<LogEntry> {
        return call('append', () => toLogEntry(server.createPost(userId, {
            channel_id: channelId, root_id: options.rootId, message: eventPostMessage(options.message, event), type: POST_TYPE,
            props: {[EVENT_PROP]: event}, pending_post_id: pendingPostId(userId, event.id),
        })));
    }

    const users = {
        byIds: (ids: readonly string[]): Promise<UserSummary[]> => call('users', () =>
            ids.flatMap((id) => {
                const user = server.user(id);
                return user ? [toUserSummary(user)] : [];
            })),
        byUsernames: (names: readonly string[]): Promise<UserSummary[]> => call('users', () =>
            server.allUsers().filter((user) => names.includes(user.username)).map(toUserSummary)),
        autocomplete: (term: string): Promise<UserSummary[]> => call('users', () => {
            const prefix = term.toLowerCase();
            return server.allUsers()
                .filter((user) => [user.username, user.first_name ?? '', user.last_name ?? ''].some((name) => name.toLowerCase().startsWith(prefix)))
                .map(toUserSummary);
        }),
    };

    return {findTracker, channelById, channelsWithTrackerPurpose, holdsTrackerPosts, createTracker, ensureMember, membersAmong, addMember, loadAll, loadSince, loadDeleted, append, users};
}

function faultError(operation: StorageOperation, status: number, serverId: string, retryAfterMs: number | null): StorageError {
    if (status === 0) {
        return new StorageError({kind: 'network', operation, status: 0, message: `${operation} failed: the server could not be reached`});
    }
    return new StorageError({kind: kindOfStatus(status, serverId), operation, status, serverId, retryAfterMs, message: `${operation} failed: HTTP ${status} ${serverId}`});
}
