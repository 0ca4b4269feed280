// The complete review without the basic reviewer: the second signer is asked for the reason, on
// either slot (here the security slot), so the review completes without anyone withdrawing.
import {checklistItem, openPanel, recordAs, runCommand, setPolicy, startScenario, type Scenario} from './support';

jest.setTimeout(60_000);

const COMPLETE_REVIEW = 'Complete code review by two core committers. One focused on security.';
let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'bob']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'core-committer': ['frank-core', 'grace-core', 'bob'], qa: ['carol-qa'], pm: ['dave-pm'], integrations: ['erin-integrations']});
    await runCommand(scenario.user('admin').page, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub --owner @alice');
    const plugin = 'github';
    await recordAs(scenario.stack, 'alice', [
        {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: 'https://community.mattermost.com/core/pl/intro'},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'make-pr'},
    ]);
    await recordAs(scenario.stack, 'frank-core', [{type: 'signoff.given', plugin, item: 'basic-review', slot: 'signoff'}]);
    // A second core committer, not the basic reviewer, signs the reviewer slot first: no reason is needed yet.
    await recordAs(scenario.stack, 'grace-core', [{type: 'signoff.given', plugin, item: 'complete-review', slot: 'reviewer'}]);
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

test('bob, signing the security slot second, is asked why the basic reviewer is not reviewing, and completes the review', async () => {
    const rhs = await openPanel(scenario.user('bob').page, 'GitHub');
    const review = checklistItem(rhs, COMPLETE_REVIEW);
    await review.getByRole('button', {name: /^Sign off as Security reviewer for /}).click();
    const reason = review.getByRole('textbox', {name: 'Neither reviewer is the basic reviewer: why are they not available?'});
    await reason.fill('frank-core is on leave until January');
    await review.getByRole('button', {name: 'Confirm sign-off'}).click();
    await review.getByText('Instead of the basic reviewer: frank-core is on leave until January').waitFor();
    expect(await runCommand(scenario.user('bob').page, '/plugin-onboard status github')).not.toContain('sign-off (Security reviewer)');
});
