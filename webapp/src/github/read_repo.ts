// Reads what the checks need from GitHub's public REST API, from the user's browser, unauthenticated:
// the repository (licence, default branch), its published releases, plugin.json on the default
// branch, and its Actions workflows. Four requests; every answer is parsed here, at the boundary.
// GitHub answers cross-origin reads (Access-Control-Allow-Origin: *), and Mattermost's
// Content-Security-Policy restricts frame-ancestors and script-src only (server/channels/web/
// handlers.go, ServeHTTP), so the webapp lets a plugin make them; a proxy that blocks
// api.github.com shows as a network failure.
import {z} from 'zod/mini';

import type {RepoTarget} from './repo_target';

const Repo = z.object({
    html_url: z.string(),
    default_branch: z.string(),
    license: z.nullable(z.object({spdx_id: z.nullable(z.string())})),
});

const Releases = z.array(z.object({
    tag_name: z.string(),
    draft: z.boolean(),
    prerelease: z.boolean(),
    html_url: z.string(),
    assets: z.array(z.object({name: z.string(), browser_download_url: z.string()})),
}));

const FileContent = z.object({type: z.literal('file'), encoding: z.string(), content: z.string(), html_url: z.string()});

const Workflows = z.object({total_count: z.number(), workflows: z.array(z.object({path: z.string()}))});

/** The fields of plugin.json the checks read; any of them may be missing or of the wrong type. */
const Manifest = z.object({
    id: z.optional(z.unknown()),
    version: z.optional(z.unknown()),
    min_server_version: z.optional(z.unknown()),
    homepage_url: z.optional(z.unknown()),
    support_url: z.optional(z.unknown()),
});

export interface ReleaseFacts {
    readonly tag: string;
    readonly prerelease: boolean;
    readonly url: string;
    readonly assets: readonly string[];
}

export type ManifestFacts =
    | {readonly status: 'missing'}
    | {readonly status: 'invalid'; readonly url: string}
    | {readonly status: 'found'; readonly url: string; readonly fields: Readonly<Record<'id' | 'version' | 'min_server_version' | 'homepage_url' | 'support_url', string | null>>};

/** What GitHub said about a repository, and when it was read. */
export interface RepoFacts {
    readonly readAt: number;
    readonly url: string;
    readonly defaultBranch: string;
    /** The SPDX id GitHub's licence detection reports ('NOASSERTION' for an unnamed licence); null: none found. */
    readonly licence: string | null;
    /** Published releases, newest first (GitHub lists drafts only to maintainers). */
    readonly releases: readonly ReleaseFacts[];
    readonly manifest: ManifestFacts;
    readonly workflows: readonly string[];
    /** Requests left this hour for this address, from the last answer's headers. */
    readonly remaining: number | null;
}

export type ReadFailure =
    | {readonly kind: 'missing'}
    | {readonly kind: 'rate-limited'; readonly resetAt: number | null}
    | {readonly kind: 'network'; readonly detail: string}
    | {readonly kind: 'unexpected'; readonly status: number; readonly detail: string};

export type ReadResult = {readonly ok: true; readonly facts: RepoFacts} | {readonly ok: false; readonly failure: ReadFailure};

export type Fetch = (url: string, init: {headers: Record<string, string>}) => Promise<Response>;

class Failed extends Error {
    constructor(readonly failure: ReadFailure) {
        super(failure.kind);
    }
}

interface Answer<T> {
    readonly body: T | null;
    readonly remaining: number | null;
}

function headerNumber(response: Response, name: string): number | null {
    const value = Number(response.headers.get(name) ?? Number.NaN);
    return Number.isFinite(value) ? value : null;
}

