// Where a plugin's repository can be read: github.com through api.github.com. A URL on another host
// is not checked (the panel and the command say so); a URL that is not a repository's is refused.

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

export function repoTarget(repoUrl: string): TargetResult {
    let url: URL;
    try {
        url = new URL(repoUrl);
    } catch {
        return {ok: false, reason: 'not-a-repo'};
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return {ok: false, reason: 'not-a-repo'};
    }
    const host = url.hostname.toLowerCase();
    if (host !== 'github.com' && host !== 'www.github.com') {
        return {ok: false, reason: 'not-github'};
    }
    const [owner = '', rawName = ''] = url.pathname.split('/').filter((part) => part !== '');
    const name = rawName.replace(/\.git$/i, '');
    if (!OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') {
        return {ok: false, reason: 'not-a-repo'};
    }
    return {ok: true, target: {api: GITHUB_API, owner, name, web: `https://github.com/${owner}/${name}`}};
}
