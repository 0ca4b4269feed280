// A local imitation of GitHub's REST API, for the repository checks (webapp/src/github). It answers the
// four reads the plugin makes with GitHub's shapes and headers, unauthenticated: CORS open to every
// origin, rate-limit headers on every answer, 403 with GitHub's message once the hour's 60 requests are
// spent, 404 for missing and private repositories and files. Served at the root, as api.github.com is,
// and under /api/v3, as a GitHub Enterprise Server is.
import {createServer, type ServerResponse} from 'node:http';

import {licenceName, type LocalRepo} from './repos';

export interface LocalGitHubOptions {
    port?: number;
    host?: string;
    repos?: readonly LocalRepo[];
    /** Requests per hour for one address (GitHub: 60 unauthenticated). */
    limit?: number;
    now?: () => number;
}

export interface LocalGitHub {
    /** The API base: https://api.github.com's stand-in. `${url}/api/v3` is the same API as Enterprise serves it. */
    readonly url: string;
    addRepo(repo: LocalRepo): void;
    /** Spends the rest of this hour's requests, as a busy address would have. */
    exhaust(): void;
    /** Starts a new hour: every request of it left. */
    refill(): void;
    /** Every request path answered, oldest first (tests count reads). */
    readonly requests: string[];
    close(): Promise<void>;
}

const HOUR_MS = 60 * 60 * 1000;

// What api.github.com exposes to browsers (Access-Control-Expose-Headers), so scripts can read the limits.
const EXPOSED = 'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset';

const DOCS = 'https://docs.github.com/rest';

export async function startLocalGitHub(opts: LocalGitHubOptions = {}): Promise<LocalGitHub> {
    const repos = new Map<string, LocalRepo>();
    const key = (owner: string, name: string) => `${owner}/${name}`.toLowerCase();
    for (const repo of opts.repos ?? []) {
        repos.set(key(repo.owner, repo.name), repo);
    }
    const now = opts.now ?? Date.now;
    const limit = opts.limit ?? 60;
    let window = {start: now(), used: 0};
    const requests: string[] = [];

    const server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Expose-Headers', EXPOSED);
        if (req.method === 'OPTIONS') {
            // A preflight: GitHub allows the headers its clients send.
            res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, X-GitHub-Api-Version');
            res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE');
            res.writeHead(204).end();
            return;
        }
        requests.push(path + url.search);
        if (now() - window.start >= HOUR_MS) {
            window = {start: now(), used: 0};
        }
        const reset = Math.ceil((window.start + HOUR_MS) / 1000);
        const limited = window.used >= limit;
        if (!limited) {
            window.used++;
        }
        res.setHeader('X-RateLimit-Limit', String(limit));
        res.setHeader('X-RateLimit-Remaining', String(limit - window.used));
        res.setHeader('X-RateLimit-Reset', String(reset));
        res.setHeader('X-RateLimit-Used', String(window.used));
        res.setHeader('X-RateLimit-Resource', 'core');
        if (limited) {
            json(res, 403, {
                message: `API rate limit exceeded for ${req.socket.remoteAddress ?? 'you'}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`,
                documentation_url: `${DOCS}/overview/resources-in-the-rest-api#rate-limiting`,
            });
            return;
        }
        if (req.method !== 'GET') {
            json(res, 404, notFound('repos'));
            return;
        }
        answer(res, path, url.searchParams, repos, key);
    });

    await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    return {
        url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
        addRepo: (repo) => void repos.set(key(repo.owner, repo.name), repo),
        exhaust: () => {
            window.used = limit;
        },
        refill: () => {
            window = {start: now(), used: 0};
        },
        requests,
        close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
    };
}

function json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8'});
    res.end(JSON.stringify(body));
}

function notFound(section: string): {message: string; documentation_url: string; status: string} {
    return {message: 'Not Found', documentation_url: `${DOCS}/${section}`, status: '404'};
}

function answer(res: ServerResponse, path: string, query: URLSearchParams, repos: Map<string, LocalRepo>, key: (o: string, n: string) => string): void {
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    const repo = match ? repos.get(key(decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? ''))) : undefined;
    // Unauthenticated, a private repository does not exist.
    if (!match || !repo || repo.private === true) {
        json(res, 404, notFound('repos/repos#get-a-repository'));
        return;
    }
    const rest = match[3] ?? '';
    const base = `https://github.com/${repo.owner}/${repo.name}`;
    const branch = repo.defaultBranch ?? 'master';
    if (rest === '') {
        json(res, 200, {
            name: repo.name, full_name: `${repo.owner}/${repo.name}`, private: false, html_url: base,
            owner: {login: repo.owner}, default_branch: branch, archived: false,
            license: repo.licence === null ? null : {key: repo.licence.toLowerCase(), name: licenceName(repo.licence), spdx_id: repo.licence, url: null},
        });
        return;
    }
    if (rest === '/releases') {
        const perPage = Math.min(100, Number(query.get('per_page') ?? '30') || 30);
        // Draft releases are listed only to people with push access: never to an unauthenticated reader.
        const published = repo.releases.filter((release) => release.draft !== true);
        json(res, 200, published.slice(0, perPage).map((release, i) => ({
            id: i + 1, tag_name: release.tag, name: release.tag, draft: false, prerelease: release.prerelease === true,
            html_url: `${base}/releases/tag/${release.tag}`,
            assets: release.assets.map((name, j) => ({id: j + 1, name, size: 1024, content_type: name.endsWith('.tar.gz') ? 'application/gzip' : 'application/octet-stream', browser_download_url: `${base}/releases/download/${release.tag}/${name}`})),
        })));
        return;
    }
    if (rest === '/contents/plugin.json') {
        const ref = query.get('ref') ?? branch;
        if (repo.pluginJson === null || ref !== branch) {
            json(res, 404, notFound('repos/contents#get-repository-content'));
            return;
        }
        json(res, 200, {
            type: 'file', encoding: 'base64', name: 'plugin.json', path: 'plugin.json', size: Buffer.byteLength(repo.pluginJson),
            // GitHub wraps base64 content at 60 characters.
            content: (Buffer.from(repo.pluginJson, 'utf8').toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
            html_url: `${base}/blob/${branch}/plugin.json`,
        });
        return;
    }
    if (rest === '/actions/workflows') {
        json(res, 200, {
            total_count: repo.workflows.length,
            workflows: repo.workflows.map((file, i) => ({id: i + 1, name: file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), path: file, state: 'active', html_url: `${base}/blob/${branch}/${file}`})),
        });
        return;
    }
    json(res, 404, notFound('repos'));
}
