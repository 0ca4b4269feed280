// Scenarios 3 and 4: actions follow the roles the admin sets in the System Console. A QA member signs off QA
// while a non-QA user cannot (the button says why, the command names the role); two core committers
// complete the review, one in the security slot, and one person cannot take both slots.
import type {Locator, Page} from 'playwright-core';

import {poll} from '../harness';

import {
    checklistItem, disabledReason, expectAttribute, expectReasonShownOnFocus, pluginPage, refusedCommand, runCommand, saveForm, setRolesInSystemConsole, startScenario,
    type Scenario,
} from './support';

jest.setTimeout(60_000);

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice', 'bob', 'carol-qa', 'frank-core', 'grace-core']);
    const admin = scenario.user('admin').page;
    await runCommand(admin, '/plugin-onboard setup');
    await setRolesInSystemConsole(admin, {'QA team': ['carol-qa'], 'Core committers': ['frank-core', 'grace-core']});
    await runCommand(scenario.user('alice').page, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

function githubPage(username: string): Promise<{page: Page; rhs: Locator}> {
    return pluginPage(scenario, username, 'GitHub');
}

describe('QA pass', () => {
    test('bob, not in the QA team, sees the QA sign-off disabled with the reason and the command refused naming the role', async () => {
        const {page, rhs} = await githubPage('bob');
        const qa = checklistItem(rhs, 'QA pass');
        const signOff = qa.getByRole('button', {name: 'Sign off as QA for QA pass', exact: true});
        const reason = await disabledReason(signOff);
        expect(reason).toContain('Only QA team members can sign off QA pass');
        // Said on focus, not only in a tooltip.
        await expectReasonShownOnFocus(signOff);

        // The disabled button stays focusable but does nothing: no form opens.
        await signOff.click({force: true});
        expect(await qa.getByRole('button', {name: 'Confirm sign-off'}).count()).toBe(0);
        // Nor can he tick QA's own sub-steps.
        await expectAttribute(qa.getByRole('checkbox', {name: /Functional testing/}), 'aria-disabled', 'true');

        const refusal = await refusedCommand(page, '/plugin-onboard signoff github qa-pass');
        expect(refusal).toContain('Only QA team members can sign off QA pass');
        expect(refusal).toContain('carol-qa');
    });

    test('carol-qa ticks her steps, records QA notes and signs off in the panel; bob sees it signed', async () => {
        const {rhs} = await githubPage('carol-qa');
        const qa = checklistItem(rhs, 'QA pass');
        const signOff = qa.getByRole('button', {name: 'Sign off as QA for QA pass', exact: true});
        // Still blocked by her own open work, which the reason lists.
        expect(await disabledReason(signOff)).toContain('QA notes');

        for (const step of [/Ensure all setup documentation/, /Functional testing has been done/]) {
            const box = qa.getByRole('checkbox', {name: step});
            await expectAttribute(box, 'aria-disabled', null);
            await box.check();
            expect(await poll(() => box.isChecked(), (checked) => checked)).toBe(true);
        }
        await qa.getByRole('button', {name: 'Add QA notes for QA pass', exact: true}).click();
        await qa.getByRole('textbox', {name: 'QA notes'}).fill('Subscriptions, slash commands and the OAuth flow work on 10.5.');
        await saveForm(qa);
        await qa.getByText('Subscriptions, slash commands and the OAuth flow work on 10.5.').waitFor();

        await expectAttribute(signOff, 'aria-disabled', null);
        await signOff.click();
        await qa.getByRole('textbox', {name: 'Note (optional)'}).fill('Tested on a fresh server.');
        await qa.getByRole('button', {name: 'Confirm sign-off'}).click();
        await qa.getByText(/Signed off by @?carol-qa/).waitFor();
        expect(await qa.locator('.po-chip').innerText()).toBe('Done');

        const bob = scenario.user('bob').page;
        const bobQa = checklistItem(bob.locator('#sidebar-right'), 'QA pass');
        await bobQa.getByText(/Signed off by @?carol-qa/).waitFor();
        expect(await bobQa.getByRole('button', {name: 'Sign off as QA for QA pass', exact: true}).count()).toBe(0);
    });
});

describe('complete code review', () => {
    const ITEM = 'Complete code review by two core committers. One focused on security.';

    test('frank-core signs the reviewer slot in the panel and then cannot take the security slot too', async () => {
        const {page, rhs} = await githubPage('frank-core');
        const review = checklistItem(rhs, ITEM);
        await review.getByRole('button', {name: `Sign off as Reviewer for ${ITEM}`, exact: true}).click();
        await review.getByRole('textbox', {name: 'Note (optional)'}).fill('Read every file.');
        await review.getByRole('button', {name: 'Confirm sign-off'}).click();
        await review.getByText(/Signed off by @?frank-core/).waitFor();

        const security = review.getByRole('button', {name: `Sign off as Security reviewer for ${ITEM}`, exact: true});
        expect(await disabledReason(security)).toContain('two different core committers');
        const refusal = await refusedCommand(page, '/plugin-onboard signoff github complete-review --security');
        expect(refusal).toContain('two different core committers');
        expect(await review.locator('.po-chip').innerText()).toBe('Open');
    });

    test('bob, not a core committer, is refused the security slot with the role named', async () => {
        const {page} = await githubPage('bob');
        const refusal = await refusedCommand(page, '/plugin-onboard signoff github complete-review --security');
        expect(refusal).toContain('Only core committers can sign off');
        expect(refusal).toMatch(/frank-core/);
    });

    test('grace-core signs the security slot with the command; the review is done with both names', async () => {
        const {page} = scenario.user('grace-core');
        const reply = await runCommand(page, '/plugin-onboard signoff github complete-review --security --note "No secrets in logs; OAuth state checked."');
        expect(reply).toMatch(/security/i);

        const {rhs} = await githubPage('grace-core');
        const review = checklistItem(rhs, ITEM);
        await review.getByText(/Signed off by @?grace-core/).waitFor();
        expect(await review.getByText(/Signed off by @?frank-core/).count()).toBe(1);
        expect(await review.locator('.po-chip').innerText()).toBe('Done');
        expect(await review.getByText('No secrets in logs; OAuth state checked.').count()).toBe(1);
    });
});
