// The figures only a browser can give: what initialize() sends over the network, which JS a first
// use really downloads, and how fast the panel shows a big tracker. Chromium drives the local
// Mattermost's host page, which loads the staged plugin exactly as the webapp does.
import type {Browser, BrowserContext, CDPSession, Page, Response} from 'playwright-core';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';

import {gzip9} from './gzip_size';
import {initProbeScript, rhsRenderTimerScript, type InitMarks, type RhsTiming} from './page_probe';
import {realisticPrefix} from './realistic_prefix';
import {seedTracker} from './seed_tracker';
import {launchChromium, loggedInContext, startServer, type Server} from './stack';
import {median, round} from './stats';

const PLUGIN_ID = 'plugin-onboard';
/** Both the bundle (/static/plugins/<id>/…) and its chunks (/plugins/<id>/public/…) live under this. */
const PLUGIN_PATH = `/plugins/${PLUGIN_ID}/`;
const PAGE = '/plugin-community/channels/town-square';
const RHS_PLUGINS = 500;
const SETTLE_MS = 1000;
const USER = 'alice';

export const initRequestsSpec: FigureSpec = {key: 'init_requests', label: 'network requests during initialize()', unit: 'requests', budget: {op: '==', limit: 0}};
export const firstUseSpec: FigureSpec = {key: 'first_use_js_gzip', label: 'all JS loaded on first use (RHS or command), gzip -9', unit: 'B', budget: {op: '<=', limit: 60 * 1024}};
export const readingCommandFirstUseSpec: FigureSpec = {
    key: 'first_use_reading_command_js_gzip', label: '…a command that reads the tracker (`list`) as the first use, gzip -9', unit: 'B', budget: null,
};
export const rhsRenderSpec: FigureSpec = {key: 'rhs_first_render_ms', label: `RHS first render, ${RHS_PLUGINS} plugins, tracker read (Chromium)`, unit: 'ms', budget: {op: '<=', limit: 100}};
export const rhsOpenSpec: FigureSpec = {key: 'rhs_first_open_ms', label: `RHS first open incl. reading the tracker, ${RHS_PLUGINS} plugins`, unit: 'ms', budget: null};
export const rhsRenderOnlySpec: FigureSpec = {key: 'rhs_render_after_ready_ms', label: '…of which: tracker ready → list rendered', unit: 'ms', budget: null};
const LATENCY_MS = 50;
/** The tracker size issue 15's budget names ("first panel render of a 10,000-event tracker ≤ 1 s at 50 ms round trip"). */
const BUDGET_EVENTS = 10_000;
export const rhsColdAtLatencySpec: FigureSpec = {
    key: 'rhs_cold_open_50ms_ms', label: `RHS first open, nothing cached, a ${BUDGET_EVENTS.toLocaleString('en-US')}-event tracker, ${LATENCY_MS} ms round trip`, unit: 'ms', budget: {op: '<=', limit: 1000},
};
export const rhsColdAtLatencyLargeSpec: FigureSpec = {
    key: 'rhs_cold_open_50ms_large_ms', label: `…the same, the ${RHS_PLUGINS}-plugin tracker of the figures above`, unit: 'ms', budget: null,
};
export const rhsReloadAtLatencySpec: FigureSpec = {
    key: 'rhs_reload_open_50ms_ms', label: `…after a page reload (log kept in IndexedDB), ${LATENCY_MS} ms round trip`, unit: 'ms', budget: null,
};
export const reloadLogRequestsSpec: FigureSpec = {
    key: 'reload_log_requests', label: 'page reload → tracker ready: requests reading the log', unit: 'requests', budget: {op: '==', limit: 1},
};

async function openPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(initProbeScript(PLUGIN_ID));
    return page;
}

const TRACKER_PAGE = '/plugin-community/channels/plugin-onboarding';

async function gotoAndInitialize(page: Page, server: Server): Promise<InitMarks> {
    await page.goto(server.mm.url + PAGE);
    await page.waitForFunction('window.__benchInit && window.__benchInit.initEnd > 0', undefined, {timeout: 30_000});
    const errors = await page.evaluate('window.__hostReport ? window.__hostReport.pluginErrors : []');
    if (Array.isArray(errors) && errors.length > 0) {
        throw new Error(`the host reported plugin errors: ${errors.join('; ')}`);
    }
    return page.evaluate('window.__benchInit') as Promise<InitMarks>;
}

