// Smoke tests of the local Mattermost's host page with a tiny fixture plugin: the page must load a
// plugin and behave like the webapp wherever a plugin touches it.
import {rmSync} from 'node:fs';

import type {Browser} from 'playwright-core';

import {
    apiAs, closeRhs, cssVariable, FIXTURE_PLUGIN_ID, hostReport, launchBrowser, loginAs, newUserContext, openAppBarItem,
    openChannel, poll, postError, posts, screenshot, stageFixturePlugin, startStack, switchTheme, TEAM, textbox, typeMessage, waitForPlugins,
    type Stack, type UserSession,
} from './harness';

jest.setTimeout(120_000);

let stack: Stack;
let browser: Browser;
let fixtureDir: string;
let alice: UserSession;

beforeAll(async () => {
    fixtureDir = stageFixturePlugin();
    stack = await startStack({pluginDir: fixtureDir});
    browser = await launchBrowser();
    alice = await newUserContext(browser);
    await loginAs(alice.page, stack, 'alice');
});

afterAll(async () => {
    await browser?.close();
    await stack?.close();
    if (fixtureDir) {
        rmSync(fixtureDir, {recursive: true, force: true});
    }
});

describe('plugin loading', () => {
    test('the webapp globals are present before the plugin loads', async () => {
        const globals = await alice.page.evaluate(() => ({
            react: window.React.version,
            reactDom: typeof window.ReactDOM.createPortal,
            redux: typeof window.Redux.combineReducers,
            reactRedux: typeof window.ReactRedux.useSelector,
            reactIntl: typeof window.ReactIntl.useIntl,
        }));
        expect(globals).toEqual({react: '18.2.0', reactDom: 'function', redux: 'function', reactRedux: 'function', reactIntl: 'function'});
    });

    test('registerPlugin is captured and initialize gets the registry and the store', async () => {
        const report = await hostReport(alice.page);
        expect(report.registeredPlugins).toEqual([FIXTURE_PLUGIN_ID]);
        expect(report.initializedPlugins).toEqual([FIXTURE_PLUGIN_ID]);
        expect(report.pluginErrors).toEqual([]);
        const args = await alice.page.evaluate(() => (window as unknown as {__fixture: {initializeArgs: unknown}}).__fixture.initializeArgs);
        expect(args).toEqual({registryId: FIXTURE_PLUGIN_ID, hasDispatch: true, hasGetState: true});
    });

    test('registerReducer installs the plugin reducer at state["plugins-<id>"]', async () => {
        await typeMessage(alice.page, '/fixture-consume');
        const read = () => alice.page.evaluate(() => Reflect.get(window.__host.store.getState(), 'plugins-host-fixture') as unknown);
        expect(await poll(read, (s) => s !== undefined)).toEqual({hooks: expect.any(Number)});
    });
});

