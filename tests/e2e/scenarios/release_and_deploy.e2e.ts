// Scenarios 5 and 6: a new release reopens what the seed ties to one release — the QA of the release
// to deploy — saying so before and after; that QA waits for the release on ci-extensions-release,
// and refusals show the path ahead. Deploying before the gate is met is refused with what is missing.
import type {Locator} from 'playwright-core';

import type {EventDraft} from '../../../webapp/src/domain/events';

import {
    disabledReason, expectAttribute, openPanel, recordAs, refusedCommand, runCommand, saveForm, setPolicy, startScenario, type Scenario,
} from './support';

jest.setTimeout(60_000);

const GITHUB_REPO = 'https://github.com/mattermost/mattermost-plugin-github';
const V1 = `${GITHUB_REPO}/releases/tag/v1.0.0`;
const V11 = `${GITHUB_REPO}/releases/tag/v1.1.0`;

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'erin-integrations', 'carol-qa']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'qa': ['carol-qa'], 'core-committer': ['frank-core', 'grace-core'], 'pm': ['dave-pm'], 'integrations': ['erin-integrations']});
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});


/** github (alice's) on v1.0.0, taken through community by the people whose move each step is. */
async function throughCommunity(plugin: string): Promise<void> {
    const {stack} = scenario;
    await recordAs(stack, 'alice', [
        {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: 'https://community.mattermost.com/core/pl/intro'},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'},
        {type: 'substep.checked', plugin, item: 'basic-review', substep: 'make-pr'},
        {type: 'evidence.set', plugin, item: 'ci-master', field: 'master-build-url', value: `${GITHUB_REPO}/actions`},
        {type: 'evidence.set', plugin, item: 'ci-master', field: 'ci-request', value: 'https://community.mattermost.com/core/pl/ci'},
        {type: 'substep.checked', plugin, item: 'ci-master', substep: 'provide-build-url'},
        {type: 'substep.checked', plugin, item: 'ci-master', substep: 'request-ci'},
        {type: 'evidence.set', plugin, item: 'licence', field: 'spdx', value: 'Apache-2.0'},
    ]);
    await recordAs(stack, 'frank-core', [{type: 'signoff.given', plugin, item: 'basic-review', slot: 'signoff'}]);
    await recordAs(stack, 'erin-integrations', [
        {type: 'signoff.given', plugin, item: 'ci-master', slot: 'signoff'},
        {type: 'signoff.given', plugin, item: 'licence', slot: 'signoff'},
        {type: 'stage.deployed', plugin, stage: 'ci-extensions'},
    ]);
    await recordAs(stack, 'frank-core', [{type: 'signoff.given', plugin, item: 'complete-review', slot: 'reviewer'}]);
    await recordAs(stack, 'grace-core', [{type: 'signoff.given', plugin, item: 'complete-review', slot: 'security'}]);
    await recordAs(stack, 'carol-qa', [
        {type: 'substep.checked', plugin, item: 'qa-pass', substep: 'setup-docs'},
        {type: 'substep.checked', plugin, item: 'qa-pass', substep: 'functional-testing'},
        {type: 'evidence.set', plugin, item: 'qa-pass', field: 'qa-notes', value: 'v1.0.0 works.'},
        {type: 'signoff.given', plugin, item: 'qa-pass', slot: 'signoff'},
    ]);
    await recordAs(stack, 'alice', [
        {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'summary', value: 'Connects GitHub.'},
        {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'use-cases', value: '- notifications'},
        {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'docs', value: `${GITHUB_REPO}#readme`},
        {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'write-summary'},
        {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'list-use-cases'},
        {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'documentation'},
        {type: 'release.set', plugin, version: 'v1.0.0', url: V1},
        {type: 'substep.checked', plugin, item: 'release', substep: 'request-release-ci'},
    ]);
    await recordAs(stack, 'dave-pm', [
        {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'run-through'},
        {type: 'substep.checked', plugin, item: 'pm-ux-review', substep: 'communication'},
        {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'walkthrough-notes', value: 'Both use cases run through.'},
        {type: 'evidence.set', plugin, item: 'pm-ux-review', field: 'comms-decision', value: 'No announcement needed.'},
        {type: 'signoff.given', plugin, item: 'pm-ux-review', slot: 'signoff'},
    ]);
    await recordAs(stack, 'erin-integrations', [
        {type: 'signoff.given', plugin, item: 'release', slot: 'signoff'},
        {type: 'stage.deployed', plugin, stage: 'ci-extensions-release'},
    ]);
    await recordAs(stack, 'carol-qa', [
        {type: 'evidence.set', plugin, item: 'release-qa', field: 'qa-notes', value: 'v1.0.0 on ci-extensions-release works.'},
        {type: 'signoff.given', plugin, item: 'release-qa', slot: 'signoff'},
    ]);
    await recordAs(stack, 'erin-integrations', [{type: 'stage.deployed', plugin, stage: 'community'}]);
}

