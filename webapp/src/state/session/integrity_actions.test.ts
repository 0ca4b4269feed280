// A system admin restores and accepts, against the in-memory Mattermost: props-only rewrites that
// leave edit_at 0, thread-wide deletes, the server's copies read with include_deleted.
import {EVENT_PROP, MAX_RESTORED, POST_TYPE, type EventDraft} from '../../domain/events';
import {historyOf} from '../../domain/history';
import {withId} from '../../domain/new_event';
import {openMarks} from '../../domain/integrity_queries';
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';
import type {EventLogStorage} from '../../storage/port';
import {reducer} from '../reducer';
import {selectTracker} from '../selectors';
import {evidenceDraft, policyDraft, registrationDraft} from '../testing/drafts';
import {createTrackerSession, type TrackerSession} from '../tracker_session';
import type {PluginOnboardState, TrackerView} from '../types';

import {batches} from './restore_plan';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';
const NAMES = ['admin', 'alice', 'carol', 'bob'] as const;
type Name = typeof NAMES[number];

interface Client {
    readonly userId: string;
    readonly session: TrackerSession;
    view(): TrackerView;
}

function world(options: {purged?: boolean} = {}) {
    let time = Date.UTC(2026, 11, 3, 9, 0, 0);
    const server = new MemoryMattermost(() => (time += 1000));
    const ids = Object.fromEntries(NAMES.map((name) => [name, server.addUser(name, {systemAdmin: name === 'admin'})])) as Record<Name, string>;
    const clients = new Map<Name, Client>();
    const client = (name: Name): Client => {
        const existing = clients.get(name);
        if (existing) {
            return existing;
        }
        let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
        const inner = createMemoryStorage(server, ids[name]);
        // A data retention policy purges deleted posts for good: the server then has no copies.
        const storage: EventLogStorage = options.purged ? {...inner, loadDeleted: async () => []} : inner;
        const session = createTrackerSession({
            store: {dispatch: (action) => {
                slice = reducer(slice, action);
            }},
            storage,
            currentUserId: () => ids[name],
            retry: {attempts: 2, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0, random: () => 0, sleep: async () => undefined},
            // Reports of deletions are another module's business; here they would only race the steps.
            reportDelay: () => new Promise(() => undefined),
        });
        const made: Client = {userId: ids[name], session, view: () => selectTracker({'plugins-plugin-onboard': slice}, TEAM)};
        clients.set(name, made);
        return made;
    };
    return {server, ids, client};
}

type World = ReturnType<typeof world>;

async function submitted(c: Client, draft: EventDraft): Promise<void> {
    const result = await c.session.submit(TEAM, draft);
    if (!result.ok) {
        throw new Error(result.error.message);
    }
}

/** github registered by alice, with carol's basic review signed and more work after it. */
async function githubUnderReview(w: World): Promise<{channelId: string; signOff: string}> {
    const admin = w.client('admin');
    const made = await admin.session.setup(TEAM);
    if (!made.ok) {
        throw new Error(made.error.message);
    }
    await submitted(admin, policyDraft({core: [w.ids.carol]}));
    const alice = w.client('alice');
    await submitted(alice, registrationDraft('github', [w.ids.alice]));
    await submitted(alice, evidenceDraft('github', 'https://community.example.com/pl/intro'));
    await submitted(alice, {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'introduction'});
    await submitted(alice, {type: 'substep.checked', plugin: 'github', item: 'basic-review', substep: 'review-pr'});
    const carol = w.client('carol');
    await submitted(carol, {type: 'signoff.given', plugin: 'github', item: 'basic-review', slot: 'signoff'});
    const signOff = w.server.channelPosts(made.channelId, w.ids.carol).find((post) => post.user_id === w.ids.carol)?.id ?? '';
    await submitted(alice, {type: 'evidence.set', plugin: 'github', item: 'ci-master', field: 'ci-request', value: 'https://community.example.com/pl/ci'});
    return {channelId: made.channelId, signOff};
}

/** A change written after a deletion: recorded, though the fold may hold it (that is the point). */
async function written(c: Client, draft: EventDraft): Promise<void> {
    const result = await c.session.submit(TEAM, draft);
    if (!result.ok && !result.rejection) {
        throw new Error(result.error.message);
    }
}

function verdictOf(view: TrackerView, postId: string): string {
    return historyOf(view.state).find((line) => line.postId === postId)?.rejection?.code ?? 'accepted';
}

