// What a busy tracker channel costs the page: the tracker channel open in Chromium with 200 plugin
// cards mounted, other people's changes arriving over the websocket. Two figures: how long React
// spends rendering the plugin's components for one live event, and the longest task of the page's
// main thread while a burst of 1,000 posts arrives.
//
// Rendering time is React's own measure: the host page, built with React's profiling build
// (HOST_PROFILING=1, as `make bench` builds it), puts a Profiler around every plugin component it
// mounts and adds up its actualDuration: the time the plugin's subtrees took to render, only the
// components that did render counted (local-mattermost/host/src/plugin_render_time.ts).
import {existsSync} from 'node:fs';
import path from 'node:path';

import type {Browser, Page} from 'playwright-core';

import type {EventDraft} from '../webapp/src/domain/events';
import type {LogEntry} from '../webapp/src/domain/log';
import {LogWriter} from '../webapp/src/domain/testing/log_writer';
import {userId} from '../webapp/src/domain/testing/realistic_log';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {REPO} from './paths';
import {realisticPrefix} from './realistic_prefix';
import {seedTracker, type SeededTracker} from './seed_tracker';
import {launchChromium, loggedInContext, startServer, type Server} from './stack';
import {median, round} from './stats';

const PLUGIN_ID = 'plugin-onboard';
const CARDS = 200;
/** Plugins registered before the cards', so the record has a history behind them. */
const HISTORY_PLUGINS = 300;
const BURST = 1000;
const SINGLE_EVENTS = 22;
/** The first events also mount what a first event mounts (the first line of a thread): not counted. */
const WARMUP_EVENTS = 2;
const QUIET_MS = 400;
const USER = 'alice';
const TRACKER_PAGE = '/plugin-community/channels/plugin-onboarding';
const PROFILING_HOST = path.join(REPO, 'local-mattermost/host/dist-profiling');

export const liveRenderSpec: FigureSpec = {
    key: 'live_event_render_ms', label: `rendering per live event, ${CARDS} cards mounted (Chromium, React Profiler)`, unit: 'ms', budget: {op: '<=', limit: 2},
};
export const burstLongTaskSpec: FigureSpec = {
    key: 'burst_longest_task_ms', label: `longest task while a ${BURST.toLocaleString('en')}-post burst arrives, ${CARDS} cards mounted`, unit: 'ms', budget: {op: '<=', limit: 200},
};
export const burstAbsorbSpec: FigureSpec = {
    key: 'burst_absorb_ms', label: `…the burst: first post sent → last one folded and shown`, unit: 'ms', budget: null,
};