interface SeenRequest {
    readonly url: string;
    readonly atMs: number;
    /** Script URLs on the synchronous stack that issued it (or the initiator's URL). */
    readonly initiators: string[];
}

type Initiator = {url?: string; stack?: {callFrames: {url: string}[]}};

function initiatorUrls(initiator: Initiator): string[] {
    return [...(initiator.url ? [initiator.url] : []), ...(initiator.stack?.callFrames.map((f) => f.url) ?? [])];
}

/** Every request and websocket the page starts, with when and from which scripts, through the DevTools protocol. */
async function watchRequests(cdp: CDPSession): Promise<SeenRequest[]> {
    const seen: SeenRequest[] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
        seen.push({url: event.request.url, atMs: event.wallTime * 1000, initiators: initiatorUrls(event.initiator)});
    });
    cdp.on('Network.webSocketCreated', (event) => {
        seen.push({url: event.url, atMs: Date.now(), initiators: event.initiator ? initiatorUrls(event.initiator) : []});
    });
    await cdp.send('Network.enable');
    return seen;
}

/**
 * Requests the plugin caused between registerPlugin and the end of initialize() plus a settle time:
 * any request while initialize() runs (the page's one thread is in plugin code), and afterwards any
 * whose issuing stack runs through the plugin's own scripts (a timer, a promise, a render of its
 * components). The host's own requests in the same window (its channel view, the App Bar icon it
 * renders) are listed but not counted.
 */
async function measureInitRequests(browser: Browser, server: Server): Promise<{count: number; detail: string}> {
    const runs = 3;
    let most = 0;
    let counted: string[] = [];
    let hostInWindow = 0;
    for (let run = 0; run < runs; run++) {
        const context = await loggedInContext(browser, server, USER);
        try {
            const page = await openPage(context);
            const cdp = await context.newCDPSession(page);
            const seen = await watchRequests(cdp);
            const marks = await gotoAndInitialize(page, server);
            await page.waitForTimeout(SETTLE_MS);
            const windowEnd = marks.initEnd + SETTLE_MS;
            const inWindow = seen.filter((r) => r.atMs >= marks.registerAt && r.atMs <= windowEnd);
            const byPlugin = inWindow.filter((r) => (r.atMs >= marks.initStart && r.atMs <= marks.initEnd) || r.initiators.some((u) => u.includes(PLUGIN_PATH)));
            if (byPlugin.length >= most) {
                most = byPlugin.length;
                counted = byPlugin.map((r) => r.url.replace(server.mm.url, ''));
            }
            hostInWindow = Math.max(hostInWindow, inWindow.length - byPlugin.length);
        } finally {
            await context.close();
        }
    }
    const what = counted.length > 0 ? `: ${counted.join(', ')}` : '';
    return {count: most, detail: `most of ${runs} page loads, registerPlugin → initialize() returned + ${SETTLE_MS} ms${what}; the host's own requests in that window (not counted): ${hostInWindow}`};
}

interface LoadedJs {
    readonly url: string;
    readonly gzip: number;
}

function collectPluginJs(page: Page): {loaded: Promise<LoadedJs>[]} {
    const loaded: Promise<LoadedJs>[] = [];
    page.on('response', (response: Response) => {
        if (response.request().resourceType() === 'script' && response.url().includes(PLUGIN_PATH)) {
            loaded.push(response.body().then((body) => ({url: new URL(response.url()).pathname, gzip: gzip9(body)})));
        }
    });
    return {loaded};
}

async function firstUse(browser: Browser, server: Server, act: (page: Page) => Promise<void>): Promise<LoadedJs[]> {
    const context = await loggedInContext(browser, server, USER);
    try {
        const page = await openPage(context);
        const js = collectPluginJs(page);
        await gotoAndInitialize(page, server);
        await act(page);
        await page.waitForTimeout(SETTLE_MS);
        const files = await Promise.all(js.loaded);
        return [...new Map(files.map((f) => [f.url, f])).values()];
    } finally {
        await context.close();
    }
}

