// Post routes: create (201), get, thread, update, patch, delete, and a channel's posts by page or
// since (server/channels/api4/post.go).
import {z} from 'zod';

import type {LocalApp} from './app';
import {invalidParam, permissionError} from './errors';
import {ok, param, readJson, route, type Route} from './http';
import type {PostDelete} from './post_delete';
import type {PostEdits} from './post_edits';
import {postPage, postsSince} from './post_lists';
import type {Posts} from './posts';
import type {PostRecord} from './records';
import {wirePostList, type WirePost} from './wire';

// Unknown fields are ignored like Go's JSON decoder; user_id and create_at are overridden later.
const newPost = z.object({
    channel_id: z.string(),
    message: z.string().default(''),
    type: z.string().default(''),
    props: z.record(z.string(), z.unknown()).nullish(),
    root_id: z.string().default(''),
    pending_post_id: z.string().default(''),
    create_at: z.number().default(0),
});
// model.PostPatch: every field a pointer, a missing (or null) one left as it was.
const postPatch = z.object({
    message: z.string().nullish(),
    props: z.record(z.string(), z.unknown()).nullish(),
    is_pinned: z.boolean().nullish(),
});
// model.Post decoded whole for PUT: a missing field is Go's zero value.
const postUpdate = z.object({
    id: z.string().default(''),
    message: z.string().default(''),
    props: z.record(z.string(), z.unknown()).nullish(),
    is_pinned: z.boolean().default(false),
});

const perPageDefault = 60;
const perPageMax = 200;

const newestFirst = (a: PostRecord, b: PostRecord): number => b.create_at - a.create_at;

function intParam(value: string | null, name: string, fallback: number): number {
    if (value === null || value === '') {
        return fallback;
    }
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
        throw invalidParam(name);
    }
    return n;
}

// strconv.ParseBool, as api4 reads include_deleted and skipFetchThreads.
const parseBool = (value: string | null): boolean => value !== null && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value);

export interface PostServices {
    posts: Posts;
    edits: PostEdits;
    deletion: PostDelete;
}

export function postRoutes(app: LocalApp, {posts, edits, deletion}: PostServices): Route[] {
    return [
        route('POST', '/api/v4/posts', async (ctx) => {
            const body = await readJson(ctx, newPost, 'post');
            const {post} = await posts.create(ctx.auth.user, {...body, props: body.props ?? {}});
            return {status: 201, json: post};
        }),
        // getPost: include_deleted needs manage_system, and then also finds edit-history copies.
        route('GET', '/api/v4/posts/{post_id}', (ctx) => {
            const includeDeleted = parseBool(ctx.url.searchParams.get('include_deleted'));
            if (includeDeleted && !app.isSystemAdmin(ctx.auth.user.id)) {
                throw permissionError('manage_system');
            }
            return {json: posts.wire(posts.readable(ctx.auth.user, param(ctx, 'post_id'), includeDeleted))};
        }),
        route('GET', '/api/v4/posts/{post_id}/thread', (ctx) => {
            const post = posts.readable(ctx.auth.user, param(ctx, 'post_id'));
            const rootId = post.root_id === '' ? post.id : post.root_id;
            const thread = app.channelPosts(post.channel_id).filter((p) => (p.id === rootId || p.root_id === rootId) && p.delete_at === 0);
            const sorted = [...thread].sort(newestFirst);
            const map: Record<string, WirePost> = {};
            for (const p of sorted) {
                map[p.id] = posts.wire(p);
            }
            return {json: wirePostList(sorted.map((p) => p.id), map, {next: '', prev: '', hasNext: false})};
        }),
        route('PUT', '/api/v4/posts/{post_id}', async (ctx) => {
            const body = await readJson(ctx, postUpdate, 'post');
            return {json: edits.update(ctx.auth.user, param(ctx, 'post_id'), {...body, props: body.props ?? {}})};
        }),
        route('PUT', '/api/v4/posts/{post_id}/patch', async (ctx) => {
            const patch = await readJson(ctx, postPatch, 'post');
            return {json: edits.patch(ctx.auth.user, param(ctx, 'post_id'), {
                message: patch.message ?? undefined, props: patch.props ?? undefined, is_pinned: patch.is_pinned ?? undefined,
            })};
        }),
        route('DELETE', '/api/v4/posts/{post_id}', (ctx) => {
            deletion.remove(ctx.auth.user, param(ctx, 'post_id'));
            return {json: ok};
        }),
        // getPostsForChannel: include_deleted is refused before the channel is even looked up
        // unless the user is a system admin; `since` answers ignore it, and page and per_page.
        route('GET', '/api/v4/channels/{channel_id}/posts', (ctx) => {
            const query = ctx.url.searchParams;
            const userId = ctx.auth.user.id;
            const includeDeleted = parseBool(query.get('include_deleted'));
            if (includeDeleted && !app.isSystemAdmin(userId)) {
                throw permissionError('read_deleted_posts');
            }
            const channel = app.requireChannel(param(ctx, 'channel_id'));
            if (!app.canReadChannel(channel, userId)) {
                throw permissionError('read_channel_content');
            }
            const since = intParam(query.get('since'), 'since', 0);
            if (since > 0) {
                return {json: postsSince(app, posts, channel.id, since)};
            }
            return {json: postPage(app, posts, channel.id, {
                page: intParam(query.get('page'), 'page', 0),
                perPage: Math.min(intParam(query.get('per_page'), 'per_page', perPageDefault), perPageMax),
                includeDeleted,
                fetchThreads: !parseBool(query.get('skipFetchThreads')),
            })};
        }),
    ];
}
