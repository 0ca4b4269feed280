// The server's state and the rules every route shares: who is who, who may do what, and which
// posts belong to which channel (kept as an index so paging stays cheap with thousands of posts).
import {notFound} from './errors';
import type {ChannelMemberRecord, ChannelRecord, PostRecord, SessionRecord, TeamRecord, UserRecord} from './records';
import {defaultSettings, type ServerSettings} from './settings';
import type {Store} from './store';

export type Broadcast = (message: OutgoingEvent) => void;

// What the websocket hub needs to route an event: its payload and who may receive it. `audience`
// is the server's own routing flag, never sent: Mattermost splits some events into a sanitized
// copy for everyone without manage_system and a full copy for those with it
// (WebSocketBroadcast.ContainsSanitizedData / ContainsSensitiveData, app/platform/web_conn.go
// ShouldSendEvent).
export interface OutgoingEvent {
    event: string;
    data: unknown;
    broadcast: {omit_users: Record<string, boolean>; user_id: string; channel_id: string; team_id: string};
    audience?: 'non_admins' | 'admins' | undefined;
}

export const memberKey = (scope: string, userId: string): string => `${scope}:${userId}`;

export class LocalApp {
    private readonly postsByChannel = new Map<string, PostRecord[]>();
    /**
     * What every page of a channel reads, made once per change of the channel's posts rather than
     * once per request. The answers are the ones the filters gave before; only their cost changes:
     * the real server reads them through indexes (post_store.go getRootPosts and
     * getPostIdAroundTime use idx_posts_channel_id_delete_at_create_at) and answers concurrent
     * requests at once (one goroutine each, net/http), while this server answers them one after
     * another on one thread, so work repeated on every page slowed every client's read as no real
     * server does.
     */
    private readonly derived = new Map<string, {live?: readonly PostRecord[]; replyCounts?: ReadonlyMap<string, number>}>();
    private lastMillis = 0;
    private broadcaster: Broadcast = () => undefined;

    constructor(readonly store: Store, readonly settings: ServerSettings = defaultSettings()) {
        for (const post of store.all('posts')) {
            this.indexPost(post);
        }
        for (const list of this.postsByChannel.values()) {
            list.sort(byCreateAt);
        }
    }

    setBroadcaster(broadcast: Broadcast): void {
        this.broadcaster = broadcast;
    }

    publish(message: OutgoingEvent): void {
        this.broadcaster(message);
    }

    // Mattermost stamps with wall-clock milliseconds; equal stamps are possible there too.
    now(): number {
        this.lastMillis = Math.max(Date.now(), this.lastMillis);
        return this.lastMillis;
    }

    user(id: string): UserRecord | undefined {
        return this.store.get('users', id);
    }

    userByUsername(username: string): UserRecord | undefined {
        const wanted = username.toLowerCase();
        return this.store.all('users').find((u) => u.username === wanted);
    }

    userByLogin(login: string): UserRecord | undefined {
        const wanted = login.toLowerCase();
        return this.store.all('users').find((u) => u.username === wanted || u.email.toLowerCase() === wanted);
    }

    requireUser(id: string): UserRecord {
        const user = this.user(id);
        if (user === undefined) {
            throw notFound('app.user.missing_account.const', 'Unable to find the user.');
        }
        return user;
    }

    isSystemAdmin(userId: string): boolean {
        return (this.user(userId)?.roles ?? '').split(' ').includes('system_admin');
    }

    team(id: string): TeamRecord | undefined {
        return this.store.get('teams', id);
    }

    requireTeam(id: string): TeamRecord {
        const team = this.team(id);
        if (team === undefined) {
            throw notFound('app.team.get.find.app_error', 'Unable to find the existing team.');
        }
        return team;
    }

    isTeamMember(teamId: string, userId: string): boolean {
        const member = this.store.get('team_members', memberKey(teamId, userId));
        return member !== undefined && (member.delete_at ?? 0) === 0;
    }

    isTeamAdmin(teamId: string, userId: string): boolean {
        return this.isSystemAdmin(userId) || (this.isTeamMember(teamId, userId) && this.store.get('team_members', memberKey(teamId, userId))?.scheme_admin === true);
    }

    channel(id: string): ChannelRecord | undefined {
        return this.store.get('channels', id);
    }

