// The reading algorithm against a channel that behaves as badly as Mattermost may: ties ordered
// afresh on every request, posts readable late, deletions while paging, `since` capped at 1000.
import {EVENT_PROP, EVENT_VERSION, POST_TYPE} from '../domain/events';

import type {Post, PostList} from './posts';
import {PAGE_SIZE, readChangesSince, readWholeLog, type ChannelReader} from './read_log';

function post(n: number, createAt: number): Post {
    const id = `p${String(n).padStart(25, '0')}`;
    return {
        id, create_at: createAt, update_at: createAt, user_id: 'u'.repeat(26), channel_id: 'c'.repeat(26), type: POST_TYPE, message: 'm',
        props: {[EVENT_PROP]: {v: EVENT_VERSION, id: `evt${n}xxxxxxxx`}},
    };
}

/** A channel whose every page request orders equal create_at the other way round from the last. */
class Channel implements ChannelReader {
    rows: Post[] = [];
    requests: string[] = [];
    /** A server that orders ties the same way every time (most databases, while nothing changes). */
    stable = false;
    private flip = false;
    /** Runs after the n-th page request (to change the channel while it is being read). */
    onPage: ((n: number) => void) | null = null;

    async page(page: number, perPage: number, includeDeleted: boolean): Promise<PostList> {
        this.requests.push(`page ${page}x${perPage}`);
        this.flip = this.stable ? false : !this.flip;
        const visible = this.rows.filter((row) => includeDeleted || (row.delete_at ?? 0) === 0);
        const sorted = [...visible].sort((a, b) => (b.create_at - a.create_at) || (this.flip ? (a.id < b.id ? -1 : 1) : (a.id < b.id ? 1 : -1)));
        const slice = sorted.slice(page * perPage, (page + 1) * perPage);
        this.onPage?.(this.requests.length);
        return Promise.resolve({order: slice.map((row) => row.id), posts: Object.fromEntries(slice.map((row) => [row.id, row]))});
    }

    async since(since: number): Promise<PostList> {
        this.requests.push(`since ${since}`);
        const changed = this.rows.filter((row) => (row.update_at ?? 0) > since).slice(0, 1000);
        return Promise.resolve({order: changed.map((row) => row.id), posts: Object.fromEntries(changed.map((row) => [row.id, row]))});
    }
}

describe('reading the whole log', () => {
    it('reads every post when a run of equal times crosses a page boundary, however each request orders them', async () => {
        const channel = new Channel();
        // 190 distinct times, then 30 posts in one millisecond across the first boundary, then 100 more.
        for (let n = 0; n < 320; n++) {
            channel.rows.push(post(n, n < 100 ? 1000 + n : n < 130 ? 5000 : 6000 + n));
        }
        const result = await readWholeLog(channel);
        expect(result.entries.map((entry) => entry.postId).sort()).toEqual(channel.rows.map((row) => row.id).sort());
        // One extra request, a window holding the whole tie.
        expect(channel.requests.filter((request) => request.startsWith('page')).length).toBe(3);
    });

    it('needs no extra read for a tie the pages already hold whole (no post counted twice)', async () => {
        const channel = new Channel();
        channel.stable = true;
        for (let n = 0; n < 320; n++) {
            channel.rows.push(post(n, n < 100 ? 1000 + n : n < 130 ? 5000 : 6000 + n));
        }
        const result = await readWholeLog(channel);
        expect(result.entries).toHaveLength(320);
        expect(channel.requests.filter((request) => request.startsWith('page')).length).toBe(2);
    });

    it('reads a post that became readable after its page was read (a late link preview) through the catch-up', async () => {
        const channel = new Channel();
        for (let n = 0; n < 250; n++) {
            channel.rows.push(post(n, 1000 + n * 10));
        }
        const late = post(999, 1000 + 249 * 10 - 5);
        channel.onPage = (n) => {
            if (n === 1) {
                channel.rows.push(late);
            }
        };
        const result = await readWholeLog(channel);
        expect(result.entries.map((entry) => entry.postId)).toContain(late.id);
    });

    it('reads again when a post it read is deleted while later pages are read (the pages shift by one)', async () => {
        const channel = new Channel();
        for (let n = 0; n < 450; n++) {
            channel.rows.push(post(n, 1000 + n * 10));
        }
        channel.onPage = (n) => {
            if (n === 1) {
                const newest = channel.rows[449] as Post;
                channel.rows[449] = {...newest, delete_at: 99_999, update_at: 99_999};
            }
        };
        const result = await readWholeLog(channel);
        expect(result.entries).toHaveLength(449);
        expect(channel.requests.filter((request) => request.startsWith('since')).length).toBe(2);
    });

    it('never asks since=0, which Mattermost answers with a page', async () => {
        const channel = new Channel();
        await readWholeLog(channel);
        await readChangesSince(channel, 0);
        expect(channel.requests.filter((request) => request === 'since 0')).toEqual([]);
    });

    it('reads the whole log when `since` answers its cap of 1000', async () => {
        const channel = new Channel();
        for (let n = 0; n < 1200; n++) {
            channel.rows.push(post(n, 1000 + n));
        }
        const result = await readChangesSince(channel, 500);
        expect(result.kind).toBe('full');
        expect(result.entries).toHaveLength(1200);
        expect(PAGE_SIZE).toBe(200);
    });

    it('hands back the tracker posts it saw deleted, as the server kept them', async () => {
        const channel = new Channel();
        channel.rows.push(post(1, 1000), {...post(2, 1010), delete_at: 2000, update_at: 2000}, {...post(3, 1020), delete_at: 2000, update_at: 2000, original_id: 'p0000000000000000000000001'});
        const result = await readChangesSince(channel, 1500);
        expect(result.tombstones.map((entry) => entry.postId)).toEqual(['p0000000000000000000000002']);
    });
});
