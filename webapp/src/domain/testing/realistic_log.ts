// A deterministic, realistic tracker log for tests and benchmarks: many plugins moving through the
// process at once, some stalling, some getting new releases, some archived, with the noise a real
// channel sees (retries, outsiders, owners signing their own work, premature sign-offs, garbage).
import {EVENT_VERSION, type EventDraft} from '../events';
import type {Directory, LogEntry} from '../log';
import type {ItemKey, StageKey} from '../process_types';

import {LogWriter} from './log_writer';

export interface RealisticLog {
    readonly entries: LogEntry[];
    readonly directory: Directory;
    readonly admin: string;
    readonly roster: Readonly<Record<'core-committer' | 'qa' | 'pm' | 'integrations', readonly string[]>>;
}

interface Step {
    readonly userId: string;
    readonly draft: EventDraft;
}

function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function userId(tag: string, n: number): string {
    return `${tag}${n.toString(36)}`.padEnd(26, '0');
}

const ROSTER = {
    'core-committer': [0, 1, 2, 3, 4, 5].map((n) => userId('cc', n)),
    qa: [0, 1, 2].map((n) => userId('qa', n)),
    pm: [0, 1].map((n) => userId('pm', n)),
    integrations: [0, 1].map((n) => userId('in', n)),
};
const ADMIN = userId('admin', 0);

function pick<T>(random: () => number, list: readonly T[]): T {
    return list[Math.floor(random() * list.length)] as T;
}

function pluginScript(index: number, random: () => number): Step[] {
    const plugin = `plugin-${index}`;
    const author = userId('au', index);
    const basic = pick(random, ROSTER['core-committer']);
    const security = pick(random, ROSTER['core-committer'].filter((id) => id !== basic));
    const integ = pick(random, ROSTER.integrations);
    const qa = pick(random, ROSTER.qa);
    const pm = pick(random, ROSTER.pm);
    const third = random() < 0.5;
    const owned = random() < 0.3;
    const url = (path: string): string => `https://github.com/example/${plugin}/${path}`;
    const by = (userIdValue: string, draft: EventDraft): Step => ({userId: userIdValue, draft});
    const evidence = (who: string, item: ItemKey, field: string, value: string): Step => by(who, {type: 'evidence.set', plugin, item, field, value});
    const substep = (who: string, item: ItemKey, key: string): Step => by(who, {type: 'substep.checked', plugin, item, substep: key});
    const signOff = (who: string, item: ItemKey, slot: 'signoff' | 'reviewer' | 'security' = 'signoff'): Step => by(who, {type: 'signoff.given', plugin, item, slot});
    const deploy = (stage: StageKey): Step => by(integ, {type: 'stage.deployed', plugin, stage});
    const steps: Step[] = [
        by(author, {type: 'plugin.registered', plugin, name: `Plugin ${index}`, repoUrl: url(''), owners: random() < 0.9 ? [author] : [], thirdPartyService: third, mattermostOwned: owned}),
        evidence(author, 'basic-review', 'introduction-post', url('intro')),
        evidence(author, 'basic-review', 'review-pr', url('pull/1')),
        substep(author, 'basic-review', 'introduction'),
        substep(author, 'basic-review', 'review-pr'),
        signOff(basic, 'basic-review'),
        evidence(author, 'ci-master', 'master-build-url', url('master.tar.gz')),
        evidence(author, 'ci-master', 'ci-request', url('ci')),
        substep(author, 'ci-master', 'master-build-url'),
        substep(author, 'ci-master', 'ci-request'),
        signOff(integ, 'ci-master'),
        evidence(author, 'licence', 'spdx', pick(random, ['MIT', 'Apache-2.0', 'BSD-3-Clause'])),
        signOff(integ, 'licence'),
        deploy('ci-extensions'),
        signOff(basic, 'complete-review', 'reviewer'),
        signOff(security, 'complete-review', 'security'),
        by(author, {type: 'release.set', plugin, version: 'v1.0.0', url: url('releases/v1.0.0')}),
        substep(author, 'release', 'ci-request'),
        signOff(integ, 'release'),
        substep(qa, 'qa-pass', 'setup-docs'),
        ...(third ? [substep(author, 'qa-pass', 'test-account')] : []),
        substep(qa, 'qa-pass', 'functional-testing'),
        ...(owned ? [substep(qa, 'qa-pass', 'release-testing')] : []),
        evidence(qa, 'qa-pass', 'qa-notes', 'Installed, configured and ran the main flows.'),
        signOff(qa, 'qa-pass'),
        evidence(author, 'pm-ux-review', 'summary', `Plugin ${index} connects Mattermost to a service.`),
        evidence(author, 'pm-ux-review', 'use-cases', '- notify\n- search'),
        evidence(author, 'pm-ux-review', 'docs', url('README.md')),
        substep(author, 'pm-ux-review', 'summary'),
        substep(author, 'pm-ux-review', 'use-cases'),
        substep(author, 'pm-ux-review', 'documentation'),
        substep(pm, 'pm-ux-review', 'run-through'),
        substep(pm, 'pm-ux-review', 'communication'),
        evidence(pm, 'pm-ux-review', 'walkthrough-notes', 'Ran through both use cases.'),
        evidence(pm, 'pm-ux-review', 'comms-decision', 'No announcement needed.'),
        signOff(pm, 'pm-ux-review'),
        ...(random() < 0.2 ? [
            by(author, {type: 'release.set', plugin, version: 'v1.1.0', url: url('releases/v1.1.0')}),
            signOff(integ, 'release'),
            signOff(qa, 'qa-pass'),
        ] : []),
        deploy('ci-extensions-release'),
        evidence(qa, 'release-qa', 'qa-notes', 'Release verified on ci-extensions-release.'),
        signOff(qa, 'release-qa'),
        deploy('community'),
    ];
    // Some plugins stall part-way; a few are archived where they stopped.
    const length = random() < 0.3 ? 1 + Math.floor(random() * (steps.length - 1)) : steps.length;
    const kept = steps.slice(0, length);
    if (random() < 0.05) {
        kept.push(by(author, {type: 'plugin.archived', plugin, reason: 'No longer maintained.'}));
    }
    return kept;
}

