import {fold} from '../domain/fold';
import {EVENT_PROP} from '../domain/events';
import {createMemoryStorage} from '../storage/testing/memory/adapter';
import {MemoryMattermost} from '../storage/testing/memory/server';
import type {EventLogStorage} from '../storage/port';
import type {RetryPolicy} from '../storage/retry';

import {reducer} from './reducer';
import {selectTracker} from './selectors';
import {evidenceDraft, policyDraft, registrationDraft} from './testing/drafts';
import {settle} from './testing/settle';
import {createTrackerSession, type TrackerSession} from './tracker_session';
import type {PluginOnboardState} from './types';
import {historyOf} from '../domain/history';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';

interface Client {
    userId: string;
    session: TrackerSession;
    storage: EventLogStorage;
    calls: string[];
    sleeps: number[];
    state(): PluginOnboardState;
    connect(): () => void;
    /** The tracker channel, made as a system admin makes it (only theirs is trusted), unless it exists. */
    adminSetsUp(): Promise<void>;
}

/** `clock`: the server's time source; a stopped clock stamps every post in one millisecond. */
function world(clock?: () => number) {
    const server = new MemoryMattermost(clock);
    const ids = {
        alice: server.addUser('alice'),
        bob: server.addUser('bob'),
        admin: server.addUser('admin', {systemAdmin: true}),
    };
    /** Reports of deletions wait until a test releases them: `reportNow` makes them go at once. */
    let reportDelay: () => Promise<void> = () => new Promise(() => undefined);
    const sessions: TrackerSession[] = [];
    const client = (name: keyof typeof ids, isMember?: (channelId: string) => boolean): Client => {
        const userId = ids[name];
        const calls: string[] = [];
        const sleeps: number[] = [];
        const inner = createMemoryStorage(server, userId);
        // Counts requests, to show what reopening costs.
        const storage = new Proxy(inner, {
            get(target, key: keyof EventLogStorage) {
                const value = target[key];
                if (typeof value !== 'function') {
                    return value;
                }
                return (...args: unknown[]) => {
                    calls.push(String(key));
                    return (value as (...a: unknown[]) => unknown)(...args);
                };
            },
        });
        let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
        const retry: RetryPolicy = {
            attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000, random: () => 0.5,
            sleep: async (ms) => {
                sleeps.push(ms);
            },
        };
        const session = createTrackerSession({
            store: {dispatch: (action) => {
                slice = reducer(slice, action);
            }},
            storage, currentUserId: () => userId, retry, ...(isMember ? {isMember} : {}),
            reportDelay: () => reportDelay(),
        });
        sessions.push(session);
        return {
            userId, session, storage, calls, sleeps,
            state: () => slice,
            connect: () => server.subscribe(userId, (message) => session.handleWebSocketEvent(message)),
            adminSetsUp: async () => {
                await createMemoryStorage(server, ids.admin).createTracker(TEAM);
            },
        };
    };
    return {server, ids, client, settle: () => settle(server, sessions), reportNow: () => {
        reportDelay = () => Promise.resolve();
    }};
}

const view = (c: Client) => selectTracker({'plugins-plugin-onboard': c.state()}, TEAM);

/** A system admin has set the tracker up; `c` opens it. */
async function ready(c: Client): Promise<string> {
    await c.adminSetsUp();
    const result = await c.session.setup(TEAM);
    if (!result.ok) {
        throw new Error(result.error.message);
    }
    return result.channelId;
}

