// The repositories the local GitHub knows, as GitHub's REST API describes them. Tests add their own;
// `make run` starts with the demo's. Only the fields the plugin reads and a few beside them.

export interface LocalRelease {
    readonly tag: string;
    readonly draft?: boolean;
    readonly prerelease?: boolean;
    /** Asset file names, e.g. "com.example.plugin-1.0.0.tar.gz". */
    readonly assets: readonly string[];
}

export interface LocalRepo {
    readonly owner: string;
    readonly name: string;
    /** GitHub answers 404 to unauthenticated requests for a private repository, as for a missing one. */
    readonly private?: boolean;
    readonly defaultBranch?: string;
    /** The SPDX id GitHub's licence detection reports; 'NOASSERTION' when it finds a licence it cannot name; null: none. */
    readonly licence: string | null;
    readonly releases: readonly LocalRelease[];
    /** plugin.json on the default branch, as text (it may be invalid JSON); null: no such file. */
    readonly pluginJson: string | null;
    /** Paths of workflow files under .github/workflows. */
    readonly workflows: readonly string[];
}

const LICENCE_NAMES: Readonly<Record<string, string>> = {
    'MIT': 'MIT License',
    'Apache-2.0': 'Apache License 2.0',
    'BSD-2-Clause': 'BSD 2-Clause "Simplified" License',
    'BSD-3-Clause': 'BSD 3-Clause "New" or "Revised" License',
    'GPL-3.0': 'GNU General Public License v3.0',
    'AGPL-3.0': 'GNU Affero General Public License v3.0',
    'NOASSERTION': 'Other',
};

export function licenceName(spdx: string): string {
    return LICENCE_NAMES[spdx] ?? spdx;
}

export function manifest(fields: {id: string; version: string; min_server_version?: string; homepage_url?: string; support_url?: string}): string {
    return JSON.stringify({...fields, name: fields.id, webapp: {bundle_path: 'webapp/dist/main.js'}}, null, 4);
}

/** What `make run` shows: the demo plugins' repositories (local-mattermost/demo). */
export const DEMO_REPOS: readonly LocalRepo[] = [
    {
        owner: 'mattermost-community', name: 'mattermost-plugin-github', licence: 'Apache-2.0',
        releases: [{tag: 'v2.3.0', assets: ['github-2.3.0.tar.gz', 'checksums.txt']}, {tag: 'v2.4.0', draft: true, assets: []}],
        pluginJson: manifest({id: 'github', version: '2.3.0', min_server_version: '9.5.0', homepage_url: 'https://github.com/mattermost-community/mattermost-plugin-github', support_url: 'https://github.com/mattermost-community/mattermost-plugin-github/issues'}),
        workflows: ['.github/workflows/ci.yml'],
    },
    {
        owner: 'example', name: 'mattermost-plugin-weather', licence: 'GPL-3.0',
        releases: [{tag: '0.1.0', assets: ['weather-0.1.0.zip']}],
        pluginJson: manifest({id: 'weather', version: '0.2.0'}),
        workflows: [],
    },
];