/** Noise a real channel sees; each is rejected by the fold for a different reason. */
function noise(random: () => number, plugin: number, outsider: string): Step | 'duplicate' | 'malformed' {
    const id = `plugin-${plugin}`;
    const roll = random();
    if (roll < 0.3) {
        return 'duplicate';
    }
    if (roll < 0.45) {
        return 'malformed';
    }
    if (roll < 0.65) {
        return {userId: outsider, draft: {type: 'signoff.given', plugin: id, item: 'basic-review', slot: 'signoff'}};
    }
    if (roll < 0.8) {
        return {userId: userId('au', plugin), draft: {type: 'signoff.given', plugin: id, item: 'qa-pass', slot: 'signoff'}};
    }
    if (roll < 0.9) {
        return {userId: pick(random, ROSTER.qa), draft: {type: 'signoff.given', plugin: id, item: 'release-qa', slot: 'signoff'}};
    }
    return {userId: outsider, draft: {type: 'evidence.set', plugin: `unknown-${plugin}`, item: 'licence', field: 'spdx', value: 'MIT'}};
}

/** n entries in server order, the same for the same (n, seed). */
export function makeRealisticLog(n: number, seed = 1): RealisticLog {
    const random = mulberry32(seed);
    const writer = new LogWriter((id) => id === ADMIN);
    const entries = writer.entries;
    let time = 1_700_000_000_000;
    let eventCounter = 0;
    const push = (userIdValue: string, payload: unknown, message?: string): void => {
        time += 1 + Math.floor(random() * 5000);
        writer.append({postId: `p${entries.length.toString(36).padStart(25, '0')}`, userId: userIdValue, createAt: time}, payload, message);
    };
    const emit = (step: Step): void => {
        eventCounter++;
        push(step.userId, writer.event(step.draft, `e${eventCounter.toString(36).padStart(20, '0')}`));
    };
    emit({userId: ADMIN, draft: {
        type: 'policy.set',
        roles: ROSTER,
        licences: ['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'],
        environments: {'ci-extensions': 'https://ci-extensions.example.com/', 'ci-extensions-release': 'https://ci-extensions-release.example.com/', community: 'https://community.example.com/'},
    }});
    const active: {index: number; steps: Step[]; next: number}[] = [];
    let plugins = 0;
    while (entries.length < n) {
        if (active.length === 0 || random() < 0.04) {
            active.push({index: plugins, steps: pluginScript(plugins, random), next: 0});
            plugins++;
        }
        const slot = Math.floor(random() * active.length);
        const cursor = active[slot];
        if (!cursor) {
            continue;
        }
        if (random() < 0.06 && cursor.next > 0) {
            const extra = noise(random, cursor.index, userId('out', cursor.index % 50));
            const last = entries[entries.length - 1];
            if (extra === 'duplicate' && last) {
                // A retry re-sends the same event: the same payload under the same seal.
                push(last.userId, last.payload, last.seal ? undefined : '');
            } else if (extra === 'malformed') {
                push(userId('au', cursor.index), {v: EVENT_VERSION, id: `m${entries.length.toString(36).padStart(20, '0')}`, type: 'signoff.given', plugin: `plugin-${cursor.index}`});
            } else if (extra !== 'duplicate') {
                emit(extra);
            }
            continue;
        }
        const step = cursor.steps[cursor.next];
        if (step) {
            emit(step);
        }
        cursor.next++;
        if (cursor.next >= cursor.steps.length) {
            active.splice(slot, 1);
        }
    }
    entries.length = n;
    return {entries, directory: {isSystemAdmin: (id) => id === ADMIN}, admin: ADMIN, roster: ROSTER};
}
