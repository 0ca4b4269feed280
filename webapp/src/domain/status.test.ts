// What accepted events do to items and stages: statuses, releases reopening sign-offs, waivers.
import type {PluginState} from './tracker_state';
import {Scenario, U} from './testing/scenario';

function plugin(s: Scenario): PluginState {
    const found = s.state().plugins.github;
    if (!found) {
        throw new Error('github is not registered');
    }
    return found;
}

describe('registration', () => {
    it('settles conditional sub-steps from the flags, saying why they do not apply', () => {
        const p = plugin(new Scenario().policy().register('github', {thirdPartyService: false, mattermostOwned: false}));
        const qa = p.items['qa-pass'].substeps;
        expect(qa.map((substep) => substep.status)).toEqual(['open', 'not-applicable', 'open', 'not-applicable']);
        expect(qa[1]?.notApplicableReason).toMatch(/third-party service/);
        expect(qa[3]?.notApplicableReason).toMatch(/not owned by Mattermost/);
    });

    it('keeps conditional sub-steps open when the flags say they apply', () => {
        const p = plugin(new Scenario().policy().register('github', {thirdPartyService: true, mattermostOwned: true}));
        expect(p.items['qa-pass'].substeps.map((substep) => substep.status)).toEqual(['open', 'open', 'open', 'open']);
    });

    it('starts every item pending and every stage not started, rooted at its own post', () => {
        const s = new Scenario().policy().register();
        const p = plugin(s);
        expect(Object.values(p.items).every((item) => item.status === 'pending')).toBe(true);
        expect(Object.values(p.stages).map((stage) => stage.status)).toEqual(['not-started', 'not-started', 'not-started']);
        expect(p.rootPostId).toBe(s.entries[1]?.postId);
    });
});

describe('item status', () => {
    it('is done only when every slot is signed', () => {
        const s = new Scenario().policy().register().stage1Done().signOff('complete-review', U.cc1, 'reviewer');
        expect(plugin(s).items['complete-review'].status).toBe('pending');
        s.signOff('complete-review', U.cc2, 'security');
        expect(plugin(s).items['complete-review'].status).toBe('done');
    });

    it('is not-applicable when an admin waives it, with the reason recorded', () => {
        const s = new Scenario().policy().register();
        s.post(U.admin, {type: 'waived', plugin: 'github', item: 'pm-ux-review', reason: 'Internal tool'});
        const item = plugin(s).items['pm-ux-review'];
        expect(item.status).toBe('not-applicable');
        expect(item.waiver).toMatchObject({by: U.admin, reason: 'Internal tool'});
    });

    it('reopens when a sign-off is withdrawn, and says since when', () => {
        const s = new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1);
        s.post(U.cc1, {type: 'signoff.withdrawn', plugin: 'github', item: 'basic-review', slot: 'signoff'});
        const item = plugin(s).items['basic-review'];
        expect(item.status).toBe('pending');
        expect(item.openSince).toBe(s.entries.at(-1)?.createAt);
    });

    it('a waived sub-step is not-applicable with the admin\'s reason', () => {
        const s = new Scenario().policy().register();
        s.post(U.admin, {type: 'waived', plugin: 'github', item: 'qa-pass', substep: 'setup-docs', reason: 'No setup needed'});
        expect(plugin(s).items['qa-pass'].substeps[0]).toMatchObject({status: 'not-applicable', notApplicableReason: 'No setup needed'});
    });
});