describe('restore', () => {
    it('puts back the original of a props-only rewrite: the plugin is as it was, nothing waits', async () => {
        const w = world();
        const {channelId, signOff} = await githubUnderReview(w);
        const alice = w.client('alice');
        await alice.session.refresh(TEAM);
        const intact = alice.view().state.plugins['github'];
        // carol rewrites her sign-off into one for another item, leaving the message (and edit_at) alone.
        const post = w.server.post(signOff);
        const event = post?.props?.[EVENT_PROP] as Record<string, unknown>;
        w.server.patchPost(w.ids.carol, signOff, {props: {...post?.props, [EVENT_PROP]: {...event, item: 'ci-master'}}});
        expect(w.server.post(signOff)?.edit_at).toBe(0);
        await alice.session.refresh(TEAM);
        expect(openMarks(alice.view().state)).toEqual([expect.objectContaining({kind: 'tampered', post: signOff, plugin: 'github'})]);
        expect(alice.view().state.integrity.onHold).toBeGreaterThan(0);

        const admin = w.client('admin');
        const result = await admin.session.restore(TEAM);
        expect(result).toEqual({ok: true, stillOpen: [], restored: [{post: signOff, by: w.ids.carol, at: expect.any(Number), type: 'signoff.given', plugin: 'github'}]});
        // One restoring post, by the admin, as a root of the tracker.
        const restoring = w.server.channelPosts(channelId, w.ids.admin).filter((p) => p.type === POST_TYPE && (p.message ?? '').includes('restored 1 post'));
        expect(restoring).toHaveLength(1);
        await alice.session.refresh(TEAM);
        expect(alice.view().state.integrity.marks).toEqual([]);
        expect(alice.view().state.plugins['github']).toEqual(intact);
        expect(verdictOf(alice.view(), signOff)).toBe('accepted');
    });

    it('puts back the version first posted of a post edited twice (message and props), not a later one', async () => {
        const w = world();
        const {signOff} = await githubUnderReview(w);
        const post = w.server.post(signOff);
        const event = post?.props?.[EVENT_PROP] as Record<string, unknown>;
        w.server.patchPost(w.ids.carol, signOff, {props: {...post?.props, [EVENT_PROP]: {...event, note: 'first rewrite'}}});
        w.server.patchPost(w.ids.carol, signOff, {message: 'edited by hand'});
        const admin = w.client('admin');
        await admin.session.refresh(TEAM);
        expect(openMarks(admin.view().state)).toEqual([expect.objectContaining({kind: 'edited', post: signOff})]);
        const result = await admin.session.restore(TEAM);
        expect(result.ok && result.stillOpen).toEqual([]);
        const restored = admin.view().state.log.find((entry) => entry.postId === signOff);
        expect(restored?.restoredBy).not.toBeNull();
        expect(restored?.event).toEqual(event);
        expect(verdictOf(admin.view(), signOff)).toBe('accepted');
    });

    it('puts back a whole deleted thread, named by no mark, from the deleted copies', async () => {
        const w = world();
        const {channelId} = await githubUnderReview(w);
        const alice = w.client('alice');
        await alice.session.refresh(TEAM);
        const intact = alice.view().state.plugins['github'];
        const root = intact?.rootPostId ?? '';
        const threadSize = alice.view().state.log.filter((entry) => entry.postId === root || entry.rootId === root).length;
        w.server.deletePost(w.ids.alice, root);
        const admin = w.client('admin');
        await admin.session.refresh(TEAM);
        expect(admin.view().state.plugins['github']).toBeUndefined();
        const result = await admin.session.restore(TEAM);
        expect(result.ok).toBe(true);
        expect(result.restored.map((post) => post.post)).toContain(root);
        expect(result.restored).toHaveLength(threadSize);
        expect(admin.view().state.plugins['github']).toEqual(intact);
        expect(w.server.channelPosts(channelId, w.ids.admin).filter((p) => p.type === POST_TYPE && p.delete_at === 0 && p.user_id === w.ids.admin)).toHaveLength(2);
    });

    it('splits what it puts back into several restoring posts, at most MAX_RESTORED each', async () => {
        const w = world();
        const admin = w.client('admin');
        const made = await admin.session.setup(TEAM);
        if (!made.ok) {
            throw new Error(made.error.message);
        }
        await submitted(w.client('alice'), registrationDraft('github', [w.ids.alice]));
        await admin.session.refresh(TEAM);
        const root = admin.view().state.plugins['github']?.rootPostId ?? '';
        // Many replies written straight to the server (an honest client's events, quickly).
        const storage = createMemoryStorage(w.server, w.ids.alice);
        for (let i = 0; i < MAX_RESTORED + 5; i++) {
            const event = withId(evidenceDraft('github', `https://community.example.com/pl/${i}`), `bulkevent${String(i).padStart(4, '0')}`, {log: null});
            await storage.append(made.channelId, event, {rootId: root, message: 'evidence'});
        }
        w.server.deletePost(w.ids.alice, root);
        const result = await admin.session.restore(TEAM);
        expect(result.ok && result.restored.length).toBe(MAX_RESTORED + 6);
        const restoring = w.server.channelPosts(made.channelId, w.ids.admin).filter((p) => p.user_id === w.ids.admin && (p.message ?? '').includes('restored'));
        expect(restoring).toHaveLength(2);
        expect(admin.view().state.plugins['github']).toBeDefined();
    });

    it('says what it could not find when the server kept no copy (a retention policy purged it)', async () => {
        const w = world({purged: true});
        const {signOff} = await githubUnderReview(w);
        w.server.deletePost(w.ids.carol, signOff);
        // Someone taking part writes after the deletion: their client names what it had seen.
        const alice = w.client('alice');
        const admin = w.client('admin');
        await admin.session.refresh(TEAM);
        await written(alice, {type: 'substep.checked', plugin: 'github', item: 'ci-master', substep: 'ci-request'});
        const result = await admin.session.restore(TEAM);
        expect(result.ok).toBe(true);
        expect(result.restored).toEqual([]);
        expect(result.ok && result.stillOpen.map((mark) => mark.kind)).toEqual(expect.arrayContaining(['fewer']));
    });

    it('is refused to anyone but a system admin, before anything is read or written', async () => {
        const w = world();
        const {channelId} = await githubUnderReview(w);
        const before = w.server.channelPosts(channelId, w.ids.alice).length;
        const result = await w.client('alice').session.restore(TEAM);
        expect(result).toEqual({ok: false, restored: [], error: {message: expect.stringMatching(/^Only system admins can restore/), retryable: false}});
        expect(w.server.channelPosts(channelId, w.ids.alice)).toHaveLength(before);
    });
});

