// Post rules, following Mattermost's api4/post.go and model/post.go: who may write, the limits,
// pending_post_id de-duplication, and the websocket events each change sends.
import type {LocalApp} from './app';
import {AppError, invalidParam, notFound, permissionError} from './errors';
import {newId} from './ids';
import type {PostRecord, UserRecord} from './records';
import {isCustomPostType, wirePost, type WirePost} from './wire';
import {postDeletedEvent, postEditedEvent, postedEvent} from './ws_events';

export const maxMessageRunes = 16383;
export const maxPropsRunes = 800000;
// Mattermost keeps pending_post_id -> post id for 30 s (pendingPostIDsCacheTTL).
const pendingPostTtlMs = 30_000;

export interface NewPost {
    channel_id: string;
    message: string;
    type: string;
    props: Record<string, unknown>;
    root_id: string;
    pending_post_id: string;
    create_at: number;
}

export interface PostPatch {
    message?: string | undefined;
    props?: Record<string, unknown> | undefined;
    is_pinned?: boolean | undefined;
}

const runeCount = (text: string): number => {
    let n = 0;
    for (const ch of text) {
        void ch;
        n++;
    }
    return n;
};

function checkValid(message: string, type: string, props: Record<string, unknown>): void {
    if (runeCount(message) > maxMessageRunes) {
        throw new AppError(400, 'model.post.is_valid.message_length.app_error', `Message length is longer than the maximum of ${maxMessageRunes} characters.`);
    }
    if (type !== '' && !isCustomPostType(type)) {
        throw new AppError(400, 'model.post.is_valid.type.app_error', 'Invalid type.', `type=${type}`);
    }
    if (runeCount(JSON.stringify(props)) > maxPropsRunes) {
        throw new AppError(400, 'model.post.is_valid.props.app_error', 'Invalid props.');
    }
}

export class Posts {
    private readonly pending = new Map<string, {postId: string | undefined; expires: number}>();

    constructor(private readonly app: LocalApp) {}

    // Pass precomputed reply counts when wiring many posts of one channel.
    wire(post: PostRecord, counts?: Map<string, number>, pendingPostId = ''): WirePost {
        const replies = post.root_id !== '' ? 0 : counts !== undefined ? counts.get(post.id) ?? 0 : this.app.replyCount(post.id, post.channel_id);
        return wirePost(post, replies, pendingPostId);
    }

    create(user: UserRecord, input: NewPost): {post: WirePost} {
        const app = this.app;
        const channel = app.channel(input.channel_id);
        if (channel === undefined || !(app.isChannelMember(channel.id, user.id) || app.isSystemAdmin(user.id))) {
            throw permissionError('create_post');
        }
        if (input.type.startsWith('system_')) {
            throw invalidParam('post.type');
        }
        if (channel.delete_at !== 0) {
            throw new AppError(400, 'api.post.create_post.can_not_post_to_deleted.error', 'Can not post to deleted channel.');
        }
        const found = this.deduplicate(user, input.pending_post_id);
        if (found !== undefined) {
            return {post: this.wire(found)};
        }
        try {
            const post = this.insert(user, input);
            this.rememberPending(input.pending_post_id, post.id);
            return {post: this.wire(post, undefined, input.pending_post_id)};
        } catch (err) {
            this.pending.delete(input.pending_post_id);
            throw err;
        }
    }

    private insert(user: UserRecord, input: NewPost): PostRecord {
        const app = this.app;
        if (input.root_id !== '') {
            const root = app.post(input.root_id);
            if (root === undefined || root.delete_at !== 0 || root.root_id !== '') {
                throw new AppError(400, 'api.post.create_post.root_id.app_error', 'Invalid RootId parameter.');
            }
            if (root.channel_id !== input.channel_id) {
                throw new AppError(400, 'api.post.create_post.channel_root_id.app_error', 'Invalid ChannelId for RootId parameter.');
            }
        }
        const props = {...input.props};
        delete props['add_channel_member'];
        checkValid(input.message, input.type, props);
        const createAt = input.create_at !== 0 && app.isSystemAdmin(user.id) ? input.create_at : app.now();
        const post: PostRecord = {
            id: newId(),
            channel_id: input.channel_id,
            user_id: user.id,
            root_id: input.root_id,
            message: input.message,
            type: input.type,
            props,
            hashtags: '',
            pending_post_id: input.pending_post_id,
            create_at: createAt,
            update_at: createAt,
            edit_at: 0,
            delete_at: 0,
            is_pinned: false,
        };
        app.savePost(post);
        this.touchChannel(post);
        const channel = app.requireChannel(post.channel_id);
        app.publish(postedEvent(channel, this.wire(post, undefined, input.pending_post_id), user));
        return post;
    }

