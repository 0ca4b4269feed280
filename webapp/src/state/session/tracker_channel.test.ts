// One tracker per team, whatever members do to its channel: renamed (found again by the id the
// browser remembers, or by a system admin's setup), archived (read, never written, never replaced
// silently), and a channel that only looks like it (private, or not made by a system admin) never
// adopted. Sessions run over the in-memory Mattermost, each user with their own browser memory.
import {reducer} from '../reducer';
import {selectTracker} from '../selectors';
import {registrationDraft} from '../testing/drafts';
import {createTrackerSession, type TrackerSession} from '../tracker_session';
import type {PluginOnboardState, TrackerView} from '../types';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';
import {TRACKER_PURPOSE} from '../../storage/port';

import {createTrackerMemory, type KeyValueStore} from './tracker_memory';
import {neverReport} from '../testing/no_reports';
import {settle} from '../testing/settle';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';
const NO_TRACKER = 'No tracker channel was found for this team. If one existed it may have been renamed or archived; ask a system admin to run /plugin-onboard setup.';
const instant = {attempts: 2, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0, random: () => 0, sleep: async () => undefined};

/** A browser's localStorage. */
function browser(): KeyValueStore & {entries: Map<string, string>} {
    const entries = new Map<string, string>();
    return {
        entries,
        getItem: (key) => entries.get(key) ?? null,
        setItem: (key, value) => void entries.set(key, value),
        removeItem: (key) => void entries.delete(key),
    };
}

interface User {
    readonly userId: string;
    readonly session: TrackerSession;
    view(): TrackerView;
    /** This user's websocket: channel and post events arrive as the webapp hands them over. */
    connect(): void;
}

function world() {
    const server = new MemoryMattermost();
    const ids = {alice: server.addUser('alice'), bob: server.addUser('bob'), admin: server.addUser('admin', {systemAdmin: true})};
    const browsers = new Map<string, ReturnType<typeof browser>>();
    /** A new page load in the user's own browser: a new session, the same localStorage. */
    /** `lookups` collects the user ids each profile request asks for. */
    const sessions: TrackerSession[] = [];
    const user = (name: keyof typeof ids, lookups: string[][] = []): User => {
        const userId = ids[name];
        const store = browsers.get(name) ?? browser();
        browsers.set(name, store);
        const storage = createMemoryStorage(server, userId);
        const users = {...storage.users, byIds: (wanted: readonly string[]) => {
            lookups.push([...wanted]);
            return storage.users.byIds(wanted);
        }};
        let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
        const session = createTrackerSession({
            store: {dispatch: (action) => {
                slice = reducer(slice, action);
            }},
            storage: {...storage, users},
            currentUserId: () => userId,
            retry: instant,
            reportDelay: neverReport,
            memory: createTrackerMemory(store, () => userId),
        });
        sessions.push(session);
        return {
            userId, session,
            view: () => selectTracker({'plugins-plugin-onboard': slice}, TEAM),
            connect: () => void server.subscribe(userId, (message) => session.handleWebSocketEvent(message)),
        };
    };
    const trackers = () => server.allChannels().filter((channel) => channel.team_id === TEAM);
    return {server, ids, user, browsers, trackers, settle: () => settle(server, sessions)};
}


async function setUp(w: ReturnType<typeof world>): Promise<string> {
    const made = await w.user('admin').session.setup(TEAM);
    if (!made.ok) {
        throw new Error(made.error.message);
    }
    return made.channelId;
}

describe('only a system admin creates a tracker', () => {
    it('an ordinary user\'s write with no tracker found creates nothing and says whom to ask', async () => {
        const w = world();
        const bob = w.user('bob');
        const result = await bob.session.submit(TEAM, registrationDraft('github', [bob.userId]));
        expect(result).toMatchObject({ok: false, error: {message: NO_TRACKER}});
        expect(w.trackers()).toEqual([]);
        expect(bob.view()).toMatchObject({status: 'missing', pending: []});
    });

    it('after a rename, nobody\'s write silently starts a second, empty tracker', async () => {
        const w = world();
        const channelId = await setUp(w);
        const alice = w.user('alice');
        expect((await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]))).ok).toBe(true);
        w.server.patchChannel(alice.userId, channelId, {name: 'renamed-tracker', display_name: 'Renamed'});
        // Bob never opened the tracker in this browser, so nothing points him to it.
        const bob = w.user('bob');
        const result = await bob.session.submit(TEAM, registrationDraft('jira', [bob.userId]));
        expect(result).toMatchObject({ok: false, error: {message: NO_TRACKER}});
        expect(w.trackers().map((channel) => channel.id)).toEqual([channelId]);
    });
});

