// Issue 14, parts 1 and 4 in the browser. Mattermost notifies only channel members of mentions, so
// saving the policy adds the roster to the tracker channel, says who could not be added and why, and
// the panel marks role holders who are not in it. The hand-off post: the command drafts the request
// for the Integrations team, and the panel's button opens their channel with the request copied.
import type {Page} from 'playwright-core';

import {apiAs, TEAM, textbox} from '../harness';

import {ciRequestSteps, createIntegrationsChannel, openPanel, recordAs, runCommand, startScenario, TRACKER_CHANNEL, visitChannel, type Scenario} from './support';

jest.setTimeout(120_000);

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await runCommand(scenario.user('alice').page, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
}, 120_000);

afterAll(async () => {
    await scenario?.close();
});

async function trackerMembers(usernames: readonly string[]): Promise<string[]> {
    const client = await apiAs(scenario.stack, 'admin');
    const team = await client.getTeamByName(TEAM);
    const channel = await client.getChannelByName(team.id, TRACKER_CHANNEL);
    const users = await client.getProfilesByUsernames([...usernames]);
    const members = await client.getChannelMembersByIds(channel.id, users.map((user) => user.id));
    return users.filter((user) => members.some((member) => member.user_id === user.id)).map((user) => user.username).sort();
}

/** The admin adds people to rosters in the System Console and saves; the page stays open on the console. */
async function saveRosters(page: Page, rosters: Record<string, readonly string[]>): Promise<void> {
    for (const [role, usernames] of Object.entries(rosters)) {
        for (const username of usernames) {
            await page.getByRole('combobox', {name: `Add to ${role}`}).fill(username);
            await page.getByRole('option', {name: new RegExp(`@${username}\\b`)}).click();
            await page.getByRole('list', {name: role, exact: true}).getByText(`@${username}`).waitFor();
        }
    }
    await page.locator('#saveSetting').click();
}

test('saving the policy adds the roster to the tracker channel, and says who could not be added and why', async () => {
    const admin = scenario.user('admin').page;
    expect(await trackerMembers(['frank-core', 'grace-core', 'erin-integrations'])).toEqual([]);
    await admin.getByRole('link', {name: 'System Console: plugin-onboard'}).click();
    await saveRosters(admin, {'Core committers': ['frank-core', 'grace-core']});
    await admin.getByRole('status').filter({hasText: 'Added to the tracker channel, so that its mentions notify them: @frank-core, @grace-core.'}).waitFor();
    expect(await trackerMembers(['frank-core', 'grace-core'])).toEqual(['frank-core', 'grace-core']);

    // grace-core leaves the team (and so its channels); the next save cannot put her back.
    const client = await apiAs(scenario.stack, 'admin');
    const team = await client.getTeamByName(TEAM);
    const [grace] = await client.getProfilesByUsernames(['grace-core']);
    await client.removeFromTeam(team.id, grace?.id ?? '');
    await saveRosters(admin, {'Integrations team': ['erin-integrations']});
    await admin.getByRole('status').filter({hasText: 'Added to the tracker channel, so that its mentions notify them: @erin-integrations.'}).waitFor();
    await admin.getByRole('alert').filter({hasText: 'Could not add @grace-core to the tracker channel: they are not a member of this team. Add them to the team, then save again.'}).waitFor();
    // The policy itself was saved.
    await admin.getByRole('region', {name: 'Policy in force'}).getByText('@erin-integrations').first().waitFor();
    expect(await trackerMembers(['frank-core', 'grace-core', 'erin-integrations'])).toEqual(['erin-integrations', 'frank-core']);
    await admin.goBack();
    await admin.locator('#post_textbox').waitFor();
});

test('the panel marks a role holder who is not in the tracker channel', async () => {
    const {page} = scenario.user('alice');
    const rhs = await openPanel(page, 'GitHub');
    const holders = rhs.getByRole('article', {name: 'Basic Code Review passed', exact: true}).getByRole('list', {name: 'Sign-offs'}).locator('.po-holders');
    await holders.getByText('(not in the tracker channel: will not be notified)').waitFor();
    expect(await holders.innerText()).toMatch(/^Core committers: @frank-core, @grace-core \(not in the tracker channel: will not be notified\)$/);
});

test('the command drafts the request for the Integrations team; the panel\'s button opens their channel with it copied', async () => {
    await createIntegrationsChannel(scenario.stack);
    const admin = await apiAs(scenario.stack, 'admin');
    const team = await admin.getTeamByName(TEAM);
    await recordAs(scenario.stack, 'alice', ciRequestSteps('github', {
        intro: 'https://community.example.com/core/pl/intro', masterBuild: 'https://example.com/master.tar.gz', ciRequest: 'https://community.example.com/core/pl/ci',
    }));
    await recordAs(scenario.stack, 'frank-core', [{type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'}]);

    const {page, context} = scenario.user('alice');
    // A page load: the channel list (with ~integrations) is read at start, as the webapp does.
    await visitChannel(scenario, page, 'town-square');
    const reply = await runCommand(page, '/plugin-onboard handoff github');
    expect(reply).toContain('A request for the Integrations team about GitHub. Copy it, edit it as you like and post it in ~integrations');
    expect(reply).toContain('Hello Integrations team, a request for **GitHub** (github):');
    expect(reply).toMatch(/Could you please:\s+- Sign off.*\(CI system setup to build master\)/);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: scenario.stack.url});
    const rhs = await openPanel(page, 'GitHub');
    await rhs.getByRole('button', {name: 'Ask the Integrations team in ~integrations: opens the channel with the request copied'}).click();
    await rhs.getByRole('status').filter({hasText: 'The request is copied. Paste it into the message box of ~integrations'}).waitFor();
    await page.waitForURL(`**/${TEAM}/channels/integrations`);
    await page.locator('#sidebarItem_integrations[aria-current="page"]').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('- Basic Code Review passed — signed off by frank\\-core; Introduction post: https://community.example.com/core/pl/intro');
    expect(await rhs.getByRole('textbox', {name: 'The request for the Integrations team (Markdown)'}).inputValue()).toBe(copied);

    // The author pastes it, and sends it as their own post in ~integrations, mentioning nobody.
    await textbox(page).fill(copied);
    await textbox(page).press('Enter');
    const channel = await admin.getChannelByName(team.id, 'integrations');
    const deadline = Date.now() + 15_000;
    let sent = '';
    while (sent === '' && Date.now() < deadline) {
        const list = await admin.getPosts(channel.id, 0, 5);
        sent = Object.values(list.posts).find((post) => post.message.startsWith('Hello Integrations team'))?.message ?? '';
        await page.waitForTimeout(100);
    }
    expect(sent).toBe(copied);
    expect(sent).not.toMatch(/(?<![\w\u200d])@[a-z]/);
});