describe('tracker session: opening and setup', () => {
    it('reports a missing tracker without creating one; only a system admin\'s setup creates it and loads', async () => {
        const w = world();
        const alice = w.client('alice');
        const opened = await alice.session.open(TEAM);
        expect(opened.status).toBe('missing');
        expect(alice.calls).not.toContain('createTracker');
        const refused = await alice.session.setup(TEAM);
        expect(refused).toMatchObject({ok: false, error: {message: expect.stringContaining('ask a system admin to run /plugin-onboard setup')}});
        expect(alice.calls).not.toContain('createTracker');
        const admin = w.client('admin');
        const made = await admin.session.setup(TEAM);
        expect(made).toMatchObject({ok: true, created: true});
        expect(view(admin)).toMatchObject({status: 'ready', channelId: made.ok ? made.channelId : null});
        const again = await alice.session.setup(TEAM);
        expect(again).toMatchObject({ok: true, created: false});
        expect(view(alice)).toMatchObject({status: 'ready', channelId: made.ok ? made.channelId : null});
    });

    it('reopening a loaded tracker costs one `since` request', async () => {
        const w = world();
        const alice = w.client('alice');
        await ready(alice);
        await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        alice.calls.length = 0;
        const reopened = await alice.session.open(TEAM);
        expect(alice.calls).toEqual(['loadSince']);
        expect(reopened.state.pluginOrder).toEqual(['github']);
    });

    it('skips the membership request when the host already knows the user is a member', async () => {
        const w = world();
        await ready(w.client('alice'));
        const knowing = w.client('bob', () => true);
        await knowing.session.setup(TEAM);
        const cold = w.client('bob', () => true);
        await cold.session.open(TEAM);
        expect(cold.calls).toEqual(['findTracker', 'loadAll']);
        const unsure = w.client('bob');
        await unsure.session.open(TEAM);
        expect(unsure.calls).toEqual(['findTracker', 'ensureMember', 'loadAll']);
    });

    it('a system admin\'s write sets the tracker up; a refused channel creation says so', async () => {
        const w = world();
        const admin = w.client('admin');
        w.server.forbidChannelCreation(admin.userId);
        const result = await admin.session.submit(TEAM, registrationDraft('github', [admin.userId]));
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.error.message).toMatch(/may not create public channels.*system admin/);
        expect(view(admin).status).toBe('missing');
        expect(admin.calls).toContain('createTracker');
        expect(w.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
    });

    it('an ordinary user\'s write when no tracker is found creates nothing and says whom to ask', async () => {
        const w = world();
        const bob = w.client('bob');
        const result = await bob.session.submit(TEAM, registrationDraft('github', [bob.userId]));
        expect(result).toMatchObject({ok: false, error: {message: 'No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run /plugin-onboard setup.'}});
        expect(bob.calls).not.toContain('createTracker');
        expect(bob.calls).not.toContain('append');
        expect(w.server.channelByName(TEAM, 'plugin-onboarding')).toBeNull();
        expect(view(bob)).toMatchObject({status: 'missing', pending: []});
    });
});

