// The repository checks as the panel and the command run them: find where the repository can be read,
// read it once per page (a second look at the same repository costs no request), and evaluate. A
// spent rate limit is remembered until GitHub's reset time, so nobody spends requests that would fail.
import {githubMessages as m} from '../i18n/messages_github';

import {evaluate, type CheckResult, type Line, type Tracked} from './checks';
import {readRepo, type Fetch, type ReadFailure, type RepoFacts} from './read_repo';
import {repoTarget, type RepoTarget} from './repo_target';

export interface CheckInput extends Tracked {
    readonly repoUrl: string;
    /** The team's GitHub Enterprise Server (policy), read besides github.com; null: none. */
    readonly enterpriseUrl: string | null;
}

/** `at`: a time the line names (the caller formats it as `{time}`). */
export type FailureLine = Line & {readonly at?: number};

export type RepoCheck =
    | {readonly ok: true; readonly target: RepoTarget; readonly facts: RepoFacts; readonly results: readonly CheckResult[]}
    | {readonly ok: false; readonly line: FailureLine};

export interface CheckerDeps {
    readonly fetch: Fetch;
    readonly now: () => number;
}

export interface RepoChecker {
    /** `refresh`: read GitHub again even if this page has read the repository already. */
    check(input: CheckInput, refresh?: boolean): Promise<RepoCheck>;
}

function failureLine(failure: ReadFailure, target: RepoTarget): FailureLine {
    switch (failure.kind) {
    case 'missing':
        return {message: m.missing, values: {repo: `${target.owner}/${target.name}`}};
    case 'rate-limited':
        return failure.resetAt === null ? {message: m.rateLimitedSoon} : {message: m.rateLimited, at: failure.resetAt};
    case 'network':
        return {message: m.network, values: {detail: failure.detail}};
    case 'unexpected':
        return {message: m.unexpected, values: {status: failure.status, detail: failure.detail}};
    }
}

export function createRepoChecker(deps: CheckerDeps): RepoChecker {
    const read = new Map<string, Promise<RepoFacts | ReadFailure>>();
    let blockedUntil: number | null = null;

    const keyOf = (target: RepoTarget) => `${target.api}/${target.owner}/${target.name}`.toLowerCase();

    const facts = (target: RepoTarget): Promise<RepoFacts | ReadFailure> => {
        const key = keyOf(target);
        const reading = readRepo(target, deps.fetch, deps.now).then((result) => {
            if (!result.ok) {
                // Only what GitHub said is kept for the page; a failure is tried again next time.
                read.delete(key);
                if (result.failure.kind === 'rate-limited') {
                    blockedUntil = result.failure.resetAt ?? deps.now() + 60 * 60 * 1000;
                }
                return result.failure;
            }
            return result.facts;
        });
        read.set(key, reading);
        return reading;
    };

    return {
        async check(input, refresh = false) {
            const found = repoTarget(input.repoUrl, input.enterpriseUrl);
            if (!found.ok) {
                if (found.reason === 'not-github' && input.enterpriseUrl !== null) {
                    return {ok: false, line: {message: m.notGithubOrEnterprise, values: {url: input.repoUrl, enterprise: input.enterpriseUrl}}};
                }
                return {ok: false, line: {message: found.reason === 'not-github' ? m.notGithub : m.notARepo, values: {url: input.repoUrl}}};
            }
            const target = found.target;
            // What this page read already costs nothing, even while the limit is spent.
            const known = refresh ? undefined : read.get(keyOf(target));
            if (known === undefined && blockedUntil !== null && deps.now() < blockedUntil) {
                return {ok: false, line: {message: m.rateLimited, at: blockedUntil}};
            }
            const got = await (known ?? facts(target));
            if ('kind' in got) {
                return {ok: false, line: failureLine(got, target)};
            }
            return {ok: true, target, facts: got, results: evaluate(got, input)};
        },
    };
}

let page: RepoChecker | null = null;

/** This page's checker over the browser's fetch: the panel and the command share what it read. */
export function pageChecker(): RepoChecker {
    page ??= createRepoChecker({fetch: (url, init) => fetch(url, init), now: () => Date.now()});
    return page;
}
