// Opening the tracker against a real (local) Mattermost: the real TrackerSession over the real
// Mattermost adapter, Client4 and fetch, against startLocalMattermost holding a 5,000-event
// tracker written as a real one is (each post in a millisecond of its own). Cold: a new session
// (nothing cached) reads the channel; warm: the same session opened again asks only for what
// changed since. Sessions share one browser's localStorage, as page loads do: what it remembers of
// the tracker survives a reload. The worst case for reading, a tracker whose posts share
// milliseconds by the hundred, is reported beside it.
import {fold} from '../webapp/src/domain/fold';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';
import {PAGE_SIZE} from '../webapp/src/storage/mattermost/adapter';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {countFetches, type RequestCounter} from './request_counter';
import {pageRequests, sessionHarness} from './session_harness';
import {seedTracker, type SeedTimes} from './seed_tracker';
import {startServer} from './stack';
import {median, round} from './stats';

const EVENTS = 5000;
const READER = 'admin';

export const coldRequestsSpec: FigureSpec = {
    key: 'cold_open_requests', label: `cold open of a ${EVENTS.toLocaleString('en-US')}-event tracker: requests`, unit: 'requests',
    budget: {op: '<=', limit: Math.ceil(EVENTS / 200) + 3},
};
export const coldMsSpec: FigureSpec = {key: 'cold_open_ms', label: `cold open of a ${EVENTS.toLocaleString('en-US')}-event tracker: time`, unit: 'ms', budget: null};
export const warmRequestsSpec: FigureSpec = {key: 'warm_reopen_requests', label: 'warm reopen of the same tracker: requests', unit: 'requests', budget: {op: '==', limit: 1}};
export const warmMsSpec: FigureSpec = {key: 'warm_reopen_ms', label: 'warm reopen of the same tracker: time', unit: 'ms', budget: null};
export const coldTiesRequestsSpec: FigureSpec = {
    key: 'cold_open_ties_requests', label: `…the same, posts sharing milliseconds by the hundred (worst case): requests`, unit: 'requests', budget: null,
};

const COLD_RUNS = 5;
const WARM_RUNS = 15;

interface Cold {
    readonly requests: number;
    readonly pages: number;
    readonly others: string[];
    readonly ms: number;
    readonly channelPosts: number;
    readonly how: string;
}

/** New sessions, one after another (each a new page load), after one warm-up (JIT, sockets). */
async function coldOpens(times: SeedTimes, counter: RequestCounter, then?: (harness: Awaited<ReturnType<typeof sessionHarness>>) => Promise<Figure[]>): Promise<{cold: Cold; more: Figure[]}> {
    const server = await startServer({withHostPage: false});
    try {
        const log = makeRealisticLog(EVENTS, 3);
        counter.pause(true);
        const seeded = await seedTracker(server.mm, log, log.entries, times);
        counter.pause(false);
        process.stderr.write(`bench: seeded ${seeded.posted} events in ${Math.round(seeded.ms)} ms (${seeded.how})\n`);
        const harness = await sessionHarness(server.mm.url, seeded, READER, counter);
        const channelPosts = await harness.channelPosts();
        await harness.open(harness.newSession());
        const runs = [];
        for (let i = 0; i < COLD_RUNS; i++) {
            runs.push(await harness.open(harness.newSession()));
        }
        const first = runs[0]?.requests ?? [];
        const cold: Cold = {
            requests: Math.max(...runs.map((c) => c.requests.length)),
            pages: pageRequests(first),
            others: first.filter((r) => !r.includes('/posts?page=')).map((r) => r.replace(server.mm.url, '').replace(/\?.*$/, '')),
            ms: median(runs.map((c) => c.ms)),
            channelPosts,
            how: seeded.how,
        };
        return {cold, more: then ? await then(harness) : []};
    } finally {
        await server.stop();
    }
}

function coldDetail(cold: Cold): string {
    return `${cold.pages} pages of ${PAGE_SIZE} (the channel holds ${cold.channelPosts} posts: the ${EVENTS} events and ${cold.channelPosts - EVENTS} join messages) + ${cold.others.join(', ')}; ` +
        `most of ${COLD_RUNS} new sessions, counted by wrapping fetch; tracker ${cold.how}`;
}

export const trackerSyncGroup: FigureGroup = {
    name: 'tracker sync',
    specs: [coldRequestsSpec, coldMsSpec, warmRequestsSpec, warmMsSpec, coldTiesRequestsSpec],
    async measure(): Promise<Figure[]> {
        const counter = countFetches();
        try {
            const real = await coldOpens('distinct', counter, async (harness) => {
                // Warm: the same session opened again and again.
                const session = harness.newSession();
                await harness.open(session);
                await harness.open(session);
                const warm = [];
                for (let i = 0; i < WARM_RUNS; i++) {
                    warm.push(await harness.open(session));
                }
                // A naive full reload: every page again and a fold from scratch.
                const admins = new Set([harness.userId]);
                const naive: number[] = [];
                for (let i = 0; i < COLD_RUNS + 1; i++) {
                    const start = performance.now();
                    const all = await harness.storage.loadAll(warmChannel(warm));
                    fold(all.entries, {isSystemAdmin: (id) => admins.has(id)});
                    naive.push(performance.now() - start);
                }
                naive.shift();
                counter.take();
                const warmMs = median(warm.map((w) => w.ms));
                const naiveMs = median(naive);
                return [
                    measured(warmRequestsSpec, Math.max(...warm.map((w) => w.requests.length)), `most requests of ${WARM_RUNS} reopens: ${(warm[0]?.requests ?? []).map((r) => r.replace(/^GET https?:\/\/[^/]+/, 'GET ')).join(', ')}`),
                    measured(warmMsSpec, round(warmMs, 2), `median of ${WARM_RUNS}; ${round(warmMs / naiveMs, 3)}× a naive full reload (loadAll + fold: ${round(naiveMs, 1)} ms)`),
                ];
            });
            const ties = await coldOpens('ties', counter);
            return [
                measured(coldRequestsSpec, real.cold.requests, coldDetail(real.cold)),
                measured(coldMsSpec, round(real.cold.ms, 1), `median of ${COLD_RUNS} new sessions after 1 warm-up, as ${READER}; open() until settled(); loopback`),
                ...real.more,
                measured(coldTiesRequestsSpec, ties.cold.requests, `${coldDetail(ties.cold)}; ${round(ties.cold.ms, 1)} ms`),
            ];
        } finally {
            counter.restore();
        }
    },
};

/** The channel the warm reopens read (their one request names it). */
function warmChannel(warm: readonly {requests: string[]}[]): string {
    const match = /\/channels\/([a-z0-9]{26})\/posts/.exec(warm[0]?.requests[0] ?? '');
    if (!match?.[1]) {
        throw new Error('the warm reopen read no channel');
    }
    return match[1];
}