describe('tracker session: submitting', () => {
    it('records an event as one post with a readable message, the view shows it, nothing stays pending', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        const result = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(result.ok).toBe(true);
        const posts = w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard');
        expect(posts).toHaveLength(1);
        expect(posts[0]?.message).toContain('@alice');
        expect(posts[0]?.pending_post_id).toBe(`${alice.userId}:${result.ok ? result.event.id : ''}`);
        expect(view(alice).state.plugins['github']?.owners).toEqual([alice.userId]);
        expect(view(alice).pending).toEqual([]);
    });

    it('replies in the plugin thread for later events', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        await alice.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/1'));
        const root = view(alice).state.plugins['github']?.rootPostId;
        const reply = w.server.channelPosts(channelId, alice.userId).find((p) => p.props?.[EVENT_PROP] && (p.root_id ?? '') !== '');
        expect(root).toEqual(expect.any(String));
        expect(reply).toBeDefined();
        expect(reply?.root_id).toBe(root);
    });

    it('refuses what the fold would reject before posting anything, with the reason', async () => {
        const w = world();
        const alice = w.client('alice');
        const bob = w.client('bob');
        const channelId = await ready(alice);
        await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        const events = () => w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard').length;
        const before = events();
        const result = await bob.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/2'));
        expect(result).toMatchObject({ok: false, rejection: {code: 'not-permitted'}});
        expect(events()).toBe(before);
        expect(view(bob).pending).toEqual([]);
    });

    it('catches up with the server before refusing, so a lagging view does not refuse what is now allowed', async () => {
        const w = world();
        const alice = w.client('alice');
        const bob = w.client('bob');
        await ready(alice);
        await bob.session.open(TEAM);
        // Bob's view has no live updates: it has not seen alice register the plugin with him as an owner.
        await alice.session.submit(TEAM, registrationDraft('github', [bob.userId]));
        expect(view(bob).state.plugins['github']).toBeUndefined();
        const result = await bob.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/3'));
        expect(result.ok).toBe(true);
        expect(view(bob).state.plugins['github']?.items['basic-review'].evidence['introduction-post']?.value).toBe('https://community.example.com/pl/3');
    });

    it('catches up on a post stamped in the same millisecond as the newest one it had seen', async () => {
        // `since` is strict: without asking again for the last moment, this post would never arrive.
        const w = world(() => 1_700_000_000_000);
        const alice = w.client('alice');
        const bob = w.client('bob');
        await ready(alice);
        await bob.session.open(TEAM);
        await alice.session.submit(TEAM, registrationDraft('github', [bob.userId]));
        await bob.session.refresh(TEAM);
        expect(view(bob).state.plugins['github']?.owners).toEqual([bob.userId]);
        // Asking again for the last second brings back posts already held: they change nothing.
        const before = view(bob).state;
        await bob.session.refresh(TEAM);
        expect(view(bob).state).toBe(before);
    });

    it('sends one user\'s events one at a time, each in a later server millisecond, so their order holds', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        // Fired together, as quick clicks would: the server must stamp them in this order.
        const values = Array.from({length: 12}, (_, i) => `https://community.example.com/pl/${i}`);
        const results = await Promise.all(values.map((value) => alice.session.submit(TEAM, evidenceDraft('github', value))));
        expect(results.every((r) => r.ok)).toBe(true);
        const posts = w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard').sort((a, b) => a.create_at - b.create_at);
        const stamps = posts.map((p) => p.create_at);
        expect(new Set(stamps).size).toBe(stamps.length);
        expect(view(alice).state.plugins['github']?.items['basic-review'].evidence['introduction-post']?.value).toBe(values.at(-1));
    });

    it('retries 5xx with growing, jittered delays and writes the event once', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        w.server.fail('append', {status: 500}, 2);
        const result = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(result.ok).toBe(true);
        expect(alice.sleeps).toEqual([75, 150]);
        expect(w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard')).toHaveLength(1);
    });

    it('a lost answer after the server saved the post is retried without a second post', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        w.server.fail('append', {status: 0, afterCommit: true}, 1);
        const result = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(result.ok).toBe(true);
        expect(w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard')).toHaveLength(1);
        expect(historyOf(view(alice).state)).toHaveLength(1);
    });

    it('waits as long as a 429 asks', async () => {
        const w = world();
        const alice = w.client('alice');
        await ready(alice);
        w.server.fail('append', {status: 429, retryAfterMs: 3000}, 1);
        expect((await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]))).ok).toBe(true);
        expect(alice.sleeps).toEqual([3000]);
    });

    it('after the retries run out keeps the event as failed; retry sends it once, discard drops it', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        w.server.fail('append', {status: 503}, 4);
        const failed = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(failed).toMatchObject({ok: false, error: {retryable: true}});
        const pending = view(alice).pending;
        expect(pending).toHaveLength(1);
        expect(pending[0]).toMatchObject({status: 'failed', error: {message: expect.stringContaining('kept unsent')}});
        const eventId = pending[0]?.event.id ?? '';
        const retried = await alice.session.retry(TEAM, eventId);
        expect(retried.ok).toBe(true);
        expect(view(alice).pending).toEqual([]);
        expect(w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard')).toHaveLength(1);

        w.server.fail('append', {status: 0}, 4);
        await alice.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/3'));
        const second = view(alice).pending[0]?.event.id ?? '';
        alice.session.discard(TEAM, second);
        expect(view(alice).pending).toEqual([]);
    });

    it('a failed event that did reach the server is recognised on retry and not sent again', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        w.server.fail('append', {status: 0, afterCommit: true}, 4);
        const failed = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(failed.ok).toBe(false);
        alice.calls.length = 0;
        const retried = await alice.session.retry(TEAM, view(alice).pending[0]?.event.id ?? '');
        expect(retried.ok).toBe(true);
        expect(alice.calls).not.toContain('append');
        expect(w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard')).toHaveLength(1);
    });

    it.each([
        [401, 'Your session has expired. Log in again; nothing was recorded.'],
        [413, 'maximum request size'],
        [403, 'create_post'],
    ])('HTTP %i says what happened and keeps the event', async (status, text) => {
        const w = world();
        const alice = w.client('alice');
        await ready(alice);
        w.server.fail('append', {status}, status === 403 ? 2 : 1);
        const result = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(result.ok ? '' : result.error.message).toContain(text);
        expect(view(alice).pending[0]?.status).toBe('failed');
    });

    it('a deleted tracker is reported with how to recreate it', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        w.server.removeChannel(channelId);
        w.server.fail('append', {status: 404}, 1);
        const result = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(result.ok ? '' : result.error.message).toMatch(/no longer exists.*\/plugin-onboard setup/);
        expect(view(alice).status).toBe('missing');
        await alice.session.refresh(TEAM);
        expect(view(alice).status).toBe('missing');
    });
});

