// Scenario: the record holds on a real server's terms. An ordinary user rewrites the props of his
// own sign-off through the REST API (Mattermost leaves edit_at 0 for a props-only edit); every
// open panel shows it as rewritten and the plugin's later changes on hold; a system admin restores
// the original from the server's copies and the plugin is as it was. And a post anywhere that sets
// props.type to the plugin's type renders as an imitation, not as a record.
import type {Locator, Page} from 'playwright-core';
import {z} from 'zod';

import {EVENT_PROP, POST_TYPE} from '../../../webapp/src/domain/events';
import {apiAs, poll, TEAM} from '../harness';

import {checklistItem, openPanel, runCommand, setPolicy, startScenario, TRACKER_CHANNEL, visitChannel, type Scenario} from './support';

jest.setTimeout(90_000);

const REPO = 'https://github.com/mattermost/mattermost-plugin-welcomebot';
const INTRO = 'https://community.mattermost.com/core/pl/welcomebot-intro';
const PLUGIN = 'Welcome Bot';

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'frank-core']);
    const admin = scenario.user('admin').page;
    const alice = scenario.user('alice').page;
    await runCommand(admin, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'core-committer': ['frank-core', 'grace-core'], qa: ['carol-qa'], integrations: ['erin-integrations']});
    await runCommand(alice, `/plugin-onboard add welcomebot ${REPO} --name "${PLUGIN}"`);
    await runCommand(alice, `/plugin-onboard evidence welcomebot basic-review introduction-post ${INTRO}`);
    await runCommand(alice, '/plugin-onboard check welcomebot basic-review.introduction');
    await runCommand(alice, '/plugin-onboard check welcomebot basic-review.review-pr');
    await runCommand(scenario.user('frank-core').page, '/plugin-onboard signoff welcomebot basic-review');
    // The plugin's next change, made after the sign-off.
    await runCommand(alice, '/plugin-onboard evidence welcomebot licence spdx MIT');
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

const Post = z.object({id: z.string(), user_id: z.string(), type: z.string().optional(), edit_at: z.number(), props: z.record(z.string(), z.unknown()).nullish()});
const PostList = z.object({posts: z.record(z.string(), Post)});
/** Just enough of frank's event to rewrite it, the rest kept as it is. */
const SignOffEvent = z.looseObject({type: z.literal('signoff.given'), item: z.string()});

async function trackerChannelId(username: string): Promise<string> {
    const client = await apiAs(scenario.stack, username);
    const team = await client.getTeamByName(TEAM);
    return (await client.getChannelByName(team.id, TRACKER_CHANNEL)).id;
}

/** PUT /api/v4/posts/{id}/patch with only props, with the user's own token: what any author may do. */
async function patchProps(username: string, postId: string, props: Record<string, unknown>): Promise<void> {
    const client = await apiAs(scenario.stack, username);
    const res = await fetch(`${client.getPostRoute(postId)}/patch`, {
        method: 'PUT',
        headers: {'Authorization': `Bearer ${client.getToken()}`, 'Content-Type': 'application/json'},
        body: JSON.stringify({props}),
    });
    if (!res.ok) {
        throw new Error(`patching ${postId} failed: ${res.status} ${await res.text()}`);
    }
}

function basicReview(rhs: Locator): Locator {
    return checklistItem(rhs, 'Basic Code Review passed');
}

async function welcomebotPanel(username: string): Promise<{page: Page; rhs: Locator}> {
    const {page} = scenario.user(username);
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const rhs = await openPanel(page, PLUGIN);
    // The deployed-or-not stage is open: its items are shown.
    await basicReview(rhs).waitFor();
    return {page, rhs};
}

