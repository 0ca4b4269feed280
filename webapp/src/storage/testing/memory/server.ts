// A Mattermost in memory, just the part the event log touches, with the server's semantics (the
// same rules as local-mattermost/server, read from Mattermost's source): ids and times set by the
// server, pending_post_id dedupe, edits that set edit_at only for a new message and keep the old
// version as a deleted copy, thread-wide deletes, pages whose equal create_at come back in any
// order, `since` with deleted rows and copies, size limits, membership, websocket-style post
// events to channel members, and channels that members rename and archive (with the channel events
// the real server sends). Used by the in-memory adapter for fast tests of the state and command layers.
import type {StorageOperation} from '../../port';
import type {Post, PostList} from '../../posts';
import type {UserProfile} from '../../users';

import {postPage, postsSince, type Random} from './post_lists';

/** A stored row: a post, or the edit-history copy of one (original_id names the post). */
export type MemoryPost = Post & {readonly original_id: string};

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
    /** Who created it; '' for channels the server made (CreateDefaultChannels sets none). */
    creator_id: string;
    delete_at: number;
}

/** model.ChannelPatch: a missing field is left as it was. */
export interface MemoryChannelPatch {
    readonly name?: string;
    readonly display_name?: string;
    readonly purpose?: string;
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
    private readonly posts = new Map<string, MemoryPost>();
    private readonly pending = new Map<string, string>();
    private readonly listeners = new Map<string, Set<(message: WebSocketMessage) => void>>();
    /** Websocket messages sent and not yet delivered (see send). */
    private readonly undelivered = new Set<{deliver: () => void; timer: ReturnType<typeof setTimeout>}>();
    private readonly faults = new Map<FaultOperation, Fault[]>();
    private readonly noChannelCreation = new Set<string>();
    /** Teams each user left: the one way a user is not on a team here. */
    private readonly leftTeams = new Map<string, Set<string>>();
    private counter = 0;
    private lastTime = 0;

    /** `random` orders equal create_at and picks a capped `since`; pass a seeded one for repeatable answers. */
    constructor(private readonly clock: () => number = Date.now, private readonly random: Random = Math.random) {}

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

    /** Any channel of the team with that name, archived ones included (they keep their name). */
    channelByName(teamId: string, name: string): MemoryChannel | null {
        for (const channel of this.channels.values()) {
            if (channel.team_id === teamId && channel.name === name) {
                return channel;
            }
        }
        return null;
    }

    /** Every channel, archived ones included: a view for tests, not a server route. */
    allChannels(): MemoryChannel[] {
        return [...this.channels.values()];
    }

    /** Any channel by id, archived ones included; null once removed. */
    channel(channelId: string): MemoryChannel | null {
        return this.channels.get(channelId) ?? null;
    }

    /** getChannel / getChannelByName: a public channel for anyone in the team, a private one for its members and system admins. */
    canSeeChannel(channel: MemoryChannel, userId: string): boolean {
        return channel.type === 'O' || (this.members.get(channel.id)?.has(userId) ?? false) || this.isSystemAdmin(userId);
    }

