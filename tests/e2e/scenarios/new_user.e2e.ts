// What a new user stumbled on (issue 13), seen in the browser: who holds a role and why a control
// does nothing, refusals as a short line and a real list, buttons named by their item, consistent
// forms and layout, policy posts that say what changed, messages rendered as the webapp renders
// them, and the tracker channel opening at its newest card.
import type {Locator, Page} from 'playwright-core';

import {apiAs, poll, postError, TEAM} from '../harness';

import {
    checklistItem, expectReasonShownOnFocus, openPanel, pluginPage, refusedCommand, runCommand, setPolicy, setRolesInSystemConsole, startScenario, TRACKER_CHANNEL, visitChannel,
    type Scenario,
} from './support';

jest.setTimeout(90_000);

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob', 'carol-qa', 'erin-integrations']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {qa: ['carol-qa'], integrations: ['erin-integrations'], 'core-committer': ['frank-core', 'grace-core']});
    await runCommand(scenario.user('alice').page, `/plugin-onboard add github ${REPO} --name GitHub`);
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

function githubPage(username: string): Promise<{page: Page; rhs: Locator}> {
    return pluginPage(scenario, username, 'GitHub');
}

describe('who may act, and why a control does nothing', () => {
    test('each sign-off and role-gated sub-step names who holds the role', async () => {
        const {rhs} = await githubPage('bob');
        const qa = checklistItem(rhs, 'QA pass');
        const slots = qa.getByRole('list', {name: 'Sign-offs'});
        await slots.getByText('QA team: @carol-qa').waitFor();
        const steps = qa.getByRole('list', {name: 'Steps'});
        const functional = steps.getByRole('listitem').filter({has: rhs.page().getByRole('checkbox', {name: /Functional testing/})});
        expect(await functional.getByText('QA team: @carol-qa').count()).toBe(1);
        // A step the owners tick names nobody: it is theirs.
        const ciMaster = checklistItem(rhs, 'CI system setup to build master');
        expect(await ciMaster.getByRole('list', {name: 'Steps'}).getByText(/@/).count()).toBe(0);
        expect(await ciMaster.getByRole('list', {name: 'Sign-offs'}).getByText('Integrations team: @erin-integrations').count()).toBe(1);
        // Neither core committer has opened the tracker channel: each name is followed by that mark.
        expect(await checklistItem(rhs, 'Basic Code Review passed').getByText(/^Core committers: @frank-core\b.*, @grace-core\b/).count()).toBe(1);
    });

    test("a QA step bob may not tick looks disabled and says why on focus", async () => {
        const {rhs} = await githubPage('bob');
        const box = checklistItem(rhs, 'QA pass').getByRole('checkbox', {name: /Functional testing/});
        const opacity = await box.evaluate((el) => Number(getComputedStyle(el).opacity));
        expect(opacity).toBeLessThan(1);
        expect(await box.evaluate((el) => getComputedStyle(el).cursor)).toBe('not-allowed');
        await expectReasonShownOnFocus(box);
        // Still reachable by keyboard, and ticking it does nothing.
        expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
        await box.press('Space');
        expect(await box.isChecked()).toBe(false);
    });

    test('the disabled sign-off says why on focus, where carol-qa sees no such reason', async () => {
        const {rhs} = await githubPage('bob');
        await expectReasonShownOnFocus(checklistItem(rhs, 'QA pass').getByRole('button', {name: 'Sign off as QA for QA pass', exact: true}));
        const carol = await githubPage('carol-qa');
        const box = checklistItem(carol.rhs, 'QA pass').getByRole('checkbox', {name: /Functional testing/});
        expect(await box.getAttribute('aria-disabled')).toBeNull();
        expect(await box.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
    });
});

test('no two buttons of a plugin page share a name: each names its item', async () => {
    const {rhs} = await githubPage('bob');
    const names = await rhs.getByRole('button').evaluateAll((buttons) => buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()));
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    expect(repeated).toEqual([]);
    expect(names).toEqual(expect.arrayContaining([
        'Sign off as Integrations team for CI system setup to build master',
        'Sign off as Integrations team for Has a compatible licence',
        'Sign off as Integrations team for Release created and CI system setup to build releases',
        'Add QA notes for QA pass',
        'Add QA notes for QA pass on ci-extensions-release of the release to deploy.',
    ]));
});