describe('tracker session: races', () => {
    it('tells the user whose change lost a race so, not "recorded"', async () => {
        const w = world();
        const alice = w.client('alice');
        const bob = w.client('bob');
        await ready(alice);
        await bob.session.open(TEAM);
        // Neither has seen the other's registration: both pass their checks and both post.
        const [first, second] = await Promise.all([
            alice.session.submit(TEAM, registrationDraft('github', [alice.userId])),
            bob.session.submit(TEAM, registrationDraft('github', [bob.userId])),
        ]);
        const results = [first, second];
        expect(results.filter((result) => result.ok)).toHaveLength(1);
        const lost = results.find((result) => !result.ok);
        expect(lost && !lost.ok && lost.rejection?.code).toBe('plugin-exists');
        expect(lost && !lost.ok && lost.error.message).toMatch(/already registered/);
    });
});

describe('tracker session: deletions it saw', () => {
    it('a client taking part reports a deletion nothing else names, and a client opening later sees the gap', async () => {
        const w = world();
        w.reportNow();
        const alice = w.client('alice');
        const admin = w.client('admin');
        const bob = w.client('bob');
        const channelId = await ready(admin);
        admin.connect();
        bob.connect();
        await bob.session.open(TEAM);
        await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        await alice.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/1'));
        await w.settle();
        await admin.session.settled();
        const evidence = w.server.channelPosts(channelId, alice.userId).find((p) => p.type === 'custom_plugin_onboard' && (p.root_id ?? '') !== '');
        // The newest post, named by nothing after it: only a client that saw it go can tell.
        w.server.deletePost(alice.userId, evidence?.id ?? '');
        for (let i = 0; i < 20 && !w.server.channelPosts(channelId, admin.userId).some((p) => (p.message ?? '').includes('saw a post of the tracker deleted')); i++) {
            await w.settle();
            await admin.session.settled();
        }
        const late = w.client('alice');
        await late.session.open(TEAM);
        const marks = view(late).state.integrity.marks;
        expect(marks).toEqual([expect.objectContaining({kind: 'missing', post: evidence?.id, type: 'evidence.set', plugin: 'github', by: alice.userId})]);
        expect(marks[0]?.namedBy?.by).toBe(admin.userId);
        // Bob takes no part in github: his client reported nothing.
        expect(w.server.channelPosts(channelId, bob.userId).filter((p) => p.user_id === bob.userId && p.type === 'custom_plugin_onboard')).toEqual([]);
    });
});

