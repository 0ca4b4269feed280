// A local Mattermost serving the staged plugin and the host page, and Chromium to drive it:
// the same pieces `make run` and the e2e tests use, started on a free port with a fresh data dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type {Browser, BrowserContext} from 'playwright-core';

import {seedPassword, startLocalMattermost, type LocalMattermost} from '../local-mattermost/server';
import {hostPageDir, stagedPluginDir} from '../tests/e2e/harness/paths';
import {requireBuiltStack} from '../tests/e2e/harness/stack';

// The e2e harness's Chromium, launched as the browser tests launch it.
export {launchBrowser as launchChromium} from '../tests/e2e/harness/browser';

export interface Server {
    readonly mm: LocalMattermost;
    stop(): Promise<void>;
}

/**
 * withHostPage: also serve the host page and the staged plugin (for Chromium); without it, the REST
 * API only. hostDir: another build of the host page (the profiling one) instead of `make build`'s.
 */
export async function startServer(options: {withHostPage: boolean; hostDir?: string}): Promise<Server> {
    if (options.withHostPage) {
        requireBuiltStack();
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-mm-'));
    const mm = await startLocalMattermost({
        port: 0,
        dataDir,
        seed: true,
        ...(options.withHostPage ? {pluginDirs: [stagedPluginDir], hostPageDir: options.hostDir ?? hostPageDir} : {}),
        // Requests are counted where the plugin makes them (request_counter.ts); only errors matter here.
        log: (line) => {
            if (line.startsWith('error')) {
                process.stderr.write(`local Mattermost: ${line}\n`);
            }
        },
    });
    return {
        mm,
        stop: async () => {
            await mm.close();
            fs.rmSync(dataDir, {recursive: true, force: true});
        },
    };
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
