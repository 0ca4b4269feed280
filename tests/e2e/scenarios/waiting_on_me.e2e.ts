// "Waiting on me": a core committer learns what waits on him without looking through the list —
// `/plugin-onboard mine` lists it oldest first with the command for each, the channel-header button
// and the panel's title count it once the tracker has been read in the page (never before), and the
// panel's filter and sort show the same.
import type {Locator, Page} from 'playwright-core';

import type {EventDraft} from '../../../webapp/src/domain/events';
import {loginAs, newUserContext, poll, type UserSession} from '../harness';

import {openPanel, recordAs, runCommand, setPolicy, startScenario, type Scenario} from './support';

jest.setTimeout(90_000);

let scenario: Scenario;
let frank: UserSession;

function basicReviewReady(plugin: string): EventDraft[] {
    return [
        {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: `https://community.example.com/core/pl/${plugin}`},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'review-pr'},
    ];
}

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'core-committer': ['frank-core', 'grace-core'], integrations: ['erin-integrations']});
    await runCommand(scenario.user('alice').page, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    await runCommand(scenario.user('bob').page, '/plugin-onboard add gitlab https://github.com/example/gitlab-plugin --name GitLab');
    // GitHub was registered first, but GitLab's review was ready first: it has waited longer on the core committers.
    await recordAs(scenario.stack, 'bob', basicReviewReady('gitlab'));
    await recordAs(scenario.stack, 'alice', basicReviewReady('github'));
    // Frank uses the webapp with the App Bar off: the channel-header button is his way in.
    frank = await newUserContext(scenario.browser);
    await loginAs(frank.page, scenario.stack, 'frank-core', '?appbar=0');
}, 90_000);

afterAll(async () => {
    await frank?.context.close();
    await scenario?.close();
});

function headerButton(page: Page): Locator {
    return page.locator('.channel-header__icon[data-plugin-id="plugin-onboard"]');
}

async function rowNames(rhs: Locator): Promise<(string | null)[]> {
    return rhs.getByRole('button', {name: /^Open /}).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
}

async function countShown(button: Locator): Promise<string | null> {
    const badge = button.getByRole('status');
    return await badge.count() === 0 ? null : badge.getAttribute('aria-label');
}

test('before the tracker is read in the page, the header button shows no count', async () => {
    await headerButton(frank.page).waitFor();
    expect(await countShown(headerButton(frank.page))).toBeNull();
});

test('mine lists what waits on frank across plugins, oldest first, with how long and the command; then the button counts it', async () => {
    const reply = await runCommand(frank.page, '/plugin-onboard mine');
    const lines = reply.split('\n').filter((line) => line.includes('Basic Code Review passed'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/GitLab\W* · Basic Code Review passed: Sign off — waiting (under a minute|\d+ minutes?) \(since \d{4}-\d\d-\d\d\) · \W*\/plugin-onboard signoff gitlab basic-review/);
    expect(lines[1]).toMatch(/GitHub\W* · .+\/plugin-onboard signoff github basic-review/);
    expect(await poll(() => countShown(headerButton(frank.page)), (label) => label === '2 things wait on you')).toBe('2 things wait on you');
});

test('the panel counts it in its title; filtered to what waits on him and sorted by longest waiting, GitLab comes first', async () => {
    await headerButton(frank.page).click();
    const rhs = frank.page.locator('#sidebar-right');
    await rhs.getByRole('button', {name: 'Open GitLab'}).waitFor();
    expect(await rhs.locator('.sidebar-right__title').getByRole('status').getAttribute('aria-label')).toBe('2 things wait on you');
    await rhs.getByRole('checkbox', {name: 'Waiting on me'}).check();
    expect(await rowNames(rhs)).toEqual(['Open GitHub', 'Open GitLab']);
    await rhs.getByRole('combobox', {name: 'Sort'}).selectOption('waiting');
    expect(await rowNames(rhs)).toEqual(['Open GitLab', 'Open GitHub']);
    expect(await rhs.getByRole('button', {name: 'Open GitLab'}).innerText()).toMatch(/Next: .+ · waiting on them since/);
});

test('the counts follow the tracker live: signing one off leaves one, in the list too', async () => {
    await runCommand(frank.page, '/plugin-onboard signoff github basic-review');
    expect(await poll(() => countShown(headerButton(frank.page)), (label) => label === '1 thing waits on you')).toBe('1 thing waits on you');
    const rhs = frank.page.locator('#sidebar-right');
    expect(await rhs.locator('.sidebar-right__title').getByRole('status').getAttribute('aria-label')).toBe('1 thing waits on you');
    expect(await poll(() => rowNames(rhs), (names) => names.length === 1)).toEqual(['Open GitLab']);
});

test('alice, with nothing waiting on her as a reviewer, still sees her own plugin\'s author steps in mine', async () => {
    const panel = await openPanel(scenario.user('alice').page);
    await panel.getByRole('button', {name: 'Open GitHub'}).waitFor();
    const reply = await runCommand(scenario.user('alice').page, '/plugin-onboard mine');
    expect(reply).toContain('/plugin-onboard evidence github ci-master master-build-url <value>');
    expect(reply).not.toContain('gitlab');
});
