// Steps shared by the end-to-end scenarios: a stack with logged-in users, the slash command as a
// person types it, the panel, and setup that a person would do elsewhere (the admin's policy,
// steps other people took earlier) posted through the REST API as the very events the plugin writes.
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import type {Client4} from '@mattermost/client';
import type {Browser, Locator, Page} from 'playwright-core';
import {z} from 'zod';

import {EVENT_PROP, EventEnvelope, OnboardEvent, POST_TYPE, type EventDraft} from '../../../webapp/src/domain/events';
import {newEventId, withId} from '../../../webapp/src/domain/new_event';
import {DEFAULT_LICENCES, STAGES} from '../../../webapp/src/domain/process';
import {sealMessage} from '../../../webapp/src/domain/seal';
import type {RoleKey} from '../../../webapp/src/domain/process_types';
import {
    apiAs, launchBrowser, poll, loginAs, newUserContext, openAppBarItem, postError, stagedPluginDir, startStack, TEAM, textbox, typeMessage, waitForPlugins,
    type Stack, type UserSession,
} from '../harness';

/** The App Bar icon's tooltip, which names the button. */
export const PANEL = 'Plugin Onboarding: track plugins through the Community server process';
export const TRACKER_CHANNEL = 'plugin-onboarding';

export interface Scenario {
    readonly stack: Stack;
    readonly browser: Browser;
    /** Logged-in browser contexts, by username. */
    user(username: string): UserSession;
    close(): Promise<void>;
}

/** A fresh local Mattermost, one Chromium, and a logged-in context per user (their "own browser"). */
export async function startScenario(usernames: readonly string[]): Promise<Scenario> {
    // A private copy of the staged bundle: a `make build` while the file runs replaces the lazy
    // chunks (their names carry a content hash), which would break pages loaded before it.
    const copyDir = mkdtempSync(join(tmpdir(), 'po-e2e-plugin-'));
    const pluginDir = join(copyDir, 'plugin-onboard');
    cpSync(stagedPluginDir, pluginDir, {recursive: true});
    const removeCopy = () => rmSync(copyDir, {recursive: true, force: true});
    const stack = await startStack({pluginDir}).catch((error: unknown) => {
        removeCopy();
        throw error;
    });
    const browser = await launchBrowser().catch(async (error: unknown) => {
        await stack.close();
        removeCopy();
        throw error;
    });
    const sessions = new Map<string, UserSession>();
    const scenario: Scenario = {
        stack,
        browser,
        user(username) {
            const session = sessions.get(username);
            if (!session) {
                throw new Error(`${username} is not logged in in this scenario; start it with [${[...sessions.keys()].join(', ')}, '${username}']`);
            }
            return session;
        },
        async close() {
            await browser.close();
            await stack.close();
            removeCopy();
        },
    };
    try {
        for (const username of usernames) {
            const session = await newUserContext(browser, stack.server.github.url);
            await loginAs(session.page, stack, username);
            sessions.set(username, session);
        }
    } catch (error) {
        await scenario.close();
        throw error;
    }
    return scenario;
}

/**
 * Opens a channel by its URL (a page load). The host page's sidebar lists the channels it loaded at
 * start, so a channel the plugin created or joined since is reached this way.
 */
export async function visitChannel(scenario: Scenario, page: Page, channel: string): Promise<void> {
    await page.goto(`${scenario.stack.url}/${TEAM}/channels/${channel}`);
    await textbox(page).waitFor();
    await waitForPlugins(page);
    await page.locator(`#sidebarItem_${channel}[aria-current="page"]`).waitFor();
}

/**
 * The error under the box now, or null. Read in one step: counting and then reading raced the
 * host removing the error as the message went through, and the read then waited 30 s for it.
 */
async function shownError(page: Page): Promise<string | null> {
    return (await postError(page).allInnerTexts())[0] ?? null;
}

function ephemeralReplies(page: Page): Locator {
    return page.locator('[data-post-type="system_ephemeral"]');
}

/**
 * Types a /plugin-onboard command that must succeed: the box clears, no error shows, and the
 * command's reply (an ephemeral post only this user sees) arrives. Returns the reply's text.
 */
export async function runCommand(page: Page, text: string): Promise<string> {
    const before = await ephemeralReplies(page).count();
    // An earlier refusal stays under the box until a message goes through; only a new one counts.
    const shown = await shownError(page);
    await typeMessage(page, text);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
        const error = await shownError(page);
        if (error !== null && error !== shown) {
            throw new Error(`"${text}" was refused: ${error}`);
        }
        if (await textbox(page).inputValue() === '' && await ephemeralReplies(page).count() > before) {
            return ephemeralReplies(page).last().innerText();
        }
        await page.waitForTimeout(50);
    }
    throw new Error(`"${text}" got no reply within 15 s; the box holds "${await textbox(page).inputValue()}"`);
}

