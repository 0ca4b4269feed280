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

// A separate context per user keeps cookies (and so sessions) apart, like separate browsers.
export async function newUserContext(browser: Browser): Promise<UserSession> {
    const context = await browser.newContext({viewport: {width: 1440, height: 900}});
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error(`[browser] ${err.message}`));
    return {context, page};
}
