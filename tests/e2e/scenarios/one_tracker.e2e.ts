// Scenario: one tracker per team, whatever its members do to the channel. Any member of a public
// channel may rename it (URL name included) or archive it. bob's panel follows a rename with a banner
// and keeps recording where the history is; after an archive it still shows the history, says why
// nothing can be recorded, and refuses a write with that sentence; and the admin's setup says where
// the tracker went instead of starting a second, empty one.
import {z} from 'zod';

import {TRACKER_PURPOSE} from '../../../webapp/src/storage/port';
import {apiAs, TEAM, waitForPlugins, type UserSession} from '../harness';

import {openPanel, refusedCommand, runCommand, startScenario, TRACKER_CHANNEL, type Scenario} from './support';

jest.setTimeout(90_000);

const RENAMED = 'The tracker channel was renamed to ~old-plugins (Old plugins). A system admin should rename it back to plugin-onboarding so that new users find it.';
const ARCHIVED = /^The tracker channel was archived on .+\. Nothing can be recorded until a system admin unarchives it \(channel menu › Unarchive channel\)\.$/;
const CANNOT_RECORD = 'Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).';

let scenario: Scenario;
let trackerId = '';

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await runCommand(scenario.user('alice').page, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    const admin = await apiAs(scenario.stack, 'admin');
    trackerId = (await admin.getChannelByName((await admin.getTeamByName(TEAM)).id, TRACKER_CHANNEL)).id;
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

/** The banner paragraphs over the panel's list, as their text. */
async function notices(bob: UserSession): Promise<string[]> {
    return bob.page.locator('#sidebar-right [role="status"].po-missing').allInnerTexts();
}

async function noticesUntil(bob: UserSession, accept: (texts: string[]) => boolean): Promise<string[]> {
    const deadline = Date.now() + 15_000;
    let texts = await notices(bob);
    while (!accept(texts) && Date.now() < deadline) {
        await bob.page.waitForTimeout(100);
        texts = await notices(bob);
    }
    return texts;
}

test('alice renames the tracker through the REST API: bob\'s open panel says so at once, and after a reload bob keeps recording there', async () => {
    const bob = scenario.user('bob');
    const rhs = await openPanel(bob.page);
    await rhs.getByRole('button', {name: 'Open GitHub', exact: true}).waitFor();
    expect(await notices(bob)).toEqual([]);

    // Any member may rename a public channel, URL name included (manage_public_channel_properties).
    const alice = await apiAs(scenario.stack, 'alice');
    await alice.patchChannel(trackerId, {name: 'old-plugins', display_name: 'Old plugins'});
    expect(await noticesUntil(bob, (texts) => texts.includes(RENAMED))).toEqual([RENAMED]);

    // A new page load: the name finds nothing, the id this browser remembered still does.
    await bob.page.reload();
    await waitForPlugins(bob.page);
    const reloaded = await openPanel(bob.page);
    await reloaded.getByRole('button', {name: 'Open GitHub', exact: true}).waitFor();
    expect(await noticesUntil(bob, (texts) => texts.length > 0)).toEqual([RENAMED]);
    expect(await runCommand(bob.page, '/plugin-onboard add jira https://github.com/mattermost/mattermost-plugin-jira --name Jira')).toContain('Jira');
    await reloaded.getByRole('button', {name: 'Open Jira', exact: true}).waitFor();
});

test('alice archives it: bob\'s panel keeps the history, says it was archived, and his write is refused with that sentence', async () => {
    const bob = scenario.user('bob');
    const alice = await apiAs(scenario.stack, 'alice');
    await alice.deleteChannel(trackerId);
    const texts = await noticesUntil(bob, (shown) => shown.some((text) => ARCHIVED.test(text)));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(RENAMED);
    expect(texts[1]).toMatch(ARCHIVED);
    const rhs = await openPanel(bob.page);
    await rhs.getByRole('button', {name: 'Open GitHub', exact: true}).waitFor();
    await rhs.getByRole('button', {name: 'Open Jira', exact: true}).waitFor();

    const refusal = await refusedCommand(bob.page, '/plugin-onboard add zoom https://github.com/mattermost/mattermost-plugin-zoom --name Zoom');
    expect(refusal).toContain(CANNOT_RECORD);
    expect(await rhs.getByRole('button', {name: 'Open Zoom', exact: true}).count()).toBe(0);
});

const ChannelList = z.array(z.object({id: z.string(), purpose: z.string(), delete_at: z.number()}));

test('the admin\'s setup says where the tracker went and does not start a second one', async () => {
    const admin = scenario.user('admin');
    const refusal = await refusedCommand(admin.page, '/plugin-onboard setup');
    // Errors under the box are plain text: the command's markdown (backticks) is taken out.
    expect(refusal).toMatch(/^The tracker is ~old-plugins \(Old plugins\), renamed and archived on .+; unarchive it .* or run \/plugin-onboard setup --new to start a new, empty one\. No new tracker channel was created\.$/);

    const api = await apiAs(scenario.stack, 'admin');
    const teamId = (await api.getTeamByName(TEAM)).id;
    const live = ChannelList.parse(await api.getChannels(teamId, 0, 200));
    const archived = ChannelList.parse(await api.getArchivedChannels(teamId, 0, 200));
    const trackers = [...live, ...archived].filter((channel) => channel.purpose === TRACKER_PURPOSE);
    expect(trackers.map((channel) => channel.id)).toEqual([trackerId]);
    await expect(api.getChannelByName(teamId, TRACKER_CHANNEL, true)).rejects.toThrow();
});
