// The complete review without the basic reviewer: whoever signs second gives the reason, on either
// slot, so no state needs a withdrawal to go on.
import {makeWorld, type World} from './testing/world';

async function basicReviewedByFrank(): Promise<World> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    await world.setPolicy({'core-committer': ['frank-core', 'grace-core', 'bob'], qa: ['carol-qa'], pm: ['dave-pm'], integrations: ['erin-integrations']});
    await world.ok('alice', 'evidence github basic-review introduction-post https://example.com/intro');
    await world.ok('alice', 'check github basic-review.introduction');
    await world.ok('alice', 'check github basic-review.make-pr');
    await world.ok('frank-core', 'signoff github basic-review');
    return world;
}

describe('the complete review without the basic reviewer', () => {
    it('asks the second signer for the reason, naming the flag, and takes it on the security slot', async () => {
        const world = await basicReviewedByFrank();
        await world.ok('grace-core', 'signoff github complete-review');
        const refusal = await world.error('bob', 'signoff github complete-review --security');
        expect(refusal).toContain('--substitute');
        expect(refusal).toContain('on either slot');
        expect(await world.ok('bob', 'signoff github complete-review --security --substitute "frank is on leave"')).toMatch(/^You signed off \*\*Complete code review by two core committers \(Security reviewer\)\*\*/);
        expect(await world.events()).toContainEqual(expect.objectContaining({type: 'signoff.given', slot: 'security', substituteReason: 'frank is on leave'}));
    });

    it('needs no reason when the basic reviewer signs the other slot', async () => {
        const world = await basicReviewedByFrank();
        await world.ok('grace-core', 'signoff github complete-review --security');
        expect(await world.ok('frank-core', 'signoff github complete-review')).toMatch(/^You signed off/);
    });
});
