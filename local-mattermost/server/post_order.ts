// The only order Mattermost's post queries promise: CreateAt DESC, with no tie-breaker
// (server/channels/store/sqlstore/post_store.go getRootPosts and GetPostsSince end in
// `ORDER BY CreateAt DESC`). Posts saved in the same millisecond therefore come back in whatever
// order the database finds them; here ties are shuffled anew on every call, so a client that
// depends on their order fails here as it would, now and then, against a real server.
import type {PostRecord} from './records';
import {shuffleInPlace, type Random} from './random';

export function newestFirst(posts: readonly PostRecord[], random: Random): PostRecord[] {
    const sorted = [...posts].sort((a, b) => b.create_at - a.create_at);
    const out: PostRecord[] = [];
    let start = 0;
    while (start < sorted.length) {
        const createAt = sorted[start]?.create_at;
        let end = start + 1;
        while (end < sorted.length && sorted[end]?.create_at === createAt) {
            end++;
        }
        out.push(...shuffleInPlace(sorted.slice(start, end), random));
        start = end;
    }
    return out;
}

/**
 * A page as server/channels/store/sqlstore/post_store.go getRootPosts cuts it (ORDER BY CreateAt
 * DESC with LIMIT and OFFSET): newestFirst(posts).slice(offset, offset + limit) for posts already
 * sorted oldest first (the app's channel index keeps them so), without sorting the whole channel
 * on every page request: only the window, widened to whole runs of equal times at its edges, is
 * ordered and its ties shuffled, which deals every page the same odds as shuffling them all.
 */
export function newestFirstPage(ascending: readonly PostRecord[], offset: number, limit: number, random: Random): PostRecord[] {
    const n = ascending.length;
    if (offset >= n || limit <= 0) {
        return [];
    }
    // Position i in newest-first order is ascending[n - 1 - i].
    const at = (i: number): number => ascending[n - 1 - i]?.create_at ?? NaN;
    let lo = offset;
    let hi = Math.min(n, offset + limit);
    while (lo > 0 && at(lo - 1) === at(lo)) {
        lo--;
    }
    while (hi < n && at(hi) === at(hi - 1)) {
        hi++;
    }
    const window = ascending.slice(n - hi, n - lo);
    return newestFirst(window, random).slice(offset - lo, offset - lo + limit);
}

// `LIMIT 1000` without ORDER BY (GetPostsSince's inner query): which rows survive is up to the
// database, so an arbitrary subset is kept.
export function arbitrarySubset<T>(items: readonly T[], limit: number, random: Random): T[] {
    if (items.length <= limit) {
        return [...items];
    }
    return shuffleInPlace([...items], random).slice(0, limit);
}

// server/channels/store/sqlstore/post_store.go getPostIdAroundTime: `CreateAt > time` (or `<`),
// `ChannelId = ?`, `DeleteAt = 0`, `ORDER BY ChannelId, DeleteAt, CreateAt ASC` (or DESC) `LIMIT 1`,
// answered from idx_posts_channel_id_delete_at_create_at: the nearest live post strictly after (or
// before) a time. Here two binary searches over the live posts, oldest first as the channel's index
// keeps them. Where it can differ: among posts sharing that nearest time the database returns
// whichever its index yields (no tie-breaker), here the first saved; and with collapsedThreads the
// real query also requires RootId = '', which is not imitated (the plugin asks collapsedThreads=false).
export function cursorAround(live: readonly PostRecord[], createAt: number, side: 'after' | 'before'): string {
    if (side === 'after') {
        return live[firstIndexAbove(live, createAt)]?.id ?? '';
    }
    const lastBelow = firstIndexAtOrAbove(live, createAt) - 1;
    const nearest = live[lastBelow];
    return nearest === undefined ? '' : live[firstIndexAtOrAbove(live, nearest.create_at)]?.id ?? '';
}

/** The first index whose create_at is above `time` (live.length when none is). */
function firstIndexAbove(live: readonly PostRecord[], time: number): number {
    let lo = 0;
    let hi = live.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((live[mid]?.create_at ?? Infinity) > time) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

/** The first index whose create_at is at or above `time` (live.length when none is). */
function firstIndexAtOrAbove(live: readonly PostRecord[], time: number): number {
    let lo = 0;
    let hi = live.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((live[mid]?.create_at ?? Infinity) >= time) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}
