// The repository checks read from GitHub (issue 14, part 3), in Chromium: the plugin's page reads the
// repository from the browser (api.github.com, pointed at the local GitHub imitation), shows what
// passes and fails with where and when it read it, records a detected licence as evidence in one
// click, and says plainly when GitHub's rate limit is spent. The command answers the same.
import {manifest} from '../../../local-mattermost/github/repos';
import {waitForPlugins} from '../harness';

import {openPanel, runCommand, setPolicy, startScenario, type Scenario} from './support';

jest.setTimeout(90_000);

let scenario: Scenario;

beforeAll(async () => {
    scenario = await startScenario(['admin', 'alice']);
    const github = scenario.stack.server.github;
    github.addRepo({owner: 'acme', name: 'mattermost-plugin-good', licence: 'MIT',
        releases: [{tag: 'v1.0.0', assets: ['good-1.0.0.tar.gz']}],
        pluginJson: manifest({id: 'good', version: '1.0.0', min_server_version: '9.5.0', homepage_url: 'https://acme.example.com', support_url: 'https://acme.example.com/help'}),
        workflows: ['.github/workflows/ci.yml']});
    github.addRepo({owner: 'acme', name: 'mattermost-plugin-copyleft', licence: 'GPL-3.0', releases: [], pluginJson: null, workflows: []});
    await runCommand(scenario.user('admin').page, '/plugin-onboard setup');
    await setPolicy(scenario.stack, {});
    const alice = scenario.user('alice').page;
    await runCommand(alice, '/plugin-onboard add good https://github.com/acme/mattermost-plugin-good --name Good');
    await runCommand(alice, '/plugin-onboard add copyleft https://github.com/acme/mattermost-plugin-copyleft --name Copyleft');
}, 90_000);

afterAll(async () => {
    await scenario?.close();
});

test('the plugin\'s page reads the repository from GitHub, shows each check with its source, and records the licence in one click', async () => {
    const page = scenario.user('alice').page;
    const rhs = await openPanel(page, 'Good');
    const section = rhs.getByRole('region', {name: 'Checks read from GitHub'});
    await section.getByRole('button', {name: 'Check the repository on GitHub'}).click();
    const results = section.getByRole('list', {name: 'Checks read from GitHub'});
    await results.waitFor();
    const text = await results.innerText();
    expect(text).toContain('GitHub detects MIT, which is on the team\'s allow-list.');
    expect(text).toContain('No release is set in the tracker yet.');
    expect(text).toContain('The newest published release on GitHub is v1.0.0.');
    expect(text).toContain('plugin.json on master: id good, version 1.0.0, min_server_version 9.5.0');
    expect(text).toContain('1 GitHub Actions workflow: .github/workflows/ci.yml.');
    expect(await section.innerText()).toMatch(/Read from acme\/mattermost-plugin-good at \d\d?:\d\d(?: [AP]M)?\. \d+ GitHub requests left this hour\./);
    expect(await section.getByRole('link', {name: 'View Licence on GitHub'}).getAttribute('href')).toBe('https://github.com/acme/mattermost-plugin-good');

    await section.getByRole('button', {name: 'Record MIT as the licence'}).click();
    await section.getByText('The tracker records MIT, as read from GitHub.').waitFor();
    const licence = rhs.getByRole('article', {name: 'Has a compatible licence', exact: true});
    expect(await licence.innerText()).toContain('MIT');
    await rhs.getByRole('button', {name: /^History/}).click();
    const history = rhs.getByRole('list', {name: 'History'});
    await history.getByText(/recorded Licence \(SPDX id\) for Has a compatible licence: MIT, read from GitHub/).waitFor();
});

test('a licence off the allow-list fails, and a spent rate limit is said plainly, without asking GitHub again', async () => {
    const page = scenario.user('alice').page;
    const rhs = await openPanel(page, 'Copyleft');
    const section = rhs.getByRole('region', {name: 'Checks read from GitHub'});
    await section.getByRole('button', {name: 'Check the repository on GitHub'}).click();
    const results = section.getByRole('list', {name: 'Checks read from GitHub'});
    await results.waitFor();
    expect(await results.innerText()).toContain('GitHub detects GPL-3.0, which is not on the team\'s allow-list');
    expect(await results.innerText()).toContain('There is no plugin.json on the default branch (master).');

    const github = scenario.stack.server.github;
    github.exhaust();
    await section.getByRole('button', {name: 'Check again'}).click();
    const alert = section.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/GitHub's 60 requests an hour for your network without signing in are spent; try again after \d\d?:\d\d(?: [AP]M)?\./);
    const asked = github.requests.length;
    await section.getByRole('button', {name: 'Check again'}).click();
    await alert.waitFor();
    expect(github.requests.length).toBe(asked);

    // The command reads through the same page: what it read already is answered without a request,
    // and what it has not read waits for the limit like the panel.
    const cached = await runCommand(page, '/plugin-onboard check-repo good');
    expect(cached).toContain('Checks read from GitHub: Good');
    expect(cached).toContain('GitHub detects MIT, which is on the team\'s allow-list.');
    await runCommand(page, '/plugin-onboard add other https://github.com/acme/other --name Other');
    expect(await runCommand(page, '/plugin-onboard check-repo other')).toMatch(/GitHub's 60 requests an hour for your network without signing in are spent/);
    expect(github.requests.length).toBe(asked);
});

test('a repository on the team\'s GitHub Enterprise Server is read from there, set in the policy', async () => {
    const github = scenario.stack.server.github;
    // The imitation serves GitHub's API under /api/v3 too, as an Enterprise server does; no routing here.
    github.addRepo({owner: 'corp', name: 'internal-plugin', licence: 'BSD-3-Clause', releases: [], pluginJson: null, workflows: ['.github/workflows/build.yml']});
    await setPolicy(scenario.stack, {}, {githubEnterpriseUrl: github.url});
    // A new hour at GitHub, and a new page (the last one remembers the spent limit until its reset).
    github.refill();
    const page = scenario.user('alice').page;
    await page.reload();
    await waitForPlugins(page);
    await runCommand(page, `/plugin-onboard add internal ${github.url}/corp/internal-plugin --name Internal`);
    const rhs = await openPanel(page, 'Internal');
    const section = rhs.getByRole('region', {name: 'Checks read from GitHub'});
    await section.getByRole('button', {name: 'Check the repository on GitHub'}).click();
    const results = section.getByRole('list', {name: 'Checks read from GitHub'});
    await results.waitFor();
    expect(await results.innerText()).toContain('GitHub detects BSD-3-Clause, which is on the team\'s allow-list.');
    expect(await section.innerText()).toContain('Read from corp/internal-plugin');
    expect(github.requests).toContain('/repos/corp/internal-plugin');
});

