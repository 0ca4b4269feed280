// Test helper: a team on the in-memory Mattermost with the process roles filled, and a way to run
// /plugin-onboard as any of its users through the real parser, domain and storage.
import {EMPTY_STATE, OnboardEvent, check, compareEntries, fold, newEventId, withId, type Directory, type EventDraft, type LogEntry, type RoleKey} from '../domain';
import {createMemoryStorage} from '../storage/memory/adapter';
import {MemoryMattermost} from '../storage/memory/server';
import type {EventLogStorage, UserSummary} from '../storage/port';

import type {CommandContext, CommandOutcome, CommandSession, CommandTrackerView, SubmitResult} from './context';
import {runSlashCommand} from './run';

export const TEAM = 'teamplugincommunity0000000';
export const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

export const USERNAMES = ['admin', 'alice', 'bob', 'carol-qa', 'dave-pm', 'erin-integrations', 'frank-core', 'grace-core', 'outsider'] as const;
export type Username = typeof USERNAMES[number];

/**
 * Interim session over the real memory storage, with the contract's semantics (open, setup,
 * preflighted submit, failed events kept pending, retry with the same id). Replaced by the state
 * layer's createTrackerSession once it lands.
 */
class InterimSession implements CommandSession {
    private pendingEvents: {event: OnboardEvent; status: 'sending' | 'failed'}[] = [];

    constructor(private readonly storage: EventLogStorage, private readonly userId: string, private readonly directory: Directory) {}

    readonly users = {
        byUsername: (names: readonly string[]) => this.storage.users.byUsernames(names),
        byIds: (ids: readonly string[]) => this.storage.users.byIds(ids),
    };

    private async entries(teamId: string): Promise<{channelId: string; entries: readonly LogEntry[]} | null> {
        const channel = await this.storage.findTracker(teamId);
        if (channel === null) {
            return null;
        }
        await this.storage.ensureMember(channel.id);
        return {channelId: channel.id, entries: (await this.storage.loadAll(channel.id)).entries};
    }

    async open(teamId: string): Promise<CommandTrackerView> {
        const loaded = await this.entries(teamId);
        if (loaded === null) {
            return {status: 'missing', state: EMPTY_STATE, error: null, pending: this.pendingEvents, users: {}};
        }
        const state = fold(loaded.entries, this.directory);
        const users: Record<string, UserSummary> = {};
        for (const user of await this.storage.users.byIds([...new Set(loaded.entries.map((entry) => entry.userId))])) {
            users[user.id] = user;
        }
        return {status: 'ready', state, error: null, pending: this.pendingEvents, users};
    }

    async setup(teamId: string): Promise<{ok: true; channelId: string; created: boolean}> {
        const found = await this.storage.findTracker(teamId);
        if (found !== null) {
            return {ok: true, channelId: found.id, created: false};
        }
        return {ok: true, channelId: (await this.storage.createTracker(teamId)).id, created: true};
    }

    async submit(teamId: string, draft: EventDraft): Promise<SubmitResult> {
        return this.send(teamId, withId(draft, newEventId()));
    }

    async retry(teamId: string, eventId: string): Promise<SubmitResult> {
        const pending = this.pendingEvents.find((entry) => entry.event.id === eventId);
        if (pending === undefined) {
            return {ok: false, error: {message: 'Nothing to retry.', retryable: false}};
        }
        return this.send(teamId, pending.event);
    }

    private async send(teamId: string, event: OnboardEvent): Promise<SubmitResult> {
        const loaded = await this.entries(teamId);
        const state = loaded === null ? EMPTY_STATE : fold(loaded.entries, this.directory);
        const rejection = check(state, event, {userId: this.userId, isSystemAdmin: this.directory.isSystemAdmin(this.userId)});
        if (rejection !== null) {
            return {ok: false, error: {message: rejection.message, retryable: false}, rejection};
        }
        this.pendingEvents = [...this.pendingEvents.filter((entry) => entry.event.id !== event.id), {event, status: 'sending'}];
        try {
            const channelId = loaded?.channelId ?? (await this.storage.createTracker(teamId)).id;
            const rootId = event.type === 'policy.set' || event.type === 'plugin.registered' ? '' : state.plugins[event.plugin]?.rootPostId ?? '';
            await this.storage.append(channelId, event, {rootId, message: event.type});
            this.pendingEvents = this.pendingEvents.filter((entry) => entry.event.id !== event.id);
            return {ok: true, event};
        } catch (error) {
            this.pendingEvents = this.pendingEvents.map((entry) => (entry.event.id === event.id ? {event, status: 'failed'} : entry));
            return {ok: false, error: {message: error instanceof Error ? error.message : 'failed', retryable: true}};
        }
    }
}

export interface World {
    readonly server: MemoryMattermost;
    readonly ids: Readonly<Record<Username, string>>;
    readonly opened: (string | null)[];
    session(username: Username): CommandSession;
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
    const directory: Directory = {isSystemAdmin: (userId) => userId === ids.admin};
    const sessions = new Map<Username, CommandSession>();
    const opened: (string | null)[] = [];
    const session = (username: Username): CommandSession => {
        let existing = sessions.get(username);
        if (existing === undefined) {
            existing = new InterimSession(createMemoryStorage(server, ids[username]), ids[username], directory);
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
