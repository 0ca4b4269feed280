// What the facts read from GitHub say about the tracked plugin: four checks, each passing, failing,
// or left to a person (GitHub cannot tell). Pure: the panel and the command word the same results.
import type {MessageDescriptor} from 'react-intl';

import {githubMessages as m} from '../i18n/messages_github';

import type {ManifestFacts, RepoFacts} from './read_repo';

export type CheckKey = 'licence' | 'release' | 'manifest' | 'ci';
export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface Line {
    readonly message: MessageDescriptor;
    readonly values?: Readonly<Record<string, string | number>>;
}

export interface CheckResult {
    readonly key: CheckKey;
    readonly title: MessageDescriptor;
    readonly status: CheckStatus;
    readonly lines: readonly Line[];
    /** Where a person can see what was read. */
    readonly link: string | null;
}

/** What the tracker knows that the checks compare with. */
export interface Tracked {
    readonly pluginId: string;
    /** The release set in the tracker (e.g. "v1.0.0"); null when none is. */
    readonly release: string | null;
    /** The team's licence allow-list (SPDX ids). */
    readonly allowList: readonly string[];
    /** The licence the tracker records as evidence; null when none is. */
    readonly recordedLicence: string | null;
}

/** "v1.2.0" and "1.2.0" name the same release. */
export function sameVersion(a: string, b: string): boolean {
    return a.replace(/^v/i, '') === b.replace(/^v/i, '');
}

function sameSpdx(a: string, b: string): boolean {
    return a.toLowerCase() === b.toLowerCase();
}

/** The SPDX id GitHub detects when it is one the licence check can pass; null otherwise. */
export function detectedLicence(facts: RepoFacts): string | null {
    return facts.licence !== null && facts.licence !== 'NOASSERTION' ? facts.licence : null;
}

function licence(facts: RepoFacts, tracked: Tracked): CheckResult {
    const base = {key: 'licence', title: m.licenceTitle, link: facts.url} as const;
    const spdx = detectedLicence(facts);
    if (spdx === null) {
        return {...base, status: 'unknown', lines: [{message: facts.licence === null ? m.licenceNone : m.licenceUnnamed}]};
    }
    const differs: Line[] = tracked.recordedLicence !== null && !sameSpdx(tracked.recordedLicence, spdx) ? [{message: m.licenceDiffers, values: {recorded: tracked.recordedLicence}}] : [];
    if (tracked.allowList.some((allowed) => sameSpdx(allowed, spdx))) {
        return {...base, status: 'pass', lines: [{message: m.licenceAllowed, values: {spdx}}, ...differs]};
    }
    return {...base, status: 'fail', lines: [{message: m.licenceNotAllowed, values: {spdx, allowed: tracked.allowList.join(', ')}}, ...differs]};
}

function release(facts: RepoFacts, tracked: Tracked): CheckResult {
    const base = {key: 'release', title: m.releaseTitle} as const;
    const newest = facts.releases[0];
    if (tracked.release === null) {
        return {...base, status: 'unknown', link: newest?.url ?? null, lines: [{message: m.releaseUnset}, ...(newest ? [{message: m.releaseNewest, values: {tag: newest.tag}}] : [])]};
    }
    const wanted = tracked.release;
    const found = facts.releases.find((r) => sameVersion(r.tag, wanted));
    if (!found) {
        return {...base, status: 'fail', link: `${facts.url}/releases`, lines: [{message: m.releaseMissing, values: {version: wanted}}]};
    }
    const bundle = found.assets.find((name) => name.toLowerCase().endsWith('.tar.gz'));
    const pre: Line[] = found.prerelease ? [{message: m.releasePre}] : [];
    if (bundle === undefined) {
        return {...base, status: 'fail', link: found.url, lines: [{message: m.releaseNoBundle, values: {tag: found.tag}}, ...pre]};
    }
    return {...base, status: 'pass', link: found.url, lines: [{message: m.releaseOk, values: {tag: found.tag, asset: bundle}}, ...pre]};
}

function manifest(facts: RepoFacts, tracked: Tracked): CheckResult {
    const base = {key: 'manifest', title: m.manifestTitle} as const;
    const found: ManifestFacts = facts.manifest;
    const branch = facts.defaultBranch;
    if (found.status === 'missing') {
        return {...base, status: 'fail', link: facts.url, lines: [{message: m.manifestMissing, values: {branch}}]};
    }
    if (found.status === 'invalid') {
        return {...base, status: 'fail', link: found.url, lines: [{message: m.manifestInvalid, values: {branch}}]};
    }
    const f = found.fields;
    const problems: Line[] = [];
    if (f.id === null || f.id.toLowerCase() !== tracked.pluginId.toLowerCase()) {
        problems.push(f.id === null ? {message: m.manifestNoField, values: {field: 'id'}} : {message: m.manifestId, values: {found: f.id, expected: tracked.pluginId}});
    }
    if (f.version === null) {
        problems.push({message: m.manifestNoField, values: {field: 'version'}});
    } else if (tracked.release !== null && !sameVersion(f.version, tracked.release)) {
        problems.push({message: m.manifestVersion, values: {found: f.version, expected: tracked.release}});
    }
    for (const field of ['min_server_version', 'homepage_url', 'support_url'] as const) {
        if (f[field] === null) {
            problems.push({message: m.manifestNoField, values: {field}});
        }
    }
    if (problems.length > 0) {
        return {...base, status: 'fail', link: found.url, lines: problems};
    }
    return {...base, status: 'pass', link: found.url, lines: [{message: m.manifestOk, values: {branch, id: f.id ?? '', version: f.version ?? '', min: f.min_server_version ?? ''}}]};
}

function ci(facts: RepoFacts): CheckResult {
    const base = {key: 'ci', title: m.ciTitle, link: `${facts.url}/actions`} as const;
    if (facts.workflows.length === 0) {
        return {...base, status: 'unknown', lines: [{message: m.ciNone}]};
    }
    return {...base, status: 'pass', lines: [{message: m.ciFound, values: {count: facts.workflows.length, files: facts.workflows.join(', ')}}]};
}

export function evaluate(facts: RepoFacts, tracked: Tracked): readonly CheckResult[] {
    return [licence(facts, tracked), release(facts, tracked), manifest(facts, tracked), ci(facts)];
}