describe('messages read as the webapp shows them', () => {
    test("a reply's table, escapes and mentions are rendered, not shown as Markdown", async () => {
        const {page} = scenario.user('alice');
        await runCommand(page, '/plugin-onboard report');
        const reply = page.locator('[data-post-type="system_ephemeral"]').last();
        const table = reply.getByRole('table');
        await table.waitFor();
        expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Plugin', 'Stage', 'Progress', 'Blocked by', 'Whose move']);
        const text = await reply.innerText();
        expect(text).not.toContain('|');
        expect(text).not.toMatch(/\\[.\-_*]/);
    });

    test('raw HTML in a message stays text; mentions are marked, the reader\'s own highlighted', async () => {
        const {page} = scenario.user('bob');
        await visitChannel(scenario, page, 'town-square');
        await page.locator('#post_textbox').fill('<b>not bold</b> and **bold** for @alice and @bob');
        await page.locator('#post_textbox').press('Enter');
        const post = page.locator('#postListContent [data-testid="postView"]').last();
        await post.getByText('bold', {exact: true}).waitFor();
        expect(await post.locator('strong').innerText()).toBe('bold');
        expect(await post.locator('b').count()).toBe(0);
        expect(await post.innerText()).toContain('<b>not bold</b>');
        // Mentions are marked; the reader's own is highlighted.
        expect(await post.locator('.mention-link').allInnerTexts()).toEqual(['@alice', '@bob']);
        expect(await post.locator('.mention--highlight').allInnerTexts()).toEqual(['@bob']);
    });
});

test('the tracker channel opens at its newest card', async () => {
    const alice = scenario.user('alice').page;
    for (let i = 1; i <= 12; i++) {
        await runCommand(alice, `/plugin-onboard add scroll-${i} https://github.com/example/scroll-${i} --name "Scroll ${i}"`);
    }
    const {page} = scenario.user('bob');
    await page.setViewportSize({width: 1280, height: 720});
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const list = page.locator('#postListContent');
    const newest = list.getByRole('article', {name: 'Scroll 12', exact: true});
    await newest.waitFor();
    // The cards render after their chunk loads and grow then; the list must still end at the newest.
    const gap = await poll(
        () => list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight),
        (left) => left <= 4,
        5_000,
    );
    expect(gap).toBeLessThanOrEqual(4);
    const box = await newest.boundingBox();
    const view = await list.boundingBox();
    expect(box).not.toBeNull();
    expect(view).not.toBeNull();
    if (box && view) {
        expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height + 1);
        expect(box.y).toBeGreaterThanOrEqual(view.y - 1);
    }
});

describe('a refusal is a short first line, then a real list', () => {
    test('under the message box one line, and the whole refusal as a reply with a Markdown list', async () => {
        const {page} = scenario.user('erin-integrations');
        const refusal = await refusedCommand(page, '/plugin-onboard deploy github ci-extensions');
        const label = await postError(page).innerText();
        expect(label).toMatch(/^Not recorded\. .*cannot be deployed to .*ci-extensions.* yet.*: see the reply above\.$/);
        expect(label).not.toContain('•');
        expect(label).not.toContain('\n');
        const reply = page.locator('[data-post-type="system_ephemeral"]').last();
        const items = reply.getByRole('listitem');
        expect(await items.count()).toBeGreaterThan(1);
        expect(await items.first().innerText()).toMatch(/Basic Code Review passed/);
        expect(refusal).toContain('Basic Code Review passed');
    });

    test('in the panel, what a gate still needs is a list under the reason\'s first line', async () => {
        const {rhs} = await githubPage('erin-integrations');
        const stage = rhs.getByRole('region', {name: 'Deploy to ci-extensions', exact: true});
        const deploy = stage.getByRole('button', {name: 'Mark deployed to ci-extensions'});
        const id = await deploy.getAttribute('aria-describedby');
        expect(id).not.toBeNull();
        const reason = rhs.locator(`[id="${id ?? ''}"]`);
        expect(await reason.locator('span').first().innerText()).toMatch(/cannot be deployed to ci-extensions yet; still missing:$/);
        expect(await reason.getByRole('listitem').count()).toBeGreaterThan(1);
    });
});

