// The event-log port: what the state layer needs from wherever the tracker channel lives.
// Two adapters implement it with the same semantics (storage/mattermost over the REST API, and
// storage/testing/memory for tests); storage/testing/contract.ts holds the one suite both must pass.
import type {OnboardEvent} from '../domain/events';
import type {LogEntry} from '../domain/log';

export const TRACKER_CHANNEL_NAME = 'plugin-onboarding';
export const TRACKER_DISPLAY_NAME = 'Plugin Onboarding';
export const TRACKER_PURPOSE =
    'Tracks plugins through the Community server onboarding process. Every post here is one recorded step, ' +
    'written by the plugin-onboard plugin: use /plugin-onboard or the Plugin Onboarding panel rather than posting by hand.';

/** A channel as the tracker's lifecycle needs to judge it: whether it may serve as the team's tracker, and where it is. */
export interface TrackerChannel {
    readonly id: string;
    readonly teamId: string;
    /** The URL name; members of a public channel may change it (manage_public_channel_properties). */
    readonly name: string;
    readonly displayName: string;
    /** Only a public channel can be the tracker: every team member must be able to read and join it. */
    readonly isPublic: boolean;
    /** Who created it ('' for channels the server made): only a system admin's channel is trusted as the tracker. */
    readonly creatorId: string;
    readonly purpose: string;
    /** When it was archived; 0 while it is live. Archived channels stay readable and take no posts. */
    readonly deleteAt: number;
}

export interface LoadResult {
    /** 'full': entries are the whole log (replace what you hold); 'delta': entries created or edited since the cursor. */
    readonly kind: 'full' | 'delta';
    readonly entries: readonly LogEntry[];
    /** Posts deleted since the cursor: drop them from the log. Always empty for 'full'. */
    readonly deletedPostIds: readonly string[];
    /** Tracker posts this read saw deleted, as the server keeps them: what a client can report (integrity.reported). */
    readonly tombstones: readonly LogEntry[];
    /** Pass back to loadSince. Opaque to callers (a server time in ms). */
    readonly cursor: number;
}

/** A server copy of a deleted or rewritten tracker post, read by a system admin to restore it. */
/** What a whole read tells its caller while it is still reading (loadAll). */
export interface ReadProgress {
    /**
     * The authors of the pages' tracker posts, once the pages are in and as the catch-up goes out:
     * the fold needs to know which of them are system admins, and asking beside the catch-up takes
     * that round trip off the end of the read.
     */
    authors(userIds: readonly string[]): void;
}

export interface DeletedPost {
    /** The post as the copy holds it, under the id of the post it is a copy of. */
    readonly entry: LogEntry;
    /** An earlier version Mattermost kept when the post was edited (the post itself may still be there). */
    readonly earlierVersion: boolean;
    readonly deleteAt: number;
}

export interface AppendOptions {
    /** '' for a root post (registrations, policy); the plugin's registration post id for everything else. */
    readonly rootId: string;
    /** The readable text mobile and plugin-less clients show; the adapter adds the event's seal after it. */
    readonly message: string;
}

export interface UserSummary {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly isSystemAdmin: boolean;
}

export interface UsersPort {
    byIds(ids: readonly string[]): Promise<UserSummary[]>;
    byUsernames(usernames: readonly string[]): Promise<UserSummary[]>;
    /** Users whose username or name starts with term; limited to the team when one is given. */
    autocomplete(term: string, teamId?: string): Promise<UserSummary[]>;
}

