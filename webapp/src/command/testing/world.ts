// Test helper: a team on the in-memory Mattermost with the process roles filled, and a way to run
// /plugin-onboard as each of its users through the real parser, domain and storage.
import {OnboardEvent, compareEntries, type RoleKey} from '../../domain';
import {reducer} from '../../state/reducer';
import {createTrackerSession, type TrackerSession} from '../../state/tracker_session';
import type {PluginOnboardState} from '../../state/types';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';

import type {CommandContext, CommandOutcome} from '../context';
import {runSlashCommand} from '../run';

export const TEAM = 'teamplugincommunity0000000';
export const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

export const USERNAMES = ['admin', 'alice', 'bob', 'carol-qa', 'dave-pm', 'erin-integrations', 'frank-core', 'grace-core', 'outsider'] as const;
export type Username = typeof USERNAMES[number];

export interface World {
    readonly server: MemoryMattermost;
    readonly ids: Readonly<Record<Username, string>>;
    readonly opened: (string | null)[];
    session(username: Username): TrackerSession;
    context(username: Username, overrides?: Partial<CommandContext>): CommandContext;
    run(username: Username, text: string, overrides?: Partial<CommandContext>): Promise<CommandOutcome | null>;
    /** Runs a command that must succeed and returns its reply. */
    ok(username: Username, text: string): Promise<string>;
    /** Runs a command that must fail and returns its message. */
    error(username: Username, text: string, overrides?: Partial<CommandContext>): Promise<string>;
    setPolicy(roles: Partial<Record<RoleKey, readonly Username[]>>): Promise<void>;
    events(): Promise<OnboardEvent[]>;
}

/** Server time starts a day before NOW and moves a second per request, like posts arriving one by one. */
export function makeWorld(): World {
    let time = NOW - 24 * 3600_000;
    const server = new MemoryMattermost(() => {
        time += 1000;
        return time;
    });
    const ids = {} as Record<Username, string>;
    for (const username of USERNAMES) {
        ids[username] = server.addUser(username, {systemAdmin: username === 'admin'});
    }
    const sessions = new Map<Username, TrackerSession>();
    const opened: (string | null)[] = [];
    const session = (username: Username): TrackerSession => {
        let existing = sessions.get(username);
        if (existing === undefined) {
            let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
            existing = createTrackerSession({
                store: {dispatch: (action) => {
                    slice = reducer(slice, action);
                }},
                storage: createMemoryStorage(server, ids[username]),
                currentUserId: () => ids[username],
                // Retries without waiting, so failure tests stay fast.
                retry: {attempts: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1, random: () => 0.5, sleep: async () => undefined},
                // A deletion a client saw would be reported a few seconds later, racing the test's steps.
                reportDelay: () => new Promise(() => undefined),
            });
            sessions.set(username, existing);
        }
        return existing;
    };
    const context = (username: Username, overrides: Partial<CommandContext> = {}): CommandContext => ({
        teamId: TEAM, channelId: 'townsquare00000000000000000', rootId: '', userId: ids[username],
        isSystemAdmin: username === 'admin', isTeamAdmin: username === 'admin',
        session: session(username),
        openRhs: (pluginId) => {
            opened.push(pluginId);
        },
        registerAutocomplete: async () => ({ok: true}),
        now: () => NOW,
        ...overrides,
    });
    const run = (username: Username, text: string, overrides: Partial<CommandContext> = {}) => runSlashCommand(`/plugin-onboard ${text}`, context(username, overrides));
    const world: World = {
        server, ids, opened, session, context, run,
        async ok(username, text) {
            const outcome = await run(username, text);
            if (outcome?.kind !== 'reply') {
                throw new Error(`expected a reply to ${JSON.stringify(text)}, got ${JSON.stringify(outcome)}`);
            }
            return outcome.markdown;
        },
        async error(username, text, overrides = {}) {
            const outcome = await run(username, text, overrides);
            if (outcome?.kind !== 'error') {
                throw new Error(`expected an error for ${JSON.stringify(text)}, got ${JSON.stringify(outcome)}`);
            }
            return outcome.message;
        },
        async setPolicy(roles) {
            const roster = (role: RoleKey): string[] => (roles[role] ?? []).map((name) => ids[name]);
            const result = await session('admin').submit(TEAM, {
                type: 'policy.set',
                roles: {'core-committer': roster('core-committer'), qa: roster('qa'), pm: roster('pm'), integrations: roster('integrations')},
                licences: ['Apache-2.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'],
                environments: {
                    'ci-extensions': 'https://ci-extensions.azure.k8s.mattermost.com/',
                    'ci-extensions-release': 'https://ci-extensions-release.azure.k8s.mattermost.com/',
                    community: 'https://community.mattermost.com/',
                },
            });
            if (!result.ok) {
                throw new Error(result.error.message);
            }
        },
        async events() {
            const storage = createMemoryStorage(server, ids.admin);
            const channel = await storage.findTracker(TEAM);
            if (channel === null) {
                return [];
            }
            const loaded = await storage.loadAll(channel.id);
            return [...loaded.entries].sort(compareEntries).map((entry) => OnboardEvent.parse(entry.payload));
        },
    };
    return world;
}

export const STANDARD_ROLES = {
    'core-committer': ['frank-core', 'grace-core'],
    qa: ['carol-qa'],
    pm: ['dave-pm'],
    integrations: ['erin-integrations'],
} as const;

/** An example URL under github's pretend site. */
const exampleUrl = (path: string): string => `https://example.com/github/${path}`;

/** Takes github from registered to its CI request made: the basic review signed and CI for master asked for. */
export async function throughCiRequest(world: World): Promise<void> {
    await world.ok('alice', `evidence github basic-review introduction-post ${exampleUrl('intro')}`);
    await world.ok('alice', 'check github basic-review.introduction');
    await world.ok('alice', 'check github basic-review.review-pr');
    await world.ok('frank-core', 'signoff github basic-review');
    await world.ok('alice', `evidence github ci-master master-build-url ${exampleUrl('master.tar.gz')}`);
    await world.ok('alice', `evidence github ci-master ci-request ${exampleUrl('ci')}`);
    await world.ok('alice', 'check github ci-master.master-build-url');
    await world.ok('alice', 'check github ci-master.ci-request');
}