    /**
     * POST /channels (SqlChannelStore.saveChannelT): a channel of the team that already holds the name,
     * archived ones included, makes it a conflict; the creator is the user and its first member.
     */
    createChannel(userId: string, init: Omit<MemoryChannel, 'id' | 'delete_at' | 'creator_id'>): MemoryChannel {
        if (this.noChannelCreation.has(userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        if (this.channelByName(init.team_id, init.name)) {
            throw new MemoryServerError(400, 'store.sql_channel.save_channel.exists.app_error');
        }
        const channel: MemoryChannel = {...init, id: this.newId(), creator_id: userId, delete_at: 0};
        this.channels.set(channel.id, channel);
        this.members.set(channel.id, new Set([userId]));
        return channel;
    }

    /**
     * PUT /channels/{id}/patch (api4/channel.go patchChannel): members of a public channel may
     * rename it, URL name included (manage_public_channel_properties is a channel_user permission);
     * an archived channel or a name the team already holds is refused (updateChannelT). Tells the
     * channel's members (channel_updated).
     */
    patchChannel(userId: string, channelId: string, patch: MemoryChannelPatch): MemoryChannel {
        const channel = this.liveChannel(channelId);
        if (!(this.members.get(channelId)?.has(userId) ?? false) && !this.isSystemAdmin(userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        const name = patch.name ?? channel.name;
        const taken = [...this.channels.values()].some((other) => other.id !== channel.id && other.team_id === channel.team_id && other.name === name);
        if (channel.delete_at > 0 || taken) {
            throw new MemoryServerError(400, 'app.channel.update.bad_id');
        }
        Object.assign(channel, {name, display_name: patch.display_name ?? channel.display_name, purpose: patch.purpose ?? channel.purpose});
        this.broadcastChannel('channel_updated', channel, this.members.get(channel.id) ?? new Set(), {channel: JSON.stringify(channel)});
        return channel;
    }

    /**
     * DELETE /channels/{id} (app/channel.go DeleteChannel): stamps delete_at; the channel stays
     * readable and takes no posts. Tells the team (here: every listener) for a public channel.
     */
    archiveChannel(channelId: string): void {
        const channel = this.channels.get(channelId);
        if (channel && channel.delete_at === 0) {
            channel.delete_at = this.now();
            this.broadcastChannel('channel_deleted', channel, this.audienceOf(channel), {channel_id: channel.id, delete_at: channel.delete_at});
        }
    }

    /** POST /channels/{id}/restore (app/channel.go RestoreChannel). */
    restoreChannel(channelId: string): void {
        const channel = this.channels.get(channelId);
        if (channel && channel.delete_at > 0) {
            channel.delete_at = 0;
            this.broadcastChannel('channel_restored', channel, this.audienceOf(channel), {channel_id: channel.id});
        }
    }

    /** GET /teams/{id}/channels: the team's live public channels, by display name, one page. */
    publicChannels(teamId: string, page: number, perPage: number): MemoryChannel[] {
        return this.pageOf([...this.channels.values()].filter((c) => c.team_id === teamId && c.type === 'O' && c.delete_at === 0), page, perPage);
    }

    /** GET /teams/{id}/channels/deleted: archived public channels, and the archived private ones the user is in. */
    deletedChannels(teamId: string, userId: string, page: number, perPage: number): MemoryChannel[] {
        return this.pageOf([...this.channels.values()].filter((c) => c.team_id === teamId && c.delete_at > 0 &&
            (c.type === 'O' || (this.members.get(c.id)?.has(userId) ?? false))), page, perPage);
    }

    private pageOf(channels: MemoryChannel[], page: number, perPage: number): MemoryChannel[] {
        return channels.sort((a, b) => a.display_name.localeCompare(b.display_name)).slice(page * perPage, (page + 1) * perPage);
    }

    /** Archive and restore reach the whole team for public channels, the members for private ones. */
    private audienceOf(channel: MemoryChannel): Iterable<string> {
        return channel.type === 'O' ? this.listeners.keys() : this.members.get(channel.id) ?? new Set<string>();
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
        // As the local Mattermost answers: no one joins an archived channel.
        if (channel.delete_at > 0) {
            throw new MemoryServerError(404, 'app.channel.get.existing.app_error');
        }
        if (channel.type !== 'O' && !this.isMember(channelId, userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        this.members.get(channelId)?.add(userId);
    }

    /** POST /channels/{id}/members/ids (api4/channel.go getChannelMembersByIds): read_channel; the members among them. */
    membersAmong(userId: string, channelId: string, userIds: readonly string[]): string[] {
        this.readableChannel(channelId, userId);
        return userIds.filter((id) => this.members.get(channelId)?.has(id) ?? false);
    }

    /**
     * POST /channels/{id}/members for someone else (api4/channel.go addChannelMember, app/channel.go
     * AddUserToChannel): manage_public_channel_members, which channel members and system admins hold;
     * a missing user is 404; someone not on the channel's team is 404 app.team.get_member.missing, one
     * who left it 400 ...failed.deleted. An existing member is answered as is.
     */
    addMember(actorId: string, channelId: string, userId: string): void {
        const channel = this.liveChannel(channelId);
        if (channel.delete_at > 0) {
            throw new MemoryServerError(404, 'app.channel.get.existing.app_error');
        }
        if (userId === actorId) {
            this.join(channelId, userId);
            return;
        }
        if (!(this.members.get(channelId)?.has(actorId) ?? false) && !this.isSystemAdmin(actorId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        if (this.members.get(channelId)?.has(userId) ?? false) {
            return;
        }
        if (!this.users.has(userId)) {
            throw new MemoryServerError(404, 'app.user.missing_account.const');
        }
        if (this.leftTeams.get(userId)?.has(channel.team_id) ?? false) {
            throw new MemoryServerError(400, 'api.channel.add_user.to.channel.failed.deleted.app_error');
        }
        this.members.get(channelId)?.add(userId);
    }

    /** DELETE /teams/{team_id}/members/{user_id} (app/team.go LeaveTeam): out of the team and all its channels. Every user is on every team until then. */
    leaveTeam(teamId: string, userId: string): void {
        const left = this.leftTeams.get(userId) ?? new Set<string>();
        left.add(teamId);
        this.leftTeams.set(userId, left);
        for (const channel of this.channels.values()) {
            if (channel.team_id === teamId) {
                this.members.get(channel.id)?.delete(userId);
            }
        }
    }

    private readableChannel(channelId: string, userId: string): MemoryChannel {
        const channel = this.liveChannel(channelId);
        if (channel.type !== 'O' && !this.isMember(channelId, userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        return channel;
    }

    private isSystemAdmin(userId: string): boolean {
        return (this.users.get(userId)?.roles ?? '').split(' ').includes('system_admin');
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
        const post: MemoryPost = {
            id: this.newId(), create_at: now, update_at: now, edit_at: 0, delete_at: 0,
            user_id: userId, channel_id: channel.id, root_id: init.root_id, original_id: '', type: init.type,
            message: init.message, props: structuredClone(init.props), pending_post_id: init.pending_post_id,
        };
        this.posts.set(post.id, post);
        // A reply stamps its root's update_at with its own create_at (post_store.go SaveMultiple).
        const root = init.root_id ? this.posts.get(init.root_id) : undefined;
        if (root) {
            this.posts.set(root.id, {...root, update_at: now});
        }
        if (init.pending_post_id) {
            this.pending.set(key, post.id);
        }
        this.broadcast('posted', post);
        return post;
    }

    /**
     * PUT /posts/{id}/patch (api4/post.go patchPost, app/post.go UpdatePost, store Update): a
     * missing or deleted post is refused as edit_post (403); the author edits, anyone else needs
     * edit_others_posts, which only system admins hold. Props are replaced whole; edit_at moves only
     * when the message changes, update_at always; the old version stays as a deleted copy.
     */
    patchPost(userId: string, postId: string, patch: {message?: string; props?: Record<string, unknown>}): Post {
        const post = this.posts.get(postId);
        if (!post || (post.delete_at ?? 0) > 0) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        const channel = this.liveChannel(post.channel_id);
        const mayEdit = post.user_id === userId ? this.isMember(channel.id, userId) || this.isSystemAdmin(userId) : this.isSystemAdmin(userId);
        if (!mayEdit) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        if ((post.type ?? '').startsWith('system_')) {
            throw new MemoryServerError(400, 'api.post.update_post.system_message.app_error');
        }
        if (channel.delete_at > 0) {
            throw new MemoryServerError(400, 'api.post.patch_post.can_not_update_post_in_deleted.error');
        }
        const message = patch.message ?? post.message ?? '';
        const props = structuredClone(patch.props ?? post.props ?? {});
        if ([...message].length > MESSAGE_LIMIT) {
            throw new MemoryServerError(400, 'model.post.is_valid.message_length.app_error');
        }
        if ([...JSON.stringify(props)].length > PROPS_LIMIT) {
            throw new MemoryServerError(400, 'model.post.is_valid.props.app_error');
        }
        const now = this.now();
        const edited: MemoryPost = {...post, message, props, edit_at: message !== (post.message ?? '') ? now : post.edit_at ?? 0, update_at: now};
        const copy: MemoryPost = {...post, id: this.newId(), original_id: post.id, delete_at: now, update_at: now};
        this.posts.set(postId, edited);
        this.posts.set(copy.id, copy);
        const root = post.root_id ? this.posts.get(post.root_id) : undefined;
        if (root && (root.update_at ?? 0) < now) {
            this.posts.set(root.id, {...root, update_at: now});
        }
        this.broadcast('post_edited', edited);
        return edited;
    }

    /**
     * DELETE /posts/{id} (api4/post.go deletePost, store Delete): the author or an admin; every row
     * with that id or that root (already-deleted replies and copies included) gets the same
     * delete_at and update_at and props.deleteBy, message and props otherwise kept. One event, for
     * the post itself, carrying it as it was before the delete.
     */
    deletePost(userId: string, postId: string): void {
        const post = this.posts.get(postId);
        if (!post || (post.delete_at ?? 0) > 0) {
            throw new MemoryServerError(404, 'app.post.get.app_error');
        }
        if (post.user_id !== userId && !this.isSystemAdmin(userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        if (this.liveChannel(post.channel_id).delete_at > 0) {
            throw new MemoryServerError(400, 'api.post.delete_post.can_not_delete_post_in_deleted.error');
        }
        const now = this.now();
        for (const row of [...this.posts.values()]) {
            if (row.id === postId || row.root_id === postId) {
                this.posts.set(row.id, {...row, delete_at: now, update_at: now, props: {...row.props, deleteBy: userId}});
            }
        }
        this.broadcast('post_deleted', post, userId);
    }

    /**
     * Every post of the channel, deleted ones included, newest first (then by id): a view for
     * tests to inspect, not a server route. Edit-history copies are left out; getPosts and
     * getPostsSince answer as the server does.
     */
    channelPosts(channelId: string, userId: string): Post[] {
        this.readableChannel(channelId, userId);
        return [...this.posts.values()]
            .filter((post) => post.channel_id === channelId && post.original_id === '')
            .sort((a, b) => (b.create_at - a.create_at) || (a.id < b.id ? 1 : -1));
    }

    private rowsOf(channelId: string, userId: string): MemoryPost[] {
        this.readableChannel(channelId, userId);
        return [...this.posts.values()].filter((post) => post.channel_id === channelId);
    }

    /** GET /channels/{id}/posts?page&per_page: equal create_at in any order, no has_next; include_deleted for system admins. */
    getPosts(channelId: string, userId: string, page: number, perPage: number, includeDeleted = false): PostList {
        if (includeDeleted && !this.isSystemAdmin(userId)) {
            throw new MemoryServerError(403, 'api.context.permissions.app_error');
        }
        return postPage(this.rowsOf(channelId, userId), page, perPage, includeDeleted, this.random);
    }

    /** GET /channels/{id}/posts?since: changed rows, deleted ones and edit-history copies included. */
    getPostsSince(channelId: string, userId: string, since: number): PostList {
        return postsSince(this.rowsOf(channelId, userId), since, this.random);
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

    /** A socket delivers later than the request returns, never in the same tick: on the next timer turn, or at a flush. */
    private send(listener: (message: WebSocketMessage) => void, message: WebSocketMessage): void {
        const delivery = {deliver: () => listener(message), timer: setTimeout(() => {
            this.undelivered.delete(delivery);
            listener(message);
        }, 0)};
        this.undelivered.add(delivery);
    }

    /**
     * Delivers every websocket message sent and not yet delivered, now and in order, and says how many:
     * tests wait for the socket with this rather than with a sleep.
     */
    flushSocket(): number {
        const due = [...this.undelivered];
        this.undelivered.clear();
        for (const delivery of due) {
            clearTimeout(delivery.timer);
            delivery.deliver();
        }
        return due.length;
    }

    /** Sends a post's event again, as a reconnecting or duplicating socket would. */
    redeliver(postId: string): void {
        const post = this.posts.get(postId);
        if (post) {
            this.broadcast('posted', post);
        }
    }

    private broadcastChannel(event: 'channel_updated' | 'channel_deleted' | 'channel_restored', channel: MemoryChannel, audience: Iterable<string>, data: unknown): void {
        const message: WebSocketMessage = {event, data, broadcast: {channel_id: event === 'channel_updated' ? channel.id : ''}};
        for (const userId of [...audience]) {
            for (const listener of this.listeners.get(userId) ?? []) {
                this.send(listener, message);
            }
        }
    }

    /** System admins also learn who deleted a post (delete_by), as Mattermost sends it to them only. */
    private broadcast(event: 'posted' | 'post_edited' | 'post_deleted', post: Post, deletedBy?: string): void {
        for (const userId of this.members.get(post.channel_id) ?? []) {
            const data = deletedBy !== undefined && this.isSystemAdmin(userId) ? {post: JSON.stringify(post), delete_by: deletedBy} : {post: JSON.stringify(post)};
            const message: WebSocketMessage = {event, data, broadcast: {channel_id: post.channel_id}};
            for (const listener of this.listeners.get(userId) ?? []) {
                this.send(listener, message);
            }
        }
    }
}