describe('consistency', () => {
    test('a 10,000-character command is not echoed whole in its error', async () => {
        const {page} = scenario.user('alice');
        const long = 'x'.repeat(10_000);
        const refusal = await refusedCommand(page, `/plugin-onboard add ${long} https://github.com/example/x`);
        expect(refusal).toContain('(10,000 characters)');
        expect(refusal.length).toBeLessThan(1_000);
        // The box keeps the command whole to be fixed.
        expect((await page.locator('#post_textbox').inputValue()).length).toBeGreaterThan(10_000);
        await page.locator('#post_textbox').fill('');
    });

    test('the panel registers a plugin without a name, as the command does', async () => {
        const {page} = scenario.user('alice');
        const rhs = await openPanel(page);
        const back = rhs.getByRole('button', {name: 'Back to all plugins'});
        if (await back.count() > 0) {
            await back.click();
        }
        await rhs.getByRole('button', {name: 'Add plugin'}).click();
        const form = rhs.getByRole('form', {name: 'Register a plugin'});
        await form.getByRole('textbox', {name: 'Plugin id', exact: true}).fill('com.example.unnamed');
        await form.getByRole('textbox', {name: 'Repository URL', exact: true}).fill('https://github.com/example/unnamed');
        await form.getByRole('button', {name: 'Register'}).click();
        await rhs.getByRole('heading', {level: 2, name: 'com.example.unnamed', exact: true}).waitFor();
    });

    test('a 120-character name stays inside its card, its list row and the panel\'s header', async () => {
        const name = `Averylongpluginname${'x'.repeat(101)}`;
        expect(name).toHaveLength(120);
        const {page} = scenario.user('alice');
        await runCommand(page, `/plugin-onboard add longname https://github.com/example/longname --name ${name}`);
        const rhs = await openPanel(page, name);
        const fits = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
        expect(await fits(rhs.locator('header'))).toBe(true);
        await rhs.getByRole('button', {name: 'Back to all plugins'}).click();
        expect(await fits(rhs.getByRole('button', {name: `Open ${name}`, exact: true}))).toBe(true);
        await visitChannel(scenario, page, TRACKER_CHANNEL);
        const card = page.locator('#postListContent').getByRole('article', {name, exact: true});
        await card.waitFor();
        expect(await fits(card)).toBe(true);
        const cardBox = await card.boundingBox();
        const nameBox = await card.getByText(name, {exact: true}).boundingBox();
        expect(cardBox && nameBox && nameBox.x + nameBox.width <= cardBox.x + cardBox.width).toBe(true);
    });

    test('stage labels wrap only after a dot, never mid-word', async () => {
        const {page} = scenario.user('bob');
        await page.setViewportSize({width: 1280, height: 720});
        const rhs = await openPanel(page, 'GitHub');
        const label = rhs.getByRole('list', {name: 'Stages'}).getByRole('listitem').last().locator('.po-env');
        // Where the label's characters move to a new line, the one before must be a dot.
        const breaks = await label.evaluate((el) => {
            const text = el.textContent ?? '';
            const range = document.createRange();
            const tops: number[] = [];
            let offset = 0;
            for (const node of Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE)) {
                for (let i = 0; i < (node.textContent ?? '').length; i++) {
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    tops[offset + i] = range.getBoundingClientRect().top;
                }
                offset += (node.textContent ?? '').length;
            }
            return tops.flatMap((top, i) => (i > 0 && Math.abs(top - (tops[i - 1] ?? top)) > 2 ? [text.slice(0, i)] : []));
        });
        expect(await label.innerText()).toBe('community.mattermost.com');
        // The panel is narrow enough that the label wraps: the test is about where.
        expect(breaks.length).toBeGreaterThan(0);
        for (const before of breaks) {
            expect(before.endsWith('.')).toBe(true);
        }
    });
});

test('a policy post says what changed', async () => {
    const admin = scenario.user('admin').page;
    await visitChannel(scenario, admin, TRACKER_CHANNEL);
    await setRolesInSystemConsole(admin, {'QA team': ['bob']});
    const {page} = scenario.user('carol-qa');
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const line = page.locator('#postListContent [data-testid="postView"]').filter({hasText: 'changed the plugin onboarding policy'}).last();
    await line.waitFor();
    expect(await line.getByRole('listitem').allInnerTexts()).toEqual(['added @bob to QA team']);
    // The post's own message (what mobile and clients without the plugin show) says it too.
    const client = await apiAs(scenario.stack, 'carol-qa');
    const channel = await client.getChannelByName((await client.getTeamByName(TEAM)).id, TRACKER_CHANNEL);
    const {posts} = await client.getPosts(channel.id, 0, 50);
    const messages = Object.values(posts).map((post) => post.message).filter((message) => message.includes('changed the plugin onboarding policy'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('\n- added @bob to QA team');
});
