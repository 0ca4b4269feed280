// What a new user stumbled on (issue 13), continued: the PM/UX review keeps what its steps found,
// keys need not be guessed, a licence off the allow-list is warned of as it is entered, and a
// plugin's page shows the path ahead.
import {
    checklistItem, pluginPage, recordAs, refusedCommand, runCommand, saveForm, setPolicy, startScenario, TRACKER_CHANNEL, visitChannel, type Scenario,
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

describe('wording', () => {
    test('release testing on a plugin not owned by Mattermost answers "not applicable", never a role refusal, and says so once', async () => {
        const {page, rhs} = await pluginPage(scenario, 'alice', 'GitHub');
        const refusal = await refusedCommand(page, '/plugin-onboard check github qa-pass.release-testing');
        expect(refusal).toMatch(/^Not recorded\. This sub-step of QA pass does not apply to github: the plugin is not owned by Mattermost\./);
        expect(refusal).not.toMatch(/Only /);
        await page.locator('#post_textbox').fill('');
        const step = checklistItem(rhs, 'QA pass').getByRole('listitem').filter({hasText: 'release testing is added'});
        expect(await step.innerText()).toContain('Not applicable: the plugin is not owned by Mattermost.');
        expect(await step.innerText()).not.toMatch(/Not applicable: (?:Does not apply|Not applicable)/i);
    });

    test('replies never repeat their prefix', async () => {
        const {page} = scenario.user('alice');
        const replies = [
            await runCommand(page, '/plugin-onboard check github basic-review.introduction'),
            await runCommand(page, '/plugin-onboard uncheck github basic-review.introduction'),
            await runCommand(page, `/plugin-onboard evidence github basic-review review-pr ${REPO}/pull/1`),
        ];
        for (const reply of replies) {
            expect(reply).not.toMatch(/\b(Recorded|Not applicable|Does not apply|Not recorded)\W+\1\b/i);
            expect(reply).not.toMatch(/Not applicable: Does not apply/i);
        }
    });
});

describe('a licence off the allow-list is warned of at entry', () => {
    test('by command: the reply warns, names the list and what it will stop', async () => {
        const {page} = scenario.user('alice');
        const reply = await runCommand(page, '/plugin-onboard evidence github licence spdx GPL-3.0');
        expect(reply).toContain("GPL-3.0 is not on this team's licence allow-list (Apache-2.0, MIT, BSD-2-Clause, BSD-3-Clause): Has a compatible licence cannot be signed off with it.");
        expect(await runCommand(page, '/plugin-onboard evidence github licence spdx MIT')).not.toContain('allow-list');
    });

    test('in the form: warned as it is typed, before saving, and beside the saved value', async () => {
        const {rhs} = await pluginPage(scenario, 'alice', 'GitHub');
        const licence = checklistItem(rhs, 'Has a compatible licence');
        await licence.getByRole('button', {name: 'Edit Licence (SPDX id) for Has a compatible licence', exact: true}).click();
        const field = licence.getByRole('textbox', {name: 'Licence (SPDX id)'});
        const status = licence.locator('form').getByRole('status');
        await field.fill('GPL-3.0');
        await status.getByText(/GPL-3\.0 is not on this team's licence allow-list/).waitFor();
        await field.fill('Apache-2.0');
        expect(await status.innerText()).toBe('');
        await field.fill('GPL-3.0');
        await saveForm(licence);
        await licence.getByText(/GPL-3\.0 is not on this team's licence allow-list .*cannot be signed off with it/).waitFor();
    });
});

test("a plugin's page shows the path ahead to its next deployment, in order, with who can take each step", async () => {
    const {rhs} = await pluginPage(scenario, 'alice', 'GitHub');
    const path = rhs.getByRole('region', {name: 'Path ahead to ci-extensions, in order'});
    // Who can take a step wraps under it when the line is long: compare the words, not the layout.
    const steps = (await path.getByRole('listitem').allInnerTexts()).map((step) => step.replace(/\s+/g, ' ').trim());
    expect(steps[0]).toBe('Basic Code Review passed: Provide evidence: Introduction post — Plugin owners: @alice');
    // The licence recorded above is off the allow-list: the path says so, and whose step it is.
    expect(steps).toContain('Has a compatible licence: Use a licence on the allow-list: Licence (SPDX id) — Plugin owners: @alice');
    // erin has not opened the tracker channel: the holders say so (not notified there), after the names.
    expect(steps.at(-1)).toMatch(/^Deploy to ci-extensions — Integrations team: @erin-integrations\b/);
});

test('a refused change in the history says its first line, then what was missing as a list', async () => {
    // What a client that skipped the check would post: the fold refuses it at the gate.
    await recordAs(scenario.stack, 'erin-integrations', [{type: 'stage.deployed', plugin: 'github', stage: 'ci-extensions'}]);
    const {rhs} = await pluginPage(scenario, 'alice', 'GitHub');
    await rhs.getByRole('button', {name: /^History \(/}).click();
    const line = rhs.getByRole('list', {name: 'History'}).getByRole('listitem').filter({hasText: 'cannot be deployed to ci-extensions yet'}).first();
    await line.waitFor();
    const reasons = line.locator('ul.po-reasons');
    expect(await reasons.getByRole('listitem').count()).toBeGreaterThan(1);
    expect(await reasons.getByRole('listitem').first().innerText()).toMatch(/^Basic Code Review passed: /);
    expect(await line.innerText()).not.toContain('•');
});

test('the refused change\'s line in the tracker channel: its first line, then the list', async () => {
    const {page} = scenario.user('alice');
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const post = page.locator('#postListContent [data-testid="postView"]').filter({hasText: 'cannot be deployed to ci-extensions yet; still missing:'}).last();
    await post.waitFor();
    const items = post.locator('ul.po-reasons').getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(1);
    expect(await items.first().innerText()).toMatch(/^Basic Code Review passed: /);
});
