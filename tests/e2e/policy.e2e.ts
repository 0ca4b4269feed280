// The tracker policy end to end: the admin adds bob to the QA roster in the System Console, and
// bob's already open panel lets him sign off QA — no reload, because the policy is an event in the
// tracker channel that bob's client folds as it arrives.
import type {Browser, Locator} from 'playwright-core';

import {launchBrowser, loginAs, newUserContext, openAppBarItem, startStack, type Stack, type UserSession} from './harness';
import {disabledReason, expectAttribute, PANEL, runCommand} from './scenarios/support';

jest.setTimeout(180_000);

let stack: Stack;
let browser: Browser;
let admin: UserSession;
let bob: UserSession;

beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    admin = await newUserContext(browser);
    bob = await newUserContext(browser);
    await loginAs(admin.page, stack, 'admin');
    await loginAs(bob.page, stack, 'bob');
});

afterAll(async () => {
    await browser?.close();
    await stack?.close();
});

function qaPass(rhs: Locator): Locator {
    return rhs.getByRole('article', {name: 'QA pass', exact: true});
}

test('the admin adds bob to the QA roster and bob\'s open panel lets him sign off QA without a reload', async () => {
    // Before any policy, system admins act for every role: the admin prepares a plugin whose QA pass
    // waits only for the QA sign-off.
    await runCommand(admin.page, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub');
    await runCommand(admin.page, '/plugin-onboard check github qa-pass.setup-docs');
    await runCommand(admin.page, '/plugin-onboard check github qa-pass.functional-testing');
    await runCommand(admin.page, '/plugin-onboard evidence github qa-pass qa-notes "Setup docs followed; functional tests pass."');

    const rhs = await openAppBarItem(bob.page, PANEL);
    await rhs.getByRole('button', {name: 'Open GitHub'}).click();
    const signOff = qaPass(rhs).getByRole('button', {name: 'Sign off as QA'});
    await signOff.waitFor();
    // Refused for one reason only: bob is not on the QA roster (before any policy, only admins may).
    const reason = await disabledReason(signOff);
    expect(reason).toMatch(/^Only QA team members can sign off QA pass/);
    expect(reason).not.toMatch(/missing/);

    // In-app navigation, as from the product menu: the webapp keeps its loaded teams (a cold load of
    // the console URL in the local host page does not load them).
    await admin.page.getByRole('link', {name: 'System Console: plugin-onboard'}).click();
    const qaBox = admin.page.getByRole('combobox', {name: 'Add to QA team'});
    await qaBox.waitFor();
    await qaBox.fill('bob');
    await admin.page.getByRole('option', {name: /@bob/}).click();
    await admin.page.getByRole('list', {name: 'QA team'}).getByText('@bob').waitFor();
    await admin.page.locator('#saveSetting').click();
    await admin.page.getByRole('region', {name: 'Policy in force'}).getByText('@bob').waitFor();

    // Bob's page was never reloaded: the policy event reached it over the websocket.
    await expectAttribute(signOff, 'aria-disabled', null);
    await signOff.click();
    await rhs.getByRole('button', {name: 'Confirm sign-off'}).click();
    await qaPass(rhs).getByText(/Signed off by @bob/).waitFor();
});
