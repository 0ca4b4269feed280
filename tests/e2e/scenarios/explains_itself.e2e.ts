// What a new user stumbled on (issue 13), continued: the PM/UX review keeps what its steps found,
// keys need not be guessed, a licence off the allow-list is warned of as it is entered, and a
// plugin's page shows the path ahead.
import {
    checklistItem, pluginPage, recordAs, refusedCommand, runCommand, saveForm, setPolicy, startScenario, type Scenario,
} from './support';

jest.setTimeout(90_000);

const REPO = 'https://github.com/mattermost/mattermost-plugin-github';

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'dave-pm']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {pm: ['dave-pm'], qa: ['carol-qa'], integrations: ['erin-integrations'], 'core-committer': ['frank-core', 'grace-core']});
    await runCommand(scenario.user('alice').page, `/plugin-onboard add github ${REPO} --name GitHub`);
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

describe('the PM/UX review keeps what its steps found', () => {
    test('the PM records walk-through notes in the form and the communication decision by command; the sign-off waits for both', async () => {
        await recordAs(scenario.stack, 'alice', [
            {type: 'evidence.set', plugin: 'github', item: 'pm-ux-review', field: 'summary', value: 'Connects GitHub.'},
            {type: 'evidence.set', plugin: 'github', item: 'pm-ux-review', field: 'use-cases', value: '- notifications'},
            {type: 'evidence.set', plugin: 'github', item: 'pm-ux-review', field: 'docs', value: `${REPO}#readme`},
            {type: 'substep.checked', plugin: 'github', item: 'pm-ux-review', substep: 'write-summary'},
            {type: 'substep.checked', plugin: 'github', item: 'pm-ux-review', substep: 'list-use-cases'},
            {type: 'substep.checked', plugin: 'github', item: 'pm-ux-review', substep: 'documentation'},
        ]);
        const {page, rhs} = await pluginPage(scenario, 'dave-pm', 'GitHub');
        await runCommand(page, '/plugin-onboard check github pm-ux-review.run-through');
        await runCommand(page, '/plugin-onboard check github pm-ux-review.communication');
        const refusal = await refusedCommand(page, '/plugin-onboard signoff github pm-ux-review');
        expect(refusal).toContain("evidence 'Walk-through notes (primary use cases)' from the PM");
        expect(refusal).toContain("evidence 'Communication decision for the rollout' from the PM");
        await page.locator('#post_textbox').fill('');

        const pm = checklistItem(rhs, 'PM/UX review');
        await pm.getByRole('button', {name: 'Add Walk-through notes (primary use cases) for PM/UX review', exact: true}).click();
        await pm.getByRole('textbox', {name: 'Walk-through notes (primary use cases)'}).fill('Ran both use cases: complete and clear.');
        await saveForm(pm);
        await pm.getByText('Ran both use cases: complete and clear.').waitFor();

        const help = await runCommand(page, '/plugin-onboard help evidence');
        expect(help).toContain('comms-decision');
        await runCommand(page, '/plugin-onboard evidence github pm-ux-review comms-decision "No announcement needed."');
        await pm.getByText('No announcement needed.').waitFor();
        await runCommand(page, '/plugin-onboard signoff github pm-ux-review');
        await pm.getByRole('button', {name: /^Withdraw .*PM\/UX review/}).waitFor();
    });
});

describe('keys need not be guessed', () => {
    test('help lists the keys each command takes: the overview by item, signoff who signs, deploy the stages', async () => {
        const {page} = scenario.user('alice');
        const overview = await runCommand(page, '/plugin-onboard help');
        expect(overview).toContain('pm-ux-review: sub-steps write-summary, list-use-cases, run-through, documentation, communication; evidence summary, use-cases, docs, walkthrough-notes, comms-decision');
        expect(overview).toContain('licence: no sub-steps; evidence spdx');
        const signoff = await runCommand(page, '/plugin-onboard help signoff');
        expect(signoff).toContain('complete-review: Reviewer (Core committers), Security reviewer (Core committers, --security)');
        expect(await runCommand(page, '/plugin-onboard help deploy')).toContain('ci-extensions-release: ci-extensions-release (Integrations team deploy)');
        expect(await runCommand(page, '/plugin-onboard help evidence')).toContain('walkthrough-notes (sub-step run-through)');
    });

    test.each([
        ['a command', '/plugin-onboard statsu github', /Did you mean .?status/],
        ['an option', '/plugin-onboard signoff github complete-review --securty', /Did you mean .?--security/],
        ['a plugin', '/plugin-onboard status githb', /Did you mean .?github/],
        ['an item', '/plugin-onboard signoff github qa-pss', /Did you mean .?qa-pass/],
        ['a stage', '/plugin-onboard deploy github comunity', /Did you mean .?community/],
        ['a sub-step', '/plugin-onboard check github qa-pass.setup-dcs', /Did you mean .?setup-docs/],
        ['an evidence field', '/plugin-onboard evidence github licence spxd MIT', /Did you mean .?spdx/],
        ['an evidence field given as a sub-step', '/plugin-onboard check github pm-ux-review.comms-decison', /Did you mean .?comms-decision.?, an evidence field of .?pm-ux-review/],
        ['a sub-step given as an evidence field', '/plugin-onboard evidence github pm-ux-review comunication "none"', /Did you mean .?communication.?, a sub-step of .?pm-ux-review/],
    ])('a misspelt key (%s) gets a "did you mean"', async (_kind, command, expected) => {
        const {page} = scenario.user('alice');
        expect(await refusedCommand(page, command)).toMatch(expected);
        await page.locator('#post_textbox').fill('');
    });
});