describe('a renamed tracker', () => {
    it('keeps working for whoever used it in this browser, and says it was renamed', async () => {
        const w = world();
        const channelId = await setUp(w);
        const alice = w.user('alice');
        expect((await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]))).ok).toBe(true);
        // Any member may rename a public channel, URL name included.
        w.server.join(channelId, w.ids.bob);
        w.server.patchChannel(w.ids.bob, channelId, {name: 'renamed-tracker', display_name: 'Renamed'});

        const reloaded = w.user('alice');
        const view = await reloaded.session.open(TEAM);
        expect(view).toMatchObject({status: 'ready', channelId, place: {name: 'renamed-tracker', displayName: 'Renamed', archivedAt: 0, refused: null}});
        expect(view.state.pluginOrder).toEqual(['github']);
        expect((await reloaded.session.submit(TEAM, registrationDraft('jira', [reloaded.userId]))).ok).toBe(true);
        expect(reloaded.view().state.pluginOrder).toEqual(['github', 'jira']);
        expect(w.trackers()).toHaveLength(1);
    });

    it('a page load in a browser that trusted the tracker before does not look its creator up again', async () => {
        const w = world();
        await setUp(w);
        const first: string[][] = [];
        await w.user('alice', first).session.open(TEAM);
        expect(first[0]).toEqual([w.ids.admin]);
        const again: string[][] = [];
        expect(await w.user('alice', again).session.open(TEAM)).toMatchObject({status: 'ready'});
        expect(again.flat()).not.toContain(w.ids.admin);
    });

    it('a missing, corrupt or foreign memory reads as no memory, silently', async () => {
        const w = world();
        const channelId = await setUp(w);
        await w.user('alice').session.open(TEAM);
        const store = w.browsers.get('alice');
        const [key = '', remembered = ''] = [...store?.entries ?? []][0] ?? [];
        expect(key).toContain(w.ids.alice);
        expect(key).toContain(TEAM);
        w.server.patchChannel(w.ids.alice, channelId, {name: 'renamed-tracker'});
        const other = await createMemoryStorage(w.server, w.ids.admin).createTracker('teambbbbbbbbbbbbbbbbbbbbbb');
        // Another team's tracker remembered for this one is not taken for it.
        for (const corrupt of ['{', '"x"', JSON.stringify({channelId: 'not-an-id'}), JSON.stringify({channelId: w.server.newId()}), JSON.stringify({channelId: other.id})]) {
            store?.entries.set(key, corrupt);
            expect(await w.user('alice').session.open(TEAM)).toMatchObject({status: 'missing', channelId: null, error: null});
        }
        store?.entries.set(key, remembered);
        expect(await w.user('alice').session.open(TEAM)).toMatchObject({status: 'ready', channelId});
        // Memory is per user: bob, in a browser of his own, has none.
        expect(await w.user('bob').session.open(TEAM)).toMatchObject({status: 'missing'});
    });

    it('a system admin\'s setup finds it by its purpose and posts, says where it is, and starts a new one only with --new', async () => {
        const w = world();
        const channelId = await setUp(w);
        const alice = w.user('alice');
        expect((await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]))).ok).toBe(true);
        w.server.patchChannel(alice.userId, channelId, {name: 'renamed-tracker', display_name: 'Renamed'});
        // A look-alike: same purpose, made by an ordinary member; never taken for the tracker.
        const bobsOwn = w.server.createChannel(w.ids.bob, {team_id: TEAM, name: 'aaa-lookalike', display_name: 'AAA', purpose: TRACKER_PURPOSE, type: 'O'});

        // An admin in a browser that never opened the tracker.
        w.browsers.delete('admin');
        const fresh = w.user('admin');
        const found = await fresh.session.setup(TEAM);
        expect(found).toMatchObject({
            ok: false, found: channelId,
            error: {message: 'The tracker is ~renamed-tracker (Renamed), renamed; rename it back to plugin-onboarding, or run `/plugin-onboard setup --new` to start a new, empty one.'},
        });
        expect(fresh.view()).toMatchObject({status: 'ready', channelId, place: {name: 'renamed-tracker'}});
        expect(fresh.view().state.pluginOrder).toEqual(['github']);
        expect(w.trackers().map((channel) => channel.id).sort()).toEqual([channelId, bobsOwn.id].sort());

        const started = await fresh.session.setup(TEAM, {fresh: true});
        expect(started).toMatchObject({ok: true, created: true});
        const newId = started.ok ? started.channelId : '';
        expect(newId).not.toBe(channelId);
        // Everyone finds the new one by name, also whoever remembered the old one.
        expect(await w.user('alice').session.open(TEAM)).toMatchObject({status: 'ready', channelId: newId, place: {name: 'plugin-onboarding'}});
    });
});

