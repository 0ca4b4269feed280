// `/plugin-onboard handoff`, run as real users through the session over the in-memory Mattermost.
import {makeWorld, STANDARD_ROLES, throughCiRequest, type World} from './testing/world';

async function registered(): Promise<World> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    await world.setPolicy(STANDARD_ROLES);
    await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    return world;
}

describe('handoff', () => {
    it('says there is nothing to ask yet, and what comes first, while nothing waits on the Integrations team', async () => {
        const world = await registered();
        const text = await world.ok('alice', 'handoff github');
        expect(text).toMatch(/^Nothing waits on the Integrations team for \*\*GitHub\*\* yet, so there is no request to make\.\nFirst:\n- Provide evidence: Introduction post \(the author\)/);
        expect(text).toContain('`/plugin-onboard status github`');
    });

    it('drafts the CI request in a block to copy, for the policy\'s integrations channel', async () => {
        const world = await registered();
        await throughCiRequest(world);
        const text = await world.ok('alice', 'handoff github');
        expect(text).toMatch(/^A request for the Integrations team about \*\*GitHub\*\*\. Copy it, edit it as you like and post it in ~integrations /);
        const block = /```\n([\s\S]*)\n```$/.exec(text)?.[1] ?? '';
        expect(block).toContain('- Basic Code Review passed — signed off by frank\\-core; Introduction post: https://example.com/github/intro');
        expect(block).toMatch(/Could you please:\n- Sign off .*\(CI system setup to build master\)/);
    });

    it('names an unknown plugin as every plugin command does', async () => {
        const world = await registered();
        expect(await world.error('alice', 'handoff gitlab')).toMatch(/^No plugin `gitlab` is tracked in this team\./);
    });
});