/** GET one path; 404 is `body: null` where the caller allows it. */
async function get<T>(fetchFn: Fetch, url: string, schema: z.ZodMiniType<T>, notFound: 'missing' | 'allowed'): Promise<Answer<T>> {
    let response: Response;
    try {
        response = await fetchFn(url, {headers: {Accept: 'application/vnd.github+json'}});
    } catch (error) {
        throw new Failed({kind: 'network', detail: error instanceof Error ? error.message : String(error)});
    }
    const remaining = headerNumber(response, 'x-ratelimit-remaining');
    if ((response.status === 403 || response.status === 429) && remaining === 0) {
        const reset = headerNumber(response, 'x-ratelimit-reset');
        throw new Failed({kind: 'rate-limited', resetAt: reset === null ? null : reset * 1000});
    }
    if (response.status === 404) {
        if (notFound === 'missing') {
            throw new Failed({kind: 'missing'});
        }
        return {body: null, remaining};
    }
    if (!response.ok) {
        throw new Failed({kind: 'unexpected', status: response.status, detail: await messageOf(response)});
    }
    let json: unknown;
    try {
        json = await response.json();
    } catch {
        throw new Failed({kind: 'unexpected', status: response.status, detail: 'the answer was not JSON'});
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        throw new Failed({kind: 'unexpected', status: response.status, detail: 'the answer did not have the expected shape'});
    }
    return {body: parsed.data, remaining};
}

async function messageOf(response: Response): Promise<string> {
    try {
        const body: unknown = await response.json();
        const message = z.object({message: z.string()}).safeParse(body);
        return message.success ? message.data.message.slice(0, 200) : `HTTP ${response.status}`;
    } catch {
        return `HTTP ${response.status}`;
    }
}

function decodeBase64(content: string): string | null {
    try {
        const binary = atob(content.replace(/\s/g, ''));
        return new TextDecoder('utf-8', {fatal: true}).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    } catch {
        return null;
    }
}

function readManifest(file: z.infer<typeof FileContent> | null): ManifestFacts {
    if (file === null) {
        return {status: 'missing'};
    }
    const text = file.encoding === 'base64' ? decodeBase64(file.content) : null;
    let json: unknown;
    try {
        json = text === null ? null : JSON.parse(text);
    } catch {
        json = null;
    }
    const parsed = Manifest.safeParse(json);
    if (!parsed.success) {
        return {status: 'invalid', url: file.html_url};
    }
    const text1 = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
    const m = parsed.data;
    return {status: 'found', url: file.html_url, fields: {
        id: text1(m.id), version: text1(m.version), min_server_version: text1(m.min_server_version),
        homepage_url: text1(m.homepage_url), support_url: text1(m.support_url),
    }};
}

export async function readRepo(target: RepoTarget, fetchFn: Fetch, now: () => number = Date.now): Promise<ReadResult> {
    const base = `${target.api}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.name)}`;
    try {
        const repo = await get(fetchFn, base, Repo, 'missing');
        const branch = repo.body?.default_branch ?? 'main';
        const [releases, manifest, workflows] = await Promise.all([
            get(fetchFn, `${base}/releases?per_page=100`, Releases, 'allowed'),
            get(fetchFn, `${base}/contents/plugin.json?ref=${encodeURIComponent(branch)}`, FileContent, 'allowed'),
            get(fetchFn, `${base}/actions/workflows`, Workflows, 'allowed'),
        ]);
        const remaining = [repo, releases, manifest, workflows].map((a) => a.remaining).filter((n): n is number => n !== null);
        return {ok: true, facts: {
            readAt: now(),
            url: repo.body?.html_url ?? target.web,
            defaultBranch: branch,
            licence: repo.body?.license?.spdx_id ?? null,
            releases: (releases.body ?? []).filter((r) => !r.draft).map((r) => ({tag: r.tag_name, prerelease: r.prerelease, url: r.html_url, assets: r.assets.map((a) => a.name)})),
            manifest: readManifest(manifest.body),
            workflows: (workflows.body?.workflows ?? []).map((w) => w.path),
            remaining: remaining.length > 0 ? Math.min(...remaining) : null,
        }};
    } catch (error) {
        if (error instanceof Failed) {
            return {ok: false, failure: error.failure};
        }
        throw error;
    }
}
