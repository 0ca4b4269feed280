// `/plugin-onboard mine`, run as real users through the session over the in-memory Mattermost.
import {makeWorld, STANDARD_ROLES, type World} from './testing/world';

const URL = (path: string) => `https://example.com/github/${path}`;

async function twoPlugins(): Promise<World> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    await world.setPolicy(STANDARD_ROLES);
    await world.ok('bob', 'add gitlab https://gitlab.com/x/gitlab-plugin --name GitLab');
    await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    return world;
}

async function basicReviewReady(world: World, user: 'alice' | 'bob', plugin: string): Promise<void> {
    await world.ok(user, `evidence ${plugin} basic-review introduction-post ${URL('intro')}`);
    await world.ok(user, `check ${plugin} basic-review.introduction`);
    await world.ok(user, `check ${plugin} basic-review.review-pr`);
}

describe('mine', () => {
    it('lists what waits on a reviewer across plugins, longest waiting first, with the command that moves it on', async () => {
        const world = await twoPlugins();
        await basicReviewReady(world, 'bob', 'gitlab');
        await basicReviewReady(world, 'alice', 'github');
        const lines = (await world.ok('frank-core', 'mine')).split('\n');
        expect(lines[0]).toBe('**2 things wait on you, longest waiting first:**');
        expect(lines[1]).toMatch(/^- \*\*GitLab\*\* · Basic Code Review passed: Sign off — waiting .+ \(since \d{4}-\d\d-\d\d\) · `\/plugin-onboard signoff gitlab basic-review`$/);
        expect(lines[2]).toMatch(/^- \*\*GitHub\*\* · Basic Code Review passed: Sign off — .+`\/plugin-onboard signoff github basic-review`$/);
        expect(lines).toHaveLength(3);
    });

    it('gives an author their own plugin\'s evidence and sub-steps, each with its command', async () => {
        const world = await twoPlugins();
        const text = await world.ok('alice', 'mine');
        expect(text).toContain('`/plugin-onboard evidence github basic-review introduction-post <value>`');
        expect(text).toContain('`/plugin-onboard check github basic-review.introduction`');
        expect(text).not.toContain('gitlab');
    });

    it('offers the deployment to the Integrations team once the gate is met', async () => {
        const world = await twoPlugins();
        await basicReviewReady(world, 'alice', 'github');
        await world.ok('frank-core', 'signoff github basic-review');
        await world.ok('alice', `evidence github ci-master master-build-url ${URL('master.tar.gz')}`);
        await world.ok('alice', `evidence github ci-master ci-request ${URL('ci')}`);
        await world.ok('alice', 'check github ci-master.master-build-url');
        await world.ok('alice', 'check github ci-master.ci-request');
        await world.ok('erin-integrations', 'signoff github ci-master');
        await world.ok('alice', 'evidence github licence spdx MIT');
        await world.ok('erin-integrations', 'signoff github licence');
        expect(await world.ok('erin-integrations', 'mine')).toContain('`/plugin-onboard deploy github ci-extensions`');
    });

    it('says so when nothing waits', async () => {
        const world = await twoPlugins();
        expect(await world.ok('carol-qa', 'mine')).toBe('Nothing waits on you. `/plugin-onboard list` shows every tracked plugin.');
    });
});
