// Reading the tracker channel exactly, on the server's own terms. Both adapters read through this,
// so they face the same rules:
// - Pages are `ORDER BY CreateAt DESC LIMIT/OFFSET` with no tie-breaker (server/channels/store/
//   sqlstore/post_store.go getRootPosts), and every request orders equal times afresh: posts that
//   share a millisecond across a page boundary can land on neither page. A boundary with the same
//   create_at on both sides is read again through one window that holds the whole tie.
// - A post whose message holds a URL is stamped before its link preview is fetched (app/post.go
//   CreatePost, up to 5 s) and readable only after: a catch-up `since` from before the newest time
//   read, by more than that, picks up posts readable late and changes made while paging.
// - A deletion while paging shifts later posts up by one, so one can be skipped: when the
//   catch-up shows one, the whole read is done again.
// - `since` answers at most 1000 rows, chosen in no order (GetPostsSince: LIMIT 1000 before the
//   ORDER BY): at the cap, the whole log is read instead.
import {EVENT_PROP, POST_TYPE} from '../domain/events';
import {logEntry, type LogEntry} from '../domain/log';

import type {DeletedPost, LoadResult} from './port';
import {deltaLoad, isDeleted, isTrackerPost, toLogEntry, updatedAt, type Post, type PostList} from './posts';

export const PAGE_SIZE = 200;
/** Mattermost answers a `since` query with at most this many posts. */
export const SINCE_CAP = 1000;
/**
 * How far before the newest change seen every `since` asks again: longer than Mattermost's
 * link-preview timeout (5 s), so a post readable late is still read, plus room for clock skew
 * between the server's threads. The repeats cost nothing: posts are kept by id.
 */
export const SINCE_OVERLAP_MS = 10_000;
const READ_ATTEMPTS = 3;

/**
 * The two reads a channel offers (the adapters map them to REST calls or to the in-memory server).
 * `since` must be at least 1: Mattermost reads since=0 as "no since" and answers a page instead.
 */
export interface ChannelReader {
    page(page: number, perPage: number, includeDeleted: boolean): Promise<PostList>;
    since(since: number): Promise<PostList>;
}

function postsInOrder(list: PostList): Post[] {
    return list.order.flatMap((id) => {
        const post = list.posts[id];
        return post ? [post] : [];
    });
}

/** A page size whose window around `boundary` holds the boundary near its middle. */
function windowAround(boundary: number, tried: ReadonlySet<number>): {perPage: number; page: number} | null {
    for (let perPage = PAGE_SIZE; perPage >= 50; perPage--) {
        const offset = boundary % perPage;
        if (!tried.has(perPage) && offset >= perPage / 4 && offset <= (perPage * 3) / 4) {
            return {perPage, page: Math.floor(boundary / perPage)};
        }
    }
    return null;
}

/** Reads posts tied at a page boundary through one request that holds the whole tie (both of its edges differ). */
async function readTie(reader: ChannelReader, boundary: number, createAt: number, includeDeleted: boolean, into: Map<string, Post>): Promise<void> {
    const tried = new Set<number>();
    for (let attempt = 0; attempt < 4; attempt++) {
        const window = windowAround(boundary, tried);
        if (!window) {
            return;
        }
        tried.add(window.perPage);
        const posts = postsInOrder(await reader.page(window.page, window.perPage, includeDeleted));
        posts.forEach((post) => into.set(post.id, post));
        const first = posts[0];
        const last = posts[posts.length - 1];
        const closedAbove = window.page === 0 || (first !== undefined && first.create_at !== createAt);
        const closedBelow = posts.length < window.perPage || (last !== undefined && last.create_at !== createAt);
        if (closedAbove && closedBelow) {
            return;
        }
    }
}

/**
 * Whether the pages already hold every post of a tie that crosses their boundaries. However each
 * request ordered the tie, each page holds exactly as many of its posts as it has places inside
 * it, so the tie has as many posts as the pages counted: when they counted no post twice, none
 * was left out. (A server that orders ties the same way every time, as most databases do while
 * nothing changes, never needs the extra read.)
 */
function tieReadWhole(pages: readonly (readonly Post[])[], createAt: number): boolean {
    const ids = new Set<string>();
    let counted = 0;
    for (const page of pages) {
        for (const post of page) {
            if (post.create_at === createAt) {
                ids.add(post.id);
                counted++;
            }
        }
    }
    return ids.size === counted;
}

