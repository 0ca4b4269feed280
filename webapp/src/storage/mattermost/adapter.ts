// The event log on a stock Mattermost server: the team's public tracker channel, one post per event.
// The only module in webapp/src that talks to the REST API (lint enforces it).
import {z} from 'zod/mini';

import {EVENT_PROP, POST_TYPE, type OnboardEvent} from '../../domain/events';
import type {LogEntry} from '../../domain/log';
import {ChannelListSchema, ChannelSchema, toTrackerChannel, type Channel} from '../channels';
import {
    StorageError, TRACKER_CHANNEL_NAME, TRACKER_DISPLAY_NAME, TRACKER_PURPOSE, pendingPostId,
    type AppendOptions, type DeletedPost, type EventLogStorage, type LoadResult, type ReadProgress, type TrackerChannel, type UserSummary,
} from '../port';
import {PostListSchema, PostSchema, eventPostMessage, isTrackerPost, toLogEntry} from '../posts';
import {readChangesSince, readDeleted, readWholeLog, type ChannelReader} from '../read_log';
import {UserProfileSchema, toUserSummary} from '../users';

import {webappClient, type ApiClient} from './api_client';
import {request, type HttpDeps} from './http';

export interface MattermostStorageOptions {
    /** The server's site URL (it may have a subpath); '' sends same-origin relative /api/v4 requests. */
    readonly siteUrl: string;
    readonly currentUserId: () => string;
    /** Defaults to the webapp's own requests (api_client.ts). Tests pass a real Client4 per user. */
    readonly client?: ApiClient;
    readonly timeoutMs?: number;
}

export {PAGE_SIZE, SINCE_CAP} from '../read_log';

const ChannelMemberSchema = z.object({channel_id: z.string(), user_id: z.string()});
const ChannelMemberListSchema = z.array(ChannelMemberSchema);
const UsersSchema = z.array(UserProfileSchema);
const AutocompleteSchema = z.object({users: UsersSchema});

/** Channel lists are read 200 at a time (the server's cap); this many pages is far beyond any real team. */
const CHANNEL_PAGE = 200;
const MAX_CHANNEL_PAGES = 100;

function query(params: Record<string, string | number | boolean>): string {
    return '?' + Object.entries(params).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join('&');
}

