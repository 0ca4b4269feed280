// Where a plugin's repository can be read: github.com through api.github.com, and the team's GitHub
// Enterprise Server (policy) through its /api/v3. A URL on another host is not checked (the panel
// and the command say so); a URL that is not a repository's is refused.

export const GITHUB_API = 'https://api.github.com';

export interface RepoTarget {
    /** The REST API's base URL, without a trailing slash. */
    readonly api: string;
    readonly owner: string;
    readonly name: string;
    /** The repository's page, as people open it. */
    readonly web: string;
}

export type TargetResult =
    | {readonly ok: true; readonly target: RepoTarget}
    | {readonly ok: false; readonly reason: 'not-github' | 'not-a-repo'};

// GitHub's own rules: owners are alphanumerics and single hyphens (39 at most), repositories
// alphanumerics, '.', '-' and '_' (100 at most, never '.' or '..').
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

function parse(value: string): URL | null {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
    } catch {
        return null;
    }
}

/** The site a repository URL is on: github.com, or the Enterprise server (its path prefix included). */
function siteOf(url: URL, enterprise: URL | null): {api: string; web: string; rest: string} | null {
    const host = url.hostname.toLowerCase();
    if (host === 'github.com' || host === 'www.github.com') {
        return {api: GITHUB_API, web: 'https://github.com', rest: url.pathname};
    }
    if (enterprise !== null && url.host.toLowerCase() === enterprise.host.toLowerCase()) {
        const prefix = enterprise.pathname.replace(/\/+$/, '');
        if (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)) {
            const base = `${enterprise.protocol}//${enterprise.host}${prefix}`;
            return {api: `${base}/api/v3`, web: base, rest: url.pathname.slice(prefix.length)};
        }
    }
    return null;
}

/** `enterpriseUrl`: the team's GitHub Enterprise Server (policy), or null. */
export function repoTarget(repoUrl: string, enterpriseUrl: string | null = null): TargetResult {
    const url = parse(repoUrl);
    if (url === null) {
        return {ok: false, reason: 'not-a-repo'};
    }
    const site = siteOf(url, enterpriseUrl === null ? null : parse(enterpriseUrl));
    if (site === null) {
        return {ok: false, reason: 'not-github'};
    }
    const [owner = '', rawName = ''] = site.rest.split('/').filter((part) => part !== '');
    const name = rawName.replace(/\.git$/i, '');
    if (!OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') {
        return {ok: false, reason: 'not-a-repo'};
    }
    return {ok: true, target: {api: site.api, owner, name, web: `${site.web}/${owner}/${name}`}};
}