/**
 * Types a command that must be refused: returns the error shown under the box, after checking the
 * text stayed in it. The box keeps showing an earlier refusal until a message goes through, so the
 * new refusal must read differently from the one on screen. A refusal of several lines is shown
 * whole as a reply only this user sees (the line under the box is its first line): its text
 * follows the line under the box.
 */
export async function refusedCommand(page: Page, text: string): Promise<string> {
    const shown = await shownError(page);
    const repliesBefore = await ephemeralReplies(page).count();
    await typeMessage(page, text);
    const deadline = Date.now() + 15_000;
    let message = shown;
    while ((message === null || message === shown) && Date.now() < deadline) {
        await page.waitForTimeout(50);
        message = await shownError(page);
    }
    if (message === null || message === shown) {
        throw new Error(`"${text}" showed no new error under the box within 15 s (shown: ${String(shown)})`);
    }
    expect(await textbox(page).inputValue()).toBe(text);
    if (message.endsWith('see the reply above.')) {
        expect(await ephemeralReplies(page).count()).toBeGreaterThan(repliesBefore);
        return `${message}\n${await ephemeralReplies(page).last().innerText()}`;
    }
    return message;
}

/**
 * Opens the panel from the App Bar (unless it is open: the icon toggles it) and, when `pluginName`
 * is given, that plugin's page.
 */
export async function openPanel(page: Page, pluginName?: string): Promise<Locator> {
    const open = page.locator('#sidebar-right');
    const rhs = await open.count() > 0 ? open : await openAppBarItem(page, PANEL);
    if (pluginName !== undefined) {
        const heading = rhs.getByRole('heading', {level: 2, name: pluginName, exact: true});
        if (await heading.count() === 0) {
            const back = rhs.getByRole('button', {name: 'Back to all plugins'});
            if (await back.count() > 0) {
                await back.click();
            }
            await rhs.getByRole('button', {name: `Open ${pluginName}`, exact: true}).click();
            await heading.waitFor();
        }
    }
    return rhs;
}

/** A checklist item on a plugin's page, by its label (the seed's checklist line). */
/** A user's page with the panel open on one plugin's checklist. */
export async function pluginPage(scenario: Scenario, username: string, pluginName: string): Promise<{page: Page; rhs: Locator}> {
    const {page} = scenario.user(username);
    return {page, rhs: await openPanel(page, pluginName)};
}

export function checklistItem(rhs: Locator, label: string): Locator {
    return rhs.getByRole('article', {name: label, exact: true});
}

/** Waits until the attribute has the value (null: absent), then asserts it, so a failure shows what was there. */
export async function expectAttribute(locator: Locator, name: string, value: string | null, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let seen = await locator.getAttribute(name);
    while (seen !== value && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = await locator.getAttribute(name);
    }
    expect(seen).toBe(value);
}

/** The text a disabled action button gives as its reason (its aria-describedby target). */
export async function disabledReason(button: Locator): Promise<string> {
    await expectAttribute(button, 'aria-disabled', 'true');
    const id = await button.getAttribute('aria-describedby');
    if (id === null) {
        throw new Error('the disabled button names no reason (no aria-describedby)');
    }
    return button.page().locator(`[id="${id}"]`).innerText();
}

/** Whether an element takes up room on screen (a visually hidden one is clipped to 1×1 px). */
async function onScreen(locator: Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    return box !== null && box.width > 1 && box.height > 1;
}

/**
 * A control the user cannot use says why when it gets focus, not only in a tooltip or to screen
 * readers: its description is hidden until then, and shown while it has focus.
 */
export async function expectReasonShownOnFocus(control: Locator): Promise<void> {
    await expectAttribute(control, 'aria-disabled', 'true');
    const id = await control.getAttribute('aria-describedby');
    if (id === null) {
        throw new Error('the disabled control names no reason (no aria-describedby)');
    }
    const reason = control.page().locator(`[id="${id}"]`);
    // Away from the control (the pointer too: hovering shows the reason as well).
    await control.page().mouse.move(0, 0);
    await control.page().locator('#post_textbox').focus();
    expect(await onScreen(reason)).toBe(false);
    await control.focus();
    expect(await poll(() => onScreen(reason), (shown) => shown)).toBe(true);
}

