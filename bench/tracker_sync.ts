// Opening the tracker against a real (local) Mattermost: the real TrackerSession over the real
// Mattermost adapter, Client4 and fetch, against startLocalMattermost holding a 5,000-event
// tracker. Cold: a new session (nothing cached) pages the channel; warm: the same session opened
// again asks only for what changed since. Sessions share one browser's localStorage, as page loads
// do: what it remembers of the tracker survives a reload, the log does not.
import type {Client4} from '@mattermost/client';
import {legacy_createStore as createStore, combineReducers} from 'redux';

import {loginSeeded} from '../local-mattermost/server';
import {fold} from '../webapp/src/domain/fold';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';
import {reducer} from '../webapp/src/state/reducer';
import {createTrackerMemory} from '../webapp/src/state/session/tracker_memory';
import {createTrackerSession, type TrackerSession} from '../webapp/src/state/tracker_session';
import {createMattermostStorage, PAGE_SIZE} from '../webapp/src/storage/mattermost/adapter';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {countFetches} from './request_counter';
import {seedTracker} from './seed_tracker';
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

const COLD_RUNS = 5;

async function countPosts(client: Client4, channelId: string): Promise<number> {
    let count = 0;
    for (let page = 0; ; page++) {
        const list = await client.getPosts(channelId, page, PAGE_SIZE);
        count += list.order.length;
        if (list.order.length < PAGE_SIZE) {
            return count;
        }
    }
}
const WARM_RUNS = 15;

export const trackerSyncGroup: FigureGroup = {
    name: 'tracker sync',
    specs: [coldRequestsSpec, coldMsSpec, warmRequestsSpec, warmMsSpec],
    async measure(): Promise<Figure[]> {
        const server = await startServer({withHostPage: false});
        let stopCounting = (): void => undefined;
        try {
            const log = makeRealisticLog(EVENTS, 3);
            const seeded = await seedTracker(server.mm, log, log.entries);
            process.stderr.write(`bench: seeded ${seeded.posted} events in ${Math.round(seeded.ms)} ms (${seeded.how})\n`);
            // Counting starts after the seeding: its thousands of posts would only be thrown away.
            const counter = countFetches();
            stopCounting = counter.restore;

            const {client, me} = await loginSeeded(server.mm.url, READER);
            const storage = createMattermostStorage({siteUrl: server.mm.url, currentUserId: () => me.id, client});
            // The webapp loads the user's channel memberships for the team when it starts, before anyone
            // opens the panel; the plugin reads them from its store. Fetch them the same way, untimed.
            const memberships = new Set((await client.getMyChannelMembers(seeded.teamId)).map((m) => m.channel_id));
            const localStorage = new Map<string, string>();
            const memory = createTrackerMemory({
                getItem: (key) => localStorage.get(key) ?? null,
                setItem: (key, value) => void localStorage.set(key, value),
                removeItem: (key) => void localStorage.delete(key),
            }, () => me.id);
            const newSession = (): TrackerSession => {
                const store = createStore(combineReducers({'plugins-plugin-onboard': reducer}));
                return createTrackerSession({store, storage, currentUserId: () => me.id, isMember: (channelId) => memberships.has(channelId), memory});
            };
            const channelPosts = await countPosts(client, seeded.channelId);
            counter.take();

            const open = async (session: TrackerSession): Promise<{ms: number; requests: string[]}> => {
                const start = performance.now();
                const view = await session.open(seeded.teamId);
                await session.settled();
                const ms = performance.now() - start;
                if (view.status !== 'ready') {
                    throw new Error(`the tracker opened as '${view.status}': ${view.error?.message ?? ''}`);
                }
                return {ms, requests: counter.take()};
            };

            // Cold: each run a new session, as a new page load. One warm-up run first (JIT, sockets).
            await open(newSession());
            const cold = [];
            for (let i = 0; i < COLD_RUNS; i++) {
                cold.push(await open(newSession()));
            }
            const coldRequests = Math.max(...cold.map((c) => c.requests.length));
            const pages = cold[0]?.requests.filter((r) => r.includes('/posts?page=')).length ?? 0;
            const others = (cold[0]?.requests ?? []).filter((r) => !r.includes('/posts?page=')).map((r) => r.replace(server.mm.url, '').replace(/\?.*$/, ''));

            // Warm: the same session opened again and again.
            const session = newSession();
            await open(session);
            await open(session);
            const warm = [];
            for (let i = 0; i < WARM_RUNS; i++) {
                warm.push(await open(session));
            }
            const warmRequests = Math.max(...warm.map((w) => w.requests.length));

            // A naive full reload: every page again and a fold from scratch.
            const admins = new Set([me.id]);
            const naive: number[] = [];
            for (let i = 0; i < COLD_RUNS + 1; i++) {
                const start = performance.now();
                const all = await storage.loadAll(seeded.channelId);
                fold(all.entries, {isSystemAdmin: (id) => admins.has(id)});
                naive.push(performance.now() - start);
            }
            naive.shift();
            counter.take();

            const coldMs = median(cold.map((c) => c.ms));
            const warmMs = median(warm.map((w) => w.ms));
            const naiveMs = median(naive);
            return [
                measured(coldRequestsSpec, coldRequests, `${pages} pages of ${PAGE_SIZE} (the channel holds ${channelPosts} posts: the ${EVENTS} events and ${channelPosts - EVENTS} join messages) + ${others.join(', ')}; counted by wrapping fetch; tracker ${seeded.how}`),
                measured(coldMsSpec, round(coldMs, 1), `median of ${COLD_RUNS} new sessions after 1 warm-up, as ${READER}; open() until settled()`),
                measured(warmRequestsSpec, warmRequests, `most requests of ${WARM_RUNS} reopens: ${(warm[0]?.requests ?? []).map((r) => r.replace(server.mm.url, '')).join(', ')}`),
                measured(warmMsSpec, round(warmMs, 2), `median of ${WARM_RUNS}; ${round(warmMs / naiveMs, 3)}× a naive full reload (loadAll + fold: ${round(naiveMs, 1)} ms)`),
            ];
        } finally {
            stopCounting();
            await server.stop();
        }
    },
};
