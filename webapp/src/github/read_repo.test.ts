// Reads against the local GitHub imitation (local-mattermost/github): the same requests the browser
// makes, with api.github.com pointed at it.
import {startLocalGitHub, type LocalGitHub} from '../../../local-mattermost/github/server';
import {manifest} from '../../../local-mattermost/github/repos';

import {createRepoChecker} from './check_repo';
import {readRepo, type Fetch} from './read_repo';
import {GITHUB_API, repoTarget, type RepoTarget} from './repo_target';

let github: LocalGitHub;

beforeAll(async () => {
    github = await startLocalGitHub({repos: [
        {owner: 'o', name: 'good', licence: 'MIT', releases: [{tag: 'v1.0.0', assets: ['good-1.0.0.tar.gz']}, {tag: 'v1.1.0', draft: true, assets: ['good-1.1.0.tar.gz']}],
            pluginJson: manifest({id: 'com.o.good', version: '1.0.0', min_server_version: '9.0.0', homepage_url: 'https://o.example', support_url: 'https://o.example/s'}), workflows: ['.github/workflows/ci.yml']},
        {owner: 'o', name: 'broken', licence: null, releases: [], pluginJson: '{not json', workflows: []},
        {owner: 'o', name: 'secret', private: true, licence: 'MIT', releases: [], pluginJson: null, workflows: []},
    ]});
});

afterAll(() => github.close());

const toLocal: Fetch = (url, init) => fetch(url.replace(GITHUB_API, github.url), init);

function target(name: string): RepoTarget {
    const found = repoTarget(`https://github.com/o/${name}`);
    if (!found.ok) {
        throw new Error('bad test target');
    }
    return found.target;
}

describe('readRepo', () => {
    it('reads licence, published releases, plugin.json and workflows in four requests', async () => {
        const before = github.requests.length;
        const result = await readRepo(target('good'), toLocal, () => 42);
        expect(result.ok && result.facts).toEqual({
            readAt: 42, url: 'https://github.com/o/good', defaultBranch: 'master', licence: 'MIT',
            releases: [{tag: 'v1.0.0', prerelease: false, url: 'https://github.com/o/good/releases/tag/v1.0.0', assets: ['good-1.0.0.tar.gz']}],
            manifest: {status: 'found', url: 'https://github.com/o/good/blob/master/plugin.json', fields: {id: 'com.o.good', version: '1.0.0', min_server_version: '9.0.0', homepage_url: 'https://o.example', support_url: 'https://o.example/s'}},
            workflows: ['.github/workflows/ci.yml'],
            remaining: expect.any(Number),
        });
        expect(github.requests.length - before).toBe(4);
    });

    it('reads a repository without licence, releases or workflows, and a plugin.json that is not JSON', async () => {
        const result = await readRepo(target('broken'), toLocal);
        expect(result.ok && [result.facts.licence, result.facts.releases, result.facts.manifest.status, result.facts.workflows]).toEqual([null, [], 'invalid', []]);
    });

    it('says a private or missing repository is missing, as GitHub shows it to a reader who is not signed in', async () => {
        expect(await readRepo(target('secret'), toLocal)).toEqual({ok: false, failure: {kind: 'missing'}});
        expect(await readRepo(target('nothing-here'), toLocal)).toEqual({ok: false, failure: {kind: 'missing'}});
    });

    it('says a network failure is one, with what the browser reported', async () => {
        const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
        expect(await readRepo(target('good'), offline)).toEqual({ok: false, failure: {kind: 'network', detail: 'Failed to fetch'}});
    });

    it('says an answer of another shape is unexpected, not a pass', async () => {
        const odd: Fetch = () => Promise.resolve(new Response(JSON.stringify({hello: 'world'}), {status: 200, headers: {'Content-Type': 'application/json'}}));
        const result = await readRepo(target('good'), odd);
        expect(result).toEqual({ok: false, failure: {kind: 'unexpected', status: 200, detail: 'the answer did not have the expected shape'}});
    });
});

describe('the page\'s checker', () => {
    it('reads a repository once per page, again when asked, and stops at a spent rate limit until its reset', async () => {
        let now = 1_000_000;
        const checker = createRepoChecker({fetch: toLocal, now: () => now});
        const input = {repoUrl: 'https://github.com/o/good', pluginId: 'com.o.good', release: 'v1.0.0', allowList: ['MIT'], recordedLicence: null, enterpriseUrl: null};
        const before = github.requests.length;
        const first = await checker.check(input);
        expect(first.ok && first.results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
        await checker.check(input);
        expect(github.requests.length - before).toBe(4);
        await checker.check(input, true);
        expect(github.requests.length - before).toBe(8);

        github.exhaust();
        const limited = await checker.check({...input, repoUrl: 'https://github.com/o/broken'});
        // Spent for this address until the hour's end: a new imitation for the tests after this one.
        await github.close();
        github = await startLocalGitHub({repos: []});
        expect(limited.ok === false && limited.line.message.id).toBe('plugin-onboard.rhs.github.rate-limited');
        const asked = github.requests.length;
        now += 1000;
        const again = await checker.check({...input, repoUrl: 'https://github.com/o/broken'});
        expect(again.ok).toBe(false);
        expect(github.requests.length).toBe(asked);
    });

    it('names a repository elsewhere than github.com, and a URL that names none', async () => {
        const checker = createRepoChecker({fetch: toLocal, now: () => 0});
        const base = {pluginId: 'p', release: null, allowList: ['MIT'], recordedLicence: null, enterpriseUrl: null};
        const elsewhere = await checker.check({...base, repoUrl: 'https://gitlab.com/o/r'});
        expect(elsewhere.ok === false && elsewhere.line).toEqual({message: expect.objectContaining({id: 'plugin-onboard.rhs.github.not-github'}), values: {url: 'https://gitlab.com/o/r'}});
        const none = await checker.check({...base, repoUrl: 'https://github.com/o'});
        expect(none.ok === false && none.line.message.id).toBe('plugin-onboard.rhs.github.not-a-repo');
        const neither = await checker.check({...base, repoUrl: 'https://gitlab.com/o/r', enterpriseUrl: 'https://github.example.com'});
        expect(neither.ok === false && neither.line.values).toEqual({url: 'https://gitlab.com/o/r', enterprise: 'https://github.example.com'});
    });

    it('reads a repository on the team\'s GitHub Enterprise Server through its /api/v3', async () => {
        // The imitation serves the same API under /api/v3, as an Enterprise server does.
        const enterprise = github.url;
        github.addRepo({owner: 'corp', name: 'plugin', licence: 'Apache-2.0', releases: [], pluginJson: null, workflows: []});
        const checker = createRepoChecker({fetch: (url, init) => fetch(url, init), now: () => 0});
        const result = await checker.check({pluginId: 'p', release: null, allowList: ['MIT'], recordedLicence: null, repoUrl: `${enterprise}/corp/plugin`, enterpriseUrl: enterprise});
        expect(result.ok && [result.target.api, result.facts.licence]).toEqual([`${enterprise}/api/v3`, 'Apache-2.0']);
    });
});