/** The admin's way: System Console › Plugins › plugin-onboard, add people to the rosters, Save. */
export async function setRolesInSystemConsole(page: Page, rosters: Record<string, readonly string[]>): Promise<void> {
    // In-app navigation, as from the product menu (the webapp keeps its loaded teams).
    await page.getByRole('link', {name: 'System Console: plugin-onboard'}).click();
    for (const [role, usernames] of Object.entries(rosters)) {
        for (const username of usernames) {
            const box = page.getByRole('combobox', {name: `Add to ${role}`});
            await box.fill(username);
            await page.getByRole('option', {name: new RegExp(`@${username}\\b`)}).click();
            await page.getByRole('list', {name: role, exact: true}).getByText(`@${username}`).waitFor();
        }
    }
    await page.locator('#saveSetting').click();
    const inForce = page.getByRole('region', {name: 'Policy in force'});
    for (const username of Object.values(rosters).flat()) {
        await inForce.getByText(`@${username}`).first().waitFor();
    }
    await page.goBack();
    await page.locator('#post_textbox').waitFor();
}

interface TrackerPlace {
    readonly client: Client4;
    readonly channelId: string;
}

async function trackerAs(stack: Stack, username: string): Promise<TrackerPlace> {
    const client = await apiAs(stack, username);
    const team = await client.getTeamByName(TEAM);
    try {
        const channel = await client.getChannelByName(team.id, TRACKER_CHANNEL);
        // As the plugin does when a user first acts: join the public tracker channel to post in it.
        await client.addToChannel((await client.getMe()).id, channel.id);
        return {client, channelId: channel.id};
    } catch (error) {
        throw new Error(`cannot post in ~${TRACKER_CHANNEL} of ${TEAM} as @${username} (run \`/plugin-onboard setup\` first): ${String(error)}`);
    }
}

async function userIds(client: Client4, usernames: readonly string[]): Promise<string[]> {
    if (usernames.length === 0) {
        return [];
    }
    const profiles = await client.getProfilesByUsernames([...usernames]);
    return usernames.map((name) => {
        const found = profiles.find((profile) => profile.username === name);
        if (!found) {
            throw new Error(`no user @${name}`);
        }
        return found.id;
    });
}

const TrackerPost = z.object({id: z.string(), create_at: z.number(), type: z.string().optional(), props: z.record(z.string(), z.unknown()).nullish()});
const PostList = z.object({posts: z.record(z.string(), TrackerPost)});

async function registrationPostId(place: TrackerPlace, pluginId: string): Promise<string> {
    const list = PostList.parse(await place.client.getPosts(place.channelId, 0, 200));
    const registrations = Object.values(list.posts)
        .filter((post) => post.type === POST_TYPE)
        .filter((post) => {
            const event = OnboardEvent.safeParse(post.props?.[EVENT_PROP]);
            return event.success && event.data.type === 'plugin.registered' && event.data.plugin === pluginId;
        })
        .sort((a, b) => a.create_at - b.create_at);
    const first = registrations[0];
    if (!first) {
        throw new Error(`no registration of ${pluginId} in ~${TRACKER_CHANNEL}`);
    }
    return first.id;
}

/** The seal the plugin ends every event's message with (domain/seal.ts), from what the payload says it is. */
function sealed(text: string, payload: unknown): string {
    const claims = EventEnvelope.safeParse(payload);
    const type = claims.success ? claims.data.type ?? '' : '';
    const plugin = claims.success ? claims.data.plugin : undefined;
    return sealMessage(text, plugin === undefined ? {type} : {type, plugin}, payload);
}

async function postEvent(place: TrackerPlace, payload: unknown, rootId: string, label: string): Promise<void> {
    // Client4.createPost types `type` as Mattermost's own post types, so the plugin's custom type
    // goes through the same route with plain fetch and the session token. The message is sealed as
    // the plugin seals it: an unsealed event would be refused as rewritten.
    const res = await fetch(place.client.getPostsRoute(), {
        method: 'POST',
        headers: {'Authorization': `Bearer ${place.client.getToken()}`, 'Content-Type': 'application/json'},
        body: JSON.stringify({
            channel_id: place.channelId,
            root_id: rootId,
            type: POST_TYPE,
            message: sealed(`plugin-onboard event ${label}`, payload),
            props: {[EVENT_PROP]: payload},
        }),
    });
    if (!res.ok) {
        throw new Error(`posting ${label} failed: ${res.status} ${await res.text()}`);
    }
}

