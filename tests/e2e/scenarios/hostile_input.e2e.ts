// Scenario 7: markup and javascript: URLs typed into every field render inert. Whatever a user types
// (or a modified client posts), no dialog opens, no element from user content carries an event
// handler, and no link points anywhere but http(s) or the host itself.
import type {Locator, Page} from 'playwright-core';

import {poll} from '../harness';

import {
    checklistItem, failOnDialogs, openPanel, postUncheckedEvent, recordAs, refusedCommand, runCommand, saveForm, startScenario, TRACKER_CHANNEL,
    visitChannel, type Scenario,
} from './support';

jest.setTimeout(60_000);

const IMG = '<img src=x onerror=alert(1)>';
const JS = 'javascript:alert(1)';
const USERS = ['admin', 'alice', 'bob'] as const;

let scenario: Scenario;
const dialogs = new Map<string, string[]>();

beforeAll(async () => {
    scenario = await startScenario(USERS);
    for (const username of USERS) {
        dialogs.set(username, failOnDialogs(scenario.user(username).page));
    }
    // Only a system admin creates the tracker channel.
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

afterEach(() => {
    for (const [username, seen] of dialogs) {
        expect({username, dialogs: seen}).toEqual({username, dialogs: []});
    }
});

interface Findings {
    readonly imgs: string[];
    readonly handlers: string[];
    readonly hrefs: string[];
}

/** What the plugin rendered in the panel and the channel: images, inline handlers, link targets. */
async function findings(page: Page): Promise<Findings> {
    return page.evaluate(() => {
        const scope = [...document.querySelectorAll('#sidebar-right, #postListContent')];
        const all = scope.flatMap((root) => [root, ...root.querySelectorAll('*')]);
        return {
            imgs: [...document.querySelectorAll('img')].filter((img) => img.hasAttribute('onerror') || img.getAttribute('src') === 'x').map((img) => img.outerHTML),
            handlers: all.filter((el) => [...el.attributes].some((attr) => attr.name.toLowerCase().startsWith('on'))).map((el) => el.outerHTML.slice(0, 200)),
            hrefs: scope.flatMap((root) => [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '')),
        };
    });
}

async function expectInert(page: Page): Promise<Findings> {
    const found = await findings(page);
    expect(found.imgs).toEqual([]);
    expect(found.handlers).toEqual([]);
    // http(s), or a path on the host itself (not protocol-relative).
    expect(found.hrefs.filter((href) => !/^(https?:\/\/|\/(?!\/))/i.test(href))).toEqual([]);
    return found;
}

async function fieldError(form: Locator, label: string): Promise<string> {
    const field = form.getByRole('textbox', {name: label, exact: true});
    const id = await field.getAttribute('aria-describedby');
    return id === null ? '' : form.page().locator(`[id="${id}"]`).innerText();
}

test('the slash command: markup in the name and notes is kept as text, javascript: URLs are refused with the text kept', async () => {
    const {page} = scenario.user('alice');
    await runCommand(page, `/plugin-onboard add xss-cmd https://github.com/example/xss --name "${IMG}"`);
    expect(await refusedCommand(page, `/plugin-onboard add js-repo ${JS}`)).toMatch(/URL/i);
    expect(await refusedCommand(page, `/plugin-onboard evidence xss-cmd basic-review introduction-post ${JS}`)).toMatch(/http/i);
    expect(await refusedCommand(page, `/plugin-onboard release xss-cmd v1.0.0 ${JS}`)).toMatch(/URL/i);
    await runCommand(page, `/plugin-onboard evidence xss-cmd pm-ux-review summary "${IMG}"`);
    await runCommand(page, `/plugin-onboard evidence xss-cmd pm-ux-review use-cases ${JS}`);
    await runCommand(page, `/plugin-onboard evidence xss-cmd pm-ux-review docs "https://example.com/docs?q=${IMG}"`);
    await runCommand(page, '/plugin-onboard check xss-cmd release.ci-request');

    await runCommand(page, `/plugin-onboard release xss-cmd v1.0.0 "https://github.com/example/xss/releases/v1?x=${IMG}"`);

    const admin = scenario.user('admin').page;
    // Before any policy, the system admin acts for every role.
    await runCommand(admin, `/plugin-onboard signoff xss-cmd complete-review --note "${IMG}"`);
    await runCommand(admin, `/plugin-onboard signoff xss-cmd release --note ${JS}`);
    await runCommand(admin, `/plugin-onboard waive xss-cmd licence --reason "${IMG}"`);
    await expectInert(page);
    await expectInert(admin);
});

test('the panel forms: markup is accepted as text where text is allowed, javascript: is refused where a URL is asked for', async () => {
    const {page} = scenario.user('alice');
    const rhs = await openPanel(page);
    await rhs.getByRole('button', {name: 'Add plugin'}).click();
    const form = rhs.getByRole('form', {name: 'Register a plugin'});
    await form.getByRole('textbox', {name: 'Plugin id', exact: true}).fill(IMG);
    await form.getByRole('textbox', {name: 'Name (optional)', exact: true}).fill(JS);
    await form.getByRole('textbox', {name: 'Repository URL', exact: true}).fill(JS);
    await form.getByRole('textbox', {name: 'Owners (usernames, comma separated)', exact: true}).fill(IMG);
    await form.getByRole('button', {name: 'Register'}).click();
    expect(await fieldError(form, 'Plugin id')).toContain('Use 3–190 letters');
    expect(await fieldError(form, 'Repository URL')).toBe('Enter an http:// or https:// URL.');
    await expectInert(page);

    await form.getByRole('textbox', {name: 'Plugin id', exact: true}).fill('xss-form');
    await form.getByRole('textbox', {name: 'Repository URL', exact: true}).fill(`https://github.com/example/xss-form#${IMG}`);
    await form.getByRole('button', {name: 'Register'}).click();
    // The owners field looked the markup up as usernames and says so, as text.
    const owners = await poll(() => fieldError(form, 'Owners (usernames, comma separated)'), (text) => text.startsWith('No such user'));
    expect(owners).toContain('<img');
    expect(owners).toContain('onerror=alert(1)>');
    await form.getByRole('textbox', {name: 'Owners (usernames, comma separated)', exact: true}).fill('');
    await form.getByRole('button', {name: 'Register'}).click();
    // A new plugin opens on its page; its name is the javascript: text, shown as a heading.
    await rhs.getByRole('heading', {level: 2, name: JS, exact: true}).waitFor();
    expect(await rhs.locator('header').getByRole('link').first().getAttribute('href')).toBe(`https://github.com/example/xss-form#${IMG}`);

    // Evidence: a URL field refuses javascript:, a text field keeps it as text.
    const basic = checklistItem(rhs, 'Basic Code Review passed');
    await basic.getByRole('button', {name: 'Add Introduction post'}).click();
    await basic.getByRole('textbox', {name: 'Introduction post', exact: true}).fill(JS);
    await basic.getByRole('button', {name: 'Save'}).click();
    expect(await fieldError(basic, 'Introduction post')).toContain('http');
    await basic.getByRole('button', {name: 'Cancel'}).click();
    const pm = checklistItem(rhs, 'PM/UX review');
    await pm.getByRole('button', {name: 'Add One paragraph summary'}).click();
    await pm.getByRole('textbox', {name: 'One paragraph summary', exact: true}).fill(`${IMG} ${JS}`);
    await saveForm(pm);
    await pm.getByText(`${IMG} ${JS}`, {exact: true}).waitFor();

    // Release: javascript: refused, then a real URL carrying markup in its fragment.
    await rhs.getByRole('button', {name: 'Set release'}).click();
    const release = rhs.getByRole('form', {name: 'Set release'});
    await release.getByRole('textbox', {name: 'Version', exact: true}).fill('1.0.0');
    await release.getByRole('textbox', {name: 'Release URL', exact: true}).fill(JS);
    await release.getByRole('button', {name: 'Save'}).click();
    expect(await fieldError(release, 'Release URL')).toBe('Enter an http:// or https:// URL.');
    await release.getByRole('textbox', {name: 'Release URL', exact: true}).fill(`https://github.com/example/xss-form/releases/v1#${IMG}`);
    await saveForm(release);
    await rhs.locator('header').getByRole('link', {name: '1.0.0'}).waitFor();
    await expectInert(page);

    // The admin signs off and waives with markup in the note and the reason.
    const admin = scenario.user('admin').page;
    const adminRhs = await openPanel(admin, JS);
    const review = checklistItem(adminRhs, 'Complete code review by two core committers. One focused on security.');
    await review.getByRole('button', {name: 'Sign off as Reviewer for Complete code review by two core committers. One focused on security.', exact: true}).click();
    await review.getByRole('textbox', {name: 'Note (optional)'}).fill(IMG);
    await review.getByRole('button', {name: 'Confirm sign-off'}).click();
    await review.getByText(IMG, {exact: true}).waitFor();
    const licence = checklistItem(adminRhs, 'Has a compatible licence');
    await licence.getByRole('button', {name: 'Waive Has a compatible licence'}).click();
    await licence.getByRole('textbox', {name: 'Reason it does not apply'}).fill(`${JS} ${IMG}`);
    await licence.getByRole('button', {name: 'Waive', exact: true}).click();
    await licence.getByText(`${JS} ${IMG}`, {exact: false}).waitFor();
    await expectInert(admin);
});

test('events a modified client posts with javascript: URLs are unreadable or rejected, never links', async () => {
    await postUncheckedEvent(scenario.stack, 'alice', {
        v: 2, id: 'hostileRegistration000001', seen: {log: null}, type: 'plugin.registered', plugin: 'evil-raw', name: IMG, repoUrl: JS,
        owners: [], thirdPartyService: false, mattermostOwned: false,
    });
    await postUncheckedEvent(scenario.stack, 'alice', {
        v: 2, id: 'hostileEvidence0000000001', seen: {log: null}, type: 'evidence.set', plugin: 'xss-cmd', item: 'basic-review', field: 'introduction-post', value: JS,
    }, 'xss-cmd');
    await recordAs(scenario.stack, 'alice', [{type: 'evidence.set', plugin: 'xss-cmd', item: 'qa-pass', field: 'qa-notes', value: JS}]);

    const {page} = scenario.user('alice');
    const rhs = await openPanel(page, IMG);
    const basic = checklistItem(rhs, 'Basic Code Review passed');
    expect(await basic.getByRole('link').count()).toBe(0);
    await rhs.getByRole('button', {name: /^History \(\d+\)$/}).click();
    const history = rhs.getByRole('list', {name: 'History'});
    await history.getByText(/Rejected: .*must be an http\(s\) URL/).waitFor();
    await expectInert(page);
});

test("bob's view of it all — panel pages with history, channel cards and lines — is inert and shows the text as typed", async () => {
    const {page} = scenario.user('bob');
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const channel = page.locator('#postListContent');
    await channel.getByRole('article', {name: IMG, exact: true}).waitFor();
    await channel.getByRole('article', {name: JS, exact: true}).waitFor();
    // The hostile registration shows as an unreadable event, not as a card.
    expect(await channel.getByRole('article', {name: IMG, exact: true}).count()).toBe(1);

    const rhs = await openPanel(page, IMG);
    await rhs.getByRole('button', {name: /^History \(\d+\)$/}).click();
    await rhs.getByText(IMG, {exact: true}).first().waitFor();
    const onFirst = await expectInert(page);

    await openPanel(page, JS);
    await rhs.getByRole('button', {name: /^History \(\d+\)$/}).click();
    const onSecond = await expectInert(page);
    // Not vacuous: the repository, evidence and release links are there, all http(s).
    expect(onFirst.hrefs.length).toBeGreaterThanOrEqual(3);
    expect(onSecond.hrefs).toContain(`https://github.com/example/xss-form/releases/v1#${IMG}`);
    expect([...onFirst.hrefs, ...onSecond.hrefs].some((href) => /javascript:/i.test(href))).toBe(false);
});
