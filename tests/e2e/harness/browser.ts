// Debian's Chromium driven by playwright-core; one browser per test file, one context per user.
import {existsSync} from 'node:fs';

import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';

import {chromiumPath} from './paths';

export async function launchBrowser(): Promise<Browser> {
    if (!existsSync(chromiumPath)) {
        throw new Error(`Chromium is missing at ${chromiumPath}: run \`make chromium\` (apt-get install -y --no-install-recommends chromium fonts-liberation).`);
    }
    return chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

export type UserSession = {context: BrowserContext; page: Page};

const GITHUB_API = 'https://api.github.com';

/**
 * Requests to GitHub's API go to the local GitHub imitation instead (local-mattermost/github): the
 * page still sees a cross-origin answer from api.github.com, with the imitation's CORS and rate-limit
 * headers, and no test ever reads the internet.
 */
async function pointGitHubAt(context: BrowserContext, imitation: string): Promise<void> {
    await context.route(`${GITHUB_API}/**`, async (route) => {
        const response = await route.fetch({url: route.request().url().replace(GITHUB_API, imitation)});
        await route.fulfill({response});
    });
}

// A separate context per user keeps cookies (and so sessions) apart, like separate browsers.
export async function newUserContext(browser: Browser, githubApi?: string): Promise<UserSession> {
    const context = await browser.newContext({viewport: {width: 1440, height: 900}});
    if (githubApi !== undefined) {
        await pointGitHubAt(context, githubApi);
    }
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error(`[browser] ${err.message}`));
    return {context, page};
}
