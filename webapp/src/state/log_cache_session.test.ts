// A page load that finds the tracker's log kept in the browser reads only what changed since, and
// ends exactly where a cold load would: the same state, integrity marks included. Anything wrong
// with what was kept costs a cold load and nothing else.
import {fold} from '../domain/fold';
import {EVENT_PROP} from '../domain/events';
import {createMemoryStorage} from '../storage/testing/memory/adapter';
import {MemoryMattermost} from '../storage/testing/memory/server';
import type {EventLogStorage} from '../storage/port';

import {reducer} from './reducer';
import {selectTracker} from './selectors';
import {CACHE_FORMAT, createLogCache, type LogCache, type RecordStore} from './session/log_cache';
import {registrationDraft} from './testing/drafts';
import {createTrackerSession, type TrackerSession} from './tracker_session';
import type {PluginOnboardState, TrackerView} from './types';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';

/** IndexedDB as a Map: records are copied in and out, as structured clone does. */
function mapRecords(): RecordStore & {readonly data: Map<string, unknown>; full: boolean} {
    const data = new Map<string, unknown>();
    const store = {
        data,
        full: false,
        get: async (key: string) => structuredClone(data.get(key)),
        put: async (key: string, value: unknown) => {
            if (store.full) {
                throw new DOMException('quota', 'QuotaExceededError');
            }
            data.set(key, structuredClone(value));
        },
        delete: async (key: string) => {
            data.delete(key);
        },
        keys: async () => [...data.keys()],
    };
    return store;
}

interface Opened {
    readonly session: TrackerSession;
    readonly calls: string[];
    readonly view: () => TrackerView | null;
}

function world() {
    const server = new MemoryMattermost();
    const ids = {alice: server.addUser('alice'), bob: server.addUser('bob'), admin: server.addUser('admin', {systemAdmin: true})};
    const make = (userId: string, cache: LogCache | null): Opened => {
        const calls: string[] = [];
        const inner = createMemoryStorage(server, userId);
        const storage: EventLogStorage = {
            ...inner,
            findTracker: (teamId) => (calls.push('findTracker'), inner.findTracker(teamId)),
            loadAll: (channelId) => (calls.push('loadAll'), inner.loadAll(channelId)),
            loadSince: (channelId, cursor) => (calls.push('loadSince'), inner.loadSince(channelId, cursor)),
        };
        let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
        const session = createTrackerSession({
            store: {dispatch: (action) => {
                slice = reducer(slice, action);
            }},
            storage, currentUserId: () => userId, isMember: () => true, reportDelay: () => new Promise(() => undefined),
            ...(cache ? {logCache: cache, logSaveAfterMs: 0} : {}),
        });
        return {session, calls, view: () => selectTracker({'plugins-plugin-onboard': slice}, TEAM)};
    };
    return {server, ids, make};
}

/** Opens and waits until everything read is applied and the log kept (it is kept 0 ms after it settles). */
async function open(opened: Opened): Promise<TrackerView> {
    const view = await opened.session.open(TEAM);
    await opened.session.settled();
    await new Promise((resolve) => setTimeout(resolve, 5));
    return opened.view() ?? view;
}

/** A tracker with three plugins, read once by alice with `records` keeping what she read. */
async function keptByAlice(records: RecordStore) {
    const w = world();
    await createMemoryStorage(w.server, w.ids.admin).createTracker(TEAM);
    const alice = w.make(w.ids.alice, createLogCache(records));
    await alice.session.setup(TEAM);
    for (const plugin of ['github', 'jira', 'zoom']) {
        await alice.session.submit(TEAM, registrationDraft(plugin, [w.ids.alice]));
    }
    await open(alice);
    return w;
}

function sameAsCold(w: ReturnType<typeof world>, userId: string): Promise<TrackerView> {
    return open(w.make(userId, null));
}

