// Issue 15: the tracker's log is kept in the browser (IndexedDB), so after a page reload the panel
// is ready after one `since` request, with what others did meanwhile, instead of every page again.
import type {Page} from 'playwright-core';

import {apiAs, loginAs, TEAM} from '../harness';

import {openPanel, runCommand, startScenario, TRACKER_CHANNEL, type Scenario} from './support';

jest.setTimeout(90_000);

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

/** The tracker's posts read by the page from now on (their query strings); the host reads its own channel too. */
async function trackerReads(page: Page): Promise<string[]> {
    const client = await apiAs(scenario.stack, 'admin');
    const tracker = await client.getChannelByName((await client.getTeamByName(TEAM)).id, TRACKER_CHANNEL);
    const reads: string[] = [];
    page.on('request', (request) => {
        const match = /\/api\/v4\/channels\/([a-z0-9]+)\/posts\?(.*)$/.exec(request.url());
        if (match?.[1] === tracker.id && match[2] !== undefined) {
            reads.push(match[2]);
        }
    });
    return reads;
}

async function rows(page: Page): Promise<string[]> {
    const rhs = await openPanel(page);
    await rhs.locator('.po-plugin-row').first().waitFor();
    return rhs.locator('.po-card-name').allInnerTexts();
}

test('a reload reads only what changed since the log was kept, and shows it', async () => {
    const alice = scenario.user('alice').page;
    await runCommand(alice, '/plugin-onboard add github https://github.com/example/github --name "GitHub"');
    await runCommand(alice, '/plugin-onboard add jira https://github.com/example/jira --name "Jira"');
    expect((await rows(alice)).sort()).toEqual(['GitHub', 'Jira']);
    // The log is kept once it has been still for a moment (LOG_SAVE_AFTER_MS, 2 s).
    await alice.waitForTimeout(3000);

    // Meanwhile bob registers a plugin from his own browser.
    await runCommand(scenario.user('bob').page, '/plugin-onboard add zoom https://github.com/example/zoom --name "Zoom"');

    const reads = await trackerReads(alice);
    await alice.reload();
    const rhs = await openPanel(alice);
    await rhs.getByRole('button', {name: 'Open Zoom', exact: true}).waitFor();
    expect((await rhs.locator('.po-card-name').allInnerTexts()).sort()).toEqual(['GitHub', 'Jira', 'Zoom']);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/^since=\d+/);
});

test('another user in the same browser profile reads the whole log, not what the first one kept', async () => {
    const alice = scenario.user('alice');
    // alice logs out (her cookies go) and bob logs in where she was: same profile, same IndexedDB.
    await alice.context.clearCookies();
    const reads = await trackerReads(alice.page);
    await loginAs(alice.page, scenario.stack, 'bob');
    expect((await rows(alice.page)).sort()).toEqual(['GitHub', 'Jira', 'Zoom']);
    expect(reads.some((query) => query.startsWith('page=0'))).toBe(true);
});
