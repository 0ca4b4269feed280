// The session against the local Mattermost (strict CSRF), each user with their own Client4, session
// and websocket: concurrency, injected faults, and events that must not change anyone's state.
import {z} from 'zod';

import {loginAs, seededPlace, startFresh, type Running} from '../../../local-mattermost/server/test_support';
import {EVENT_PROP, EVENT_VERSION, POST_TYPE, type EventDraft} from '../domain/events';
import {fold} from '../domain/fold';
import type {TrackerState} from '../domain/tracker_state';
import {createMattermostStorage} from '../storage/mattermost/adapter';
import type {EventLogStorage} from '../storage/port';
import {eventPostMessage} from '../storage/posts';
import type {RetryPolicy} from '../storage/retry';

import {reducer} from './reducer';
import {selectTracker} from './selectors';
import {evidenceDraft, policyDraft, registrationDraft} from './testing/drafts';
import {neverReport} from './testing/no_reports';
import {connectLive, type LiveSocket} from './testing/live_socket';
import {createTrackerSession, type SubmitResult, type TrackerSession} from './tracker_session';
import type {PluginOnboardState, TrackerView} from './types';
import {historyOf} from '../domain/history';

jest.setTimeout(60000);

const FAST_RETRY: RetryPolicy = {
    attempts: 8, baseDelayMs: 10, maxDelayMs: 80, maxRetryAfterMs: 1000, random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Member {
    username: string;
    userId: string;
    client: Awaited<ReturnType<typeof loginAs>>;
    storage: EventLogStorage;
    session: TrackerSession;
    socket: LiveSocket;
    /** Appends the client gave up waiting for (its timeout), whether or not the server then saved them. */
    timeouts: {count: number};
    view(): TrackerView;
}

let running: Running;
let teamId: string;
const members: Member[] = [];

async function join(username: string, options: {duplicate?: boolean; timeoutMs?: number} = {}): Promise<Member> {
    const client = await loginAs(running.server, username);
    const me = await client.getMe();
    const adapter = createMattermostStorage({siteUrl: running.server.url, currentUserId: () => me.id, client, timeoutMs: options.timeoutMs ?? 5000});
    const timeouts = {count: 0};
    const storage: EventLogStorage = {...adapter, append: async (...args) => {
        try {
            return await adapter.append(...args);
        } catch (error) {
            if (error instanceof Error && /no answer within/.test(error.message)) {
                timeouts.count++;
            }
            throw error;
        }
    }};
    let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
    const session = createTrackerSession({
        store: {dispatch: (action) => {
            slice = reducer(slice, action);
        }},
        storage, currentUserId: () => me.id, retry: FAST_RETRY, reportDelay: neverReport,
    });
    const socket = connectLive(running.server.url, client.getToken(), session, options.duplicate ? {duplicate: true} : {});
    await socket.ready();
    const member = {username, userId: me.id, client, storage, session, socket, timeouts, view: () => selectTracker({'plugins-plugin-onboard': slice}, teamId)};
    members.push(member);
    return member;
}

beforeEach(async () => {
    running = await startFresh({seed: true, strictCsrf: true});
    const admin = await loginAs(running.server, 'admin');
    teamId = (await seededPlace(admin)).team.id;
});

afterEach(async () => {
    for (const member of members.splice(0)) {
        member.socket.close();
    }
    await running.stop();
});

/** Runs tasks with at most `width` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
    const results: T[] = new Array<T>(tasks.length);
    let next = 0;
    await Promise.all(Array.from({length: width}, async () => {
        while (next < tasks.length) {
            const index = next++;
            const task = tasks[index];
            if (task) {
                results[index] = await task();
            }
        }
    }));
    return results;
}

/** Submits until recorded: a failure after all retries is retried by hand, as a user would press Retry. */
async function record(member: Member, draft: EventDraft): Promise<string> {
    let result: SubmitResult = await member.session.submit(teamId, draft);
    for (let tries = 0; !result.ok && tries < 5; tries++) {
        const failed = member.view().pending.find((p) => p.status === 'failed');
        if (!failed || result.rejection) {
            break;
        }
        result = await member.session.retry(teamId, failed.event.id);
    }
    if (!result.ok) {
        throw new Error(`${member.username}: ${result.error.message}`);
    }
    return result.event.id;
}

async function until(condition: () => boolean, what: string, ms = 20000): Promise<void> {
    const end = Date.now() + ms;
    while (!condition()) {
        if (Date.now() > end) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}

/** Every client settled, then compared with a fold of the server's log read afresh. */
async function expectConverged(group: Member[], eventIds: readonly string[]): Promise<TrackerState> {
    const expected = new Set(eventIds);
    await until(() => group.every((m) => historyOf(m.view().state).length >= expected.size), 'every event on every client');
    for (const member of group) {
        await member.session.settled();
        await member.session.refresh(teamId);
    }
    const first = group[0];
    if (!first) {
        throw new Error('no clients');
    }
    const channelId = first.view().channelId ?? '';
    const log = await first.storage.loadAll(channelId);
    const admins = new Set(Object.values(first.view().users).filter((u) => u.isSystemAdmin).map((u) => u.id));
    const truth = fold(log.entries, {isSystemAdmin: (id) => admins.has(id)});
    for (const member of group) {
        const state = member.view().state;
        expect(state).toEqual(truth);
        const seen = historyOf(state).map((h) => h.eventId);
        expect(seen).toHaveLength(expected.size);
        expect(new Set(seen)).toEqual(expected);
        expect(member.view().pending).toEqual([]);
    }
    return truth;
}

it('five clients appending 200 events each at once all end with the same state, every event exactly once', async () => {
    const group = await Promise.all(['alice', 'bob', 'carol-qa', 'dave-pm', 'frank-core'].map((name) => join(name)));
    // Only a system admin sets the tracker up; the five then find it.
    expect((await (await join('admin')).session.setup(teamId)).ok).toBe(true);
    await Promise.all(group.map((m) => m.session.open(teamId)));
    const owners = group.map((m) => m.userId);

    const ids: string[] = [];
    // Each client registers four plugins (owned by all five), then all of them write to all twenty at once.
    ids.push(...(await Promise.all(group.flatMap((m, i) => [0, 1, 2, 3].map((k) => record(m, registrationDraft(`p${i}-${k}`, owners)))))));
    await until(() => group.every((m) => m.view().state.pluginOrder.length === 20), 'all registrations everywhere');
    const plugins = group[0]?.view().state.pluginOrder ?? [];

    const batches = await Promise.all(group.map((m, i) => pool(
        Array.from({length: 200}, (_, k) => () => record(m, evidenceDraft(plugins[(i * 7 + k) % plugins.length] ?? '', `https://example.com/c${i}/e${k}`))),
        8,
    )));
    ids.push(...batches.flat());
    const truth = await expectConverged(group, ids);
    expect(historyOf(truth).filter((h) => h.rejection)).toEqual([]);
    // How long this takes is the bench's business (tracker sync figures), not a test's: a busy
    // machine made a 30 s bound here fail with nothing wrong.
});

it('injected 500s, slow answers past the client timeout, dropped websockets and duplicate deliveries lose and double nothing', async () => {
    const group = [
        await join('alice', {duplicate: true, timeoutMs: 250}),
        await join('bob', {timeoutMs: 250}),
        await join('grace-core', {duplicate: true, timeoutMs: 250}),
    ];
    const [first] = group;
    expect((await (await join('admin')).session.setup(teamId)).ok).toBe(true);
    await Promise.all(group.map((m) => m.session.open(teamId)));
    const owners = group.map((m) => m.userId);
    const ids = await Promise.all(group.map((m, i) => record(m, registrationDraft(`flt${i}`, owners))));
    await until(() => group.every((m) => m.view().state.pluginOrder.length === 3), 'registrations');

    const faults = running.server.faults;
    faults.add({method: 'POST', path: /^\/api\/v4\/posts$/, status: 500, errorRate: 0.2});
    // Some answers arrive after the client gave up: the post exists, the retry must find it rather than write it again.
    // Delay only (an error rate would also make these fail, and then nothing is saved late).
    faults.add({method: 'POST', path: /^\/api\/v4\/posts$/, delayMs: 400, times: 15});
    faults.add({method: 'GET', path: /\/posts$/, status: 503, errorRate: 0.1});
    const dropper = setInterval(() => faults.dropWebsockets(), 150);
    try {
        const batches = await Promise.all(group.map((m, i) => pool(
            Array.from({length: 60}, (_, k) => () => record(m, evidenceDraft(`flt${k % 3}`, `https://example.com/f${i}/e${k}`))),
            4,
        )));
        ids.push(...batches.flat());
    } finally {
        clearInterval(dropper);
        faults.clear();
    }
    await until(() => group.every((m) => m.socket.reconnects > 0), 'a reconnect on every client');
    expect(group.reduce((sum, m) => sum + m.timeouts.count, 0)).toBeGreaterThan(0);
    await expectConverged(group, ids);
    const posts = await first?.storage.loadAll(first.view().channelId ?? '');
    expect(posts?.entries).toHaveLength(ids.length);
});

it('an event posted raw by a user without the role, and an event post edited by its author, change no client\'s state', async () => {
    const admin = await join('admin');
    const alice = await join('alice');
    const bob = await join('bob');
    const carol = await join('carol-qa');
    const group = [admin, alice, bob, carol];
    expect((await admin.session.setup(teamId)).ok).toBe(true);
    await Promise.all(group.map((m) => m.session.open(teamId)));
    const ids = [
        await record(admin, policyDraft({qa: [carol.userId]})),
        await record(alice, registrationDraft('github', [alice.userId])),
        await record(alice, evidenceDraft('github', 'https://community.example.com/pl/intro')),
    ];
    await until(() => group.every((m) => historyOf(m.view().state).length === 3), 'the first three events');
    const before = alice.view().state;
    const plugin = before.plugins['github'];
    const channelId = alice.view().channelId ?? '';

    // Bob has no QA role: his client would refuse, so he goes around it with the REST API, with a
    // well-formed, correctly sealed event in the plugin's thread (the seal is no secret).
    const forgedId = 'forgedsignoffbybob0000001';
    const forgedEvent = {v: EVENT_VERSION, id: forgedId, seen: {log: null}, type: 'signoff.given', plugin: 'github', item: 'qa-pass', slot: 'signoff'} as const;
    const response = await fetch(`${running.server.url}/api/v4/posts`, {
        method: 'POST',
        headers: {'Authorization': `Bearer ${bob.client.getToken()}`, 'Content-Type': 'application/json'},
        body: JSON.stringify({
            channel_id: channelId, root_id: plugin?.rootPostId ?? '', message: eventPostMessage('QA passed', forgedEvent), type: POST_TYPE,
            props: {[EVENT_PROP]: forgedEvent},
        }),
    });
    expect(response.status).toBe(201);
    const forged = z.object({id: z.string()}).parse(await response.json());
    await until(() => group.every((m) => historyOf(m.view().state).some((h) => h.postId === forged.id)), 'the forged post everywhere');
    for (const member of group) {
        await member.session.settled();
        expect(historyOf(member.view().state).find((h) => h.postId === forged.id)?.rejection?.code).toBe('not-permitted');
    }
    // Alice rewrites her own evidence post after the fact.
    const evidencePost = historyOf(before).find((h) => h.type === 'evidence.set')?.postId ?? '';
    const original = (await alice.client.getPost(evidencePost)).props?.[EVENT_PROP];
    await alice.client.patchPost({id: evidencePost, props: {[EVENT_PROP]: {...(typeof original === 'object' ? original : {}), value: 'https://evil.example.com/x'}}});

    await until(() => group.every((m) => historyOf(m.view().state).some((h) => h.postId === forged.id) &&
        historyOf(m.view().state).some((h) => h.postId === evidencePost && h.rejection)), 'the forged and edited posts everywhere');
    for (const member of group) {
        await member.session.settled();
        const state = member.view().state;
        // After a rewrite earlier in the plugin's record, what followed it waits (the forged post included).
        expect(historyOf(state).find((h) => h.postId === forged.id)?.rejection?.code).toBe('on-hold');
        // A props-only edit leaves edit_at at 0 on a real server (app/post.go UpdatePost): the seal shows the rewrite.
        expect(historyOf(state).find((h) => h.postId === evidencePost)?.rejection?.code).toBe('tampered');
        expect(state.plugins['github']?.items['qa-pass'].signOffs).toStrictEqual({});
        expect(JSON.stringify(state.plugins)).not.toContain('evil.example.com');
        expect(state.policy).toEqual(before.policy);
        expect(state).toEqual(alice.view().state);
    }
    await expectConverged(group, [...ids, forgedId]);
});
