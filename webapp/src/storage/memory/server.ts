// A Mattermost in memory, just the part the event log touches, with the server's semantics:
// ids and times set by the server, pending_post_id dedupe, edits (author only), deletes, `since`,
// size limits, membership, and websocket-style post events to channel members. Used by the
// in-memory adapter for fast tests of the state and command layers.
import type {StorageOperation} from '../port';
import type {Post} from '../posts';
import type {UserProfile} from '../users';

export interface WebSocketMessage {
    readonly event: string;
    readonly data: unknown;
    readonly broadcast: {readonly channel_id: string};
}

export interface MemoryChannel {
    id: string;
    team_id: string;
    name: string;
    display_name: string;
    purpose: string;
    type: 'O' | 'P';
    delete_at: number;
}

export type FaultOperation = StorageOperation;

export interface Fault {
    /** HTTP status to answer with; 0 = no answer (network failure). */
    readonly status: number;
    readonly serverId?: string;
    readonly retryAfterMs?: number;
    /** For appends: write the post, then lose the answer (a timeout after the server committed). */
    readonly afterCommit?: boolean;
}

export class MemoryServerError extends Error {
    constructor(readonly status: number, readonly serverId: string, readonly retryAfterMs: number | null = null) {
        super(`HTTP ${status} ${serverId}`);
    }
}

const MESSAGE_LIMIT = 16383;
const PROPS_LIMIT = 800000;

export class MemoryMattermost {
    private readonly users = new Map<string, UserProfile>();
    private readonly channels = new Map<string, MemoryChannel>();
    private readonly members = new Map<string, Set<string>>();
    private readonly posts = new Map<string, Post>();
    private readonly pending = new Map<string, string>();
    private readonly listeners = new Map<string, Set<(message: WebSocketMessage) => void>>();
    private readonly faults = new Map<FaultOperation, Fault[]>();
    private readonly noChannelCreation = new Set<string>();
    private counter = 0;
    private lastTime = 0;

    constructor(private readonly clock: () => number = Date.now) {}

    newId(): string {
        this.counter += 1;
        const tail = this.counter.toString(36).padStart(8, '0');
        let head = '';
        while (head.length < 18) {
            head += Math.floor(Math.random() * 36).toString(36);
        }
        return head + tail;
    }

    /** Server time, never going backwards (several posts may share a millisecond, like the real one). */
    now(): number {
        this.lastTime = Math.max(this.lastTime, this.clock());
        return this.lastTime;
    }

    addUser(username: string, options: {systemAdmin?: boolean; firstName?: string; lastName?: string} = {}): string {
        const id = this.newId();
        this.users.set(id, {
            id, username, first_name: options.firstName ?? '', last_name: options.lastName ?? '',
            roles: options.systemAdmin ? 'system_user system_admin' : 'system_user', delete_at: 0,
        });
        return id;
    }

    forbidChannelCreation(userId: string): void {
        this.noChannelCreation.add(userId);
    }

    /** The next `times` requests of this kind answer with the fault instead. */
    fail(operation: FaultOperation, fault: Fault, times = 1): void {
        const queue = this.faults.get(operation) ?? [];
        for (let i = 0; i < times; i++) {
            queue.push(fault);
        }
        this.faults.set(operation, queue);
    }

    clearFaults(): void {
        this.faults.clear();
    }

    takeFault(operation: FaultOperation): Fault | null {
        return this.faults.get(operation)?.shift() ?? null;
    }

    user(id: string): UserProfile | null {
        return this.users.get(id) ?? null;
    }

    allUsers(): UserProfile[] {
        return [...this.users.values()];
    }

    channelByName(teamId: string, name: string): MemoryChannel | null {
        for (const channel of this.channels.values()) {
            if (channel.team_id === teamId && channel.name === name) {
                return channel;
            }
        }
        return null;
    }

