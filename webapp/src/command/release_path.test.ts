// A new release through the command: the reply says what it reopened and why, the release QA waits
// for the release to run on ci-extensions-release, and refusals and status show the path ahead.
import {makeWorld, STANDARD_ROLES, type World} from './testing/world';

const URL = (path: string) => `https://example.com/github/${path}`;

/** github (alice's) on release v1.0.0, deployed through community by the people whose move it is. */
async function throughCommunity(): Promise<World> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name GitHub --owner @alice');
    await world.setPolicy(STANDARD_ROLES);
    const steps: Array<[Parameters<World['ok']>[0], string]> = [
        ['alice', `evidence github basic-review introduction-post ${URL('intro')}`],
        ['alice', 'check github basic-review.introduction'],
        ['alice', 'check github basic-review.make-pr'],
        ['frank-core', 'signoff github basic-review'],
        ['alice', `evidence github ci-master master-build-url ${URL('master.tar.gz')}`],
        ['alice', `evidence github ci-master ci-request ${URL('ci')}`],
        ['alice', 'check github ci-master.provide-build-url'],
        ['alice', 'check github ci-master.request-ci'],
        ['erin-integrations', 'signoff github ci-master'],
        ['alice', 'evidence github licence spdx MIT'],
        ['erin-integrations', 'signoff github licence'],
        ['erin-integrations', 'deploy github ci'],
        ['frank-core', 'signoff github complete-review'],
        ['grace-core', 'signoff github complete-review --security'],
        ['carol-qa', 'check github qa-pass.setup-docs'],
        ['carol-qa', 'check github qa-pass.functional-testing'],
        ['carol-qa', 'evidence github qa-pass qa-notes "All flows work."'],
        ['carol-qa', 'signoff github qa-pass'],
        ['alice', 'evidence github pm-ux-review summary "Connects GitHub."'],
        ['alice', 'evidence github pm-ux-review use-cases "- notifications"'],
        ['alice', `evidence github pm-ux-review docs ${URL('docs')}`],
        ['alice', 'check github pm-ux-review.write-summary'],
        ['alice', 'check github pm-ux-review.list-use-cases'],
        ['alice', 'check github pm-ux-review.documentation'],
        ['dave-pm', 'check github pm-ux-review.run-through'],
        ['dave-pm', 'check github pm-ux-review.communication'],
        ['dave-pm', 'evidence github pm-ux-review walkthrough-notes "Both use cases run through."'],
        ['dave-pm', 'evidence github pm-ux-review comms-decision "No announcement needed."'],
        ['dave-pm', 'signoff github pm-ux-review'],
        ['alice', `release github v1.0.0 ${URL('releases/v1.0.0')}`],
        ['alice', 'check github release.request-release-ci'],
        ['erin-integrations', 'signoff github release'],
        ['erin-integrations', 'deploy github ci-extensions-release'],
        ['carol-qa', 'evidence github release-qa qa-notes "v1.0.0 verified."'],
        ['carol-qa', 'signoff github release-qa'],
        ['erin-integrations', 'deploy github community'],
    ];
    for (const [who, text] of steps) {
        await world.ok(who, text);
    }
    return world;
}