describe('tracker session: live sync', () => {
    it('follows other users live, ignores duplicate deliveries, drops deleted posts and rejects edited ones', async () => {
        const w = world();
        const alice = w.client('alice');
        const bob = w.client('bob');
        const channelId = await ready(alice);
        await bob.session.open(TEAM);
        bob.connect();
        const registered = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        await alice.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/1'));
        await w.settle();
        await bob.session.settled();
        expect(view(bob).state).toEqual(view(alice).state);

        const posts = w.server.channelPosts(channelId, alice.userId).filter((p) => p.type === 'custom_plugin_onboard');
        const evidencePost = posts.find((p) => (p.root_id ?? '') !== '');
        const stateBefore = view(bob).state;
        w.server.redeliver(evidencePost?.id ?? '');
        w.server.redeliver(evidencePost?.id ?? '');
        await w.settle();
        await bob.session.settled();
        expect(view(bob).state).toBe(stateBefore);

        w.server.patchPost(alice.userId, evidencePost?.id ?? '', {props: {[EVENT_PROP]: {...(evidencePost?.props?.[EVENT_PROP] as object), value: 'https://evil.example.com'}}});
        await w.settle();
        await bob.session.settled();
        const afterEdit = view(bob).state;
        // A props-only edit leaves edit_at at 0 on a real server (app/post.go UpdatePost): the seal in the unedited message shows it.
        expect(historyOf(afterEdit).find((h) => h.postId === evidencePost?.id)?.rejection?.code).toBe('tampered');
        expect(JSON.stringify(afterEdit.plugins)).not.toContain('evil.example.com');

        w.server.deletePost(alice.userId, evidencePost?.id ?? '');
        await w.settle();
        await bob.session.settled();
        expect(historyOf(view(bob).state).map((h) => h.postId)).toEqual([posts.find((p) => !p.root_id)?.id]);
        expect(registered.ok).toBe(true);

        await alice.session.submit(TEAM, evidenceDraft('github', 'https://community.example.com/pl/4'));
        await w.settle();
        await bob.session.settled();
        expect(historyOf(view(bob).state)).toHaveLength(2);
        // Deleting the card deletes its thread; only the root's deletion is announced.
        w.server.deletePost(alice.userId, view(alice).state.plugins['github']?.rootPostId ?? '');
        await w.settle();
        await bob.session.settled();
        expect(historyOf(view(bob).state)).toEqual([]);
        await alice.session.refresh(TEAM);
        expect(view(alice).state).toEqual(view(bob).state);
    });

    it('resyncs everything after a reconnect', async () => {
        const w = world();
        const alice = w.client('alice');
        const bob = w.client('bob');
        await ready(alice);
        await bob.session.open(TEAM);
        const disconnect = bob.connect();
        disconnect();
        await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        await w.settle();
        expect(view(bob).state.pluginOrder).toEqual([]);
        bob.session.handleReconnect();
        await bob.session.settled();
        expect(view(bob).state.pluginOrder).toEqual(['github']);
    });

    it('refolds when an author turns out to be a system admin', async () => {
        const w = world();
        const admin = w.client('admin');
        const bob = w.client('bob');
        await ready(admin);
        expect((await admin.session.submit(TEAM, policyDraft({qa: [bob.userId]}))).ok).toBe(true);
        w.server.fail('users', {status: 500}, 100);
        await bob.session.open(TEAM);
        expect(view(bob).state.policy.configured).toBe(false);
        w.server.clearFaults();
        await bob.session.refresh(TEAM);
        expect(view(bob).state.policy.roles.qa).toEqual([bob.userId]);
        expect(view(bob).state).toEqual(fold(historyOf(view(admin).state).length ? await loadEntries(admin) : [], {isSystemAdmin: (id) => id === admin.userId}));
    });
});

async function loadEntries(c: Client) {
    const channelId = (await c.storage.findTracker(TEAM))?.id ?? '';
    return (await c.storage.loadAll(channelId)).entries;
}

describe('tracker session: malformed drafts', () => {
    it('refuses a draft the event schema rejects, naming the field, and posts nothing', async () => {
        const w = world();
        const alice = w.client('alice');
        const channelId = await ready(alice);
        const result = await alice.session.submit(TEAM, registrationDraft('x', [alice.userId]));
        expect(result).toMatchObject({ok: false, rejection: {code: 'malformed'}, error: {message: expect.stringContaining('plugin')}});
        expect(w.server.channelPosts(channelId, alice.userId)).toEqual([]);
    });
});
