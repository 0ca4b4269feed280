// A local Mattermost serving the staged plugin and the host page, and Chromium to drive it:
// the same pieces `make run` and the e2e tests use, started on a free port with a fresh data dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {chromium, type Browser, type BrowserContext} from 'playwright-core';

import {seedPassword, startLocalMattermost, type LocalMattermost} from '../local-mattermost/server';

import {HOST_PAGE_DIR, STAGE} from './paths';

export interface Server {
    readonly mm: LocalMattermost;
    /** Every request the server answered, as `METHOD /path?query`, in order. */
    readonly requests: string[];
    stop(): Promise<void>;
}

/** withHostPage: also serve the host page and the staged plugin (for Chromium); without it, the REST API only. */
export async function startServer(options: {withHostPage: boolean}): Promise<Server> {
    if (options.withHostPage && !fs.existsSync(path.join(STAGE, 'webapp/dist/main.js'))) {
        throw new Error('dist/plugin-onboard is not staged: run `make build`');
    }
    if (options.withHostPage && !fs.existsSync(path.join(HOST_PAGE_DIR, 'index.html'))) {
        throw new Error('the host page is not built: run `make build`');
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-mm-'));
    const requests: string[] = [];
    const mm = await startLocalMattermost({
        port: 0,
        dataDir,
        seed: true,
        ...(options.withHostPage ? {pluginDirs: [STAGE], hostPageDir: HOST_PAGE_DIR} : {}),
        log: (line) => {
            const match = /^([A-Z]+) (\S+) \d{3} \d+ms$/.exec(line);
            if (match) {
                requests.push(`${match[1] ?? ''} ${match[2] ?? ''}`);
            } else if (line.startsWith('error')) {
                process.stderr.write(`local Mattermost: ${line}\n`);
            }
        },
    });
    return {
        mm,
        requests,
        stop: async () => {
            await mm.close();
            fs.rmSync(dataDir, {recursive: true, force: true});
        },
    };
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
    if (!fs.existsSync(CHROMIUM)) {
        throw new Error(`Chromium is missing at ${CHROMIUM}: run \`make chromium\` or set CHROMIUM`);
    }
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
}

/** A browser context holding a logged-in session (the cookies Mattermost sets), as after the login page. */
export async function loggedInContext(browser: Browser, server: Server, username: string): Promise<BrowserContext> {
    const context = await browser.newContext({viewport: {width: 1440, height: 900}});
    const response = await context.request.post(`${server.mm.url}/api/v4/users/login`, {data: {login_id: username, password: seedPassword}});
    if (!response.ok()) {
        throw new Error(`login as ${username} failed: HTTP ${response.status()}`);
    }
    return context;
}