test('a props-only rewrite of a sign-off shows in every open panel, holds the later change, and a system admin restores it', async () => {
    const alice = await welcomebotPanel('alice');
    const admin = await welcomebotPanel('admin');
    for (const {rhs} of [alice, admin]) {
        await basicReview(rhs).getByText(/Signed off by @frank-core/).waitFor();
    }

    // frank rewrites his sign-off as one for the CI item, through the API, touching only props.
    const channelId = await trackerChannelId('frank-core');
    const frank = await apiAs(scenario.stack, 'frank-core');
    const me = (await frank.getMe()).id;
    const posts = PostList.parse(await frank.getPosts(channelId, 0, 200));
    const signOff = Object.values(posts.posts).find((post) => post.type === POST_TYPE && post.user_id === me);
    const event = SignOffEvent.parse(signOff?.props?.[EVENT_PROP]);
    if (!signOff) {
        throw new Error('no sign-off by frank in the tracker');
    }
    await patchProps('frank-core', signOff.id, {...signOff.props, [EVENT_PROP]: {...event, item: 'ci-master'}});
    expect(Post.parse(await frank.getPost(signOff.id)).edit_at).toBe(0);

    // Every open panel, live: the rewrite named, with names; the later change on hold; the sign-off gone.
    for (const {rhs} of [alice, admin]) {
        const marks = rhs.getByRole('region', {name: "This plugin's record was changed after posting"});
        await marks.waitFor();
        expect(await marks.getByRole('listitem').innerText()).toMatch(new RegExp(`^A sign-off on ${PLUGIN} by @frank-core \\(.+\\) was rewritten after posting\\.$`));
        expect(await marks.innerText()).toContain('1 change is on hold until a system admin restores the missing posts or accepts the loss.');
        await basicReview(rhs).getByText('Not signed off (Core committers)').waitFor();
    }
    // alice may not restore; she is told whom to ask, in the panel and by the command, in the same words.
    expect(await alice.rhs.getByRole('button', {name: "Restore from the server's copies"}).count()).toBe(0);
    expect(await alice.rhs.getByText(/^Ask a system admin: @admin\./).count()).toBe(1);
    const listed = await runCommand(alice.page, '/plugin-onboard integrity');
    expect(listed).toContain(`A sign-off on ${PLUGIN} by @frank-core`);
    expect(listed).toContain('was rewritten after posting.');
    expect(listed).toContain('Ask a system admin: @admin.');

    await admin.rhs.getByRole('button', {name: "Restore from the server's copies"}).click();
    await admin.rhs.getByText("Restored 1 post from the server's copies.").waitFor();
    // The plugin is back as it was, in both panels: frank's sign-off counts, alice's licence evidence too.
    for (const {rhs} of [alice, admin]) {
        await rhs.getByRole('region', {name: "This plugin's record was changed after posting"}).waitFor({state: 'detached'});
        await basicReview(rhs).getByText(/Signed off by @frank-core/).waitFor();
        expect(await poll(() => checklistItem(rhs, 'Has a compatible licence').innerText(), (text) => text.includes('MIT'))).toContain('MIT');
    }
});

test('a post in town square that sets props.type to the plugin\'s type renders as an imitation', async () => {
    const alice = await apiAs(scenario.stack, 'alice');
    const team = await alice.getTeamByName(TEAM);
    const townSquare = await alice.getChannelByName(team.id, 'town-square');
    const res = await fetch(alice.getPostsRoute(), {
        method: 'POST',
        headers: {'Authorization': `Bearer ${alice.getToken()}`, 'Content-Type': 'application/json'},
        body: JSON.stringify({
            channel_id: townSquare.id,
            message: 'Welcome Bot passed QA',
            props: {type: POST_TYPE, [EVENT_PROP]: {v: 2, id: 'impostorevent0001', seen: {log: null}, type: 'signoff.given', plugin: 'welcomebot', item: 'qa-pass', slot: 'signoff'}},
        }),
    });
    expect(res.status).toBe(201);
    const {page} = scenario.user('frank-core');
    await visitChannel(scenario, page, 'town-square');
    const post = page.locator('#postListContent [data-testid="postView"]').filter({hasText: 'Welcome Bot passed QA'});
    await post.getByText('Not a plugin-onboard record: this post imitates one and changes nothing.').waitFor();
    expect(await post.locator('.icon-check-circle').count()).toBe(0);
    expect(await post.getByRole('article').count()).toBe(0);
});
