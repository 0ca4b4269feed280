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

import type {DeletedPost, LoadResult, ReadProgress} from './port';
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
/** Pages read at once when reading side by side: what a browser opens to one host over HTTP/1.1. */
export const PAGE_CONCURRENCY = 6;

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

/**
 * A page of the log, its tracker posts read into entries as soon as it arrives (toLogEntry keeps
 * each by post and version): reading an event and checking its seal is most of a cold open's
 * work, and done page by page it runs while the other pages are still on the way, not after.
 */
async function logPage(reader: ChannelReader, page: number, perPage: number): Promise<Post[]> {
    return readEntries(postsInOrder(await reader.page(page, perPage, false)));
}

/** Reads a page's live tracker posts into entries (toLogEntry keeps them for the end of the read). */
function readEntries(posts: Post[]): Post[] {
    for (const post of posts) {
        if (isTrackerPost(post) && !isDeleted(post)) {
            toLogEntry(post);
        }
    }
    return posts;
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

/** The pages a reader read: every post by id, and each page as it came (for the tie check). */
interface PagesRead {
    readonly posts: Map<string, Post>;
    readonly pages: Post[][];
}

/** Reads every tie that crosses a boundary between two full pages and was not read whole. */
async function readTies(reader: ChannelReader, read: PagesRead, includeDeleted: boolean): Promise<void> {
    const {pages, posts} = read;
    for (let i = 0; i + 1 < pages.length; i++) {
        const above = pages[i]?.[PAGE_SIZE - 1];
        const below = pages[i + 1]?.[0];
        if (above && below && above.create_at === below.create_at && !tieReadWhole(pages, above.create_at)) {
            await readTie(reader, (i + 1) * PAGE_SIZE, above.create_at, includeDeleted, posts);
        }
    }
}

/** Pages one after another from `first` until a short one (page lists carry no has_next: api4/post.go getPostsForChannel). */
async function readOnward(reader: ChannelReader, includeDeleted: boolean, read: PagesRead, first: number): Promise<void> {
    for (let page = first; ; page++) {
        const list = includeDeleted ? postsInOrder(await reader.page(page, PAGE_SIZE, true)) : await logPage(reader, page, PAGE_SIZE);
        list.forEach((post) => read.posts.set(post.id, post));
        read.pages[page] = list;
        if (list.length < PAGE_SIZE) {
            return;
        }
    }
}

/** Every post of the channel by pages, one after another, ties at page boundaries read whole. */
async function readPages(reader: ChannelReader, includeDeleted: boolean): Promise<Map<string, Post>> {
    const read: PagesRead = {posts: new Map(), pages: []};
    await readOnward(reader, includeDeleted, read, 0);
    await readTies(reader, read, includeDeleted);
    return read.posts;
}

/** Every post by pages, one after another, then the catch-up. */
async function readInOrder(reader: ChannelReader): Promise<SideBySide> {
    const posts = await readPages(reader, false);
    return {posts, first: null, catchUp: postsOf(await reader.since(catchUpFrom(posts.values(), null)))};
}

/** The first page, read before the others: what the catch-up checks the other pages against. */
interface FirstPage {
    readonly ids: ReadonlySet<string>;
    readonly newest: number;
    readonly oldest: number;
}

/** Pages read side by side, and the catch-up read after them. */
interface SideBySide {
    readonly posts: Map<string, Post>;
    /** Null when the pages were read in order (see readPagesSideBySide). */
    readonly first: FirstPage | null;
    readonly catchUp: Post[];
}

function postsOf(list: PostList): Post[] {
    return Object.values(list.posts);
}

/** Where a catch-up starts: before the newest change read, and before the first page's newest post, by the overlap. */
function catchUpFrom(posts: Iterable<Post>, first: FirstPage | null): number {
    let cursor = 0;
    for (const post of posts) {
        cursor = Math.max(cursor, updatedAt(post));
    }
    return Math.max(1, (first ? Math.min(cursor, first.newest) : cursor) - SINCE_OVERLAP_MS);
}

/**
 * The catch-up that also reads the second page. Every post above the third page was created no
 * earlier than the third page's newest post, so a `since` from just before it holds them all,
 * ties at both boundaries included (update_at is never before create_at): one request instead of
 * a page and a catch-up. Rows older than the plain catch-up's start are kept only as posts: what
 * the catch-up says was deleted or changed while reading stays within its own window. When the
 * third page came back empty (the second may be short) or the `since` reached its cap (a busy
 * channel), the second page is read as a page and the plain catch-up follows.
 */
async function catchUpWithSecondPage(reader: ChannelReader, read: PagesRead, first: FirstPage): Promise<Post[]> {
    const from = catchUpFrom(read.posts.values(), first);
    const third = read.pages[2]?.[0];
    if (third) {
        const rows = postsOf(await reader.since(Math.max(1, Math.min(from, third.create_at - 1))));
        if (rows.length < SINCE_CAP) {
            for (const post of rows) {
                if (updatedAt(post) <= from && !isDeleted(post)) {
                    read.posts.set(post.id, post);
                }
            }
            return rows.filter((post) => updatedAt(post) > from);
        }
    }
    const second = await logPage(reader, 1, PAGE_SIZE);
    read.pages[1] = second;
    second.forEach((post) => read.posts.set(post.id, post));
    await readTies(reader, {posts: read.posts, pages: Array.from(read.pages.slice(0, 3), (list) => list ?? [])}, false);
    return postsOf(await reader.since(from));
}

/**
 * Every post of the channel, the first page alone, then the others side by side, at most
 * PAGE_CONCURRENCY at a time: the pages `expected` posts fill, plus the one that shows the end;
 * past a full last page, one after another. The second page comes with the catch-up
 * (catchUpWithSecondPage). With fewer than three pages they are read in order. `first` is null
 * when the first page cannot be the catch-up's reference (a short first page; or a channel so busy
 * that its first page spans less than SINCE_OVERLAP_MS, where the check below could not tell a post
 * written meanwhile from one written just before): then the pages are read in order too.
 */
async function readPagesSideBySide(reader: ChannelReader, expected: number): Promise<SideBySide> {
    const read: PagesRead = {posts: new Map(), pages: []};
    // Read into entries once the next pages have gone out (below), not before.
    const page0 = postsInOrder(await reader.page(0, PAGE_SIZE, false));
    read.pages[0] = page0;
    page0.forEach((post) => read.posts.set(post.id, post));
    const newest = page0[0]?.create_at ?? 0;
    const oldest = page0[page0.length - 1]?.create_at ?? 0;
    const count = Math.floor(expected / PAGE_SIZE) + 1;
    const first = page0.length === PAGE_SIZE && newest - oldest >= SINCE_OVERLAP_MS ? {ids: new Set(page0.map((post) => post.id)), newest, oldest} : null;
    if (first === null || count < 3) {
        readEntries(page0);
        // Too few pages to read side by side (the first page still sets where the catch-up starts).
        if (page0.length === PAGE_SIZE) {
            await readOnward(reader, false, read, 1);
            await readTies(reader, read, false);
        }
        return {posts: read.posts, first, catchUp: postsOf(await reader.since(catchUpFrom(read.posts.values(), first)))};
    }
    let next = 2;
    let shortAt = Infinity;
    // Pages after a short one hold nothing: once one is seen, no later page is asked for.
    const ask = (): {page: number; list: Promise<PostList>} | null => {
        if (next >= count || next > shortAt) {
            return null;
        }
        const page = next++;
        return {page, list: reader.page(page, PAGE_SIZE, false)};
    };
    const worker = async (): Promise<void> => {
        for (let asked = ask(); asked !== null;) {
            const list = postsInOrder(await asked.list);
            read.pages[asked.page] = list;
            if (list.length < PAGE_SIZE) {
                shortAt = Math.min(shortAt, asked.page);
            }
            // The next page goes out before this one is read into entries, which takes a while.
            asked = ask();
            readEntries(list);
        }
    };
    const workers = Promise.all(Array.from({length: Math.min(PAGE_CONCURRENCY, count - 2)}, worker));
    readEntries(page0);
    await workers;
    // Pages in channel order, so a post seen twice keeps its newest copy as readPages would.
    for (const list of read.pages.slice(2)) {
        list?.forEach((post) => read.posts.set(post.id, post));
    }
    if (shortAt === Infinity && read.pages.length === count) {
        await readOnward(reader, false, read, count);
    }
    const pages = read.pages.slice(0, shortAt === Infinity ? read.pages.length : shortAt + 1);
    await readTies(reader, {posts: read.posts, pages: Array.from(pages, (list) => list ?? [])}, false);
    return {posts: read.posts, first, catchUp: await catchUpWithSecondPage(reader, read, first)};
}

/**
 * Whether the channel changed while the pages after the first were read side by side. Unlike
 * pages read in order, a post written meanwhile can push another out of a page read after the
 * page below it. A post written (or saved late, after its link preview) after the first page was
 * read lands above the first page's oldest post, since that one is older than the overlap, yet the
 * first page does not hold it; a deletion shows in the catch-up, which reaches back past the first
 * page's newest post. A deletion just before the read cannot be told apart from one during it: a
 * tracker whose latest change was a deletion pays the read in order.
 */
function changedWhileRead(first: FirstPage, catchUp: readonly Post[]): boolean {
    return catchUp.some((post) => (isDeleted(post) ?
        (post.original_id ?? '') === '' :
        !first.ids.has(post.id) && post.create_at > first.oldest));
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

/**
 * The reader, telling `progress` who wrote the pages' tracker posts as the catch-up goes out, so
 * that their profiles are asked for beside the catch-up rather than after it (once for the whole
 * read: one request, as when they were asked for at the end).
 */
function telling(reader: ChannelReader, progress: ReadProgress): ChannelReader {
    const heard = new Set<string>();
    const told = new Set<string>();
    return {
        page: async (page, perPage, includeDeleted) => {
            const list = await reader.page(page, perPage, includeDeleted);
            for (const post of Object.values(list.posts)) {
                if (isTrackerPost(post) && !isDeleted(post)) {
                    heard.add(post.user_id);
                }
            }
            return list;
        },
        since: (since) => {
            const fresh = [...heard].filter((userId) => !told.has(userId));
            fresh.forEach((userId) => told.add(userId));
            if (fresh.length > 0) {
                progress.authors(fresh);
            }
            return reader.since(since);
        },
    };
}

/**
 * The whole log: pages, ties read whole, then a catch-up `since` for late posts and changes made
 * meanwhile. `expected`, how many posts the channel holds as far as the caller knows (Mattermost's
 * total_msg_count), lets the pages be read side by side; without it they are read in order.
 */
export async function readWholeLog(channel: ChannelReader, expected?: number, progress?: ReadProgress): Promise<LoadResult> {
    const reader = progress ? telling(channel, progress) : channel;
    let result: LoadResult | null = null;
    let sideBySide = expected !== undefined && expected >= PAGE_SIZE;
    for (let attempt = 0; attempt < READ_ATTEMPTS && result === null; attempt++) {
        const {posts, first, catchUp} = sideBySide ? await readPagesSideBySide(reader, expected ?? 0) : await readInOrder(reader);
        let cursor = 0;
        for (const post of posts.values()) {
            cursor = Math.max(cursor, updatedAt(post));
        }
        // A post read live and now deleted may have gone while later pages were read.
        const shifted = catchUp.some((post) => isDeleted(post) && (post.original_id ?? '') === '' && posts.has(post.id));
        if (first && changedWhileRead(first, catchUp)) {
            // Read again in order, which only a deletion can upset (and `shifted` sees it).
            sideBySide = false;
            continue;
        }
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
export async function readChangesSince(reader: ChannelReader, cursor: number, expected?: number): Promise<LoadResult> {
    const posts = Object.values((await reader.since(Math.max(1, cursor - SINCE_OVERLAP_MS))).posts);
    if (posts.length >= SINCE_CAP) {
        return readWholeLog(reader, expected);
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
