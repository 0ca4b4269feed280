// Scenarios 5 and 6: a new release reopens the sign-offs pinned to the previous one (and history
// keeps them); deploying before the gate is met is refused with what is missing.
import type {Locator} from 'playwright-core';

import type {EventDraft} from '../../../webapp/src/domain/events';

import {
    checklistItem, disabledReason, expectAttribute, openPanel, recordAs, refusedCommand, runCommand, setPolicy, startScenario, type Scenario,
} from './support';

jest.setTimeout(60_000);

const GITHUB_REPO = 'https://github.com/mattermost/mattermost-plugin-github';
const V1 = `${GITHUB_REPO}/releases/tag/v1.0.0`;
const V11 = `${GITHUB_REPO}/releases/tag/v1.1.0`;

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'erin-integrations']);
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'qa': ['carol-qa'], 'core-committer': ['frank-core', 'grace-core'], 'pm': ['dave-pm'], 'integrations': ['erin-integrations']});
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

const QA_PASS = 'QA pass';
const RELEASE = 'Release created and CI system setup to build releases';
const RELEASE_QA = 'QA pass on ci-extensions-release of the release to deploy.';
const COMPLETE_REVIEW = 'Complete code review by two core committers. One focused on security.';

describe('a new release', () => {
    beforeAll(async () => {
        await runCommand(scenario.user('alice').page, `/plugin-onboard add github ${GITHUB_REPO} --name GitHub`);
        const plugin = 'github';
        await recordAs(scenario.stack, 'alice', [
            {type: 'release.set', plugin, version: 'v1.0.0', url: V1},
            {type: 'substep.checked', plugin, item: 'release', substep: 'ci-request'},
        ]);
        await recordAs(scenario.stack, 'carol-qa', [
            {type: 'substep.checked', plugin, item: 'qa-pass', substep: 'setup-docs'},
            {type: 'substep.checked', plugin, item: 'qa-pass', substep: 'functional-testing'},
            {type: 'evidence.set', plugin, item: 'qa-pass', field: 'qa-notes', value: 'v1.0.0 works.'},
            {type: 'signoff.given', plugin, item: 'qa-pass', slot: 'signoff'},
            {type: 'evidence.set', plugin, item: 'release-qa', field: 'qa-notes', value: 'v1.0.0 on ci-extensions-release works.'},
            {type: 'signoff.given', plugin, item: 'release-qa', slot: 'signoff'},
        ]);
        await recordAs(scenario.stack, 'erin-integrations', [{type: 'signoff.given', plugin, item: 'release', slot: 'signoff'}]);
        await recordAs(scenario.stack, 'frank-core', [{type: 'signoff.given', plugin, item: 'complete-review', slot: 'reviewer'}]);
        await recordAs(scenario.stack, 'grace-core', [{type: 'signoff.given', plugin, item: 'complete-review', slot: 'security'}]);
    });

    test('alice sets v1.1.0 with the command: QA pass, the release item and the release QA show open again, the review stays done', async () => {
        const {page} = scenario.user('alice');
        const rhs = await openPanel(page, 'GitHub');
        for (const label of [QA_PASS, RELEASE, RELEASE_QA, COMPLETE_REVIEW]) {
            await expectChip(checklistItem(rhs, label), 'Done');
        }
        expect(await checklistItem(rhs, QA_PASS).innerText()).toContain('for release v1.0.0');

        const reply = await runCommand(page, `/plugin-onboard release github v1.1.0 ${V11}`);
        expect(reply).toContain('v1.1.0');

        for (const label of [QA_PASS, RELEASE, RELEASE_QA]) {
            await expectChip(checklistItem(rhs, label), 'Open');
        }
        await expectChip(checklistItem(rhs, COMPLETE_REVIEW), 'Done');
        // The pinned items wait for new sign-offs; what was recorded for them stays.
        const qa = checklistItem(rhs, QA_PASS);
        await qa.getByText('Not signed off (QA team)').waitFor();
        expect(await qa.getByText('v1.0.0 works.').count()).toBe(1);
        expect(await qa.getByRole('checkbox', {name: /Functional testing/}).isChecked()).toBe(true);
        await checklistItem(rhs, RELEASE).getByText('Not signed off (Integrations team)').waitFor();
        expect(await rhs.locator('header').getByRole('link', {name: 'v1.1.0'}).getAttribute('href')).toBe(V11);
    });

    test('the history keeps the sign-offs the release reopened', async () => {
        const {page} = scenario.user('alice');
        const rhs = await openPanel(page, 'GitHub');
        await rhs.getByRole('button', {name: /^History \(\d+\)$/}).click();
        const history = rhs.getByRole('list', {name: 'History'});
        await history.waitFor();
        const lines = await history.getByRole('listitem').allInnerTexts();
        const qaSignOff = lines.find((line) => line.includes('signed off') && line.includes('QA pass') && !line.includes('release to deploy'));
        expect(qaSignOff).toBeDefined();
        expect(qaSignOff).toContain('carol-qa');
        expect(qaSignOff).not.toContain('Rejected');
        // Newest first: the new release is above the sign-off it reopened.
        const releaseIndex = lines.findIndex((line) => line.includes('set release v1.1.0'));
        expect(releaseIndex).toBeGreaterThanOrEqual(0);
        expect(releaseIndex).toBeLessThan(lines.indexOf(qaSignOff ?? ''));

        const reply = await runCommand(page, '/plugin-onboard history github');
        expect(reply).toMatch(/signed off[^\n]*QA pass/);
        // The reply is Markdown (shown raw by the local host page), so dots may come escaped.
        expect(reply).toMatch(/set release v1\\?\.1\\?\.0/);
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
            {type: 'substep.checked', plugin, item: 'basic-review', substep: 'review-pr'},
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
            {type: 'substep.checked', plugin, item: 'ci-master', substep: 'master-build-url'},
            {type: 'substep.checked', plugin, item: 'ci-master', substep: 'ci-request'},
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
