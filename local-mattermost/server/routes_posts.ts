// Post routes: create (201), get, thread, patch, delete, and a channel's posts by page or since.
import {z} from 'zod';

import type {LocalApp} from './app';
import {invalidParam, permissionError} from './errors';
import {ok, param, readJson, route, type Route} from './http';
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
const postPatch = z.object({
    message: z.string().optional(),
    props: z.record(z.string(), z.unknown()).optional(),
    is_pinned: z.boolean().optional(),
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

export function postRoutes(app: LocalApp, posts: Posts): Route[] {
    return [
        route('POST', '/api/v4/posts', async (ctx) => {
            const body = await readJson(ctx, newPost, 'post');
            const {post} = posts.create(ctx.auth.user, {...body, props: body.props ?? {}});
            return {status: 201, json: post};
        }),
        route('GET', '/api/v4/posts/{post_id}', (ctx) => ({json: posts.wire(posts.readable(ctx.auth.user, param(ctx, 'post_id')))})),
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
        route('PUT', '/api/v4/posts/{post_id}/patch', async (ctx) => {
            const patch = await readJson(ctx, postPatch, 'post');
            return {json: posts.patch(ctx.auth.user, param(ctx, 'post_id'), patch)};
        }),
        route('DELETE', '/api/v4/posts/{post_id}', (ctx) => {
            posts.remove(ctx.auth.user, param(ctx, 'post_id'));
            return {json: ok};
        }),
        route('GET', '/api/v4/channels/{channel_id}/posts', (ctx) => {
            const channel = app.requireChannel(param(ctx, 'channel_id'));
            const userId = ctx.auth.user.id;
            if (!app.canReadChannel(channel, userId)) {
                throw permissionError('read_channel_content');
            }
            const query = ctx.url.searchParams;
            const since = intParam(query.get('since'), 'since', 0);
            const page = intParam(query.get('page'), 'page', 0);
            const perPage = Math.min(intParam(query.get('per_page'), 'per_page', perPageDefault), perPageMax);
            const fetchThreads = query.get('skipFetchThreads') !== 'true';
            const includeDeleted = query.get('include_deleted') === 'true';
            if (includeDeleted && !app.isSystemAdmin(userId)) {
                throw permissionError('read_deleted_posts');
            }
            const all = app.channelPosts(channel.id);
            const map: Record<string, WirePost> = {};
            const counts = app.replyCounts(channel.id);
            const add = (p: PostRecord) => {
                map[p.id] = posts.wire(p, counts);
            };

            if (since > 0) {
                // Changed posts, deleted ones included (marked by delete_at), as GetPostsSince does.
                const changed = all.filter((p) => p.update_at > since).sort(newestFirst);
                changed.forEach(add);
                if (fetchThreads) {
                    addRoots(app, changed, map, add);
                }
                return {json: wirePostList(changed.map((p) => p.id), map, {next: '', prev: ''})};
            }

            const visible = all.filter((p) => includeDeleted || p.delete_at === 0);
            const newest = [...visible].reverse();
            const pageItems = newest.slice(page * perPage, (page + 1) * perPage);
            pageItems.forEach(add);
            if (fetchThreads) {
                addRoots(app, pageItems, map, add);
            }
            const first = pageItems[0];
            const last = pageItems[pageItems.length - 1];
            const firstIndex = first === undefined ? -1 : newest.indexOf(first);
            const lastIndex = last === undefined ? -1 : newest.indexOf(last);
            return {
                json: wirePostList(pageItems.map((p) => p.id), map, {
                    next: firstIndex > 0 ? newest[firstIndex - 1]?.id ?? '' : '',
                    prev: lastIndex >= 0 ? newest[lastIndex + 1]?.id ?? '' : '',
                    hasNext: newest.length > (page + 1) * perPage,
                }),
            };
        }),
    ];
}

// Replies bring their thread's root into `posts` (not `order`), like Mattermost with fetchThreads.
function addRoots(app: LocalApp, list: PostRecord[], map: Record<string, WirePost>, add: (p: PostRecord) => void): void {
    for (const p of list) {
        if (p.root_id !== '' && map[p.root_id] === undefined) {
            const root = app.post(p.root_id);
            if (root !== undefined) {
                add(root);
            }
        }
    }
}
