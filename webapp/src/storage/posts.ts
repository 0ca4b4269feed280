// Mattermost's post shape, parsed once at the boundary, and its mapping to the fold's LogEntry.
// Shared by both adapters and by the websocket path (data.post is a JSON string of the same shape).
import {z} from 'zod/mini';

import {EVENT_PROP, POST_TYPE, pluginOfEvent, type OnboardEvent} from '../domain/events';
import {logEntry, type LogEntry} from '../domain/log';
import {sealMessage} from '../domain/seal';

import type {LoadResult} from './port';

/** The server omits empty fields, so everything but the identity and times is optional. */
export const PostSchema = z.object({
    id: z.string().check(z.minLength(1)),
    create_at: z.number(),
    update_at: z.optional(z.number()),
    edit_at: z.optional(z.number()),
    delete_at: z.optional(z.number()),
    user_id: z.string(),
    channel_id: z.string(),
    root_id: z.optional(z.string()),
    type: z.optional(z.string()),
    message: z.optional(z.string()),
    props: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
    pending_post_id: z.optional(z.string()),
    /** Set on the copy Mattermost keeps of a post's earlier version when it is edited (a deleted row). */
    original_id: z.optional(z.string()),
});
export type Post = z.infer<typeof PostSchema>;

export const PostListSchema = z.object({
    order: z.array(z.string()),
    posts: z.record(z.string(), PostSchema),
    has_next: z.optional(z.boolean()),
});
export type PostList = z.infer<typeof PostListSchema>;

export function isTrackerPost(post: Post): boolean {
    return post.type === POST_TYPE;
}

export function isDeleted(post: Post): boolean {
    return (post.delete_at ?? 0) > 0;
}

export function updatedAt(post: Post): number {
    return Math.max(post.update_at ?? 0, post.create_at, post.edit_at ?? 0, post.delete_at ?? 0);
}

/**
 * The entries already made, by post id, with the version (update_at) each was made from. Every
 * `since` asks again for the last seconds and every reload reads every post again: a version
 * already read is the same entry, not another parse and seal check (about 10 µs a post). Any
 * change to a post (an edit, a deletion, a reaction) moves its update_at, and is read afresh.
 */
const made = new Map<string, {readonly updateAt: number; readonly entry: LogEntry}>();

export function toLogEntry(post: Post): LogEntry {
    const version = post.update_at ?? post.create_at;
    const known = made.get(post.id);
    if (known && known.updateAt === version && version > 0 && known.entry.createAt === post.create_at && known.entry.userId === post.user_id) {
        return known.entry;
    }
    const entry = logEntry({
        postId: post.id,
        userId: post.user_id,
        createAt: post.create_at,
        editAt: post.edit_at ?? 0,
        rootId: post.root_id ?? '',
        payload: post.props?.[EVENT_PROP],
        message: post.message ?? '',
    });
    made.set(post.id, {updateAt: version, entry});
    return entry;
}

/** The message an event is posted with: the readable text, then its seal (domain/seal.ts). Both adapters post this. */
export function eventPostMessage(text: string, event: OnboardEvent): string {
    return sealMessage(text, {type: event.type, plugin: pluginOfEvent(event) ?? ''}, event);
}

/** What a websocket post event means for the log. */
export type LiveChange =
    | {readonly kind: 'upsert'; readonly channelId: string; readonly entry: LogEntry}
    /**
     * `entry`: the post as it was before its deletion (post_deleted carries it), when it was a
     * tracker post; `deletedBy`: who deleted it, which Mattermost tells system admins only.
     */
    | {readonly kind: 'delete'; readonly channelId: string; readonly postId: string; readonly entry: LogEntry | null; readonly deletedBy?: string | undefined};

const PostEventData = z.object({post: z.string(), delete_by: z.optional(z.string())});

/**
 * posted / post_edited / post_deleted carry the post as a JSON string in data.post. Returns null for
 * any other event, for posts that are not tracker events, and for anything that does not parse.
 */
export function liveChangeOf(event: string, data: unknown): LiveChange | null {
    if (event !== 'posted' && event !== 'post_edited' && event !== 'post_deleted') {
        return null;
    }
    const wrapper = PostEventData.safeParse(data);
    if (!wrapper.success) {
        return null;
    }
    let json: unknown;
    try {
        json = JSON.parse(wrapper.data.post);
    } catch {
        return null;
    }
    const parsed = PostSchema.safeParse(json);
    if (!parsed.success) {
        return null;
    }
    const post = parsed.data;
    if (event === 'post_deleted' || isDeleted(post)) {
        // Dropping an id we do not hold is a no-op; an edit-history copy names the post it copies, which stays.
        if ((post.original_id ?? '') !== '') {
            return null;
        }
        const deletedBy = wrapper.data.delete_by;
        return {kind: 'delete', channelId: post.channel_id, postId: post.id, entry: isTrackerPost(post) ? toLogEntry(post) : null, ...(deletedBy ? {deletedBy} : {})};
    }
    if (!isTrackerPost(post)) {
        return null;
    }
    return {kind: 'upsert', channelId: post.channel_id, entry: toLogEntry(post)};
}

/** Posts changed since `since`: tracker posts to fold, deleted ones to drop; the cursor moves forward only. */
export function deltaLoad(posts: Iterable<Post>, since: number): LoadResult {
    let cursor = since;
    const entries: LogEntry[] = [];
    const deletedPostIds: string[] = [];
    for (const post of posts) {
        cursor = Math.max(cursor, updatedAt(post));
        if (isDeleted(post)) {
            // An edit-history copy is a deleted row with a new id: dropping it drops nothing we hold.
            deletedPostIds.push(post.id);
        } else if (isTrackerPost(post)) {
            entries.push(toLogEntry(post));
        }
    }
    return {kind: 'delta', entries, deletedPostIds, tombstones: [], cursor};
}
