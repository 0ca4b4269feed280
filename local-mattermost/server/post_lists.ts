// The two answers of GET /api/v4/channels/{id}/posts: a page, and the changes since a time.
// Both follow server/channels/store/sqlstore/post_store.go (GetPosts: getRootPosts and
// getParentsPosts; GetPostsSince) and app/post.go AddCursorIdsForPostList.
import type {LocalApp} from './app';
import {arbitrarySubset, newestFirst, newestFirstPage} from './post_order';
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
    const rows = query.includeDeleted ? all : all.filter((p) => p.delete_at === 0);
    const pageItems = newestFirstPage(rows, query.page * query.perPage, query.perPage, app.settings.random);
    const counts = app.replyCounts(channelId);
    const map: Record<string, WirePost> = {};
    for (const p of pageItems) {
        map[p.id] = posts.wire(p, counts);
    }
    // getParentsPosts: the roots of the page's replies, and with fetchThreads their whole threads,
    // go into `posts` only, under the same deleted filter.
    const rootIds = new Set(pageItems.filter((p) => p.root_id !== '').map((p) => p.root_id));
    for (const p of rows) {
        const inThread = rootIds.has(p.id) || (query.fetchThreads && rootIds.has(p.root_id));
        if (inThread && map[p.id] === undefined) {
            map[p.id] = posts.wire(p, counts);
        }
    }
    const first = pageItems[0];
    const last = pageItems[pageItems.length - 1];
    return wirePostList(pageItems.map((p) => p.id), map, {
        next: first === undefined ? '' : cursorAround(all, first.create_at, 'after'),
        prev: last === undefined ? '' : cursorAround(all, last.create_at, 'before'),
    });
}

// getPostIdAroundTime: the nearest live post strictly after (or before) a time; among equal
// times whichever comes first.
function cursorAround(all: readonly PostRecord[], createAt: number, side: 'after' | 'before'): string {
    let best: PostRecord | undefined;
    for (const p of all) {
        if (p.delete_at !== 0) {
            continue;
        }
        if (side === 'after' ? p.create_at > createAt && (best === undefined || p.create_at < best.create_at) :
            p.create_at < createAt && (best === undefined || p.create_at > best.create_at)) {
            best = p;
        }
    }
    return best?.id ?? '';
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
