// The two answers of GET /api/v4/channels/{id}/posts: a page, and the changes since a time.
// Both follow server/channels/store/sqlstore/post_store.go (GetPosts: getRootPosts and
// getParentsPosts; GetPostsSince) and app/post.go AddCursorIdsForPostList.
import type {LocalApp} from './app';
import {arbitrarySubset, cursorAround, newestFirst, newestFirstPage} from './post_order';
import type {Posts} from './posts';
import type {PostRecord} from './records';
import {wirePostList, type WirePost, type WirePostList} from './wire';

export interface PageQuery {
    page: number;
    perPage: number;
    includeDeleted: boolean;
    fetchThreads: boolean;
}

// GetPostsSince's inner query: `WHERE UpdateAt > ? AND ChannelId = ? LIMIT 1000`.
export const sinceRowLimit = 1000;

export function postPage(app: LocalApp, posts: Posts, channelId: string, query: PageQuery): WirePostList {
    const all = app.channelPosts(channelId);
    // Without include_deleted deleted rows (edit-history copies among them) are not posts of the
    // channel; with it they all are, copies included (getRootPosts drops its DeleteAt filter).
    const rows = query.includeDeleted ? all : app.liveChannelPosts(channelId);
    const pageItems = newestFirstPage(rows, query.page * query.perPage, query.perPage, app.settings.random);
    const counts = app.replyCounts(channelId);
    const map: Record<string, WirePost> = {};
    for (const p of pageItems) {
        map[p.id] = posts.wire(p, counts);
    }
    // getParentsPosts: the roots of the page's replies, and with fetchThreads their whole threads,
    // go into `posts` only, under the same deleted filter.
    const rootIds = new Set(pageItems.filter((p) => p.root_id !== '').map((p) => p.root_id));
    for (const p of parentsOf(app, rows, channelId, rootIds, query)) {
        if (map[p.id] === undefined) {
            map[p.id] = posts.wire(p, counts);
        }
    }
    const first = pageItems[0];
    const last = pageItems[pageItems.length - 1];
    const live = app.liveChannelPosts(channelId);
    return wirePostList(pageItems.map((p) => p.id), map, {
        next: first === undefined ? '' : cursorAround(live, first.create_at, 'after'),
        prev: last === undefined ? '' : cursorAround(live, last.create_at, 'before'),
    });
}

/** The roots (and with fetchThreads the threads) a page's replies belong to, oldest first. */
function parentsOf(app: LocalApp, rows: readonly PostRecord[], channelId: string, rootIds: ReadonlySet<string>, query: PageQuery): readonly PostRecord[] {
    if (rootIds.size === 0) {
        return [];
    }
    if (query.fetchThreads) {
        return rows.filter((p) => rootIds.has(p.id) || rootIds.has(p.root_id));
    }
    // Only the roots (post_store.go getParentsPosts selects them by id): looked up by id rather than
    // found by reading the whole channel on every page. Their order here promises nothing, as on
    // the real server, where they go into PostList.Posts, a Go map that encoding/json writes in key order.
    return [...rootIds]
        .map((id) => app.post(id))
        .filter((p): p is PostRecord => p !== undefined && p.channel_id === channelId && (query.includeDeleted || p.delete_at === 0))
        .sort(byCreateAtAscending);
}

function byCreateAtAscending(a: PostRecord, b: PostRecord): number {
    return a.create_at - b.create_at;
}

// GetPostsSince: rows changed after `since` (deleted ones and edit-history copies included, at most
// 1000 of them, which ones unspecified), UNION the roots of those rows, all sorted by CreateAt
// DESC; `order` lists the rows of that answer changed after `since`. The roots are in the query
// whatever skipFetchThreads says (it only decides whether reply counts are computed).
export function postsSince(app: LocalApp, posts: Posts, channelId: string, since: number): WirePostList {
    const all = app.channelPosts(channelId);
    const changed = arbitrarySubset(all.filter((p) => p.update_at > since), sinceRowLimit, app.settings.random);
    const picked = new Map(changed.map((p) => [p.id, p]));
    for (const p of changed) {
        const root = p.root_id === '' ? undefined : app.post(p.root_id);
        if (root !== undefined) {
            picked.set(root.id, root);
        }
    }
    const sorted = newestFirst([...picked.values()], app.settings.random);
    const counts = app.replyCounts(channelId);
    const map: Record<string, WirePost> = {};
    for (const p of sorted) {
        map[p.id] = posts.wire(p, counts);
    }
    return wirePostList(sorted.filter((p) => p.update_at > since).map((p) => p.id), map, {next: '', prev: ''});
}