describe('a new release', () => {
    beforeAll(async () => {
        await runCommand(scenario.user('alice').page, `/plugin-onboard add github ${GITHUB_REPO} --name GitHub`);
        await throughCommunity('github');
    });

    test('alice sets v1.1.0 in the form: it starts from v1.0.0 and says what it will reopen; afterwards community is in progress again and the history says why', async () => {
        const {page} = scenario.user('alice');
        const rhs = await openPanel(page, 'GitHub');
        await rhs.getByRole('button', {name: 'Set release'}).click();
        const version = rhs.getByRole('textbox', {name: 'Version'});
        expect(await version.inputValue()).toBe('v1.0.0');
        expect(await rhs.getByRole('textbox', {name: 'Release URL'}).inputValue()).toBe(V1);
        await version.fill('v1.1.0');
        const reopens = rhs.getByRole('list', {name: 'Setting v1.1.0 will reopen:'});
        await reopens.waitFor();
        expect(await reopens.getByRole('listitem').allInnerTexts()).toEqual([
            "QA pass on ci-extensions-release of the release to deploy — @carol-qa's sign-off for v1.0.0: a sign-off for one release does not carry over to another; it is needed again for v1.1.0.",
            'Deploy to community.mattermost.com — from deployed back to in progress (community.mattermost.com keeps running v1.0.0 until it is deployed again): what its gate needs must be done again for v1.1.0.',
        ]);
        await rhs.getByRole('textbox', {name: 'Release URL'}).fill(V11);
        await saveForm(rhs);
        expect(await rhs.locator('header').getByRole('link', {name: 'v1.1.0'}).getAttribute('href')).toBe(V11);

        // The seed ties only the community QA to "the release to deploy": the rest stands.
        const community = rhs.getByRole('region', {name: 'Deploy to community.mattermost.com', exact: true});
        await expectChip(community, 'In progress', '.po-chip-in-progress');

        await rhs.getByRole('button', {name: /^History \(\d+\)$/}).click();
        const history = rhs.getByRole('list', {name: 'History'});
        await history.waitFor();
        const release = history.getByRole('listitem').filter({hasText: 'set release v1.1.0'}).first();
        const reopened = release.getByRole('list', {name: 'This reopened'});
        await reopened.waitFor();
        expect(await reopened.innerText()).toContain("QA pass on ci-extensions-release of the release to deploy — @carol-qa's sign-off for v1.0.0");
        await rhs.getByText(/A change refused before it was sent was never posted, so it is not an event and is not here\./).waitFor();
    });

    test('the release QA waits for v1.1.0 on ci-extensions-release; the refusals show the path ahead, which leads through', async () => {
        const carol = scenario.user('carol-qa').page;
        const erin = scenario.user('erin-integrations').page;
        // A refusal of several lines is shown whole as a reply, its first line under the box.
        expect(await refusedCommand(carol, '/plugin-onboard signoff github release-qa')).toMatch(/cannot be signed off yet.*see the reply above\./);
        const qa = await carol.locator('[data-post-type="system_ephemeral"]').last().innerText();
        expect(qa).toContain('release v1.1.0 deployed to ci-extensions-release by the Integrations team (it runs v1.0.0)');
        // The path is a numbered list (rendered, the numbers are the list's own).
        expect(qa).toMatch(/Path ahead, in order:\s*(?:1\.\s*)?Deploy v1\.1\.0 to ci-extensions-release — Integrations team \(@erin-integrations\)\s*(?:2\.\s*)?QA pass on ci-extensions-release of the release to deploy: Sign off — QA team \(@carol-qa\)\s*(?:3\.\s*)?Deploy v1\.1\.0 to community\.mattermost\.com/);

        await refusedCommand(erin, '/plugin-onboard deploy github community');
        const community = await erin.locator('[data-post-type="system_ephemeral"]').last().innerText();
        expect(community).not.toContain('previous stage');
        expect(community).toContain('Path ahead, in order:');

        // Neither QA pass nor the release CI setup needs signing again: deploy, QA, deploy.
        await runCommand(erin, '/plugin-onboard deploy github ci-extensions-release');
        await runCommand(carol, '/plugin-onboard signoff github release-qa');
        await runCommand(erin, '/plugin-onboard deploy github community');
        expect(await runCommand(scenario.user('alice').page, '/plugin-onboard status github')).toContain('Every stage is deployed.');
        const rhs = await openPanel(scenario.user('alice').page, 'GitHub');
        await expectChip(rhs.getByRole('region', {name: 'Deploy to community.mattermost.com', exact: true}), 'Deployed', '.po-chip-deployed');
    });
});