    // Archived channels are found too, as App.GetChannel finds them (Store.Channel().Get reads
    // deleted rows): they stay readable; the routes that change them check delete_at themselves.
    requireChannel(id: string): ChannelRecord {
        const channel = this.channel(id);
        if (channel === undefined) {
            throw notFound('app.channel.get.existing.app_error', 'Unable to find the existing channel.');
        }
        return channel;
    }

    // For the routes this server keeps closed on archived channels without having checked what
    // Mattermost does there (adding members).
    requireLiveChannel(id: string): ChannelRecord {
        const channel = this.requireChannel(id);
        if (channel.delete_at !== 0) {
            throw notFound('app.channel.get.existing.app_error', 'Unable to find the existing channel.');
        }
        return channel;
    }

    channelMember(channelId: string, userId: string): ChannelMemberRecord | undefined {
        return this.store.get('channel_members', memberKey(channelId, userId));
    }

    isChannelMember(channelId: string, userId: string): boolean {
        return this.channelMember(channelId, userId) !== undefined;
    }

    channelMemberIds(channelId: string): string[] {
        return this.store.all('channel_members').filter((m) => m.channel_id === channelId).map((m) => m.user_id);
    }

    // Mattermost lets team members read public channels they have not joined (read_public_channel).
    canReadChannel(channel: ChannelRecord, userId: string): boolean {
        if (this.isChannelMember(channel.id, userId) || this.isSystemAdmin(userId)) {
            return true;
        }
        return channel.type === 'O' && this.isTeamMember(channel.team_id, userId);
    }

    sessionByToken(token: string): SessionRecord | undefined {
        const session = this.store.get('sessions', token);
        if (session === undefined || session.expires_at < Date.now()) {
            return undefined;
        }
        return session;
    }

    post(id: string): PostRecord | undefined {
        return this.store.get('posts', id);
    }

    channelPosts(channelId: string): readonly PostRecord[] {
        return this.postsByChannel.get(channelId) ?? [];
    }

    /** The channel's posts that are not deleted, oldest first. */
    liveChannelPosts(channelId: string): readonly PostRecord[] {
        const derived = this.derivedOf(channelId);
        derived.live ??= this.channelPosts(channelId).filter((p) => p.delete_at === 0);
        return derived.live;
    }

    private derivedOf(channelId: string): {live?: readonly PostRecord[]; replyCounts?: ReadonlyMap<string, number>} {
        let derived = this.derived.get(channelId);
        if (derived === undefined) {
            derived = {};
            this.derived.set(channelId, derived);
        }
        return derived;
    }

    savePost(post: PostRecord): void {
        this.derived.delete(post.channel_id);
        const existed = this.store.get('posts', post.id) !== undefined;
        this.store.put('posts', post.id, post);
        const list = this.postsByChannel.get(post.channel_id) ?? [];
        if (existed) {
            const at = list.findIndex((p) => p.id === post.id);
            if (at >= 0) {
                list[at] = post;
            }
        } else {
            insertSorted(list, post);
        }
        this.postsByChannel.set(post.channel_id, list);
    }

    replyCount(rootId: string, channelId: string): number {
        return this.channelPosts(channelId).filter((p) => p.root_id === rootId && p.delete_at === 0).length;
    }

    replyCounts(channelId: string): ReadonlyMap<string, number> {
        const derived = this.derivedOf(channelId);
        if (derived.replyCounts === undefined) {
            const counts = new Map<string, number>();
            for (const p of this.channelPosts(channelId)) {
                if (p.root_id !== '' && p.delete_at === 0) {
                    counts.set(p.root_id, (counts.get(p.root_id) ?? 0) + 1);
                }
            }
            derived.replyCounts = counts;
        }
        return derived.replyCounts;
    }

    private indexPost(post: PostRecord): void {
        this.derived.delete(post.channel_id);
        const list = this.postsByChannel.get(post.channel_id) ?? [];
        list.push(post);
        this.postsByChannel.set(post.channel_id, list);
    }
}

const byCreateAt = (a: PostRecord, b: PostRecord): number => a.create_at - b.create_at;

// Posts arrive almost always in time order, so scanning from the end is cheap.
function insertSorted(list: PostRecord[], post: PostRecord): void {
    let at = list.length;
    while (at > 0) {
        const before = list[at - 1];
        if (before === undefined || before.create_at <= post.create_at) {
            break;
        }
        at--;
    }
    list.splice(at, 0, post);
}