describe('a channel that only looks like the tracker', () => {
    it('a private plugin-onboarding made before setup is never adopted; setup says what to do', async () => {
        const w = world();
        const squat = w.server.createChannel(w.ids.bob, {team_id: TEAM, name: 'plugin-onboarding', display_name: 'Plugin Onboarding', purpose: '', type: 'P'});
        const admin = w.user('admin');
        const result = await admin.session.setup(TEAM);
        expect(result).toMatchObject({ok: false, error: {message: expect.stringMatching(/private channel.*A system admin should rename that channel.*run \/plugin-onboard setup again/)}});
        expect(admin.view()).toMatchObject({status: 'unusable', channelId: null, place: {refused: 'private'}});
        expect(w.server.isMember(squat.id, w.ids.admin)).toBe(false);
        // Bob, its member, is told too; others cannot see a private channel, and are told none was found.
        const bob = w.user('bob');
        expect(await bob.session.open(TEAM)).toMatchObject({status: 'unusable', place: {refused: 'private'}});
        expect((await bob.session.submit(TEAM, registrationDraft('github', [bob.userId]))).ok).toBe(false);
        expect(w.server.channelPosts(squat.id, w.ids.bob)).toEqual([]);
        expect(await w.user('alice').session.open(TEAM)).toMatchObject({status: 'missing'});
    });

    it('a public plugin-onboarding not made by a system admin is explained to everyone and written to by no one', async () => {
        const w = world();
        const squat = w.server.createChannel(w.ids.bob, {team_id: TEAM, name: 'plugin-onboarding', display_name: 'Plugin Onboarding', purpose: TRACKER_PURPOSE, type: 'O'});
        const alice = w.user('alice');
        expect(await alice.session.open(TEAM)).toMatchObject({status: 'unusable', channelId: null, place: {refused: 'not-admin-created'}});
        const write = await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]));
        expect(write).toMatchObject({ok: false, error: {message: expect.stringContaining('was not created by a system admin')}});
        const setup = await w.user('admin').session.setup(TEAM);
        expect(setup).toMatchObject({ok: false, error: {message: expect.stringContaining('was not created by a system admin')}});
        expect(w.server.channelPosts(squat.id, w.ids.bob)).toEqual([]);
        expect(w.trackers()).toHaveLength(1);
    });
});

describe('an archived tracker', () => {
    it('stays readable, refuses writes with the reason, and setup does not replace it', async () => {
        const w = world();
        const channelId = await setUp(w);
        const alice = w.user('alice');
        expect((await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]))).ok).toBe(true);
        w.server.archiveChannel(channelId);
        const archivedAt = w.server.channel(channelId)?.delete_at ?? 0;
        const day = new Date(archivedAt).toISOString().slice(0, 10);

        // Bob never joined it: he reads it all the same (archived channels are readable; nobody joins them).
        const bob = w.user('bob');
        const view = await bob.session.open(TEAM);
        expect(view).toMatchObject({status: 'ready', channelId, place: {archivedAt}});
        expect(view.state.pluginOrder).toEqual(['github']);
        const write = await bob.session.submit(TEAM, registrationDraft('jira', [bob.userId]));
        expect(write).toMatchObject({ok: false, error: {message: `The tracker channel was archived on ${day}. Nothing can be recorded until a system admin unarchives it (channel menu › Unarchive channel).`}});
        expect(bob.view().pending).toEqual([]);

        const admin = w.user('admin');
        const setup = await admin.session.setup(TEAM);
        expect(setup).toMatchObject({ok: false, found: channelId, error: {message: expect.stringContaining(`archived on ${day}`)}});
        const fresh = await admin.session.setup(TEAM, {fresh: true});
        expect(fresh).toMatchObject({ok: false, error: {message: expect.stringContaining('unarchive it, rename it, then run `/plugin-onboard setup --new`')}});
        expect(w.trackers().map((channel) => channel.id)).toEqual([channelId]);
        expect(admin.view()).toMatchObject({status: 'ready', channelId, place: {archivedAt}});
    });
});