const ICON = `.app-bar__icon[data-plugin-id="${PLUGIN_ID}"]`;
const ROW = '.po-plugin-row';

function rhsTimer(): string {
    return rhsRenderTimerScript({iconSelector: ICON, rowSelector: ROW, sliceKey: `plugins-${PLUGIN_ID}`, chunkPath: `${PLUGIN_PATH}public/`, quietMs: 300, timeoutMs: 30_000});
}

async function openRhs(page: Page): Promise<RhsTiming> {
    await page.waitForSelector(ICON);
    return page.evaluate(rhsTimer()) as Promise<RhsTiming>;
}

/** Sends a command and waits for the chunk whose name starts with `chunk` (the others it needs come beside it). */
function sendCommand(text: string, chunk: string): (page: Page) => Promise<void> {
    return async (page) => {
        const box = page.locator('textarea').first();
        await box.fill(text);
        const loaded = page.waitForResponse((r) => r.url().includes(`${PLUGIN_PATH}public/${chunk}.`) && r.url().endsWith('.js'), {timeout: 30_000});
        await box.press('Enter');
        await loaded;
    };
}

/** `GET /api/v4/x ×3, POST /api/v4/y` */
function summarise(requests: readonly string[]): string {
    const counts = new Map<string, number>();
    for (const request of requests) {
        const key = request.replace(/\/[a-z0-9]{26}(?=\/|$)/g, '/{id}');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, n]) => (n > 1 ? `${key} ×${n}` : key)).join(', ');
}

function sumGzip(files: readonly LoadedJs[]): number {
    return files.reduce((sum, f) => sum + f.gzip, 0);
}

function describeFiles(files: readonly LoadedJs[]): string {
    return files.map((f) => `${f.url.replace(/^.*\//, '')} ${f.gzip} B`).join(' + ');
}

/**
 * The panel's first render when the tracker has already been read — the user is in the tracker
 * channel, whose cards read it — so the figure is the render of the list, not the network (the
 * cold-open figures measure reading the log).
 */
async function measureRhsRenderLoaded(browser: Browser, server: Server): Promise<RhsTiming[]> {
    const context = await loggedInContext(browser, server, USER);
    try {
        const timings: RhsTiming[] = [];
        for (let run = 0; run < 6; run++) {
            const page = await openPage(context);
            await page.goto(server.mm.url + TRACKER_PAGE);
            await page.waitForFunction(`(() => {
                const slice = window.__host && window.__host.store.getState()['plugins-${PLUGIN_ID}'];
                return Boolean(slice && Object.values(slice.trackers || {}).some((t) => t && t.status === 'ready'));
            })()`, undefined, {timeout: 60_000});
            timings.push(await openRhs(page));
            await page.close();
        }
        return timings.slice(1);
    } finally {
        await context.close();
    }
}

async function measureRhsRender(browser: Browser, server: Server): Promise<{timings: RhsTiming[]; coldCache: RhsTiming}> {
    const context = await loggedInContext(browser, server, USER);
    try {
        // Each run is a new page load opening the panel for the first time. The first run also
        // downloads the chunks (empty HTTP cache); it is the warm-up and is reported apart.
        const timings: RhsTiming[] = [];
        for (let run = 0; run < 6; run++) {
            const page = await openPage(context);
            await gotoAndInitialize(page, server);
            timings.push(await openRhs(page));
            await page.close();
        }
        const [coldCache, ...rest] = timings;
        if (!coldCache) {
            throw new Error('no RHS timing');
        }
        return {timings: rest, coldCache};
    } finally {
        await context.close();
    }
}

interface LatencyRuns {
    readonly cold: RhsTiming[];
    readonly reload: RhsTiming[];
    /** Per reload: the requests for channel posts, and every API request, after the click. */
    readonly reloadRequests: {posts: string[]; api: string[]}[];
    readonly coldRequests: {posts: string[]; api: string[]}[];
}