    // Writes a post on the server's own behalf (join messages); not subject to the client rules.
    system(channelId: string, user: UserRecord, type: 'system_join_channel' | 'system_add_to_channel', message: string, props: Record<string, unknown>): void {
        const now = this.app.now();
        const post: PostRecord = {
            id: newId(), channel_id: channelId, user_id: user.id, root_id: '', message, type, props, hashtags: '',
            pending_post_id: '', create_at: now, update_at: now, edit_at: 0, delete_at: 0, is_pinned: false,
        };
        this.app.savePost(post);
        this.touchChannel(post);
        this.app.publish(postedEvent(this.app.requireChannel(channelId), this.wire(post), user));
    }

    private touchChannel(post: PostRecord): void {
        const channel = this.app.requireChannel(post.channel_id);
        this.app.store.put('channels', channel.id, {
            ...channel,
            last_post_at: post.create_at,
            last_root_post_at: post.root_id === '' ? post.create_at : channel.last_root_post_at,
        });
    }

    private deduplicate(user: UserRecord, pendingPostId: string): PostRecord | undefined {
        if (pendingPostId === '') {
            return undefined;
        }
        const now = Date.now();
        const seen = this.pending.get(pendingPostId);
        if (seen === undefined || seen.expires < now) {
            this.pending.set(pendingPostId, {postId: undefined, expires: now + pendingPostTtlMs});
            return undefined;
        }
        if (seen.postId === undefined) {
            throw new AppError(500, 'api.post.deduplicate_create_post.pending', 'Rejected post since another client is making the same request.');
        }
        const post = this.app.post(seen.postId);
        // A pending id that names a post this user cannot read is ignored, as Mattermost does.
        if (post === undefined || post.delete_at !== 0 || !this.canRead(user, post)) {
            return undefined;
        }
        return post;
    }

    private rememberPending(pendingPostId: string, postId: string): void {
        // Mattermost's cache holds 25000 entries; expired ones are swept once the map grows past that.
        if (this.pending.size > 25_000) {
            const now = Date.now();
            for (const [key, entry] of this.pending) {
                if (entry.expires < now) {
                    this.pending.delete(key);
                }
            }
        }
        if (pendingPostId !== '') {
            this.pending.set(pendingPostId, {postId, expires: Date.now() + pendingPostTtlMs});
        }
    }

    canRead(user: UserRecord, post: PostRecord): boolean {
        const channel = this.app.channel(post.channel_id);
        return channel !== undefined && this.app.canReadChannel(channel, user.id);
    }

    readable(user: UserRecord, postId: string): PostRecord {
        const post = this.app.post(postId);
        if (post === undefined || post.delete_at !== 0) {
            throw notFound('app.post.get.app_error', 'Unable to get the post.');
        }
        if (!this.canRead(user, post)) {
            throw permissionError('read_channel_content');
        }
        return post;
    }

    // Authors edit and delete their own posts (own); others' posts need edit/delete_others_posts
    // (others), which Mattermost's default roles give to team admins (system admins included) only.
    private changeable(user: UserRecord, postId: string, own: string, others: string): PostRecord {
        const post = this.readable(user, postId);
        if (post.user_id === user.id) {
            if (!this.app.isChannelMember(post.channel_id, user.id) && !this.app.isSystemAdmin(user.id)) {
                throw permissionError(own);
            }
            return post;
        }
        // readable() has found the post's channel, so the team lookup cannot miss.
        const channel = this.app.channel(post.channel_id);
        if (channel === undefined || !this.app.isTeamAdmin(channel.team_id, user.id)) {
            throw permissionError(others);
        }
        return post;
    }

    patch(user: UserRecord, postId: string, patch: PostPatch): WirePost {
        const post = this.changeable(user, postId, 'edit_post', 'edit_others_posts');
        const message = patch.message ?? post.message;
        const props = patch.props ?? post.props;
        checkValid(message, post.type, props);
        const now = this.app.now();
        const updated: PostRecord = {...post, message, props, is_pinned: patch.is_pinned ?? post.is_pinned, edit_at: now, update_at: now};
        this.app.savePost(updated);
        const wire = this.wire(updated);
        this.app.publish(postEditedEvent(this.app.requireChannel(post.channel_id), wire));
        return wire;
    }

    remove(user: UserRecord, postId: string): WirePost {
        const post = this.changeable(user, postId, 'delete_post', 'delete_others_posts');
        const now = this.app.now();
        const deleted: PostRecord = {...post, delete_at: now, update_at: now};
        this.app.savePost(deleted);
        // Mattermost's post store deletes a thread's replies together with its root.
        if (post.root_id === '') {
            for (const reply of this.app.channelPosts(post.channel_id).filter((p) => p.root_id === post.id && p.delete_at === 0)) {
                this.app.savePost({...reply, delete_at: now, update_at: now});
            }
        }
        const wire = this.wire(deleted);
        this.app.publish(postDeletedEvent(this.app.requireChannel(post.channel_id), wire));
        return wire;
    }
}