describe('the log kept across page loads', () => {
    it('lets a reload read only what changed since, edits, deletions and new posts included, and end where a cold load ends', async () => {
        const records = mapRecords();
        const w = await keptByAlice(records);
        const channelId = w.server.channelByName(TEAM, 'plugin-onboarding')?.id ?? '';
        const posts = w.server.channelPosts(channelId, w.ids.admin).filter((post) => post.type === 'custom_plugin_onboard');
        // Each registration also names the newest post its writer had seen: match the event's own plugin.
        const registration = (plugin: string) => posts.find((p) => JSON.stringify(p.props).startsWith(`{"${EVENT_PROP}":{"type":"plugin.registered","plugin":"${plugin}"`));
        const [jira, zoom] = [registration('jira'), registration('zoom')];
        // Since alice last looked: zoom's registration deleted, jira's props rewritten (its seal no
        // longer matches), and bob registers a plugin.
        w.server.deletePost(w.ids.alice, zoom?.id ?? '');
        w.server.patchPost(w.ids.alice, jira?.id ?? '', {props: {[EVENT_PROP]: {...(jira?.props?.[EVENT_PROP] as object), name: 'Rewritten'}}});
        await w.make(w.ids.bob, null).session.submit(TEAM, registrationDraft('webex', [w.ids.bob]));

        const reload = w.make(w.ids.alice, createLogCache(records));
        const warm = await open(reload);
        expect(reload.calls).toEqual(['findTracker', 'loadSince']);
        const cold = await sameAsCold(w, w.ids.alice);
        expect(warm.status).toBe('ready');
        expect(warm.state).toEqual(cold.state);
        expect(warm.state.pluginOrder).not.toContain('zoom');
        expect(warm.state.pluginOrder).toContain('webex');
        // The rewritten registration is kept in the history and marked, as a cold load marks it.
        const rewritten = warm.state.log.findIndex((entry) => entry.postId === jira?.id);
        expect(warm.state.log[rewritten]?.sealCheck).toBe('broken');
        expect(warm.state.verdicts[rewritten]).not.toBeNull();
    });

    it('reads the whole log when what changed since passes the server\'s `since` cap of 1000', async () => {
        const records = mapRecords();
        const w = await keptByAlice(records);
        const channelId = w.server.channelByName(TEAM, 'plugin-onboarding')?.id ?? '';
        const bob = createMemoryStorage(w.server, w.ids.bob);
        await bob.ensureMember(channelId);
        for (let i = 0; i < 1001; i++) {
            const event = {v: 1, id: `evt-many-${String(i).padStart(6, '0')}`, ...registrationDraft(`p${i}`, [w.ids.bob])};
            w.server.createPost(w.ids.bob, {channel_id: channelId, root_id: '', message: 'm', type: 'custom_plugin_onboard', props: {[EVENT_PROP]: event}, pending_post_id: ''});
        }
        const reload = w.make(w.ids.alice, createLogCache(records));
        const warm = await open(reload);
        const cold = await sameAsCold(w, w.ids.alice);
        expect(warm.state).toEqual(cold.state);
        expect(warm.state.log).toHaveLength(cold.state.log.length);
        expect(warm.state).toEqual(fold(cold.state.log, {isSystemAdmin: (id) => id === w.ids.admin}));
    });

    it('is used by the user who read it only, and on a logout (401) is forgotten', async () => {
        const records = mapRecords();
        const w = await keptByAlice(records);
        const bob = w.make(w.ids.bob, createLogCache(records));
        await open(bob);
        expect(bob.calls).toEqual(['findTracker', 'loadAll']);
        expect([...records.data.keys()].filter((key) => key.startsWith(w.ids.alice))).toHaveLength(1);

        w.server.fail('load', {status: 401, serverId: 'api.context.session_expired.app_error'});
        const expired = w.make(w.ids.alice, createLogCache(records));
        await open(expired);
        expect([...records.data.keys()].filter((key) => key.startsWith(w.ids.alice))).toEqual([]);
        expect([...records.data.keys()].filter((key) => key.startsWith(w.ids.bob))).toHaveLength(1);
    });

    it.each([
        ['unreadable', () => 'not a record'],
        ['of an older format', (record: unknown) => ({...(record as object), format: CACHE_FORMAT - 1})],
        ['of another channel', (record: unknown) => ({...(record as object), channelId: 'otherchannelaaaaaaaaaaaaaa'})],
        ['holding a malformed entry', (record: unknown) => ({...(record as object), entries: [{postId: 7}]})],
    ])('falls back to a cold load, quietly, when the record is %s', async (_, spoil: (record: unknown) => unknown) => {
        const records = mapRecords();
        const w = await keptByAlice(records);
        for (const [key, record] of records.data) {
            records.data.set(key, spoil(record));
        }
        const reload = w.make(w.ids.alice, createLogCache(records));
        const view = await open(reload);
        expect(reload.calls).toEqual(['findTracker', 'loadAll']);
        expect(view).toMatchObject({status: 'ready', error: null});
        expect(view.state).toEqual((await sameAsCold(w, w.ids.alice)).state);
    });

    it('works on when the browser has no room left, and the next page load reads cold', async () => {
        const records = mapRecords();
        records.full = true;
        const w = await keptByAlice(records);
        expect(records.data.size).toBe(0);
        const reload = w.make(w.ids.alice, createLogCache(records));
        expect(await open(reload)).toMatchObject({status: 'ready', error: null});
        expect(reload.calls).toEqual(['findTracker', 'loadAll']);
    });
});
