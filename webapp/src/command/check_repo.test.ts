// /plugin-onboard check-repo against the local GitHub imitation: the browser's fetch pointed at it.
import {startLocalGitHub, type LocalGitHub} from '../../../local-mattermost/github/server';
import {manifest} from '../../../local-mattermost/github/repos';
import {GITHUB_API} from '../github/repo_target';

import {makeWorld, type World} from './testing/world';

let github: LocalGitHub;
const realFetch = globalThis.fetch;
const toLocal: typeof fetch = (input, init) => realFetch(String(input).replace(GITHUB_API, github.url), init);

beforeAll(async () => {
    github = await startLocalGitHub({repos: [
        {owner: 'mattermost', name: 'mattermost-plugin-github', licence: 'GPL-3.0', releases: [{tag: 'v1.0.0', assets: ['github-1.0.0.tar.gz']}],
            pluginJson: manifest({id: 'github', version: '1.0.0', min_server_version: '9.0.0', homepage_url: 'https://example.com', support_url: 'https://example.com/*help*'}), workflows: ['.github/workflows/ci.yml']},
    ]});
    globalThis.fetch = toLocal;
});

afterAll(async () => {
    globalThis.fetch = realFetch;
    await github.close();
});

async function registered(): Promise<World> {
    const world = makeWorld();
    await world.ok('admin', 'setup');
    await world.setPolicy({'core-committer': ['frank-core'], qa: ['carol-qa'], pm: ['dave-pm'], integrations: ['erin-integrations']});
    await world.ok('alice', 'add github https://github.com/mattermost/mattermost-plugin-github --name "GitHub"');
    return world;
}

describe('/plugin-onboard check-repo', () => {
    it('reads the repository from GitHub, says what passes and fails and where it read it, and records nothing', async () => {
        const world = await registered();
        const before = (await world.events()).length;
        const text = await world.ok('bob', 'check-repo github');
        expect(text).toMatch(/^#### Checks read from GitHub: GitHub\n/);
        expect(text).toContain('❌ **Licence** (Fails): GitHub detects GPL\\-3\\.0, which is not on the team\'s allow-list (Apache\\-2\\.0, MIT');
        expect(text).toContain('❔ **Release** (Check by hand): No release is set in the tracker yet.');
        expect(text).toContain('The newest published release on GitHub is v1\\.0\\.0.');
        expect(text).toContain('✅ **plugin.json** (Passes)');
        expect(text).toContain('✅ **CI workflows** (Passes): 1 GitHub Actions workflow: \\.github/workflows/ci\\.yml.');
        expect(text).toMatch(/Read from \[mattermost\/mattermost\\-plugin\\-github\]\(https:\/\/github\.com\/mattermost\/mattermost-plugin-github\) at \d{4}-\d\d-\d\d \d\d:\d\d UTC\. \d+ GitHub requests left this hour\. Nothing was recorded\.$/);
        expect((await world.events()).length).toBe(before);
    });

    it('compares the release set in the tracker', async () => {
        const world = await registered();
        await world.ok('alice', 'release github v1.1.0 https://github.com/mattermost/mattermost-plugin-github/releases/tag/v1.1.0');
        const text = await world.ok('bob', 'check-repo github');
        expect(text).toContain('❌ **Release** (Fails): No published release v1\\.1\\.0 on GitHub');
        expect(text).toContain('Its version is 1\\.0\\.0; the tracker\'s release is v1\\.1\\.0.');
    });

    it('names a repository that is not on github.com', async () => {
        const world = await registered();
        await world.ok('bob', 'add gitlab https://gitlab.com/x/gitlab-plugin --name GitLab');
        expect(await world.ok('bob', 'check-repo gitlab')).toContain('The repository (https\\://gitlab\\.com/x/gitlab\\-plugin) is not on github.com; the checks read GitHub only.');
    });

    it('says when GitHub cannot be reached, and what may block it', async () => {
        const world = await registered();
        await world.ok('alice', 'add other https://github.com/someone/other-plugin --name Other');
        globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
        try {
            expect(await world.ok('bob', 'check-repo other')).toContain('GitHub could not be reached from your browser (Failed to fetch). A proxy or a browser extension may block api.github.com');
        } finally {
            globalThis.fetch = toLocal;
        }
    });
});
