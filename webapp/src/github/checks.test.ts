import {evaluate, sameVersion, type Tracked} from './checks';
import type {RepoFacts} from './read_repo';

const facts: RepoFacts = {
    readAt: 1, url: 'https://github.com/o/r', defaultBranch: 'master', licence: 'MIT',
    releases: [{tag: 'v1.0.0', prerelease: false, url: 'https://github.com/o/r/releases/tag/v1.0.0', assets: ['r-1.0.0.tar.gz']}],
    manifest: {status: 'found', url: 'https://github.com/o/r/blob/master/plugin.json', fields: {id: 'com.o.r', version: '1.0.0', min_server_version: '9.0.0', homepage_url: 'https://o.example', support_url: 'https://o.example/s'}},
    workflows: ['.github/workflows/ci.yml'],
    remaining: 56,
};
const v100 = {tag: 'v1.0.0', prerelease: false, url: 'https://github.com/o/r/releases/tag/v1.0.0', assets: ['r-1.0.0.tar.gz']};
const tracked: Tracked = {pluginId: 'com.o.r', release: 'v1.0.0', allowList: ['MIT', 'Apache-2.0'], recordedLicence: null};

function statuses(f: RepoFacts, t: Tracked = tracked): Record<string, string> {
    return Object.fromEntries(evaluate(f, t).map((r) => [r.key, r.status]));
}

function ids(f: RepoFacts, key: string, t: Tracked = tracked): string[] {
    return (evaluate(f, t).find((r) => r.key === key)?.lines ?? []).map((l) => l.message.id ?? '');
}

describe('repository checks', () => {
    it('pass for a repository that matches the tracker in every respect', () => {
        expect(statuses(facts)).toEqual({licence: 'pass', release: 'pass', manifest: 'pass', ci: 'pass'});
    });

    it('fail a licence that is not on the allow-list, and leave none or an unnamed one to a person', () => {
        expect(statuses({...facts, licence: 'GPL-3.0'}).licence).toBe('fail');
        expect(statuses({...facts, licence: 'gpl-3.0'}, {...tracked, allowList: ['GPL-3.0']}).licence).toBe('pass');
        expect(statuses({...facts, licence: null}).licence).toBe('unknown');
        expect(statuses({...facts, licence: 'NOASSERTION'}).licence).toBe('unknown');
        expect(ids(facts, 'licence', {...tracked, recordedLicence: 'Apache-2.0'})).toContain('plugin-onboard.rhs.github.licence-differs');
    });

    it('fail a release that is missing or has no bundle; with none set, say which is newest', () => {
        expect(statuses({...facts, releases: []}).release).toBe('fail');
        expect(statuses({...facts, releases: [{...v100, assets: ['r.zip']}]}).release).toBe('fail');
        expect(statuses(facts, {...tracked, release: '1.0.0'}).release).toBe('pass');
        expect(statuses(facts, {...tracked, release: null}).release).toBe('unknown');
        expect(ids(facts, 'release', {...tracked, release: null})).toEqual(['plugin-onboard.rhs.github.release-unset', 'plugin-onboard.rhs.github.release-newest']);
    });

    it('fail plugin.json when it is missing, not an object, or differs from the tracker, naming every difference', () => {
        expect(statuses({...facts, manifest: {status: 'missing'}}).manifest).toBe('fail');
        expect(statuses({...facts, manifest: {status: 'invalid', url: 'u'}}).manifest).toBe('fail');
        const off: RepoFacts = {...facts, manifest: {status: 'found', url: 'u', fields: {id: 'other', version: '0.9.0', min_server_version: null, homepage_url: null, support_url: 'https://s'}}};
        expect(statuses(off).manifest).toBe('fail');
        const lines = evaluate(off, tracked).find((r) => r.key === 'manifest')?.lines ?? [];
        expect(lines.map((l) => [l.message.id, l.values])).toEqual([
            ['plugin-onboard.rhs.github.manifest-id', {found: 'other', expected: 'com.o.r'}],
            ['plugin-onboard.rhs.github.manifest-version', {found: '0.9.0', expected: 'v1.0.0'}],
            ['plugin-onboard.rhs.github.manifest-no-field', {field: 'min_server_version'}],
            ['plugin-onboard.rhs.github.manifest-no-field', {field: 'homepage_url'}],
        ]);
    });

    it('count workflows, and leave a repository without them to a person', () => {
        expect(statuses({...facts, workflows: []}).ci).toBe('unknown');
    });

    it('reads v1.0.0 and 1.0.0 as one version', () => {
        expect(sameVersion('v1.0.0', '1.0.0')).toBe(true);
        expect(sameVersion('1.0.0', '1.0.1')).toBe(false);
    });
});