describe('stage status', () => {
    it('goes not-started → in-progress → ready → deployed, and the next stage becomes workable', () => {
        const s = new Scenario().policy().register();
        expect(plugin(s).stages['ci-extensions'].status).toBe('not-started');
        s.evidence('licence', 'spdx', 'MIT');
        expect(plugin(s).stages['ci-extensions'].status).toBe('in-progress');
        s.basicReviewReady().signOff('basic-review', U.cc1).ciMasterReady().signOff('ci-master', U.integ1).signOff('licence', U.integ1);
        expect(plugin(s).stages['ci-extensions'].status).toBe('ready');
        s.deploy('ci-extensions');
        expect(plugin(s).stages['ci-extensions']).toMatchObject({status: 'deployed', deployment: {by: U.integ1, release: null}});
        expect(plugin(s).stages['ci-extensions-release'].status).toBe('not-started');
    });

    it('is in-progress, not ready, when all items are done but the previous stage is not deployed', () => {
        const s = new Scenario().policy().register().stage1Done().stage2Done();
        expect(plugin(s).stages['ci-extensions-release'].status).toBe('in-progress');
        s.deploy('ci-extensions');
        expect(plugin(s).stages['ci-extensions-release'].status).toBe('ready');
    });
});

describe('a new release', () => {
    const throughStage2 = () => new Scenario().policy().register().stage1Done().deploy('ci-extensions').stage2Done().deploy('ci-extensions-release');

    it('reopens only the QA of the release to deploy, keeping its sign-off for the record (the seed pins nothing else to a release)', () => {
        const s = throughStage2().deploy('ci-extensions-release').evidence('release-qa', 'qa-notes', 'ok', U.qa1).signOff('release-qa', U.qa1);
        const before = plugin(s);
        s.release('v1.1.0');
        const after = plugin(s);
        expect(after.items['release-qa']).toMatchObject({status: 'pending', signOffs: {}, openSince: s.entries.at(-1)?.createAt});
        expect(after.items['release-qa'].reopened).toEqual([before.items['release-qa'].signOffs.signoff]);
        expect(after.items['release-qa'].reopened[0]?.release).toBe('v1.0.0');
        // The stage-2 QA pass, the release CI setup and the code review stand.
        expect(after.items['qa-pass']).toEqual(before.items['qa-pass']);
        expect(after.items.release).toEqual(before.items.release);
        expect(after.items['complete-review']).toEqual(before.items['complete-review']);
        expect(after.release?.version).toBe('v1.1.0');
    });

    it('leaves ci-extensions-release deployed with the release it runs, and takes a deployed community stage back to in-progress', () => {
        const s = new Scenario().policy().register().throughCommunity();
        const deployment = plugin(s).stages['ci-extensions-release'].deployment;
        s.release('v1.1.0');
        expect(plugin(s).stages['ci-extensions-release']).toEqual({key: 'ci-extensions-release', status: 'deployed', deployment});
        expect(plugin(s).stages.community.status).toBe('in-progress');
        expect(plugin(s).stages['ci-extensions'].status).toBe('deployed');
    });

    it('needs the new release deployed to ci-extensions-release before its QA, then deploys it to community', () => {
        const s = new Scenario().policy().register().throughCommunity().release('v1.1.0');
        s.signOff('release-qa', U.qa1);
        expect(s.last().rejection?.message).toContain('release v1.1.0 deployed to ci-extensions-release by the Integrations team (it runs v1.0.0)');
        s.deploy('ci-extensions-release');
        expect(s.last().rejection).toBeNull();
        expect(plugin(s).stages['ci-extensions-release'].deployment?.release).toBe('v1.1.0');
        s.signOff('release-qa', U.qa1).deploy('community');
        expect(s.last().rejection).toBeNull();
        expect(plugin(s).stages.community.deployment?.release).toBe('v1.1.0');
        expect(plugin(s).items['release-qa'].signOffs.signoff?.release).toBe('v1.1.0');
    });

    it('deploys a release stage again only with a newer release than it runs', () => {
        const s = new Scenario().policy().register().throughCommunity();
        s.deploy('ci-extensions-release');
        expect(s.last().rejection?.message).toBe('The plugin github is already deployed to ci-extensions-release with release v1.0.0.');
        s.release('v1.1.0').deploy('ci-extensions');
        expect(s.last().rejection?.message).toBe('The plugin github is already deployed to ci-extensions.');
    });

    it('changes nothing when the same version is set again', () => {
        const s = throughStage2();
        const before = plugin(s);
        s.release('v1.0.0');
        expect(s.last().rejection).toBeNull();
        expect(plugin(s)).toEqual(before);
    });
});