/** What the live events do: the owner's first moves on the basic review and CI, in order. */
const MOVES: readonly ((plugin: string) => EventDraft)[] = [
    (plugin) => ({type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: `https://github.com/example/${plugin}/intro`}),
    (plugin) => ({type: 'evidence.set', plugin, item: 'basic-review', field: 'review-pr', value: `https://github.com/example/${plugin}/pull/1`}),
    (plugin) => ({type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'}),
    (plugin) => ({type: 'substep.checked', plugin, item: 'basic-review', substep: 'review-pr'}),
    (plugin) => ({type: 'evidence.set', plugin, item: 'ci-master', field: 'master-build-url', value: `https://github.com/example/${plugin}/master.tar.gz`}),
    (plugin) => ({type: 'evidence.set', plugin, item: 'ci-master', field: 'ci-request', value: `https://github.com/example/${plugin}/ci`}),
];

/** A realistic history, then CARDS registrations: the channel's newest CARDS posts are their cards. */
function cardsLog(): {writer: LogWriter; log: ReturnType<typeof realisticPrefix>['log']; entries: LogEntry[]; author: (i: number) => string} {
    const {log, entries} = realisticPrefix(HISTORY_PLUGINS, 5);
    const writer = LogWriter.from(entries, (id) => id === log.admin);
    const author = (i: number): string => userId('au', 5000 + i);
    let time = (entries[entries.length - 1]?.createAt ?? 0) + 1000;
    for (let i = 0; i < CARDS; i++) {
        const plugin = `live-${i}`;
        time += 1000;
        writer.append({postId: `q${i.toString(36).padStart(25, '0')}`, userId: author(i), createAt: time}, writer.event(
            {type: 'plugin.registered', plugin, name: `Live ${i}`, repoUrl: `https://github.com/example/${plugin}`, owners: [author(i)], thirdPartyService: false, mattermostOwned: false},
            `r${i.toString(36).padStart(20, '0')}`,
        ));
    }
    return {writer, log, entries: writer.entries, author};
}

let eventCounter = 0;

/** The next move on a card's plugin as its owner makes it. */
function move(writer: LogWriter, author: (i: number) => string, card: number, step: number): LogEntry {
    const plugin = `live-${card}`;
    const draft = MOVES[step % MOVES.length]?.(plugin);
    if (!draft) {
        throw new Error('no move');
    }
    eventCounter++;
    return writer.append({postId: `w${eventCounter.toString(36).padStart(25, '0')}`, userId: author(card), createAt: Date.now()},
        writer.event(draft, `l${eventCounter.toString(36).padStart(20, '0')}`));
}

interface RenderTime {
    readonly ms: number;
    readonly renders: number;
}

async function renderTime(page: Page): Promise<RenderTime> {
    return page.evaluate('({ms: window.__pluginRenderTime.ms, renders: window.__pluginRenderTime.renders})') as Promise<RenderTime>;
}

/** Resolves once a post is in the channel and the plugin shows it as a folded event (its line, not a placeholder). */
async function shown(page: Page, postId: string): Promise<void> {
    await page.waitForFunction(`(() => { const post = document.getElementById('post_${postId}'); return Boolean(post && post.querySelector('.po-line')); })()`, undefined, {timeout: 60_000});
}

/** How many posts the team's folded record holds (the panel and the cards read the same). */
function foldedCount(page: Page): Promise<number> {
    return page.evaluate(`(() => {
        const slice = window.__host.store.getState()['plugins-${PLUGIN_ID}'];
        return Math.max(0, ...Object.values(slice.trackers || {}).map((t) => t.state.log.length));
    })()`) as Promise<number>;
}

interface Runs {
    readonly perEvent: RenderTime[];
    readonly longTasks: number[];
    readonly absorbMs: number;
    readonly burstRender: RenderTime;
    readonly folded: number;
}

async function measureLive(browser: Browser, server: Server, seeded: SeededTracker, writer: LogWriter, author: (i: number) => string): Promise<Runs> {
    const serverUrl = server.mm.url;
    const context = await loggedInContext(browser, server, USER);
    try {
        const page = await context.newPage();
        await page.goto(serverUrl + TRACKER_PAGE);
        await page.waitForFunction(`document.querySelectorAll('article.po-card').length >= ${CARDS}`, undefined, {timeout: 120_000});
        await page.waitForTimeout(2000);
        const hasProfiler = await page.evaluate('typeof window.__pluginRenderTime === "object" && window.__pluginRenderTime.renders > 0');
        if (hasProfiler !== true) {
            throw new Error('the host page records no plugin render times: it must be the profiling build (HOST_PROFILING=1)');
        }

        // One event at a time, each on another card, the page quiet before and after.
        const perEvent: RenderTime[] = [];
        for (let i = 0; i < SINGLE_EVENTS; i++) {
            const before = await renderTime(page);
            const postId = await seeded.post(move(writer, author, i, 0));
            await shown(page, postId);
            await page.waitForTimeout(QUIET_MS);
            const after = await renderTime(page);
            if (i >= WARMUP_EVENTS) {
                perEvent.push({ms: after.ms - before.ms, renders: after.renders - before.renders});
            }
        }

        // The burst: every card's next moves, as fast as the server takes them, a wave of one post
        // per card at a time (a thread's posts stay in order), until BURST posts have been sent.
        const foldedBefore = await foldedCount(page);
        await page.evaluate(`(() => {
            window.__longTasks = [];
            window.__longTaskObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__longTasks.push(e.duration); } });
            window.__longTaskObserver.observe({type: 'longtask'});
        })()`);
        const burstBefore = await renderTime(page);
        const started = Date.now();
        let sent = 0;
        for (let step = 1; sent < BURST; step++) {
            const wave: LogEntry[] = [];
            for (let card = 0; card < CARDS && sent + wave.length < BURST; card++) {
                wave.push(move(writer, author, card, step));
            }
            sent += wave.length;
            const queue = [...wave];
            await Promise.all(Array.from({length: 8}, async () => {
                for (let entry = queue.shift(); entry; entry = queue.shift()) {
                    await seeded.post(entry);
                }
            }));
        }
        await page.waitForFunction(`(() => {
            const slice = window.__host.store.getState()['plugins-${PLUGIN_ID}'];
            return Math.max(0, ...Object.values(slice.trackers || {}).map((t) => t.state.log.length)) >= ${foldedBefore + BURST};
        })()`, undefined, {timeout: 300_000, polling: 100});
        const absorbMs = Date.now() - started;
        await page.waitForTimeout(1000);
        const burstAfter = await renderTime(page);
        const longTasks = await page.evaluate('(() => { window.__longTaskObserver.disconnect(); return window.__longTasks; })()') as number[];
        return {
            perEvent, longTasks, absorbMs, folded: await foldedCount(page),
            burstRender: {ms: burstAfter.ms - burstBefore.ms, renders: burstAfter.renders - burstBefore.renders},
        };
    } finally {
        await context.close();
    }
}

export const liveRenderingGroup: FigureGroup = {
    name: 'browser live rendering (Chromium, tracker channel, profiling build of React)',
    specs: [liveRenderSpec, burstLongTaskSpec, burstAbsorbSpec],
    async measure(): Promise<Figure[]> {
        if (!existsSync(path.join(PROFILING_HOST, 'index.html'))) {
            throw new Error('the profiling build of the host page is missing: HOST_PROFILING=1 npx webpack --config local-mattermost/host/webpack.config.js --mode production (make bench builds it)');
        }
        const server = await startServer({withHostPage: true, hostDir: PROFILING_HOST});
        let browser: Browser | null = null;
        try {
            const {writer, log, entries, author} = cardsLog();
            const seeded = await seedTracker(server.mm, log, entries);
            process.stderr.write(`bench: seeded ${seeded.posted} events (${HISTORY_PLUGINS} plugins, then ${CARDS} cards) in ${Math.round(seeded.ms)} ms\n`);
            browser = await launchChromium();
            const runs = await measureLive(browser, server, seeded, writer, author);
            const times = runs.perEvent.map((r) => r.ms);
            const mean = times.reduce((sum, ms) => sum + ms, 0) / times.length;
            const longest = Math.max(0, ...runs.longTasks);
            return [
                measured(liveRenderSpec, round(median(times), 2),
                    `median of ${times.length} events, each an owner's change on another card (${runs.perEvent.map((r) => round(r.ms, 1)).join(', ')} ms; mean ${round(mean, 2)}, ` +
                    `${round(median(runs.perEvent.map((r) => r.renders)), 1)} plugin subtree renders per event); sum of the React Profiler's actualDuration over the plugin's ` +
                    `components from the post sent to ${QUIET_MS} ms after it showed; ${seeded.posted} events in the record, the channel showing its newest ${CARDS} posts (the cards)`),
                measured(burstLongTaskSpec, round(longest, 1),
                    `${runs.longTasks.length} long tasks (PerformanceObserver 'longtask', over 50 ms) from the first post of the burst to 1 s after the last was folded` +
                    `${runs.longTasks.length > 0 ? `: ${[...runs.longTasks].sort((a, b) => b - a).slice(0, 8).map((ms) => Math.round(ms)).join(', ')} ms…` : ''}; ` +
                    `the burst rendered the plugin's components for ${Math.round(runs.burstRender.ms)} ms in ${runs.burstRender.renders} subtree renders; posts sent 8 at a time through POST /api/v4/posts`),
                measured(burstAbsorbSpec, runs.absorbMs, `${BURST} posts on ${CARDS} plugins; the record then held ${runs.folded} posts`),
            ];
        } finally {
            await browser?.close();
            await server.stop();
        }
    },
};