async function append(place: TrackerPlace, draft: EventDraft, rootId: string): Promise<void> {
    // Parsed before it is sent: a helper that wrote a malformed event would make the fold ignore it
    // and the scenario fail for the wrong reason.
    const event = OnboardEvent.parse(withId(draft, newEventId()));
    await postEvent(place, event, rootId, event.type);
}

/**
 * What a modified client could post: any payload as an event, unchecked, as a root post or in a
 * plugin's thread. For checking that the plugin's readers treat the channel's content as untrusted.
 */
export async function postUncheckedEvent(stack: Stack, username: string, payload: Record<string, unknown>, inThreadOf?: string): Promise<void> {
    const place = await trackerAs(stack, username);
    const root = inThreadOf === undefined ? '' : await registrationPostId(place, inThreadOf);
    await postEvent(place, payload, root, 'unchecked');
}

/**
 * The admin sets the onboarding policy (role rosters by username), as the System Console page does:
 * a policy.set root post in the tracker channel, written by a system admin.
 */
export async function setPolicy(stack: Stack, roles: Partial<Record<RoleKey, readonly string[]>>, more: {githubEnterpriseUrl?: string} = {}): Promise<void> {
    const place = await trackerAs(stack, 'admin');
    const roster = async (role: RoleKey) => userIds(place.client, roles[role] ?? []);
    const environments = {
        'ci-extensions': STAGES[0]?.environment.defaultUrl ?? '',
        'ci-extensions-release': STAGES[1]?.environment.defaultUrl ?? '',
        community: STAGES[2]?.environment.defaultUrl ?? '',
    };
    await append(place, {
        type: 'policy.set',
        roles: {'core-committer': await roster('core-committer'), qa: await roster('qa'), pm: await roster('pm'), integrations: await roster('integrations')},
        licences: [...DEFAULT_LICENCES],
        environments,
        ...more,
    }, '');
}

/** Steps someone else took earlier, appended in the plugin's thread as that user (the author the fold checks). */
export async function recordAs(stack: Stack, username: string, drafts: readonly EventDraft[]): Promise<void> {
    const place = await trackerAs(stack, username);
    const roots = new Map<string, string>();
    for (const draft of drafts) {
        if (!('plugin' in draft) || draft.type === 'plugin.registered') {
            throw new Error(`recordAs is for steps on a registered plugin, not ${draft.type}`);
        }
        let root = roots.get(draft.plugin);
        if (root === undefined) {
            root = await registrationPostId(place, draft.plugin);
            roots.set(draft.plugin, root);
        }
        await append(place, draft, root);
    }
}

/** Where a plugin's author points for the steps before its CI request: the introduction post, the master build, the request. */
export interface CiRequestLinks {
    readonly intro: string;
    readonly masterBuild: string;
    readonly ciRequest: string;
}

/**
 * The author's steps that make a plugin's CI request (the basic review's and CI for master's evidence
 * and sub-steps): after a core committer signs the basic review, the CI request waits on the
 * Integrations team.
 */
export function ciRequestSteps(plugin: string, links: CiRequestLinks): EventDraft[] {
    return [
        {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: links.intro},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'make-pr'},
        {type: 'evidence.set', plugin, item: 'ci-master', field: 'master-build-url', value: links.masterBuild},
        {type: 'evidence.set', plugin, item: 'ci-master', field: 'ci-request', value: links.ciRequest},
        {type: 'substep.checked', plugin, item: 'ci-master', substep: 'master-build-url'},
        {type: 'substep.checked', plugin, item: 'ci-master', substep: 'ci-request'},
    ];
}

/** The team's ~integrations channel (the policy's default), where CI and deployment requests go. */
export async function createIntegrationsChannel(stack: Stack): Promise<void> {
    const admin = await apiAs(stack, 'admin');
    const team = await admin.getTeamByName(TEAM);
    await admin.createChannel({team_id: team.id, name: 'integrations', display_name: 'Integrations and Apps', type: 'O'} as Parameters<typeof admin.createChannel>[0]);
}

/** Fails the test if any dialog (alert, confirm, prompt) opens on the page; returns what was seen. */
export function failOnDialogs(page: Page): string[] {
    const seen: string[] = [];
    page.on('dialog', (dialog) => {
        seen.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
    });
    return seen;
}

/**
 * Saves the open panel form in `scope` and waits until it closes: the change is recorded. Waiting
 * for the value instead is ambiguous — it may show, arriving by websocket, while the form is open.
 */
export async function saveForm(scope: Locator): Promise<void> {
    const form = scope.locator('form.po-form');
    await scope.getByRole('button', {name: 'Save'}).click();
    await form.waitFor({state: 'detached'});
}
