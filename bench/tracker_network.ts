// The tracker on a real network: the local Mattermost adds a 50 ms round trip to every request
// (LocalMattermostOptions.latencyMs), and a new session opens a 10,000-event tracker written as a
// real one is. Beside it, in the same run, the same open reading its pages one after another, as
// the reader did before it read them side by side. The server runs in a process of its own
// (server_process.ts): in the bench's process its work would hold up the session's, as no real
// server's can.
import {createMattermostStorage} from '../webapp/src/storage/mattermost/adapter';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {countFetches} from './request_counter';
import {pageRequests, sessionHarness, type Opened} from './session_harness';
import {startServerProcess} from './server_process';
import {median, round} from './stats';

const EVENTS = 10_000;
const LATENCY_MS = 50;
const READER = 'admin';
const RUNS = 3;

export const coldAtLatencySpec: FigureSpec = {
    key: 'cold_open_50ms_ms', label: `cold open of a ${EVENTS.toLocaleString('en-US')}-event tracker at ${LATENCY_MS} ms round trip: open → ready`, unit: 'ms',
    budget: {op: '<=', limit: 1000},
};
export const coldAtLatencyInOrderSpec: FigureSpec = {
    key: 'cold_open_50ms_in_order_ms', label: '…the same, pages read one after another (the reader before)', unit: 'ms', budget: null,
};

function describe(runs: readonly Opened[]): string {
    const first = runs[0]?.requests ?? [];
    return `median of ${RUNS} new sessions after 1 warm-up (${runs.map((r) => Math.round(r.ms)).join(', ')} ms); ${first.length} requests, ${pageRequests(first)} of them pages`;
}

export const trackerNetworkGroup: FigureGroup = {
    name: `tracker at ${LATENCY_MS} ms`,
    specs: [coldAtLatencySpec, coldAtLatencyInOrderSpec],
    async measure(): Promise<Figure[]> {
        const server = await startServerProcess(EVENTS, 3, LATENCY_MS);
        const counter = countFetches();
        try {
            const {seeded} = server;
            process.stderr.write(`bench: seeded ${seeded.posted} events in ${Math.round(seeded.ms)} ms (${seeded.how}), in the server's own process\n`);
            const harness = await sessionHarness(server.url, seeded, READER, counter);

            const opens = async (make: () => ReturnType<typeof harness.newSession>): Promise<Opened[]> => {
                await harness.open(make());
                const runs: Opened[] = [];
                for (let i = 0; i < RUNS; i++) {
                    runs.push(await harness.open(make()));
                }
                return runs;
            };
            const sideBySide = await opens(() => harness.newSession());
            // A storage that never looked the channel up has no post count, so it reads in order.
            const inOrder = await opens(() => {
                const blind = createMattermostStorage({siteUrl: server.url, currentUserId: () => harness.userId, client: harness.client});
                return harness.newSession({storage: {...harness.storage, loadAll: blind.loadAll, loadSince: blind.loadSince}});
            });
            const fast = median(sideBySide.map((r) => r.ms));
            const slow = median(inOrder.map((r) => r.ms));
            return [
                measured(coldAtLatencySpec, round(fast, 1), `${describe(sideBySide)}; as ${READER}, open() until settled(), in Node (the browser adds its chunks), the server in a process of its own; ${round(slow / fast, 1)}× faster than in order`),
                measured(coldAtLatencyInOrderSpec, round(slow, 1), describe(inOrder)),
            ];
        } finally {
            counter.restore();
            await server.stop();
        }
    },
};
