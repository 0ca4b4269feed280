import fc from 'fast-check';

import {fold} from './fold';
import {integrationsRequest} from './integrations_request';
import {directory, logs} from './testing/arbitraries';
import {Scenario, U} from './testing/scenario';

const names = (userId: string): string => ({[U.cc1]: 'carol', [U.integ1]: 'ian'}[userId] ?? 'someone');

function request(s: Scenario) {
    const state = s.state();
    const plugin = state.plugins.github;
    if (!plugin) {
        throw new Error('github is not registered');
    }
    return integrationsRequest(state, plugin, names);
}

describe('integrationsRequest', () => {
    it('asks nothing before anything waits on the Integrations team, and says what comes first', () => {
        const drafted = request(new Scenario().policy().register());
        expect(drafted).toMatchObject({ready: false, reason: 'nothing-asked'});
        expect(drafted.ready ? [] : drafted.next.map((move) => move.actor)).toContain('author');
    });

    it('drafts the CI request: plugin, repository, stage, what is done with its evidence links, what is asked, in the policy\'s channel', () => {
        const drafted = request(new Scenario().policy().register().basicReviewReady().signOff('basic-review', U.cc1).ciMasterReady());
        expect(drafted.ready).toBe(true);
        if (!drafted.ready) {
            return;
        }
        expect(drafted.channel).toBe('integrations');
        expect(drafted.asks.map((move) => move.what)).toEqual([expect.stringMatching(/^Sign off/)]);
        expect(drafted.message).toContain('- Repository: https://github.com/mattermost/mattermost-plugin-github');
        expect(drafted.message).toContain('- Stage: Deploy to ci-extensions (https://ci.example.com/)');
        expect(drafted.message).toContain('- Basic Code Review passed — signed off by carol; Introduction post: https://community.mattermost.com/core/pl/intro');
        expect(drafted.message).toMatch(/Could you please:\n- Sign off.* \(CI system setup to build master\)/);
        // The author decides whom to notify: the draft mentions nobody.
        expect(drafted.message).not.toMatch(/(^|\s)@\w/);
    });

    it('asks for the deployment once the gate is met, listing the release', () => {
        const drafted = request(new Scenario().policy().register().stage1Done().deploy('ci-extensions').stage2Done());
        expect(drafted.ready && drafted.message).toMatch(/- Release: v1\\\.0\\\.0 https:\/\/github\.com\/.*\/v1\.0\.0/);
        expect(drafted.ready && drafted.message).toContain('- Deployed to ci-extensions');
        expect(drafted.ready && drafted.message).toMatch(/Could you please:\n- Deploy to ci-extensions-release$/m);
    });

    it('escapes what people wrote: a plugin name cannot become a link or a mention', () => {
        const s = new Scenario().policy().register('github', {name: '[x](https://evil.example) @channel'}).stage1Done();
        const drafted = request(s);
        expect(drafted.ready && drafted.message).toContain('**\\[x\\]\\(https\\:');
        expect(drafted.ready && drafted.message).not.toContain('@channel');
    });

    it('never throws and never mentions anyone, whatever the log', () => {
        fc.assert(fc.property(logs, (entries) => {
            const state = fold(entries, directory);
            for (const plugin of Object.values(state.plugins)) {
                const drafted = integrationsRequest(state, plugin, () => '@channel');
                if (drafted.ready) {
                    expect(drafted.message).not.toMatch(/@(?!\u200d)/);
                }
            }
        }), {numRuns: 60});
    });
});
