// A small log builder for tests: named users, one post per call, server-like ids and times.
import type {EventDraft} from '../events';
import {fold} from '../fold';
import type {Directory, LogEntry} from '../log';
import type {ItemKey, StageKey} from '../process_types';
import type {HistoryEntry, TrackerState} from '../tracker_state';
import {historyOf} from '../history';

import {LogWriter} from './log_writer';

function uid(name: string): string {
    return name.replace(/[^a-z0-9]/g, '').padEnd(26, '0').slice(0, 26);
}

export const U = {
    admin: uid('admin'),
    author: uid('author'),
    coowner: uid('coowner'),
    cc1: uid('ccone'),
    cc2: uid('cctwo'),
    cc3: uid('ccthree'),
    qa1: uid('qaone'),
    qa2: uid('qatwo'),
    pm1: uid('pmone'),
    integ1: uid('integone'),
    outsider: uid('outsider'),
} as const;

export const POLICY: Extract<EventDraft, {type: 'policy.set'}> = {
    type: 'policy.set',
    roles: {'core-committer': [U.cc1, U.cc2, U.cc3], qa: [U.qa1, U.qa2], pm: [U.pm1], integrations: [U.integ1]},
    licences: ['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'],
    environments: {'ci-extensions': 'https://ci.example.com/', 'ci-extensions-release': 'https://cir.example.com/', community: 'https://community.example.com/'},
};

export class Scenario {
    readonly admins = new Set<string>([U.admin]);
    readonly directory: Directory = {isSystemAdmin: (id) => this.admins.has(id)};
    private log = new LogWriter((id) => this.admins.has(id));
    private time = 1_000_000;
    private counter = 0;
    private posts = 0;

    get writer(): LogWriter {
        return this.log;
    }

    /** Every post so far, in server order (the writer's: each sealed, in its plugin's thread). */
    get entries(): LogEntry[] {
        return this.log.entries;
    }

    /**
     * The server's log changes under the clients (a deletion, a rewrite): later posts are written by
     * clients that read the changed log.
     */
    rewrite(change: (entries: LogEntry[]) => LogEntry[]): this {
        const version = this.log.version;
        this.log = LogWriter.from(change([...this.log.entries]), (id) => this.admins.has(id));
        this.log.version = version;
        return this;
    }

    /** Appends one post holding `draft` as an honest client writes it, returning its entry. */
    post(userId: string, draft: EventDraft, options: {editAt?: number; id?: string; rootId?: string} = {}): LogEntry {
        this.counter++;
        return this.raw(userId, this.writer.event(draft, options.id ?? `evt${String(this.counter).padStart(8, '0')}`), options.editAt ?? 0, options.rootId);
    }

    /** Appends one post holding any payload (sealed as it is unless a message is given), returning its entry. */
    raw(userId: string, payload: unknown, editAt = 0, rootId?: string, message?: string): LogEntry {
        this.time += 1000;
        // Post ids count every post ever written, so one written after a deletion never reuses an id.
        const postId = `post${String(this.posts++).padStart(22, '0')}`;
        return this.writer.append({postId, userId, createAt: this.time, editAt, ...(rootId === undefined ? {} : {rootId})}, payload, message);
    }

    /** Later posts are written by a client of this event version (an older client, say). */
    writtenAs(version: number): this {
        this.log.version = version;
        return this;
    }

    state(): TrackerState {
        return fold(this.entries, this.directory);
    }

    last(): HistoryEntry {
        const entry = historyOf(this.state()).at(-1);
        if (!entry) {
            throw new Error('empty log');
        }
        return entry;
    }

    // --- the happy path, step by step ---
    policy(): this {
        this.post(U.admin, POLICY);
        return this;
    }

    register(plugin = 'github', flags: {owners?: string[]; thirdPartyService?: boolean; mattermostOwned?: boolean; by?: string; name?: string} = {}): this {
        this.post(flags.by ?? U.author, {
            type: 'plugin.registered', plugin, name: flags.name ?? (plugin === 'github' ? 'GitHub' : plugin.charAt(0).toUpperCase() + plugin.slice(1)), repoUrl: 'https://github.com/mattermost/mattermost-plugin-github',
            owners: flags.owners ?? [U.author], thirdPartyService: flags.thirdPartyService ?? true, mattermostOwned: flags.mattermostOwned ?? true,
        });
        return this;
    }

    evidence(item: ItemKey, field: string, value: string, by: string = U.author, plugin = 'github'): this {
        this.post(by, {type: 'evidence.set', plugin, item, field, value});
        return this;
    }

