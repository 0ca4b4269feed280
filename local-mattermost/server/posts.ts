// Creating posts, following Mattermost's api4/post.go createPost and app/post.go CreatePost: who may
// write, the limits, pending_post_id de-duplication, the link-preview wait, and the `posted` event.
// Edits live in post_edits.ts, deletion in post_delete.ts.
import type {LocalApp} from './app';
import {AppError, invalidParam, notFound, permissionError} from './errors';
import {newId} from './ids';
import type {PostRecord, UserRecord} from './records';
import {isCustomPostType, wirePost, type ServerPostType, type WirePost} from './wire';
import {postedEvent} from './ws_events';

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

const runeCount = (text: string): number => {
    let n = 0;
    for (const ch of text) {
        void ch;
        n++;
    }
    return n;
};

// model/post.go IsValid: the limits every saved post (new or edited) must meet.
export function checkValid(message: string, type: string, props: Record<string, unknown>): void {
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

// model/post.go SanitizeProps: keys only the server may set are dropped from what a client sends.
export function sanitizeProps(props: Record<string, unknown>): Record<string, unknown> {
    const clean = {...props};
    delete clean['add_channel_member'];
    return clean;
}

// What app/post.go CreatePost waits for before it saves: getEmbedsAndImages fetches link-preview
// metadata for the first URL of the message (5 s timeout by default).
const holdsUrl = (message: string): boolean => /https?:\/\/\S/i.test(message);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Posts {
    private readonly pending = new Map<string, {postId: string | undefined; expires: number}>();

    constructor(private readonly app: LocalApp) {}

    // Pass precomputed reply counts when wiring many posts of one channel.
    wire(post: PostRecord, counts?: ReadonlyMap<string, number>, pendingPostId = ''): WirePost {
        const replies = post.root_id !== '' ? 0 : counts !== undefined ? counts.get(post.id) ?? 0 : this.app.replyCount(post.id, post.channel_id);
        return wirePost(post, replies, pendingPostId);
    }

    async create(user: UserRecord, input: NewPost): Promise<{post: WirePost}> {
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
            const post = await this.insert(user, input);
            this.rememberPending(input.pending_post_id, post.id);
            return {post: this.wire(post, undefined, input.pending_post_id)};
        } catch (err) {
            this.pending.delete(input.pending_post_id);
            throw err;
        }
    }

    private async insert(user: UserRecord, input: NewPost): Promise<PostRecord> {
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
        const props = sanitizeProps(input.props);
        checkValid(input.message, input.type, props);
        // CreatePost stamps CreateAt before it fetches link previews and saves, so with previews
        // slow the post is readable (and announced) well after its create_at.
        const createAt = input.create_at !== 0 && app.isSystemAdmin(user.id) ? input.create_at : app.now();
        const delayMs = app.settings.linkPreviewDelayMs;
        if (delayMs > 0 && holdsUrl(input.message)) {
            await sleep(delayMs);
        }
        const post: PostRecord = {
            id: newId(),
            channel_id: input.channel_id,
            user_id: user.id,
            root_id: input.root_id,
            original_id: '',
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
        this.save(post);
        const channel = app.requireChannel(post.channel_id);
        app.publish(postedEvent(channel, this.wire(post, undefined, input.pending_post_id), user));
        return post;
    }

    // Writes a post on the server's own behalf (join, archive and rename messages); not subject
    // to the client rules: app.CreatePost posts them even into a channel just archived.
    system(channelId: string, user: UserRecord, type: ServerPostType, message: string, props: Record<string, unknown>): void {
        const now = this.app.now();
        const post: PostRecord = {
            id: newId(), channel_id: channelId, user_id: user.id, root_id: '', original_id: '', message, type, props, hashtags: '',
            pending_post_id: '', create_at: now, update_at: now, edit_at: 0, delete_at: 0, is_pinned: false,
        };
        this.save(post);
        this.app.publish(postedEvent(this.app.requireChannel(channelId), this.wire(post), user));
    }

    // post_store.go SaveMultiple: the channel's LastPostAt only moves forward (GREATEST), and a
    // reply sets its root's UpdateAt to the reply's CreateAt (unconditionally, so a reply saved
    // late can move it back).
    private save(post: PostRecord): void {
        const app = this.app;
        app.savePost(post);
        const channel = app.requireChannel(post.channel_id);
        app.store.put('channels', channel.id, {
            ...channel,
            last_post_at: Math.max(channel.last_post_at, post.create_at),
            last_root_post_at: post.root_id === '' ? Math.max(channel.last_root_post_at, post.create_at) : channel.last_root_post_at,
        });
        if (post.root_id !== '') {
            const root = app.post(post.root_id);
            if (root !== undefined) {
                app.savePost({...root, update_at: post.create_at});
            }
        }
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

    // app/post.go GetPostIfAuthorized: a post the user may not read is refused by the permission
    // that failed (read_public_channel for public channels, read_channel_content otherwise).
    // includeDeleted also finds deleted posts and edit-history copies (GetSinglePost).
    readable(user: UserRecord, postId: string, includeDeleted = false): PostRecord {
        const post = this.app.post(postId);
        if (post === undefined || (post.delete_at !== 0 && !includeDeleted)) {
            throw notFound('app.post.get.app_error', 'Unable to get the post.');
        }
        if (!this.canRead(user, post)) {
            const channel = this.app.channel(post.channel_id);
            throw permissionError(channel?.type === 'O' ? 'read_public_channel' : 'read_channel_content');
        }
        return post;
    }
}
