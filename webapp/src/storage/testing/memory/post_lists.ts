// The in-memory Mattermost's answers to GET /api/v4/channels/{id}/posts, with the real server's
// rules (server/channels/store/sqlstore/post_store.go, mirrored by local-mattermost/server/
// post_lists.ts): CreateAt DESC with no tie-breaker, so equal create_at come back in a new order
// each time; no has_next; `since` is every changed row (deleted ones and edit-history copies
// included), an arbitrary 1000 of them at most, plus the roots of changed replies.
import type {Post, PostList} from '../../posts';

export type Random = () => number;

export const PER_PAGE_MAX = 200;
export const SINCE_ROW_LIMIT = 1000;

function shuffled<T>(items: T[], random: Random): T[] {
    for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const a = items[i];
        const b = items[j];
        if (a !== undefined && b !== undefined) {
            items[i] = b;
            items[j] = a;
        }
    }
    return items;
}

export function newestFirst(posts: readonly Post[], random: Random): Post[] {
    const sorted = [...posts].sort((a, b) => b.create_at - a.create_at);
    const out: Post[] = [];
    let start = 0;
    while (start < sorted.length) {
        let end = start + 1;
        while (end < sorted.length && sorted[end]?.create_at === sorted[start]?.create_at) {
            end++;
        }
        out.push(...shuffled(sorted.slice(start, end), random));
        start = end;
    }
    return out;
}

function listOf(order: readonly Post[], extra: readonly Post[] = []): PostList {
    const posts: Record<string, Post> = {};
    for (const post of [...order, ...extra]) {
        posts[post.id] = post;
    }
    return {order: order.map((post) => post.id), posts};
}

/** One page; `rows` are every row of the channel, deleted ones and edit-history copies included. */
export function postPage(rows: readonly Post[], page: number, perPage: number, includeDeleted: boolean, random: Random): PostList {
    const visible = includeDeleted ? rows : rows.filter((post) => (post.delete_at ?? 0) === 0);
    const size = Math.min(perPage, PER_PAGE_MAX);
    const items = newestFirst(visible, random).slice(page * size, (page + 1) * size);
    // The roots of the page's replies come along in `posts` (getParentsPosts).
    const rootIds = new Set(items.map((post) => post.root_id ?? '').filter((id) => id !== ''));
    return listOf(items, visible.filter((post) => rootIds.has(post.id)));
}

export function postsSince(rows: readonly Post[], since: number, random: Random): PostList {
    const changed = shuffled(rows.filter((post) => (post.update_at ?? 0) > since), random).slice(0, SINCE_ROW_LIMIT);
    const picked = new Map(changed.map((post) => [post.id, post]));
    for (const post of changed) {
        const root = rows.find((row) => row.id === post.root_id);
        if (root) {
            picked.set(root.id, root);
        }
    }
    const sorted = newestFirst([...picked.values()], random);
    return {order: sorted.filter((post) => (post.update_at ?? 0) > since).map((post) => post.id), posts: listOf(sorted).posts};
}