/** API requests a page makes from now on (path and query). */
function apiRequests(page: Page, server: Server): {posts: string[]; api: string[]} {
    const seen: {posts: string[]; api: string[]} = {posts: [], api: []};
    page.on('request', (request) => {
        const url = request.url().replace(server.mm.url, '');
        if (url.startsWith('/api/v4/') && !url.startsWith('/api/v4/websocket')) {
            seen.api.push(`${request.method()} ${url.replace(/\?.*$/, '')}`);
            if (/\/channels\/[a-z0-9]+\/posts\?/.test(url)) {
                seen.posts.push(url.replace(/^.*\?/, ''));
            }
        }
    });
    return seen;
}

/**
 * At a 50 ms round trip: each run a new browser profile (nothing cached: no IndexedDB, no HTTP
 * cache), a page load, then the panel opened for the first time; then the page loaded again in
 * the same profile and the panel opened again, which starts from the log the first load kept.
 */
async function measureRhsAtLatency(browser: Browser, server: Server): Promise<LatencyRuns> {
    const runs: LatencyRuns = {cold: [], reload: [], reloadRequests: [], coldRequests: []};
    for (let run = 0; run < 4; run++) {
        const context = await loggedInContext(browser, server, USER);
        try {
            server.mm.setNetwork({latencyMs: LATENCY_MS});
            const first = await openPage(context);
            await gotoAndInitialize(first, server);
            const coldRequests = apiRequests(first, server);
            const cold = await openRhs(first);
            // The log is kept once it has been still for a moment (LOG_SAVE_AFTER_MS).
            await first.waitForTimeout(3000);
            await first.close();
            const again = await openPage(context);
            await gotoAndInitialize(again, server);
            const reloadRequests = apiRequests(again, server);
            const reload = await openRhs(again);
            await again.close();
            // The first run warms the server and the browser up; it is not counted.
            if (run > 0) {
                runs.cold.push(cold);
                runs.reload.push(reload);
                runs.reloadRequests.push(reloadRequests);
                runs.coldRequests.push(coldRequests);
            }
        } finally {
            server.mm.setNetwork({latencyMs: 0});
            await context.close();
        }
    }
    return runs;
}

/** The cold opens at 50 ms on a tracker of the budget's size: the same tracker as the Node figure's (makeRealisticLog(10,000, 3)). */
async function measureAtBudgetSize(browser: Browser): Promise<{runs: LatencyRuns; posted: number}> {
    const server = await startServer({withHostPage: true});
    try {
        const log = makeRealisticLog(BUDGET_EVENTS, 3);
        const seeded = await seedTracker(server.mm, log, log.entries);
        process.stderr.write(`bench: seeded ${seeded.posted} events for the ${LATENCY_MS} ms cold open in ${Math.round(seeded.ms)} ms\n`);
        return {runs: await measureRhsAtLatency(browser, server), posted: seeded.posted};
    } finally {
        await server.stop();
    }
}