describe('a new release', () => {
    it('says in the reply what it reopened and why', async () => {
        const world = await throughCommunity();
        const reply = await world.ok('alice', `release github v1.0.1 ${URL('releases/v1.0.1')}`);
        expect(reply).toMatch(/^You set the release of \*\*GitHub\*\* \(`github`\) to \*\*v1\\?\.0\\?\.1\*\*/);
        expect(reply).toContain('**This reopened:**');
        expect(reply).toContain("QA pass on ci-extensions-release of the release to deploy — @carol-qa's sign-off for v1.0.0: a sign-off for one release does not carry over to another; it is needed again for v1.0.1.");
        expect(reply).toContain('Deploy to community.mattermost.com — from deployed back to in progress (community.mattermost.com keeps running v1.0.0 until it is deployed again)');
        // The seed pins nothing else to a release: neither QA pass nor the release CI setup is reopened.
        expect(reply).not.toContain('QA pass —');
        expect(reply).not.toContain('Release created');
    });

    it('its post in the tracker channel says what it reopened and why, mentioning whose sign-off it was', async () => {
        const world = await throughCommunity();
        await world.ok('alice', `release github v1.0.1 ${URL('releases/v1.0.1')}`);
        const channel = world.server.allChannels().find((candidate) => candidate.name === 'plugin-onboarding');
        const posts = world.server.channelPosts(channel?.id ?? '', world.ids.admin).filter((post) => post.type === 'custom_plugin_onboard');
        const message = posts.sort((a, b) => a.create_at - b.create_at).at(-1)?.message ?? '';
        expect(message).toMatch(/^@alice set the release of \*\*GitHub\*\*/);
        expect(message).toContain("**This reopened:**\n- QA pass on ci-extensions-release of the release to deploy — @carol-qa's sign-off for v1.0.0: a sign-off for one release does not carry over to another; it is needed again for v1.0.1.");
        expect(message).toContain('\n- Deploy to community.mattermost.com — from deployed back to in progress');
    });

    it('the same version again reopens nothing and says nothing of it', async () => {
        const world = await throughCommunity();
        const reply = await world.ok('alice', `release github v1.0.0 ${URL('releases/v1.0.0-again')}`);
        expect(reply).not.toContain('reopened');
    });

    it('refuses the release QA until the release runs on ci-extensions-release, with the path ahead in order', async () => {
        const world = await throughCommunity();
        await world.ok('alice', `release github v1.0.1 ${URL('releases/v1.0.1')}`);
        const refusal = await world.error('carol-qa', 'signoff github release-qa');
        expect(refusal).toContain('release v1.0.1 deployed to ci-extensions-release by the Integrations team (it runs v1.0.0)');
        const path = refusal.slice(refusal.indexOf('Path ahead, in order:'));
        expect(path.split('\n')).toEqual([
            'Path ahead, in order:',
            '1. Deploy v1.0.1 to ci-extensions-release — Integrations team (@erin-integrations)',
            '2. QA pass on ci-extensions-release of the release to deploy: Sign off — QA team (@carol-qa)',
            '3. Deploy v1.0.1 to community.mattermost.com — Integrations team (@erin-integrations)',
        ]);
    });

    it('the community deployment refused says what is missing and the path, and the path leads through', async () => {
        const world = await throughCommunity();
        await world.ok('alice', `release github v1.0.1 ${URL('releases/v1.0.1')}`);
        const refusal = await world.error('erin-integrations', 'deploy github community');
        expect(refusal).not.toContain('previous stage');
        expect(refusal).toContain('Path ahead, in order:\n1. Deploy v1.0.1 to ci-extensions-release');
        expect(await world.ok('alice', 'status github')).toContain('**Path ahead, in order:**\n1. Deploy v1.0.1 to ci-extensions-release');
        await world.ok('erin-integrations', 'deploy github ci-extensions-release');
        await world.ok('carol-qa', 'signoff github release-qa');
        await world.ok('erin-integrations', 'deploy github community');
        expect(await world.ok('alice', 'status github')).toContain('Every stage is deployed.');
    });
});

describe('history', () => {
    it('shows evidence values and what each replaced, what a release reopened, and says what it holds', async () => {
        const world = await throughCommunity();
        await world.ok('alice', `release github v1.0.1 ${URL('releases/v1.0.1')}`);
        const text = await world.ok('alice', 'history github');
        expect(text).toContain('A change refused before it was sent (by the command or the panel) was never posted, so it is not an event and is not listed.');
        // Markdown: the summary comes escaped.
        expect(text).toContain('recorded Licence \\(SPDX id\\) for Has a compatible licence\\: MIT · ✓');
        expect(text).toMatch(/set release v1\\?\.0\\?\.1 · ✓\n {2}- reopened QA pass on ci-extensions-release of the release to deploy — @carol-qa's sign-off for v1\.0\.0/);
        expect(text).toContain('\n  - reopened Deploy to community.mattermost.com — from deployed back to in progress');
    });
});