export function createMattermostStorage(options: MattermostStorageOptions): EventLogStorage {
    const client = options.client ?? webappClient();
    client.setUrl(options.siteUrl.replace(/\/+$/, ''));
    const http: HttpDeps = {client, timeoutMs: options.timeoutMs ?? 15000};
    /**
     * total_msg_count of the channels last looked up (the session looks the tracker up before it
     * reads it): how many pages a whole read can ask for at once.
     */
    const postCounts = new Map<string, number>();

    function tracked(channel: Channel): TrackerChannel {
        if (channel.total_msg_count !== undefined) {
            postCounts.set(channel.id, channel.total_msg_count);
        }
        return toTrackerChannel(channel);
    }

    async function findTracker(teamId: string): Promise<TrackerChannel | null> {
        try {
            // Archived channels are found by name only with include_deleted (api4/channel.go getChannelByName);
            // an archived tracker is still the tracker, readable, and still holds the name.
            const url = `${client.getTeamRoute(teamId)}/channels/name/${TRACKER_CHANNEL_NAME}${query({include_deleted: true})}`;
            return tracked(await request(http, 'find', 'get', url, ChannelSchema));
        } catch (error) {
            if (error instanceof StorageError && error.kind === 'not-found') {
                return null;
            }
            throw error;
        }
    }

    async function channelById(channelId: string): Promise<TrackerChannel | null> {
        try {
            return tracked(await request(http, 'find', 'get', client.getChannelRoute(channelId), ChannelSchema));
        } catch (error) {
            // Gone, or made private and closed to us: either way it is not a tracker this user can use.
            if (error instanceof StorageError && (error.kind === 'not-found' || error.kind === 'forbidden')) {
                return null;
            }
            throw error;
        }
    }

    async function everyPage(url: string): Promise<TrackerChannel[]> {
        const channels: TrackerChannel[] = [];
        for (let page = 0; page < MAX_CHANNEL_PAGES; page++) {
            const list = await request(http, 'find', 'get', `${url}${query({page, per_page: CHANNEL_PAGE})}`, ChannelListSchema);
            channels.push(...list.map(toTrackerChannel));
            if (list.length < CHANNEL_PAGE) {
                break;
            }
        }
        return channels;
    }

    async function channelsWithTrackerPurpose(teamId: string): Promise<TrackerChannel[]> {
        // getPublicChannelsForTeam lists the live public channels; getDeletedChannelsForTeam the
        // archived public ones and the archived private ones the user is in (list_team_channels).
        const live = await everyPage(`${client.getTeamRoute(teamId)}/channels`);
        const archived = await everyPage(`${client.getTeamRoute(teamId)}/channels/deleted`);
        return [...live, ...archived].filter((channel) => channel.isPublic && channel.purpose === TRACKER_PURPOSE);
    }

    async function holdsTrackerPosts(channelId: string): Promise<boolean> {
        const list = await request(http, 'find', 'get', postsUrl(channelId, {page: 0, per_page: CHANNEL_PAGE}), PostListSchema);
        return Object.values(list.posts).some(isTrackerPost);
    }

    async function createTracker(teamId: string): Promise<TrackerChannel> {
        const body = {team_id: teamId, name: TRACKER_CHANNEL_NAME, display_name: TRACKER_DISPLAY_NAME, purpose: TRACKER_PURPOSE, type: 'O'};
        try {
            return toTrackerChannel(await request(http, 'create', 'post', client.getChannelsRoute(), ChannelSchema, body));
        } catch (error) {
            // Two people set up at once: the second create fails on the name; theirs is the tracker.
            if (error instanceof StorageError && error.status === 400 && /exists/.test(error.serverId)) {
                const existing = await findTracker(teamId);
                if (existing) {
                    return existing;
                }
            }
            throw error;
        }
    }

    async function ensureMember(channelId: string): Promise<void> {
        const userId = options.currentUserId();
        try {
            await request(http, 'join', 'get', client.getChannelMemberRoute(channelId, userId), ChannelMemberSchema);
            return;
        } catch (error) {
            if (!(error instanceof StorageError) || (error.kind !== 'not-found' && error.kind !== 'forbidden')) {
                throw error;
            }
        }
        await request(http, 'join', 'post', client.getChannelMembersRoute(channelId), ChannelMemberSchema, {user_id: userId, channel_id: channelId});
    }

    async function membersAmong(channelId: string, userIds: readonly string[]): Promise<string[]> {
        // The server refuses an empty list (400 user_ids): nobody asked about, nobody a member.
        if (userIds.length === 0) {
            return [];
        }
        const members = await request(http, 'members', 'post', `${client.getChannelMembersRoute(channelId)}/ids`, ChannelMemberListSchema, userIds);
        return members.map((member) => member.user_id);
    }

    async function addMember(channelId: string, userId: string): Promise<void> {
        // One user a request: with user_ids the server skips whoever fails and says nothing of why.
        await request(http, 'members', 'post', client.getChannelMembersRoute(channelId), ChannelMemberSchema, {user_id: userId});
    }

    function postsUrl(channelId: string, params: Record<string, string | number | boolean>): string {
        return `${client.getChannelRoute(channelId)}/posts${query({...params, skipFetchThreads: true, collapsedThreads: false})}`;
    }

    function reader(channelId: string): ChannelReader {
        return {
            page: (page, perPage, includeDeleted) => request(http, 'load', 'get', postsUrl(channelId, {page, per_page: perPage, ...(includeDeleted ? {include_deleted: true} : {})}), PostListSchema),
            since: (since) => request(http, 'load', 'get', postsUrl(channelId, {since}), PostListSchema),
        };
    }

    const loadAll = (channelId: string, progress?: ReadProgress): Promise<LoadResult> => readWholeLog(reader(channelId), postCounts.get(channelId), progress);
    const loadSince = (channelId: string, since: number): Promise<LoadResult> => readChangesSince(reader(channelId), since, postCounts.get(channelId));
    const loadDeleted = (channelId: string): Promise<DeletedPost[]> => readDeleted(reader(channelId));

    async function append(channelId: string, event: OnboardEvent, appendOptions: AppendOptions): Promise<LogEntry> {
        const body = {
            channel_id: channelId,
            root_id: appendOptions.rootId,
            message: eventPostMessage(appendOptions.message, event),
            type: POST_TYPE,
            props: {[EVENT_PROP]: event},
            pending_post_id: pendingPostId(options.currentUserId(), event.id),
        };
        const post = await request(http, 'append', 'post', client.getPostsRoute(), PostSchema, body);
        if (!isTrackerPost(post) || post.channel_id !== channelId) {
            throw new StorageError({kind: 'server', operation: 'append', status: 201, message: 'append failed: the server answered with a different post'});
        }
        return toLogEntry(post);
    }

    async function byIds(ids: readonly string[]): Promise<UserSummary[]> {
        if (ids.length === 0) {
            return [];
        }
        return (await request(http, 'users', 'post', `${client.getUsersRoute()}/ids`, UsersSchema, ids)).map(toUserSummary);
    }

    async function byUsernames(usernames: readonly string[]): Promise<UserSummary[]> {
        if (usernames.length === 0) {
            return [];
        }
        return (await request(http, 'users', 'post', `${client.getUsersRoute()}/usernames`, UsersSchema, usernames)).map(toUserSummary);
    }

    async function autocomplete(term: string, teamId?: string): Promise<UserSummary[]> {
        const params = {name: term, limit: 25, ...(teamId ? {in_team: teamId} : {})};
        const answer = await request(http, 'users', 'get', `${client.getUsersRoute()}/autocomplete${query(params)}`, AutocompleteSchema);
        return answer.users.map(toUserSummary);
    }

    return {
        findTracker, channelById, channelsWithTrackerPurpose, holdsTrackerPosts, createTracker, ensureMember, membersAmong, addMember,
        loadAll, loadSince, loadDeleted, append, users: {byIds, byUsernames, autocomplete},
    };
}