describe('live: the tracker channel\'s events', () => {
    it('a rename, an archive and an unarchive show at once in every open view', async () => {
        const w = world();
        const channelId = await setUp(w);
        const alice = w.user('alice');
        const bob = w.user('bob');
        await alice.session.open(TEAM);
        await bob.session.open(TEAM);
        alice.connect();
        bob.connect();

        w.server.patchChannel(alice.userId, channelId, {name: 'renamed-tracker', display_name: 'Renamed'});
        await w.settle();
        for (const user of [alice, bob]) {
            expect(user.view().place).toEqual({name: 'renamed-tracker', displayName: 'Renamed', archivedAt: 0, refused: null});
        }

        w.server.archiveChannel(channelId);
        await w.settle();
        const archivedAt = w.server.channel(channelId)?.delete_at ?? 0;
        expect(archivedAt).toBeGreaterThan(0);
        expect(bob.view().place?.archivedAt).toBe(archivedAt);
        expect((await bob.session.submit(TEAM, registrationDraft('github', [bob.userId]))).ok).toBe(false);

        w.server.restoreChannel(channelId);
        w.server.patchChannel(w.ids.admin, channelId, {name: 'plugin-onboarding', display_name: 'Plugin Onboarding'});
        await w.settle();
        for (const user of [alice, bob]) {
            expect(user.view().place).toEqual({name: 'plugin-onboarding', displayName: 'Plugin Onboarding', archivedAt: 0, refused: null});
        }
        expect((await bob.session.submit(TEAM, registrationDraft('github', [bob.userId]))).ok).toBe(true);
    });

    it('ignores events about other channels and malformed ones', async () => {
        const w = world();
        await setUp(w);
        const alice = w.user('alice');
        const before = await alice.session.open(TEAM);
        const other = w.server.createChannel(alice.userId, {team_id: TEAM, name: 'elsewhere', display_name: 'Elsewhere', purpose: '', type: 'O'});
        alice.session.handleWebSocketEvent({event: 'channel_deleted', data: {channel_id: other.id, delete_at: 5}});
        alice.session.handleWebSocketEvent({event: 'channel_updated', data: {channel: '{not json'}});
        alice.session.handleWebSocketEvent({event: 'channel_deleted', data: {channel_id: before.channelId}});
        expect(alice.view()).toBe(before);
    });
});

describe('a renamed and archived tracker', () => {
    it('setup says both, and where it is', async () => {
        const w = world();
        const channelId = await setUp(w);
        const alice = w.user('alice');
        expect((await alice.session.submit(TEAM, registrationDraft('github', [alice.userId]))).ok).toBe(true);
        w.server.patchChannel(alice.userId, channelId, {name: 'renamed-tracker', display_name: 'Renamed'});
        w.server.archiveChannel(channelId);
        const day = new Date(w.server.channel(channelId)?.delete_at ?? 0).toISOString().slice(0, 10);
        // The admin's browser remembers it; one that does not finds it among the archived channels.
        for (const fresh of [false, true]) {
            if (fresh) {
                w.browsers.delete('admin');
            }
            const admin = w.user('admin');
            expect(await admin.session.setup(TEAM)).toMatchObject({
                ok: false, found: channelId,
                error: {message: `The tracker is ~renamed-tracker (Renamed), renamed and archived on ${day}; unarchive it (channel menu › Unarchive channel) and rename it back to plugin-onboarding, or run \`/plugin-onboard setup --new\` to start a new, empty one.`},
            });
            expect(admin.view()).toMatchObject({status: 'ready', channelId, place: {name: 'renamed-tracker'}});
        }
        expect(w.trackers()).toHaveLength(1);
    });
});