export interface EventLogStorage {
    /**
     * The team's channel named plugin-onboarding, archived or not, whoever made it (the caller judges
     * whether it is the tracker); null when there is none this user can see.
     */
    findTracker(teamId: string): Promise<TrackerChannel | null>;
    /** A channel by id, archived or not; null when it is gone or this user may not read it. */
    channelById(channelId: string): Promise<TrackerChannel | null>;
    /**
     * The team's public channels, live and archived, whose purpose is the tracker's (every page of
     * both lists): where a renamed tracker can be found. Live ones first.
     */
    channelsWithTrackerPurpose(teamId: string): Promise<TrackerChannel[]>;
    /** Whether the newest page of the channel holds a post of the plugin's type. */
    holdsTrackerPosts(channelId: string): Promise<boolean>;
    /** Creates the public tracker channel; when someone else just created it, returns theirs. */
    createTracker(teamId: string): Promise<TrackerChannel>;
    /** Joins the channel unless already a member: reading and live events need membership. */
    ensureMember(channelId: string): Promise<void>;
    /** Which of these users are members of the channel, in one request (anyone who may read it may ask). */
    membersAmong(channelId: string, userIds: readonly string[]): Promise<string[]>;
    /**
     * Adds someone else to the channel (a member of a public channel may; Mattermost then notifies
     * them of mentions there). Already a member: nothing changes. Fails with the server's reason:
     * not on the channel's team is `not-found` (app.team.get_member.missing.app_error) or `invalid`
     * (api.channel.add_user.to.channel.failed.deleted.app_error, they left it).
     */
    addMember(channelId: string, userId: string): Promise<void>;
    /** Every post of the channel; `progress` hears about it while the read goes on. */
    loadAll(channelId: string, progress?: ReadProgress): Promise<LoadResult>;
    loadSince(channelId: string, cursor: number): Promise<LoadResult>;
    /** The server's copies of deleted and rewritten tracker posts (include_deleted: system admins only). */
    loadDeleted(channelId: string): Promise<DeletedPost[]>;
    /**
     * One post per event. Safe to call again with the same event after any failure: the post is
     * keyed by `<user id>:<event id>` (pending_post_id), so a retry returns the first post instead of
     * writing a second.
     */
    append(channelId: string, event: OnboardEvent, options: AppendOptions): Promise<LogEntry>;
    readonly users: UsersPort;
}

export type StorageErrorKind =
    | 'unauthorized' // 401: no or expired session
    | 'forbidden' //    403: a permission is missing
    | 'not-found' //    404: the channel (or post) is gone
    | 'too-large' //    413, or 400 naming a size limit
    | 'rate-limited' // 429
    | 'server' //       5xx, or a response that is not what Mattermost sends
    | 'network' //      no response at all (offline, timeout)
    | 'invalid'; //     400 for any other reason

export type StorageOperation = 'find' | 'create' | 'join' | 'load' | 'append' | 'users' | 'commands' | 'members';

export class StorageError extends Error {
    readonly kind: StorageErrorKind;
    readonly operation: StorageOperation;
    /** HTTP status; 0 when no response arrived. */
    readonly status: number;
    /** Mattermost's error id, e.g. api.context.permissions.app_error; '' when none was sent. */
    readonly serverId: string;
    /** How long the server asked us to wait (429 Retry-After), in ms; null when it did not say. */
    readonly retryAfterMs: number | null;

    constructor(init: {kind: StorageErrorKind; operation: StorageOperation; status: number; serverId?: string; retryAfterMs?: number | null; message: string}) {
        super(init.message);
        this.name = 'StorageError';
        this.kind = init.kind;
        this.operation = init.operation;
        this.status = init.status;
        this.serverId = init.serverId ?? '';
        this.retryAfterMs = init.retryAfterMs ?? null;
    }

    /** Whether trying the same request again may succeed. */
    get transient(): boolean {
        return this.kind === 'server' || this.kind === 'network' || this.kind === 'rate-limited';
    }
}

export function isStorageError(value: unknown): value is StorageError {
    return value instanceof StorageError;
}

/** The webapp's own pending_post_id format is `<user id>:<something unique>`; the event id makes it stable across retries. */
export function pendingPostId(userId: string, eventId: string): string {
    return `${userId}:${eventId}`;
}