    check(item: ItemKey, substep: string, by: string = U.author, plugin = 'github'): this {
        this.post(by, {type: 'substep.checked', plugin, item, substep});
        return this;
    }

    signOff(item: ItemKey, by: string, slot: 'signoff' | 'reviewer' | 'security' = 'signoff', extra: {substituteReason?: string} = {}, plugin = 'github'): this {
        this.post(by, {type: 'signoff.given', plugin, item, slot, ...extra});
        return this;
    }

    deploy(stage: StageKey, by: string = U.integ1, plugin = 'github'): this {
        this.post(by, {type: 'stage.deployed', plugin, stage});
        return this;
    }

    release(version: string, by: string = U.author, plugin = 'github'): this {
        this.post(by, {type: 'release.set', plugin, version, url: `https://github.com/mattermost/mattermost-plugin-github/releases/${version}`});
        return this;
    }

    basicReviewReady(plugin = 'github'): this {
        return this.evidence('basic-review', 'introduction-post', 'https://community.mattermost.com/core/pl/intro', U.author, plugin)
            .check('basic-review', 'introduction', U.author, plugin)
            .check('basic-review', 'review-pr', U.author, plugin);
    }

    ciMasterReady(plugin = 'github'): this {
        return this.evidence('ci-master', 'master-build-url', 'https://example.com/master.tar.gz', U.author, plugin)
            .evidence('ci-master', 'ci-request', 'https://community.mattermost.com/core/pl/ci', U.author, plugin)
            .check('ci-master', 'master-build-url', U.author, plugin)
            .check('ci-master', 'ci-request', U.author, plugin);
    }

    stage1Done(plugin = 'github'): this {
        return this.basicReviewReady(plugin).signOff('basic-review', U.cc1, 'signoff', {}, plugin)
            .ciMasterReady(plugin).signOff('ci-master', U.integ1, 'signoff', {}, plugin)
            .evidence('licence', 'spdx', 'Apache-2.0', U.author, plugin).signOff('licence', U.integ1, 'signoff', {}, plugin);
    }

    qaPassReady(plugin = 'github'): this {
        return this.check('qa-pass', 'setup-docs', U.qa1, plugin)
            .check('qa-pass', 'test-account', U.author, plugin)
            .check('qa-pass', 'functional-testing', U.qa1, plugin)
            .check('qa-pass', 'release-testing', U.qa1, plugin)
            .evidence('qa-pass', 'qa-notes', 'All flows work.', U.qa1, plugin);
    }

    pmReady(plugin = 'github'): this {
        return this.evidence('pm-ux-review', 'summary', 'Connects GitHub.', U.author, plugin)
            .evidence('pm-ux-review', 'use-cases', '- notifications', U.author, plugin)
            .evidence('pm-ux-review', 'docs', 'https://example.com/docs', U.author, plugin)
            .check('pm-ux-review', 'summary', U.author, plugin)
            .check('pm-ux-review', 'use-cases', U.author, plugin)
            .check('pm-ux-review', 'documentation', U.author, plugin)
            .check('pm-ux-review', 'run-through', U.pm1, plugin)
            .check('pm-ux-review', 'communication', U.pm1, plugin)
            .pmFindings(plugin);
    }

    /** The PM's walk-through notes and communication decision: a version 4 sign-off needs them, to an older client they are no fields. */
    pmFindings(plugin = 'github'): this {
        if (this.log.version < 4) {
            return this;
        }
        return this.evidence('pm-ux-review', 'walkthrough-notes', 'Both use cases run through.', U.pm1, plugin)
            .evidence('pm-ux-review', 'comms-decision', 'No announcement needed.', U.pm1, plugin);
    }

    stage2Done(plugin = 'github'): this {
        return this.signOff('complete-review', U.cc1, 'reviewer', {}, plugin).signOff('complete-review', U.cc2, 'security', {}, plugin)
            .release('v1.0.0', U.author, plugin).check('release', 'ci-request', U.author, plugin).signOff('release', U.integ1, 'signoff', {}, plugin)
            .qaPassReady(plugin).signOff('qa-pass', U.qa1, 'signoff', {}, plugin)
            .pmReady(plugin).signOff('pm-ux-review', U.pm1, 'signoff', {}, plugin);
    }

    throughCommunity(plugin = 'github'): this {
        return this.stage1Done(plugin).deploy('ci-extensions', U.integ1, plugin).stage2Done(plugin).deploy('ci-extensions-release', U.integ1, plugin)
            .evidence('release-qa', 'qa-notes', 'v1.0.0 verified.', U.qa1, plugin).signOff('release-qa', U.qa1, 'signoff', {}, plugin)
            .deploy('community', U.integ1, plugin);
    }
}