export const browserGroup: FigureGroup = {
    name: 'browser (Chromium, host page)',
    specs: [initRequestsSpec, firstUseSpec, readingCommandFirstUseSpec, rhsRenderSpec, rhsOpenSpec, rhsRenderOnlySpec, rhsColdAtLatencySpec, rhsColdAtLatencyLargeSpec, rhsReloadAtLatencySpec, reloadLogRequestsSpec],
    async measure(): Promise<Figure[]> {
        const server = await startServer({withHostPage: true});
        let browser: Browser | null = null;
        try {
            const {log, entries} = realisticPrefix(RHS_PLUGINS, 5);
            const seeded = await seedTracker(server.mm, log, entries);
            process.stderr.write(`bench: seeded ${seeded.posted} events (${RHS_PLUGINS} plugins) in ${Math.round(seeded.ms)} ms\n`);
            browser = await launchChromium();

            const init = await measureInitRequests(browser, server);

            const rhsJs = await firstUse(browser, server, async (page) => {
                await openRhs(page);
            });
            // Help is what a new user types first; a command that reads the tracker also brings the core.
            const commandJs = await firstUse(browser, server, sendCommand('/plugin-onboard help', 'command'));
            const readingCommandJs = await firstUse(browser, server, sendCommand('/plugin-onboard list', 'command-run'));
            const worst = Math.max(sumGzip(rhsJs), sumGzip(commandJs));

            const loaded = await measureRhsRenderLoaded(browser, server);
            const {timings, coldCache} = await measureRhsRender(browser, server);
            const rows = Math.min(...timings.map((t) => t.rows));
            const renderMs = median(timings.map((t) => t.ms));
            const readyMs = median(timings.map((t) => t.readyMs));
            const afterReady = median(timings.map((t) => t.ms - t.readyMs));
            const chunkMs = median(timings.map((t) => t.chunkMs));
            const latency = await measureRhsAtLatency(browser, server);
            const atBudget = await measureAtBudgetSize(browser);
            const logReads = Math.max(...latency.reloadRequests.map((r) => r.posts.length));
            const describeRuns = (runs: readonly RhsTiming[], requests: readonly {api: string[]}[]): string =>
                `median of ${runs.length} (${runs.map((t) => Math.round(t.ms)).join(', ')} ms), click → last of ${Math.min(...runs.map((t) => t.rows))} rows; ` +
                `tracker ready at ${round(median(runs.map((t) => t.readyMs)), 1)} ms, chunks at ${round(median(runs.map((t) => t.chunkMs)), 1)} ms; ` +
                `${requests[0]?.api.length ?? 0} API requests: ${summarise(requests[0]?.api ?? [])}`;
            return [
                measured(initRequestsSpec, init.count, init.detail),
                measured(firstUseSpec, worst, `RHS: ${describeFiles(rhsJs)} = ${sumGzip(rhsJs)} B; command: ${describeFiles(commandJs)} = ${sumGzip(commandJs)} B; as downloaded by Chromium`),
                measured(readingCommandFirstUseSpec, sumGzip(readingCommandJs), `${describeFiles(readingCommandJs)}; as downloaded by Chromium`),
                measured(rhsRenderSpec, round(median(loaded.map((t) => t.ms)), 1),
                    `median of 5 page loads of the tracker channel (its cards read the tracker), then click → last of ${Math.min(...loaded.map((t) => t.rows))} rows`),
                measured(rhsOpenSpec, round(renderMs, 1),
                    `median of 5 page loads, click → last of ${rows} rows; chunk loaded at ${round(chunkMs, 1)} ms, tracker ready at ${round(readyMs, 1)} ms ` +
                    `(${seeded.posted} events, ${RHS_PLUGINS} plugins); first load with an empty HTTP cache and nothing kept: ${round(coldCache.ms, 1)} ms; ` +
                    'the later page loads start from the log the first one kept in IndexedDB'),
                measured(rhsRenderOnlySpec, round(afterReady, 1), 'median of the same 5 page loads: from the tracker view turning ready in the store to the last row rendered'),
                measured(rhsColdAtLatencySpec, round(median(atBudget.runs.cold.map((t) => t.ms)), 1),
                    `${describeRuns(atBudget.runs.cold, atBudget.runs.coldRequests)}; each run a new browser profile, ${atBudget.posted} events; local Mattermost latencyMs ${LATENCY_MS}`),
                measured(rhsColdAtLatencyLargeSpec, round(median(latency.cold.map((t) => t.ms)), 1),
                    `${describeRuns(latency.cold, latency.coldRequests)}; each run a new browser profile, ${seeded.posted} events; local Mattermost latencyMs ${LATENCY_MS}`),
                measured(rhsReloadAtLatencySpec, round(median(latency.reload.map((t) => t.ms)), 1), `${describeRuns(latency.reload, latency.reloadRequests)}; the same profile's next page load`),
                measured(reloadLogRequestsSpec, logReads, `most of ${latency.reloadRequests.length} reloads: ${latency.reloadRequests[0]?.posts.join(', ') ?? ''} (after the panel opened: ${summarise(latency.reloadRequests[0]?.api ?? [])}); the cold first load read ${latency.coldRequests[0]?.posts.length ?? 0}`),
            ];
        } finally {
            await browser?.close();
            await server.stop();
        }
    },
};
