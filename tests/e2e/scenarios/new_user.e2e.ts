// What a new user stumbled on (issue 13), seen in the browser: who holds a role and why a control
// does nothing, buttons named by their item, messages rendered as the webapp renders them, and the
// tracker channel opening at its newest card.
import type {Locator, Page} from 'playwright-core';

import {poll} from '../harness';

import {
    checklistItem, expectReasonShownOnFocus, openPanel, runCommand, setPolicy, startScenario, TRACKER_CHANNEL, visitChannel, type Scenario,
} from './support';

jest.setTimeout(90_000);

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob', 'carol-qa']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {qa: ['carol-qa'], integrations: ['erin-integrations'], 'core-committer': ['frank-core', 'grace-core']});
    await runCommand(scenario.user('alice').page, `/plugin-onboard add github ${REPO} --name GitHub`);
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

async function githubPage(username: string): Promise<{page: Page; rhs: Locator}> {
    const {page} = scenario.user(username);
    const rhs = await openPanel(page, 'GitHub');
    return {page, rhs};
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
        expect(await checklistItem(rhs, 'Basic Code Review passed').getByText('Core committers: @frank-core, @grace-core').count()).toBe(1);
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