describe('deploying before the gate', () => {
    const plugin = 'jira';
    const CI_MASTER = 'CI system setup to build master';
    const LICENCE = 'Has a compatible licence';

    beforeAll(async () => {
        await runCommand(scenario.user('alice').page, '/plugin-onboard add jira https://github.com/mattermost/mattermost-plugin-jira --name Jira');
        // The basic review is done; CI and the licence are not.
        await recordAs(scenario.stack, 'alice', [
            {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: 'https://community.mattermost.com/core/pl/jira-intro'},
            {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'},
            {type: 'substep.checked', plugin, item: 'basic-review', substep: 'make-pr'},
        ]);
        await recordAs(scenario.stack, 'frank-core', [{type: 'signoff.given', plugin, item: 'basic-review', slot: 'signoff'}]);
    });

    test('the Deploy button is disabled with the missing list, and the command answers with it, keeping the text', async () => {
        const {page} = scenario.user('erin-integrations');
        const rhs = await openPanel(page, 'Jira');
        const stage = rhs.getByRole('region', {name: 'Deploy to ci-extensions', exact: true});
        const deploy = stage.getByRole('button', {name: 'Mark deployed to ci-extensions'});
        const reason = await disabledReason(deploy);
        expect(reason).toContain('cannot be deployed to ci-extensions yet; still missing');
        expect(reason).toContain(CI_MASTER);
        expect(reason).toContain(LICENCE);
        expect(reason).not.toContain('Basic Code Review');
        const blocks = stage.locator('.po-missing');
        await blocks.getByRole('heading', {name: 'Before this stage can be deployed'}).waitFor();
        expect(await blocks.innerText()).toContain(CI_MASTER);

        await deploy.click({force: true});
        await expectChip(stage, 'In progress', '.po-chip-in-progress');
        // A disabled button sends nothing, so nothing is refused either.
        expect(await rhs.getByRole('alert').count()).toBe(0);

        const text = '/plugin-onboard deploy jira ci-extensions';
        const refusal = await refusedCommand(page, text);
        expect(refusal).toMatch(/cannot be deployed to `?ci-extensions`? yet/);
        expect(refusal).toContain(CI_MASTER);
        expect(refusal).toContain(LICENCE);
        expect(refusal).not.toContain('Basic Code Review');
    });

    test('alice, not in the Integrations team, is refused with the role named', async () => {
        const refusal = await refusedCommand(scenario.user('alice').page, '/plugin-onboard deploy jira ci-extensions');
        expect(refusal).toContain('Only Integrations team members can record a deployment');
        expect(refusal).toContain('erin-integrations');
    });

    test('once the gate is met the same button deploys', async () => {
        await recordAs(scenario.stack, 'alice', [
            {type: 'evidence.set', plugin, item: 'ci-master', field: 'master-build-url', value: 'https://github.com/mattermost/mattermost-plugin-jira/actions'},
            {type: 'evidence.set', plugin, item: 'ci-master', field: 'ci-request', value: 'https://community.mattermost.com/core/pl/jira-ci'},
            {type: 'substep.checked', plugin, item: 'ci-master', substep: 'provide-build-url'},
            {type: 'substep.checked', plugin, item: 'ci-master', substep: 'request-ci'},
            {type: 'evidence.set', plugin, item: 'licence', field: 'spdx', value: 'Apache-2.0'},
        ] satisfies EventDraft[]);
        await recordAs(scenario.stack, 'erin-integrations', [
            {type: 'signoff.given', plugin, item: 'ci-master', slot: 'signoff'},
            {type: 'signoff.given', plugin, item: 'licence', slot: 'signoff'},
        ]);
        const rhs = await openPanel(scenario.user('erin-integrations').page, 'Jira');
        const stage = rhs.getByRole('region', {name: 'Deploy to ci-extensions', exact: true});
        const deploy = stage.getByRole('button', {name: 'Mark deployed to ci-extensions'});
        await expectAttribute(deploy, 'aria-disabled', null);
        expect(await stage.locator('.po-missing').count()).toBe(0);
        await deploy.click();
        // Asked first, as a sign-off is, saying what will be recorded; nothing is until confirmed.
        const confirm = stage.getByRole('form', {name: 'Mark Jira deployed to ci-extensions?'});
        expect(await confirm.innerText()).toContain('that Jira runs on ci-extensions (https://');
        expect(await stage.getByText(/Deployed by/).count()).toBe(0);
        await confirm.getByRole('textbox', {name: 'Note (optional)'}).fill('Nightly build picked up.');
        await confirm.getByRole('button', {name: 'Confirm deployment'}).click();
        await stage.getByText(/Deployed by @?erin-integrations/).waitFor();
        await expectChip(stage, 'Deployed', '.po-chip-deployed');
    });
});

async function expectChip(scope: Locator, text: string, selector = '.po-chip'): Promise<void> {
    const chip = scope.locator(selector).first();
    const deadline = Date.now() + 10_000;
    let seen = await chip.innerText();
    while (seen !== text && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = await chip.innerText();
    }
    expect(seen).toBe(text);
}
