// Pages read side by side (readWholeLog with the channel's post count): every post exactly once
// whatever order ties come back in, wherever the page boundaries fall, however wrong the count,
// and whatever is written or deleted while the pages are in flight, in whatever order they answer.
import fc from 'fast-check';

import {EVENT_PROP, EVENT_VERSION, POST_TYPE} from '../domain/events';

import * as posts from './posts';
import type {Post, PostList} from './posts';
import {PAGE_CONCURRENCY, PAGE_SIZE, readWholeLog, type ChannelReader} from './read_log';

/** Posts a second apart, so the catch-up's overlap (10 s) holds a few of them, not the whole channel. */
const T0 = 1_700_000_000_000;
const STEP = 1000;

function post(n: number, createAt: number): Post {
    const id = `p${String(n).padStart(25, '0')}`;
    return {
        id, create_at: createAt, update_at: createAt, user_id: 'u'.repeat(26), channel_id: 'c'.repeat(26), type: POST_TYPE, message: 'm',
        props: {[EVENT_PROP]: {v: EVENT_VERSION, id: `evt${n}xxxxxxxx`}},
    };
}

/** A small deterministic generator, so a failing case replays. */
function seeded(seed: number): () => number {
    let state = seed >>> 0 || 1;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

/**
 * A channel that answers each page after a delay of its own (so pages answer in any order) and
 * orders equal create_at afresh, at random, when it answers, as a database would.
 */
class Channel implements ChannelReader {
    rows: Post[] = [];
    requests: string[] = [];
    answered = 0;
    /** Runs when the n-th page request is answered (1-based), before the page is cut. */
    onAnswer: ((n: number) => void) | null = null;

    constructor(private readonly random: () => number, private readonly delays = false) {}

    async page(page: number, perPage: number, includeDeleted: boolean): Promise<PostList> {
        this.requests.push(`page ${page}x${perPage}`);
        if (this.delays) {
            await new Promise((resolve) => setTimeout(resolve, Math.floor(this.random() * 4)));
        }
        this.answered++;
        this.onAnswer?.(this.answered);
        const visible = this.rows.filter((row) => includeDeleted || (row.delete_at ?? 0) === 0);
        const keys = new Map(visible.map((row) => [row.id, this.random()]));
        const sorted = [...visible].sort((a, b) => (b.create_at - a.create_at) || ((keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0)));
        const slice = sorted.slice(page * perPage, (page + 1) * perPage);
        return {order: slice.map((row) => row.id), posts: Object.fromEntries(slice.map((row) => [row.id, row]))};
    }

    async since(since: number): Promise<PostList> {
        this.requests.push(`since ${since}`);
        const changed = this.rows.filter((row) => (row.update_at ?? 0) > since).slice(0, 1000);
        return Promise.resolve({order: changed.map((row) => row.id), posts: Object.fromEntries(changed.map((row) => [row.id, row]))});
    }

    pageRequests(): number {
        return this.requests.filter((request) => request.startsWith('page')).length;
    }
}

function live(channel: Channel): string[] {
    return channel.rows.filter((row) => (row.delete_at ?? 0) === 0).map((row) => row.id).sort();
}

async function readIds(channel: Channel, expected: number): Promise<string[]> {
    const result = await readWholeLog(channel, expected);
    return result.entries.map((entry) => entry.postId).sort();
}

describe('reading the whole log side by side', () => {
    it('asks for the pages the count fills, plus the one that shows the end, but the second, which comes with the catch-up', async () => {
        const channel = new Channel(seeded(1));
        for (let n = 0; n < 1000; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        expect(await readIds(channel, 1000)).toEqual(live(channel));
        expect(channel.requests.filter((request) => request.startsWith('page')).sort()).toEqual(
            Array.from({length: 1000 / PAGE_SIZE + 1}, (_, page) => `page ${page}x${PAGE_SIZE}`).filter((request) => request !== `page 1x${PAGE_SIZE}`).sort());
        // From just before the third page's newest post (the 600th from the end).
        expect(channel.requests.filter((request) => request.startsWith('since'))).toEqual([`since ${T0 + 599 * STEP - 1}`]);
    });

    it('reads the second page as a page when the catch-up that would bring it reaches the server\'s cap', async () => {
        const channel = new Channel(seeded(6));
        // 700 old posts changed (reactions, edits) since the third page's newest post was written:
        // with the 400 posts above that one, more rows than a `since` answers.
        for (let n = 0; n < 1400; n++) {
            channel.rows.push({...post(n, T0 + n * STEP), ...(n < 700 ? {update_at: T0 + 1100 * STEP} : {})});
        }
        expect(await readIds(channel, 1400)).toEqual(live(channel));
        expect(channel.requests).toContain(`page 1x${PAGE_SIZE}`);
        expect(channel.requests.filter((request) => request.startsWith('since'))).toHaveLength(2);
    });

    it('reads the second page as a page when the third came back empty (the second may be short)', async () => {
        const channel = new Channel(seeded(7));
        for (let n = 0; n < 330; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        expect(await readIds(channel, 600)).toEqual(live(channel));
        expect(channel.requests).toContain(`page 1x${PAGE_SIZE}`);
    });

    it('keeps at most PAGE_CONCURRENCY pages in flight', async () => {
        const channel = new Channel(seeded(2), true);
        for (let n = 0; n < 3000; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        let inFlight = 0;
        let most = 0;
        const page = channel.page.bind(channel);
        channel.page = async (...args) => {
            inFlight++;
            most = Math.max(most, inFlight);
            try {
                return await page(...args);
            } finally {
                inFlight--;
            }
        };
        expect(await readIds(channel, 3000)).toEqual(live(channel));
        expect(most).toBe(PAGE_CONCURRENCY);
    });

    it('names the pages\' authors once, as the catch-up goes out, before it is answered', async () => {
        const channel = new Channel(seeded(4), true);
        const author = (n: number): string => `author${n % 7}`.padEnd(26, 'x');
        for (let n = 0; n < 1500; n++) {
            channel.rows.push({...post(n, T0 + n * STEP), user_id: author(n)});
        }
        // A post that is no event and an event deleted long ago: their authors are nobody the fold asks about.
        channel.rows.push({...post(1500, T0 + 1500 * STEP), user_id: 'chatter'.padEnd(26, 'x'), type: ''});
        channel.rows.push({...post(1501, T0 + 700 * STEP + 1), update_at: T0 + 701 * STEP, user_id: 'deleter'.padEnd(26, 'x'), delete_at: T0 + 701 * STEP});
        const heard: {authors: string[]; requests: string[]}[] = [];
        const result = await readWholeLog(channel, 1502, {authors: (userIds) => heard.push({authors: [...userIds], requests: [...channel.requests]})});
        expect(heard).toHaveLength(1);
        expect(new Set(heard[0]?.authors)).toEqual(new Set(result.entries.map((entry) => entry.userId)));
        expect(heard[0]?.authors).toHaveLength(7);
        // Every page was in, and the catch-up not yet asked for.
        expect(heard[0]?.requests.filter((request) => request.startsWith('page'))).toHaveLength(channel.pageRequests());
        expect(heard[0]?.requests.some((request) => request.startsWith('since'))).toBe(false);
    });

    it('sends the next requests before reading a page\'s posts into entries (event parse, seal check)', async () => {
        const channel = new Channel(seeded(5), true);
        for (let n = 0; n < 3000; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        const pageOf = new Map<string, number>();
        const page = channel.page.bind(channel);
        channel.page = async (number, perPage, includeDeleted) => {
            const list = await page(number, perPage, includeDeleted);
            list.order.forEach((id) => pageOf.set(id, number));
            return list;
        };
        /** For each page, how many page requests had gone out when its first post was read into an entry. */
        const sentBeforeEntries = new Map<number, number>();
        const toLogEntry = posts.toLogEntry;
        const made = jest.spyOn(posts, 'toLogEntry').mockImplementation((read) => {
            const number = pageOf.get(read.id);
            if (number !== undefined && !sentBeforeEntries.has(number)) {
                sentBeforeEntries.set(number, channel.pageRequests());
            }
            return toLogEntry(read);
        });
        try {
            await readWholeLog(channel, 3000);
        } finally {
            made.mockRestore();
        }
        // The first page's posts only once the pages read side by side have been asked for.
        expect(sentBeforeEntries.get(0)).toBe(1 + PAGE_CONCURRENCY);
        // A page read side by side: only once its worker has asked for the next one.
        expect(sentBeforeEntries.get(2)).toBeGreaterThan(1 + PAGE_CONCURRENCY);
    });

    it('reads on, page by page, when the count is short of what the channel holds', async () => {
        const channel = new Channel(seeded(3));
        for (let n = 0; n < 900; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        expect(await readIds(channel, 250)).toEqual(live(channel));
        expect(channel.pageRequests()).toBe(5);
    });

    it('asks for no page past the first short one when the count is too high (posts deleted since it was counted)', async () => {
        const channel = new Channel(seeded(4));
        for (let n = 0; n < 450; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        expect(await readIds(channel, 5000)).toEqual(live(channel));
        expect(channel.pageRequests()).toBeLessThanOrEqual(3 + PAGE_CONCURRENCY - 1);
    });

    it('reads in order again when a post written meanwhile pushed another across a boundary', async () => {
        const channel = new Channel(seeded(5));
        for (let n = 0; n < 1000; n++) {
            channel.rows.push(post(n, T0 + n * STEP));
        }
        // Page 0, then page 4 answer before the new post, pages 2–3 after it: the oldest post of
        // page 3 moves to the top of page 4, which was read already. (Page 1 comes with the catch-up.)
        const order = [0, 4, 'write', 2, 3, 5] as const;
        const page = channel.page.bind(channel);
        const gates = new Map<number, () => void>();
        let gated = 0;
        channel.page = async (n, perPage, includeDeleted) => {
            if (gated++ < order.length - 1) {
                await new Promise<void>((resolve) => gates.set(n, resolve));
            }
            return page(n, perPage, includeDeleted);
        };
        const reading = readWholeLog(channel, 1000);
        for (const step of order) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (step === 'write') {
                channel.rows.push(post(5000, T0 + 1000 * STEP));
            } else {
                gates.get(step)?.();
            }
        }
        const result = await reading;
        expect(result.entries.map((entry) => entry.postId).sort()).toEqual(live(channel));
        expect(channel.requests.filter((request) => request.startsWith('since'))).toHaveLength(2);
    });

    it('every post exactly once under any tie order, page split, count, and writes or deletions while reading', async () => {
        await fc.assert(fc.asyncProperty(
            fc.integer({min: 0, max: 1300}),
            fc.integer({min: 1, max: 40}),
            fc.integer({min: 0, max: 2000}),
            fc.integer({min: 1, max: 2 ** 31}),
            fc.option(fc.record({at: fc.integer({min: 1, max: 8}), write: fc.boolean(), victim: fc.nat()}), {nil: null}),
            async (size, spread, expected, seed, change) => {
                const channel = new Channel(seeded(seed), true);
                // `spread` distinct times for `size` posts: from ties everywhere to none at all.
                const random = seeded(seed + 1);
                for (let n = 0; n < size; n++) {
                    channel.rows.push(post(n, T0 + STEP * Math.floor(random() * Math.max(1, Math.floor(size / spread)))));
                }
                if (change) {
                    channel.onAnswer = (n) => {
                        if (n !== change.at) {
                            return;
                        }
                        const now = T0 + STEP * 5000 + n;
                        if (change.write || channel.rows.length === 0) {
                            channel.rows.push(post(9000, now));
                        } else {
                            const at = change.victim % channel.rows.length;
                            const victim = channel.rows[at] as Post;
                            channel.rows[at] = {...victim, delete_at: now, update_at: now};
                        }
                    };
                }
                const ids = await readIds(channel, expected);
                expect(ids).toEqual(live(channel));
            },
        ), {numRuns: 60});
    }, 60_000);
});
