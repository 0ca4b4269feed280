// What a person does in the host page, as test steps.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';

import type {Locator, Page} from 'playwright-core';

import {seedPassword, seedTeam} from '../../../local-mattermost/server/index';

import {artifactsDir} from './paths';
import type {Stack} from './stack';

export const SEED_PASSWORD = seedPassword;
export const TEAM = seedTeam.name;

// `query` is appended to every URL, e.g. '?appbar=0' for the channel-header fallback.
export async function loginAs(page: Page, stack: Stack, username: string, query = ''): Promise<void> {
    await page.goto(`${stack.url}/login${query}`);
    await page.locator('#input_loginId').fill(username);
    await page.locator('#input_password-input').fill(SEED_PASSWORD);
    await page.getByRole('button', {name: 'Log in'}).click();
    await page.locator('#post_textbox').waitFor();
    await waitForPlugins(page);
}

// Resolves once every plugin listed by the server was registered and initialized (or failed).
export async function waitForPlugins(page: Page): Promise<void> {
    await page.waitForFunction(async () => {
        const res = await fetch('/api/v4/plugins/webapp', {credentials: 'include'});
        const listed: unknown = await res.json();
        const r = window.__hostReport;
        return Array.isArray(listed) && r.initializedPlugins.length + r.pluginErrors.length >= listed.length;
    });
}

export async function openChannel(page: Page, name: string): Promise<void> {
    await page.locator(`#sidebarItem_${name}`).click();
    await page.locator(`#sidebarItem_${name}[aria-current="page"]`).waitFor();
}

export async function typeMessage(page: Page, text: string): Promise<void> {
    const box = page.locator('#post_textbox');
    await box.fill(text);
    await box.press('Enter');
}

export function textbox(page: Page): Locator {
    return page.locator('#post_textbox');
}

export function postError(page: Page): Locator {
    return page.getByTestId('post-error');
}

export function posts(page: Page): Locator {
    return page.locator('#postListContent [data-testid="postView"]');
}

export async function switchTheme(page: Page, theme: 'denim' | 'onyx'): Promise<void> {
    const current = await page.evaluate(() => document.documentElement.dataset.theme);
    if (current !== theme) {
        await page.getByTestId('theme-switch').click();
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    }
}

export async function cssVariable(page: Page, name: string): Promise<string> {
    return page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
}

// Clicks the App Bar icon whose tooltip is `label` and waits for the RHS to show.
export async function openAppBarItem(page: Page, label: string): Promise<Locator> {
    await page.getByRole('toolbar', {name: 'App Bar'}).getByRole('button', {name: label}).click();
    const rhs = page.locator('#sidebar-right');
    await rhs.waitFor();
    return rhs;
}

export async function closeRhs(page: Page): Promise<void> {
    await page.locator('#sidebar-right').getByRole('button', {name: 'Close'}).click();
    await page.locator('#sidebar-right').waitFor({state: 'detached'});
}

export async function screenshot(page: Page, name: string, target?: Locator): Promise<string> {
    mkdirSync(artifactsDir, {recursive: true});
    const path = join(artifactsDir, `${name}.png`);
    await (target ?? page).screenshot({path});
    return path;
}

export async function hostReport(page: Page) {
    return page.evaluate(() => window.__hostReport);
}