    createChannel(userId: string, init: Omit<MemoryChannel, 'id' | 'delete_at'>): MemoryChannel {
        if (this.noChannelCreation.has(userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        if (this.channelByName(init.team_id, init.name)) {
            throw new MemoryServerError(400, 'store.sql_channel.save_channel.exists.app_error');
        }
        const channel: MemoryChannel = {...init, id: this.newId(), delete_at: 0};
        this.channels.set(channel.id, channel);
        this.members.set(channel.id, new Set([userId]));
        return channel;
    }

    archiveChannel(channelId: string): void {
        const channel = this.channels.get(channelId);
        if (channel) {
            channel.delete_at = this.now();
        }
    }

    /** Gone for good (a purge): requests naming it answer 404. */
    removeChannel(channelId: string): void {
        this.channels.delete(channelId);
        this.members.delete(channelId);
    }

    private liveChannel(channelId: string): MemoryChannel {
        const channel = this.channels.get(channelId);
        if (!channel) {
            throw new MemoryServerError(404, 'app.channel.get.existing.app_error');
        }
        return channel;
    }

    isMember(channelId: string, userId: string): boolean {
        this.liveChannel(channelId);
        return this.members.get(channelId)?.has(userId) ?? false;
    }

    join(channelId: string, userId: string): void {
        const channel = this.liveChannel(channelId);
        if (channel.type !== 'O' && !this.isMember(channelId, userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        this.members.get(channelId)?.add(userId);
    }

    private readableChannel(channelId: string, userId: string): MemoryChannel {
        const channel = this.liveChannel(channelId);
        if (channel.type !== 'O' && !this.isMember(channelId, userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        return channel;
    }

    createPost(userId: string, init: {channel_id: string; root_id: string; message: string; type: string; props: Record<string, unknown>; pending_post_id: string}): Post {
        const channel = this.channels.get(init.channel_id);
        // Like Mattermost, a missing channel and a channel you are not in look the same: no create_post permission.
        if (!channel || !this.isMember(channel.id, userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        if (channel.delete_at > 0) {
            throw new MemoryServerError(400, 'api.post.create_post.can_not_post_to_deleted.error');
        }
        const key = `${init.pending_post_id}`;
        const seen = init.pending_post_id ? this.pending.get(key) : undefined;
        const existing = seen === undefined ? undefined : this.posts.get(seen);
        if (existing) {
            return existing;
        }
        if ([...init.message].length > MESSAGE_LIMIT) {
            throw new MemoryServerError(400, 'model.post.is_valid.message_length.app_error');
        }
        if ([...JSON.stringify(init.props)].length > PROPS_LIMIT) {
            throw new MemoryServerError(400, 'model.post.is_valid.props.app_error');
        }
        if (init.type !== '' && !init.type.startsWith('custom_')) {
            throw new MemoryServerError(400, 'api.context.invalid_param.app_error');
        }
        if (init.root_id) {
            const root = this.posts.get(init.root_id);
            if (!root || root.channel_id !== channel.id || root.root_id || (root.delete_at ?? 0) > 0) {
                throw new MemoryServerError(400, 'api.post.create_post.root_id.app_error');
            }
        }
        const now = this.now();
        const post: Post = {
            id: this.newId(), create_at: now, update_at: now, edit_at: 0, delete_at: 0,
            user_id: userId, channel_id: channel.id, root_id: init.root_id, type: init.type,
            message: init.message, props: structuredClone(init.props), pending_post_id: init.pending_post_id,
        };
        this.posts.set(post.id, post);
        if (init.pending_post_id) {
            this.pending.set(key, post.id);
        }
        this.broadcast('posted', post);
        return post;
    }

    /** PUT /posts/{id}/patch: the author only (plain members lack edit_others_posts); props are replaced whole. */
    patchPost(userId: string, postId: string, patch: {message?: string; props?: Record<string, unknown>}): Post {
        const post = this.posts.get(postId);
        if (!post || (post.delete_at ?? 0) > 0) {
            throw new MemoryServerError(404, 'app.post.get.app_error');
        }
        if (post.user_id !== userId) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        const now = this.now();
        const edited: Post = {...post, message: patch.message ?? post.message ?? '', props: structuredClone(patch.props ?? post.props ?? {}), edit_at: now, update_at: now};
        this.posts.set(postId, edited);
        this.broadcast('post_edited', edited);
        return edited;
    }

    deletePost(userId: string, postId: string): void {
        const post = this.posts.get(postId);
        if (!post || (post.delete_at ?? 0) > 0) {
            throw new MemoryServerError(404, 'app.post.get.app_error');
        }
        if (post.user_id !== userId) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        const now = this.now();
        const deleted: Post = {...post, delete_at: now, update_at: now, message: '', props: {}};
        this.posts.set(postId, deleted);
        // Like Mattermost's post store: a root takes its thread's replies with it (one event, for the root).
        for (const reply of this.posts.values()) {
            if (reply.root_id === postId && (reply.delete_at ?? 0) === 0) {
                this.posts.set(reply.id, {...reply, delete_at: now, update_at: now, message: '', props: {}});
            }
        }
        this.broadcast('post_deleted', deleted);
    }

    /** Every post of the channel, deleted ones included, newest first. */
    channelPosts(channelId: string, userId: string): Post[] {
        this.readableChannel(channelId, userId);
        return [...this.posts.values()]
            .filter((post) => post.channel_id === channelId)
            .sort((a, b) => (b.create_at - a.create_at) || (a.id < b.id ? 1 : -1));
    }

    post(postId: string): Post | null {
        return this.posts.get(postId) ?? null;
    }

    /** Websocket: post events go to the channel's members, as the real server does. */
    subscribe(userId: string, listener: (message: WebSocketMessage) => void): () => void {
        const set = this.listeners.get(userId) ?? new Set();
        set.add(listener);
        this.listeners.set(userId, set);
        return () => set.delete(listener);
    }

    /** Sends a post's event again, as a reconnecting or duplicating socket would. */
    redeliver(postId: string): void {
        const post = this.posts.get(postId);
        if (post) {
            this.broadcast('posted', post);
        }
    }

    private broadcast(event: 'posted' | 'post_edited' | 'post_deleted', post: Post): void {
        const message: WebSocketMessage = {event, data: {post: JSON.stringify(post)}, broadcast: {channel_id: post.channel_id}};
        for (const userId of this.members.get(post.channel_id) ?? []) {
            for (const listener of this.listeners.get(userId) ?? []) {
                // A socket delivers later than the request returns, never in the same tick.
                setTimeout(() => listener(message), 0);
            }
        }
    }
}