/** Every post of the channel by pages, ties at page boundaries read whole. */
async function readPages(reader: ChannelReader, includeDeleted: boolean): Promise<Map<string, Post>> {
    const posts = new Map<string, Post>();
    const pages: Post[][] = [];
    for (let page = 0; ; page++) {
        const list = postsInOrder(await reader.page(page, PAGE_SIZE, includeDeleted));
        list.forEach((post) => posts.set(post.id, post));
        pages.push(list);
        // Page lists carry no has_next (api4/post.go getPostsForChannel): a short page is the last.
        if (list.length < PAGE_SIZE) {
            break;
        }
    }
    for (let i = 0; i + 1 < pages.length; i++) {
        const above = pages[i]?.[PAGE_SIZE - 1];
        const below = pages[i + 1]?.[0];
        if (above && below && above.create_at === below.create_at && !tieReadWhole(pages, above.create_at)) {
            await readTie(reader, (i + 1) * PAGE_SIZE, above.create_at, includeDeleted, posts);
        }
    }
    return posts;
}

/** Tracker posts deleted from the channel, as the server keeps them (no edit-history copies). */
function tombstonesOf(posts: Iterable<Post>): LogEntry[] {
    const found: LogEntry[] = [];
    for (const post of posts) {
        if (isDeleted(post) && isTrackerPost(post) && (post.original_id ?? '') === '') {
            found.push(toLogEntry(post));
        }
    }
    return found;
}

/** The whole log: pages, ties read whole, then a catch-up `since` for late posts and changes made meanwhile. */
export async function readWholeLog(reader: ChannelReader): Promise<LoadResult> {
    let result: LoadResult | null = null;
    for (let attempt = 0; attempt < READ_ATTEMPTS && result === null; attempt++) {
        const posts = await readPages(reader, false);
        let cursor = 0;
        for (const post of posts.values()) {
            cursor = Math.max(cursor, updatedAt(post));
        }
        const catchUp = Object.values((await reader.since(Math.max(1, cursor - SINCE_OVERLAP_MS))).posts);
        // A post read live and now deleted may have gone while later pages were read.
        const shifted = catchUp.some((post) => isDeleted(post) && (post.original_id ?? '') === '' && posts.has(post.id));
        if ((shifted || catchUp.length >= SINCE_CAP) && attempt + 1 < READ_ATTEMPTS) {
            continue;
        }
        for (const post of catchUp) {
            cursor = Math.max(cursor, updatedAt(post));
            if (isDeleted(post)) {
                posts.delete(post.id);
            } else {
                posts.set(post.id, post);
            }
        }
        const entries: LogEntry[] = [];
        for (const post of posts.values()) {
            if (isTrackerPost(post) && !isDeleted(post)) {
                entries.push(toLogEntry(post));
            }
        }
        result = {kind: 'full', entries, deletedPostIds: [], tombstones: tombstonesOf(catchUp), cursor};
    }
    return result ?? {kind: 'full', entries: [], deletedPostIds: [], tombstones: [], cursor: 0};
}

/** Posts created, edited or deleted since the cursor; at the server's cap, the whole log instead. */
export async function readChangesSince(reader: ChannelReader, cursor: number): Promise<LoadResult> {
    const posts = Object.values((await reader.since(Math.max(1, cursor - SINCE_OVERLAP_MS))).posts);
    if (posts.length >= SINCE_CAP) {
        return readWholeLog(reader);
    }
    return {...deltaLoad(posts, cursor), tombstones: tombstonesOf(posts)};
}

/**
 * The server's copies of deleted and rewritten tracker posts (a system admin reads them with
 * include_deleted): deleted posts as they were, and the earlier versions Mattermost keeps when a
 * post is edited (new id, original_id naming the edited post).
 */
export async function readDeleted(reader: ChannelReader): Promise<DeletedPost[]> {
    const found: DeletedPost[] = [];
    for (const post of (await readPages(reader, true)).values()) {
        if (!isDeleted(post) || post.type !== POST_TYPE) {
            continue;
        }
        const original = post.original_id ?? '';
        const entry = logEntry({
            postId: original || post.id, userId: post.user_id, createAt: post.create_at, editAt: post.edit_at ?? 0,
            rootId: post.root_id ?? '', payload: post.props?.[EVENT_PROP], message: post.message ?? '',
        });
        found.push({entry, earlierVersion: original !== '', deleteAt: post.delete_at ?? 0});
    }
    return found;
}
