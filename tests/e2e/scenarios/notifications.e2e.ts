// Notifications through Mattermost itself: when a step becomes someone's to do, the post the
// plugin writes mentions exactly those people in its readable message (so Mattermost's desktop,
// mobile and email notifications reach them), nobody else, and nobody when nothing new waits on them.
import {apiAs, TEAM} from '../harness';

import {runCommand, setPolicy, startScenario, TRACKER_CHANNEL, type Scenario} from './support';

jest.setTimeout(90_000);

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'frank-core']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'core-committer': ['frank-core', 'grace-core'], integrations: ['erin-integrations']});
    const alice = scenario.user('alice').page;
    await runCommand(alice, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    await runCommand(alice, '/plugin-onboard evidence github basic-review introduction-post https://community.example.com/core/pl/intro');
    await runCommand(alice, '/plugin-onboard check github basic-review.introduction');
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

/** The readable message of the tracker's newest post, as every client (mobile included) shows it. */
async function newestMessage(): Promise<string> {
    const client = await apiAs(scenario.stack, 'admin');
    const team = await client.getTeamByName(TEAM);
    const channel = await client.getChannelByName(team.id, TRACKER_CHANNEL);
    const list = await client.getPosts(channel.id, 0, 1);
    const id = list.order[0];
    return id === undefined ? '' : list.posts[id]?.message ?? '';
}

test('the step that readies the basic review mentions every core committer, and nobody else', async () => {
    await runCommand(scenario.user('alice').page, '/plugin-onboard check github basic-review.review-pr');
    const message = await newestMessage();
    expect(message).toContain('Next: @frank-core, @grace-core (the core committers) — Basic Code Review passed: Sign off');
    const mentioned = [...message.matchAll(/(?<![\w\u200d])@([a-z0-9._-]+)/g)].map((match) => match[1]);
    // The writer opens the message; beyond that, exactly the two core committers.
    expect(mentioned).toEqual(['alice', 'frank-core', 'grace-core']);
});

test('a sign-off that hands nobody anything new mentions nobody but its writer', async () => {
    await runCommand(scenario.user('frank-core').page, '/plugin-onboard signoff github basic-review');
    const message = await newestMessage();
    expect(message).not.toContain('Next:');
    expect([...message.matchAll(/(?<![\w\u200d])@([a-z0-9._-]+)/g)].map((match) => match[1])).toEqual(['frank-core']);
});

test('the CI request goes to the Integrations team', async () => {
    const alice = scenario.user('alice').page;
    await runCommand(alice, '/plugin-onboard evidence github ci-master master-build-url https://example.com/master.tar.gz');
    await runCommand(alice, '/plugin-onboard evidence github ci-master ci-request https://community.example.com/core/pl/ci');
    await runCommand(alice, '/plugin-onboard check github ci-master.master-build-url');
    await runCommand(alice, '/plugin-onboard check github ci-master.ci-request');
    expect(await newestMessage()).toContain('Next: @erin-integrations (the Integrations team) — CI system setup');
});
