// Scenarios 1 and 2: a new user registers a plugin with the slash command and finds it in the panel
// and as a card in the tracker channel; another user's open browser follows along without a reload.
import type {Locator} from 'playwright-core';

import {poll} from '../harness';

import {openPanel, PANEL, runCommand, startScenario, TRACKER_CHANNEL, visitChannel, type Scenario} from './support';

jest.setTimeout(60_000);

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';
const INTRO = 'https://community.mattermost.com/core/pl/6dci1ssexjrh9rmdzt4pdpb9zy';

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob']);
    // Only a system admin creates the tracker channel.
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

function card(channelView: Locator, name: string): Locator {
    return channelView.getByRole('article', {name, exact: true});
}

test('alice registers a plugin with /plugin-onboard add and sees it in the panel and as a card in the tracker channel', async () => {
    const {page} = scenario.user('alice');
    const reply = await runCommand(page, `/plugin-onboard add github ${REPO} --name "GitHub"`);
    expect(reply).toContain('GitHub');

    const rhs = await openPanel(page);
    const row = rhs.getByRole('button', {name: 'Open GitHub', exact: true});
    await row.waitFor();
    expect(await row.innerText()).toContain('github');
    await row.click();
    await rhs.getByRole('heading', {level: 2, name: 'GitHub', exact: true}).waitFor();
    expect(await rhs.getByRole('link', {name: REPO}).getAttribute('href')).toBe(REPO);
    // alice is the owner by default (none named); the page lists the process's stages.
    expect(await rhs.locator('header').innerText()).toContain('alice');
    await rhs.getByRole('region', {name: 'Deploy to ci-extensions', exact: true}).waitFor();

    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const registration = card(page.locator('#postListContent'), 'GitHub');
    await registration.waitFor();
    expect(await registration.innerText()).toContain('Now: Deploy to ci-extensions');
    expect(await registration.getByRole('link', {name: REPO}).getAttribute('href')).toBe(REPO);

    // The card opens the panel on its plugin.
    expect(await page.locator('#sidebar-right').count()).toBe(0);
    await registration.getByRole('button', {name: 'Open GitHub in the checklist'}).click();
    await page.locator('#sidebar-right').getByRole('heading', {level: 2, name: 'GitHub', exact: true}).waitFor();
});

test("bob's already open panel and card follow alice's steps live, without a reload", async () => {
    const alice = scenario.user('alice').page;
    const bob = scenario.user('bob').page;
    await visitChannel(scenario, bob, TRACKER_CHANNEL);
    // From here on a reload would lose this marker, so its survival proves the page was never reloaded.
    await bob.evaluate(() => Reflect.set(window, '__noReload', true));

    // bob watches GitHub's page in the panel and its card in the channel.
    const rhs = await openPanel(bob, 'GitHub');
    const bobCard = card(bob.locator('#postListContent'), 'GitHub');
    await bobCard.waitFor();
    const basicReview = rhs.getByRole('article', {name: 'Basic Code Review passed', exact: true});
    const introductionStep = basicReview.getByRole('checkbox', {name: /Post an introduction/});
    expect(await introductionStep.isChecked()).toBe(false);
    expect(await basicReview.getByRole('link', {name: INTRO}).count()).toBe(0);
    const cardBefore = await bobCard.innerText();
    expect(cardBefore).toContain('Provide evidence: Introduction post');

    await runCommand(alice, `/plugin-onboard evidence github basic-review introduction-post ${INTRO}`);
    await basicReview.getByRole('link', {name: INTRO}).waitFor();
    expect(await basicReview.getByRole('link', {name: INTRO}).getAttribute('href')).toBe(INTRO);
    // The card's next move moves on past the evidence alice just gave.
    expect(await poll(() => bobCard.innerText(), (text) => !text.includes('Provide evidence: Introduction post'))).not.toContain('Provide evidence: Introduction post');

    await runCommand(alice, '/plugin-onboard check github basic-review.introduction');
    expect(await poll(() => introductionStep.isChecked(), (checked) => checked)).toBe(true);
    // alice's event lines arrive in bob's channel view too (this one, not the evidence line or the card's next move).
    await bob.locator('#postListContent').getByText(/^checked a sub-step of Basic Code Review passed/).first().waitFor();

    // A second plugin registered by alice appears in bob's list.
    await runCommand(alice, '/plugin-onboard add jira https://github.com/mattermost/mattermost-plugin-jira --name Jira');
    await rhs.getByRole('button', {name: 'Back to all plugins'}).click();
    await rhs.getByRole('button', {name: 'Open Jira', exact: true}).waitFor();
    await card(bob.locator('#postListContent'), 'Jira').waitFor();

    expect(await bob.evaluate(() => Reflect.get(window, '__noReload'))).toBe(true);
    expect(await bob.getByRole('toolbar', {name: 'App Bar'}).getByRole('button', {name: PANEL}).count()).toBe(1);
});
