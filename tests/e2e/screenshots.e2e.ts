// Screenshots for the README: the panel on a plugin's page (light = Denim, dark = Onyx), the list,
// and a channel card, over a tracker with plugins at several stages. Saved to tests/e2e/artifacts/
// and, with UPDATE_SCREENSHOTS=1 (`make screenshots`), copied to docs/screenshots/ for the README —
// never by a plain test run, which must leave the checkout as it found it.
import {copyFileSync, existsSync, mkdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

import {manifest} from '../../local-mattermost/github/repos';
import type {EventDraft} from '../../webapp/src/domain/events';

import {cssVariable, repoRoot, screenshot, switchTheme, TEAM} from './harness';
import {checklistItem, ciRequestSteps, createIntegrationsChannel, openPanel, recordAs, runCommand, setPolicy, startScenario, TRACKER_CHANNEL, visitChannel, type Scenario} from './scenarios/support';

jest.setTimeout(60_000);

const docsDir = join(repoRoot, 'docs', 'screenshots');

let scenario: Scenario;

/** Everything the first stage needs, by the people the policy names, then the deployment. */
function firstStage(plugin: string): Array<[string, EventDraft[]]> {
    return [
        ['alice', [
            {type: 'evidence.set', plugin, item: 'basic-review', field: 'introduction-post', value: `https://community.mattermost.com/core/pl/${plugin}-intro`},
            {type: 'evidence.set', plugin, item: 'basic-review', field: 'review-pr', value: `https://github.com/mattermost/mattermost-plugin-${plugin}/pull/1`},
            {type: 'substep.checked', plugin, item: 'basic-review', substep: 'introduction'},
            {type: 'substep.checked', plugin, item: 'basic-review', substep: 'review-pr'},
            {type: 'evidence.set', plugin, item: 'ci-master', field: 'master-build-url', value: `https://github.com/mattermost/mattermost-plugin-${plugin}/actions`},
            {type: 'evidence.set', plugin, item: 'ci-master', field: 'ci-request', value: `https://community.mattermost.com/core/pl/${plugin}-ci`},
            {type: 'substep.checked', plugin, item: 'ci-master', substep: 'master-build-url'},
            {type: 'substep.checked', plugin, item: 'ci-master', substep: 'ci-request'},
            {type: 'evidence.set', plugin, item: 'licence', field: 'spdx', value: 'Apache-2.0'},
        ]],
        ['frank-core', [{type: 'signoff.given', plugin, item: 'basic-review', slot: 'signoff', note: 'Does what it says; a few naming nits.'}]],
        ['erin-integrations', [
            {type: 'signoff.given', plugin, item: 'ci-master', slot: 'signoff'},
            {type: 'signoff.given', plugin, item: 'licence', slot: 'signoff'},
            {type: 'stage.deployed', plugin, stage: 'ci-extensions'},
        ]],
    ];
}

async function record(steps: Array<[string, EventDraft[]]>): Promise<void> {
    for (const [username, drafts] of steps) {
        await recordAs(scenario.stack, username, drafts);
    }
}

beforeAll(async () => {
    scenario = await startScenario(['admin', 'carol-qa']);
    scenario.stack.server.github.addRepo({owner: 'mattermost', name: 'mattermost-plugin-github', licence: 'Apache-2.0',
        releases: [{tag: 'v2.1.0', assets: ['github-2.1.0.tar.gz', 'checksums.txt']}],
        pluginJson: manifest({id: 'github', version: '2.1.0', min_server_version: '9.5.0', homepage_url: 'https://github.com/mattermost/mattermost-plugin-github', support_url: 'https://github.com/mattermost/mattermost-plugin-github/issues'}),
        workflows: ['.github/workflows/ci.yml', '.github/workflows/cd.yml']});
    const admin = scenario.user('admin').page;
    await runCommand(admin, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {'qa': ['carol-qa'], 'core-committer': ['frank-core', 'grace-core'], 'pm': ['dave-pm'], 'integrations': ['erin-integrations']});
    await runCommand(admin, '/plugin-onboard add github https://github.com/mattermost/mattermost-plugin-github --name GitHub --owner @alice --third-party');
    await runCommand(admin, '/plugin-onboard add todo https://github.com/mattermost/mattermost-plugin-todo --name Todo --owner @alice --mattermost-owned');
    await runCommand(admin, '/plugin-onboard add jira https://github.com/mattermost/mattermost-plugin-jira --name Jira --owner @bob --third-party');
    await runCommand(admin, '/plugin-onboard add zoom https://github.com/mattermost/mattermost-plugin-zoom --name Zoom --owner @bob --third-party');
    await record(firstStage('github'));
    await record(firstStage('todo'));
    await record([
        ['bob', [
            {type: 'evidence.set', plugin: 'zoom', item: 'basic-review', field: 'introduction-post', value: 'https://community.mattermost.com/core/pl/zoom-intro'},
            {type: 'substep.checked', plugin: 'zoom', item: 'basic-review', substep: 'introduction'},
        ]],
        ['alice', [
            {type: 'release.set', plugin: 'github', version: 'v2.1.0', url: 'https://github.com/mattermost/mattermost-plugin-github/releases/tag/v2.1.0'},
            {type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'test-account'},
            {type: 'evidence.set', plugin: 'github', item: 'pm-ux-review', field: 'summary', value: 'Subscribe channels to GitHub events and get notified of review requests.'},
            {type: 'substep.checked', plugin: 'github', item: 'pm-ux-review', substep: 'summary'},
        ]],
        ['frank-core', [{type: 'signoff.given', plugin: 'github', item: 'complete-review', slot: 'reviewer', note: 'Read every handler.'}]],
        ['carol-qa', [{type: 'substep.checked', plugin: 'github', item: 'qa-pass', substep: 'setup-docs'}]],
    ]);
}, 60_000);

afterAll(async () => {
    await scenario?.close();
});

/** Returns the artifact; with UPDATE_SCREENSHOTS=1 also copies it to the README's folder. */
function publish(artifact: string, name: string): string {
    if (process.env['UPDATE_SCREENSHOTS'] !== '1') {
        return artifact;
    }
    mkdirSync(docsDir, {recursive: true});
    const target = join(docsDir, `${name}.png`);
    copyFileSync(artifact, target);
    return target;
}

function expectImage(path: string): void {
    expect(existsSync(path)).toBe(true);
    // A blank or failed capture is a few hundred bytes; a rendered panel is tens of kilobytes.
    expect(statSync(path).size).toBeGreaterThan(10_000);
}

test('the panel on a plugin page, light (Denim) and dark (Onyx)', async () => {
    const {page} = scenario.user('carol-qa');
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    await switchTheme(page, 'denim');
    const rhs = await openPanel(page, 'GitHub');
    const inProgress = rhs.getByRole('region', {name: 'Deploy to ci-extensions-release', exact: true});
    await checklistItem(inProgress, 'QA pass').waitFor();
    await page.mouse.move(0, 0);
    expect(await cssVariable(page, '--center-channel-bg')).toBe('#ffffff');
    // The README shows the top (header, pipeline); the stage in progress, scrolled to, is kept for review.
    expectImage(publish(await screenshot(page, 'rhs-light', rhs), 'rhs-light'));
    await inProgress.evaluate((el) => el.scrollIntoView({block: 'start'}));
    expectImage(await screenshot(page, 'rhs-light-stage', rhs));

    await switchTheme(page, 'onyx');
    expect(await cssVariable(page, '--center-channel-bg')).toBe('#191b1f');
    // The panel's own background follows the theme (it is drawn from the theme's variables).
    expect(await rhs.locator('.po-root').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(25, 27, 31)');
    expectImage(await screenshot(page, 'rhs-dark-stage', rhs));
    await rhs.getByRole('heading', {level: 2, name: 'GitHub', exact: true}).evaluate((el) => el.scrollIntoView({block: 'end'}));
    await rhs.locator('.po-root').evaluate((el) => el.closest('.sidebar-right__body, #sidebar-right')?.querySelectorAll('*').forEach((node) => {
        if (node.scrollTop > 0) {
            node.scrollTop = 0;
        }
    }));
    expectImage(publish(await screenshot(page, 'rhs-dark', rhs), 'rhs-dark'));
    await switchTheme(page, 'denim');
});

test('the panel list', async () => {
    const {page} = scenario.user('carol-qa');
    const rhs = await openPanel(page);
    await rhs.getByRole('button', {name: 'Back to all plugins'}).click();
    await rhs.getByRole('button', {name: 'Open Jira', exact: true}).waitFor();
    await page.mouse.move(0, 0);
    expectImage(publish(await screenshot(page, 'rhs-list', rhs), 'rhs-list'));
});

test('a channel card', async () => {
    const {page} = scenario.user('carol-qa');
    const card = page.locator('#postListContent').getByRole('article', {name: 'GitHub', exact: true});
    await card.scrollIntoViewIfNeeded();
    const post = card.locator('xpath=ancestor::*[@data-testid="postView"][1]');
    await page.mouse.move(0, 0);
    expectImage(publish(await screenshot(page, 'channel-card', post), 'channel-card'));
});

test('the checks read from GitHub on a plugin page', async () => {
    const {page} = scenario.user('carol-qa');
    const rhs = await openPanel(page, 'GitHub');
    const section = rhs.getByRole('region', {name: 'Checks read from GitHub'});
    await section.getByRole('button', {name: 'Check the repository on GitHub'}).click();
    await section.getByRole('list', {name: 'Checks read from GitHub'}).waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    expectImage(publish(await screenshot(page, 'github-checks', section), 'github-checks'));
});

test('the hand-off request on a plugin page', async () => {
    // Jira's CI request is ready for the Integrations team; the team has its integrations channel.
    await record([
        ['bob', ciRequestSteps('jira', {
            intro: 'https://community.mattermost.com/core/pl/jira-intro',
            masterBuild: 'https://github.com/mattermost/mattermost-plugin-jira/actions',
            ciRequest: 'https://community.mattermost.com/core/pl/jira-ci',
        })],
        ['frank-core', [{type: 'signoff.given', plugin: 'jira', item: 'basic-review', slot: 'signoff'}]],
    ]);
    await createIntegrationsChannel(scenario.stack);
    const {page, context} = scenario.user('carol-qa');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: scenario.stack.url});
    await visitChannel(scenario, page, TRACKER_CHANNEL);
    const rhs = await openPanel(page, 'Jira');
    await rhs.getByRole('button', {name: 'Ask the Integrations team in ~integrations: opens the channel with the request copied'}).click();
    await rhs.getByRole('status').filter({hasText: 'The request is copied.'}).waitFor();
    await page.waitForURL(`**/${TEAM}/channels/integrations`);
    const header = rhs.locator('header').first();
    await header.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    expectImage(publish(await screenshot(page, 'handoff-request', header), 'handoff-request'));
});

test('the notification settings in the System Console, after a save added the rosters to the tracker channel', async () => {
    const {page} = scenario.user('admin');
    await page.getByRole('link', {name: 'System Console: plugin-onboard'}).click();
    const section = page.getByRole('region', {name: 'Notifications and requests'});
    await section.getByRole('spinbutton').fill('8');
    await page.locator('#saveSetting').click();
    // The rosters were set through the API, which adds nobody: the console's save adds them.
    await page.getByRole('status').filter({hasText: 'Added to the tracker channel, so that its mentions notify them:'}).waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    expectImage(publish(await screenshot(page, 'notifications-settings', section), 'notifications-settings'));
});