describe('accept', () => {
    async function lostSignOff(): Promise<{w: World; signOff: string}> {
        const w = world({purged: true});
        const {signOff} = await githubUnderReview(w);
        const alice = w.client('alice');
        await alice.session.refresh(TEAM);
        // carol deletes her sign-off; alice had seen it and names it with her next change.
        w.server.deletePost(w.ids.carol, signOff);
        await written(alice, {type: 'substep.checked', plugin: 'github', item: 'ci-master', substep: 'ci-request'});
        return {w, signOff};
    }

    it('a system admin accepts a loss with a reason: the mark is resolved and nothing waits', async () => {
        const {w} = await lostSignOff();
        const admin = w.client('admin');
        await admin.session.refresh(TEAM);
        const open = openMarks(admin.view().state);
        expect(open.length).toBeGreaterThan(0);
        const result = await admin.session.accept(TEAM, open.map((mark) => mark.post), '  Purged by the retention policy; carol confirmed her review.  ');
        expect(result).toEqual({ok: true, accepted: open});
        const state = admin.view().state;
        expect(openMarks(state)).toEqual([]);
        expect(state.integrity.marks.every((mark) => mark.accepted?.by === w.ids.admin && mark.accepted.reason === 'Purged by the retention policy; carol confirmed her review.')).toBe(true);
        expect(state.integrity.onHold).toBe(0);
    });

    it('refuses others, an empty reason, and posts no open mark names', async () => {
        const {w} = await lostSignOff();
        const admin = w.client('admin');
        await admin.session.refresh(TEAM);
        const post = openMarks(admin.view().state)[0]?.post ?? '';
        expect(await w.client('alice').session.accept(TEAM, [post], 'mine')).toEqual({ok: false, error: {message: 'Only system admins can accept a loss in the record.', retryable: false}});
        expect(await admin.session.accept(TEAM, [post], '   ')).toEqual({ok: false, error: expect.objectContaining({message: expect.stringMatching(/^Give the reason/)})});
        const unknown = 'zzzzzzzzzzzzzzzzzzzzzzzzzz';
        expect(await admin.session.accept(TEAM, [post, unknown], 'ok')).toEqual({ok: false, error: expect.objectContaining({message: expect.stringContaining(unknown)})});
        expect(openMarks(admin.view().state).length).toBeGreaterThan(0);
    });
});

describe('batches', () => {
    it('cuts by count and by size, never leaving an empty batch', () => {
        expect(batches([1, 2, 3, 4, 5], () => 1, 2)).toEqual([[1, 2], [3, 4], [5]]);
        expect(batches([5, 5, 5], (n) => n, 10, 12)).toEqual([[5, 5], [5]]);
        expect(batches([50], (n) => n, 10, 12)).toEqual([[50]]);
        expect(batches([], () => 1)).toEqual([]);
    });
});