describe('the message box and slash-command hooks', () => {
    test('a hook that returns {} consumes the command and clears the box', async () => {
        const before = await posts(alice.page).count();
        await typeMessage(alice.page, '/fixture-consume something');
        expect(await poll(() => textbox(alice.page).inputValue(), (v) => v === '')).toBe('');
        await expect(postError(alice.page).count()).resolves.toBe(0);
        expect(await posts(alice.page).count()).toBe(before);
    });

    test('a hook that returns {error} keeps the text and shows the error under the box', async () => {
        await typeMessage(alice.page, '/fixture-error keep me');
        await postError(alice.page).waitFor();
        expect(await postError(alice.page).innerText()).toContain('The fixture refused this command.');
        expect(await textbox(alice.page).inputValue()).toBe('/fixture-error keep me');
    });

    test('an unknown command passes the hooks, reaches the server and shows its 404 error', async () => {
        await typeMessage(alice.page, '/no-such-command here');
        await postError(alice.page).waitFor();
        expect(await poll(() => postError(alice.page).innerText(), (t) => t.includes('no-such-command'))).toContain("Command with a trigger of '/no-such-command' not found.");
        expect(await textbox(alice.page).inputValue()).toBe('/no-such-command here');
    });

    test('an ephemeral post dispatched by the plugin is shown as only visible to you', async () => {
        await typeMessage(alice.page, '/fixture-ephemeral');
        const ephemeral = alice.page.locator('[data-post-type="system_ephemeral"]').last();
        await ephemeral.waitFor();
        expect(await ephemeral.innerText()).toContain('Only you can see this fixture reply.');
        expect(await ephemeral.innerText()).toContain('(Only visible to you)');
        expect(await textbox(alice.page).inputValue()).toBe('');
    });

    test('a plain message is posted and rendered as text, never as HTML', async () => {
        const hostile = '<img src=x onerror="window.__pwned=1"> <b>bold</b>';
        await typeMessage(alice.page, hostile);
        const last = posts(alice.page).last();
        await alice.page.locator('.post-message__text', {hasText: 'bold'}).waitFor();
        expect(await last.locator('.post-message__text').innerText()).toBe(hostile);
        expect(await last.locator('img, b').count()).toBe(0);
        expect(await alice.page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    });
});

describe('custom post types', () => {
    test('a post of a registered type renders with the plugin component and theme', async () => {
        await typeMessage(alice.page, '/fixture-card Alpha');
        const card = alice.page.getByTestId('fixture-card').last();
        await card.waitFor();
        expect(await card.innerText()).toContain('Fixture card: Alpha');
        expect(await card.innerText()).toContain('theme=Denim');

        // Compass icons are loaded: the glyph's ::before uses the compass-icons font.
        const font = await card.locator('i.icon-check').evaluate((el) => getComputedStyle(el, '::before').fontFamily);
        expect(font).toContain('compass-icons');
        await screenshot(alice.page, 'host-custom-post-type');
    });
});

describe('websocket', () => {
    test("another user's post appears live and every plugin handler gets the full message", async () => {
        const bob = await newUserContext(browser);
        try {
            await loginAs(bob.page, stack, 'bob');
            await openChannel(bob.page, 'town-square');
            await openChannel(alice.page, 'town-square');
            await typeMessage(bob.page, 'live hello from bob');
            await alice.page.locator('.post-message__text', {hasText: 'live hello from bob'}).waitFor();
            const events = await alice.page.evaluate(() => (window as unknown as {__fixture: {events: Array<{event: string; hasPostString: boolean; seq: number}>}}).__fixture.events);
            expect(events.some((e) => e.event === 'posted' && e.hasPostString && typeof e.seq === 'number')).toBe(true);
        } finally {
            await bob.context.close();
        }
    });

    test("a post made while the socket is down shows after the reconnect, and the plugin's reconnect handler runs", async () => {
        const before = await alice.page.evaluate(() => window.__hostReport.reconnects);
        const carol = await apiAs(stack, 'carol-qa');
        const team = await carol.getTeamByName(TEAM);
        const townSquare = await carol.getChannelByName(team.id, 'town-square');

        stack.server.faults.dropWebsockets();
        await carol.createPost({channel_id: townSquare.id, message: 'posted while you were away'});

        await alice.page.waitForFunction((n) => window.__hostReport.reconnects > n, before, {timeout: 30_000});
        await alice.page.locator('.post-message__text', {hasText: 'posted while you were away'}).waitFor();
        const reconnects = await alice.page.evaluate(() => (window as unknown as {__fixture: {reconnects: number}}).__fixture.reconnects);
        expect(reconnects).toBeGreaterThan(0);
    });
});

describe('channels', () => {
    // As in Mattermost, only the creator hears of a new channel; others hear of it when they join.
    test('a channel the user creates or joins while the page is open appears in the sidebar, with the membership plugins read', async () => {
        const aliceApi = await apiAs(stack, 'alice');
        const team = await aliceApi.getTeamByName(TEAM);
        const memberOf = (id: string) => () => alice.page.evaluate((channelId) => channelId in window.__host.store.getState().entities.channels.myMembers, id);
        type NewChannel = Parameters<typeof aliceApi.createChannel>[0];

        const own = await aliceApi.createChannel({team_id: team.id, name: 'alice-notes', display_name: 'Alice Notes', type: 'O'} as NewChannel);
        await alice.page.locator('#sidebarItem_alice-notes').waitFor();
        expect(await poll(memberOf(own.id), (member) => member)).toBe(true);

        const carol = await apiAs(stack, 'carol-qa');
        const theirs = await carol.createChannel({team_id: team.id, name: 'release-notes', display_name: 'Release Notes', type: 'O'} as NewChannel);
        expect(await memberOf(theirs.id)()).toBe(false);
        await aliceApi.addToChannel((await aliceApi.getMe()).id, theirs.id);
        await alice.page.locator('#sidebarItem_release-notes').waitFor();
        expect(await poll(memberOf(theirs.id), (member) => member)).toBe(true);
    });
});

describe('registry', () => {
    test('a call to a registry method the host does not implement is reported and shown', async () => {
        await typeMessage(alice.page, '/fixture-unknown');
        await alice.page.getByTestId('host-report-banner').waitFor();
        expect(await alice.page.getByTestId('host-report-banner').innerText()).toContain('registerNoSuchThing');
        expect((await hostReport(alice.page)).unknownRegistryCalls).toEqual(['registerNoSuchThing']);
    });

    test('the App Bar icon toggles the RHS with its title and translated content', async () => {
        const rhs = await openAppBarItem(alice.page, 'Fixture panel');
        expect(await rhs.locator('.sidebar-right__title').innerText()).toBe('Fixture panel');
        expect(await rhs.getByTestId('fixture-rhs').innerText()).toBe('Hello from the fixture RHS');
        await screenshot(alice.page, 'host-rhs-light');
        await closeRhs(alice.page);
    });

    test('with ?appbar=0 the channel-header button is the way in', async () => {
        const erin = await newUserContext(browser);
        try {
            await loginAs(erin.page, stack, 'erin-integrations', '?appbar=0');
            expect(await erin.page.getByRole('toolbar', {name: 'App Bar'}).count()).toBe(0);
            await erin.page.locator('.channel-header__icon[data-plugin-id="host-fixture"]').click();
            await erin.page.locator('#sidebar-right').getByTestId('fixture-rhs').waitFor();
        } finally {
            await erin.context.close();
        }
    });

    test('with the App Bar on, the plugin has no channel-header button', async () => {
        expect(await alice.page.locator('.channel-header__icon[data-plugin-id="host-fixture"]').count()).toBe(0);
    });
});

describe('theme', () => {
    test('the switch sets the theme variables on :root and persists across a reload', async () => {
        await switchTheme(alice.page, 'denim');
        expect(await cssVariable(alice.page, '--center-channel-bg')).toBe('#ffffff');
        await switchTheme(alice.page, 'onyx');
        expect(await cssVariable(alice.page, '--center-channel-bg')).toBe('#191b1f');
        expect(await cssVariable(alice.page, '--center-channel-color-rgb')).toBe('227, 228, 232');
        expect(await cssVariable(alice.page, '--button-bg')).toBe('#4a7ce8');
        await openAppBarItem(alice.page, 'Fixture panel');
        await screenshot(alice.page, 'host-rhs-dark');
        await closeRhs(alice.page);

        await alice.page.reload();
        await alice.page.locator('#post_textbox').waitFor();
        expect(await cssVariable(alice.page, '--center-channel-bg')).toBe('#191b1f');
        await switchTheme(alice.page, 'denim');
    });
});

describe('System Console', () => {
    test('a non-admin is told they lack permission', async () => {
        await alice.page.goto(`${stack.url}/admin_console/plugins/plugin_${FIXTURE_PLUGIN_ID}`);
        await alice.page.getByText('You do not have permission to access this page.').waitFor();
    });

    test('an admin edits a text and a custom setting; Save writes the config and runs save actions', async () => {
        const admin = await newUserContext(browser);
        try {
            await loginAs(admin.page, stack, 'admin');
            await admin.page.getByRole('link', {name: `System Console: ${FIXTURE_PLUGIN_ID}`}).click();
            await admin.page.getByText('Fixture settings header').waitFor();
            await admin.page.locator(`[id="PluginSettings.Plugins.${FIXTURE_PLUGIN_ID}.greeting"]`).fill('bonjour');
            await admin.page.getByTestId('fixture-roster').fill('alice,bob');
            await screenshot(admin.page, 'host-system-console');
            await admin.page.getByRole('button', {name: 'Save'}).click();
            expect(await poll(() => admin.page.getByRole('button', {name: 'Save'}).isDisabled(), (d) => d)).toBe(true);
            expect(await admin.page.evaluate(() => (window as unknown as {__fixture: {saveActionRan?: boolean}}).__fixture.saveActionRan)).toBe(true);

            const saved = await admin.page.evaluate(async (id) => {
                const res = await fetch('/api/v4/config', {credentials: 'include', headers: {'X-Requested-With': 'XMLHttpRequest'}});
                const config = await res.json() as {PluginSettings: {Plugins: Record<string, Record<string, unknown>>}};
                return config.PluginSettings.Plugins[id];
            }, FIXTURE_PLUGIN_ID);
            expect(saved).toMatchObject({greeting: 'bonjour', roster: 'alice,bob'});
        } finally {
            await admin.context.close();
        }
    });
});

describe('session', () => {
    test('the user switcher logs in as another seeded user and reloads', async () => {
        const dave = await newUserContext(browser);
        try {
            await loginAs(dave.page, stack, 'dave-pm');
            await Promise.all([
                dave.page.waitForEvent('load'),
                dave.page.getByTestId('user-switcher').selectOption('frank-core'),
            ]);
            await dave.page.locator('#post_textbox').waitFor();
            expect(await poll(() => dave.page.getByTestId('user-switcher').inputValue(), (v) => v === 'frank-core')).toBe('frank-core');
            const me = await dave.page.evaluate(async () => (await (await fetch('/api/v4/users/me', {credentials: 'include'})).json() as {username: string}).username);
            expect(me).toBe('frank-core');
        } finally {
            await dave.context.close();
        }
    });
});

// Last: it removes the plugin from alice's page.
describe('unloading', () => {
    test('unload runs uninitialize and removes what the plugin registered', async () => {
        await alice.page.goto(`${stack.url}/${TEAM}/channels/town-square`);
        await waitForPlugins(alice.page);
        await typeMessage(alice.page, '/fixture-card Beta');
        await alice.page.getByTestId('fixture-card').filter({hasText: 'Beta'}).waitFor();
        // The icon is there before, so its absence after means the unload removed it.
        expect(await alice.page.locator('.app-bar__icon[data-plugin-id="host-fixture"]').count()).toBe(1);
        await alice.page.evaluate((id) => window.__host.unloadPlugin(id), FIXTURE_PLUGIN_ID);
        expect(await alice.page.evaluate(() => (window as unknown as {__fixture: {uninitialized: boolean}}).__fixture.uninitialized)).toBe(true);
        expect(await alice.page.locator('.app-bar__icon[data-plugin-id="host-fixture"]').count()).toBe(0);

        // Without its component, a custom post falls back to its plain message.
        expect(await alice.page.getByTestId('fixture-card').count()).toBe(0);
        await alice.page.locator('.post-message__text', {hasText: 'Fixture card Beta'}).waitFor();
    });
});
