// The one contract every EventLogStorage adapter must meet, run against the in-memory adapter
// (memory/memory.test.ts) and against the local Mattermost through Client4 (mattermost/mattermost.test.ts).
import {EVENT_VERSION, type OnboardEvent} from '../../domain/events';
import {SEEN_NOTHING} from '../../domain/new_event';

import {StorageError, TRACKER_CHANNEL_NAME, TRACKER_DISPLAY_NAME, type EventLogStorage, type StorageOperation} from '../port';

export interface ContractUser {
    readonly userId: string;
    readonly username: string;
    readonly storage: EventLogStorage;
}

export interface ContractHarness {
    readonly teamId: string;
    readonly alice: ContractUser;
    readonly bob: ContractUser;
    readonly admin: ContractUser;
    /**
     * The author edits the post (PUT /posts/{id}/patch): props are replaced whole; the message
     * changes only when one is given, and only a changed message sets edit_at (app/post.go UpdatePost).
     */
    editPost(as: ContractUser, postId: string, props: Record<string, unknown>, message?: string): Promise<void>;
    deletePost(as: ContractUser, postId: string): Promise<void>;
    /** An ordinary chat message in the channel: part of the channel, not of the log. */
    postChat(as: ContractUser, channelId: string, message: string): Promise<void>;
    /** The next `times` requests of that kind answer with `status`. */
    fail(operation: StorageOperation, status: number, times?: number): void;
    close(): Promise<void>;
}

let counter = 0;
/** A well-formed registration with a fresh id (the contract does not care what the fold makes of it). */
export function registration(owner: string, plugin = `plugin-${++counter}`): OnboardEvent {
    return {
        v: EVENT_VERSION, id: `evt${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 10)}`, seen: SEEN_NOTHING,
        type: 'plugin.registered', plugin, name: plugin, repoUrl: `https://github.com/example/${plugin}`,
        owners: [owner], thirdPartyService: false, mattermostOwned: false,
    };
}

export function substep(plugin: string): OnboardEvent {
    return {v: EVENT_VERSION, id: `evt${(++counter).toString(36)}${Math.random().toString(36).slice(2, 12)}`, seen: SEEN_NOTHING, type: 'substep.checked', plugin, item: 'qa-pass', substep: 'setup-docs'};
}

/** The StorageError a call fails with (any other outcome fails the test). */
export async function failureOf(promise: Promise<unknown>): Promise<StorageError> {
    try {
        await promise;
    } catch (error) {
        if (error instanceof StorageError) {
            return error;
        }
        throw error;
    }
    throw new Error('expected the call to fail');
}

export function storageContract(name: string, setup: () => Promise<ContractHarness>): void {
    describe(`EventLogStorage contract: ${name}`, () => {
        let h: ContractHarness;
        beforeEach(async () => {
            h = await setup();
        });
        afterEach(async () => {
            await h.close();
        });
        const opened = async (as: ContractUser = h.alice): Promise<string> => {
            const channel = await as.storage.createTracker(h.teamId);
            await as.storage.ensureMember(channel.id);
            return channel.id;
        };

        it('finds no tracker on a fresh team, creates the public tracker channel, and others find the same one', async () => {
            expect(await h.alice.storage.findTracker(h.teamId)).toBeNull();
            const created = await h.alice.storage.createTracker(h.teamId);
            expect(created).toMatchObject({teamId: h.teamId, name: TRACKER_CHANNEL_NAME, displayName: TRACKER_DISPLAY_NAME});
            expect(await h.bob.storage.findTracker(h.teamId)).toEqual(created);
        });

        it('creating when the tracker exists returns the existing channel instead of failing or making a second', async () => {
            const first = await h.alice.storage.createTracker(h.teamId);
            const second = await h.bob.storage.createTracker(h.teamId);
            expect(second.id).toBe(first.id);
        });

        it('a non-member joins (idempotently) and can then read and append', async () => {
            const channelId = await opened(h.alice);
            await h.bob.storage.ensureMember(channelId);
            await h.bob.storage.ensureMember(channelId);
            const entry = await h.bob.storage.append(channelId, registration(h.bob.userId), {rootId: '', message: 'registered'});
            const all = await h.alice.storage.loadAll(channelId);
            expect(all.entries.map((e) => e.postId)).toContain(entry.postId);
        });

        it('append returns the server-set author, time and root, and the event as written', async () => {
            const channelId = await opened();
            const before = Date.now();
            const root = registration(h.alice.userId, 'github');
            const rootEntry = await h.alice.storage.append(channelId, root, {rootId: '', message: 'registered github'});
            expect(rootEntry).toMatchObject({userId: h.alice.userId, editAt: 0, rootId: '', payload: root});
            expect(rootEntry.createAt).toBeGreaterThanOrEqual(before - 1000);
            expect(rootEntry.createAt).toBeLessThanOrEqual(Date.now() + 1000);
            const reply = substep('github');
            const replyEntry = await h.alice.storage.append(channelId, reply, {rootId: rootEntry.postId, message: 'checked'});
            expect(replyEntry).toMatchObject({rootId: rootEntry.postId, payload: reply});
        });

        it('appending the same event again (a retry) returns the first post and writes nothing new', async () => {
            const channelId = await opened();
            const event = registration(h.alice.userId);
            const first = await h.alice.storage.append(channelId, event, {rootId: '', message: 'x'});
            const again = await h.alice.storage.append(channelId, event, {rootId: '', message: 'x'});
            expect(again.postId).toBe(first.postId);
            const all = await h.alice.storage.loadAll(channelId);
            expect(all.entries.filter((e) => e.postId === first.postId)).toHaveLength(1);
            expect(all.entries).toHaveLength(1);
        });

        it('loadAll pages through the whole channel and keeps only tracker posts', async () => {
            const channelId = await opened();
            const written = new Set<string>();
            const batch = Array.from({length: 230}, () => registration(h.alice.userId));
            for (let i = 0; i < batch.length; i += 23) {
                const entries = await Promise.all(batch.slice(i, i + 23).map((event) => h.alice.storage.append(channelId, event, {rootId: '', message: 'm'})));
                entries.forEach((e) => written.add(e.postId));
            }
            await h.postChat(h.alice, channelId, 'just chatting');
            await h.bob.storage.ensureMember(channelId);
            const all = await h.bob.storage.loadAll(channelId);
            expect(all.kind).toBe('full');
            expect(new Set(all.entries.map((e) => e.postId))).toEqual(written);
            expect(all.entries).toHaveLength(230);
        }, 30000);

        it('loadSince returns what changed after the cursor: new posts, edits, deletions', async () => {
            const channelId = await opened();
            const kept = await h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'a'});
            const toEdit = await h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'b'});
            const toRetitle = await h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'c'});
            const toDelete = await h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'd'});
            const base = await h.alice.storage.loadAll(channelId);
            expect(base.entries).toHaveLength(4);

            await new Promise((resolve) => setTimeout(resolve, 5));
            const added = await h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'e'});
            // A props-only edit leaves edit_at at 0 on a real server: the forged event looks unedited.
            const forged = {onboard_event: {...registration(h.alice.userId), name: 'changed'}};
            await h.editPost(h.alice, toEdit.postId, forged);
            const retitled = {onboard_event: {...registration(h.alice.userId), name: 'retitled'}};
            await h.editPost(h.alice, toRetitle.postId, retitled, 'c, edited');
            await h.deletePost(h.alice, toDelete.postId);

            const delta = await h.alice.storage.loadSince(channelId, base.cursor);
            expect(delta.kind).toBe('delta');
            const byId = new Map(delta.entries.map((e) => [e.postId, e]));
            expect(byId.get(added.postId)).toMatchObject({editAt: 0});
            expect(byId.get(toEdit.postId)).toMatchObject({editAt: 0, payload: forged.onboard_event});
            expect(byId.get(toRetitle.postId)?.editAt).toBeGreaterThan(0);
            expect(byId.get(toRetitle.postId)?.payload).toEqual(retitled.onboard_event);
            expect(delta.deletedPostIds).toContain(toDelete.postId);
            expect(byId.has(toDelete.postId)).toBe(false);
            expect(delta.cursor).toBeGreaterThanOrEqual(base.cursor);

            const after = await h.alice.storage.loadAll(channelId);
            expect(after.entries.map((e) => e.postId).sort()).toEqual([kept.postId, toEdit.postId, toRetitle.postId, added.postId].sort());
            expect(after.entries.find((e) => e.postId === toEdit.postId)).toMatchObject({editAt: 0, payload: forged.onboard_event});
            expect(after.entries.find((e) => e.postId === toRetitle.postId)?.editAt).toBeGreaterThan(0);

            const quiet = await h.alice.storage.loadSince(channelId, after.cursor);
            // Anything repeated from before the cursor is the same post as before; nothing new appeared.
            for (const entry of quiet.entries) {
                expect(after.entries.find((e) => e.postId === entry.postId)).toEqual(entry);
            }
        });

        it('deleting a root takes its replies: loadSince reports them deleted and loadAll no longer has them', async () => {
            const channelId = await opened();
            const root = await h.alice.storage.append(channelId, registration(h.alice.userId, 'threaded'), {rootId: '', message: 'root'});
            const reply = await h.alice.storage.append(channelId, substep('threaded'), {rootId: root.postId, message: 'reply'});
            const other = await h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'other'});
            const base = await h.alice.storage.loadAll(channelId);
            expect(base.entries).toHaveLength(3);

            await new Promise((resolve) => setTimeout(resolve, 5));
            await h.deletePost(h.alice, root.postId);
            const delta = await h.alice.storage.loadSince(channelId, base.cursor);
            expect(delta.deletedPostIds).toEqual(expect.arrayContaining([root.postId, reply.postId]));
            expect(delta.entries.map((e) => e.postId)).not.toContain(reply.postId);
            expect((await h.alice.storage.loadAll(channelId)).entries.map((e) => e.postId)).toEqual([other.postId]);
        });

        it('refuses a message over Mattermost\'s 16383-character limit as too large', async () => {
            const channelId = await opened();
            const error = await failureOf(h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'x'.repeat(16384)}));
            expect(error.kind).toBe('too-large');
            expect((await h.alice.storage.loadAll(channelId)).entries).toHaveLength(0);
        });

        it('refuses an append to a channel the user is not in as forbidden', async () => {
            const channelId = await opened(h.alice);
            const error = await failureOf(h.bob.storage.append(channelId, registration(h.bob.userId), {rootId: '', message: 'x'}));
            expect(error.kind).toBe('forbidden');
            expect(error.status).toBe(403);
        });

        it.each([
            ['append', 500, 'server', true],
            ['append', 503, 'server', true],
            ['append', 429, 'rate-limited', true],
            ['append', 401, 'unauthorized', false],
            ['append', 413, 'too-large', false],
            ['load', 404, 'not-found', false],
            ['load', 401, 'unauthorized', false],
            ['create', 403, 'forbidden', false],
            ['find', 500, 'server', true],
            ['users', 502, 'server', true],
        ] as const)('maps HTTP %s %i to %s (transient: %s) and works again afterwards', async (operation, status, kind, transient) => {
            const channelId = await opened();
            const run = (): Promise<unknown> => {
                switch (operation) {
                case 'append': return h.alice.storage.append(channelId, registration(h.alice.userId), {rootId: '', message: 'm'});
                case 'load': return h.alice.storage.loadAll(channelId);
                case 'create': return h.bob.storage.createTracker(h.teamId);
                case 'find': return h.alice.storage.findTracker(h.teamId);
                case 'users': return h.alice.storage.users.byIds([h.bob.userId]);
                default: return Promise.reject(new Error(operation));
                }
            };
            h.fail(operation, status, 1);
            const error = await failureOf(run());
            expect(error).toMatchObject({kind, status, operation});
            expect(error.transient).toBe(transient);
            await expect(run()).resolves.toBeDefined();
            // And with the right answer, not a remembered failure (a cached "no tracker", an empty log).
            const again = await run();
            const expected: Record<typeof operation, unknown> = {
                append: expect.objectContaining({userId: h.alice.userId}),
                load: expect.objectContaining({kind: 'full'}),
                create: expect.objectContaining({id: channelId}),
                find: expect.objectContaining({id: channelId}),
                users: [expect.objectContaining({id: h.bob.userId})],
            };
            expect(again).toEqual(expected[operation]);
        });

        it('looks users up by id and username, knows system admins, and autocompletes', async () => {
            const byName = await h.alice.storage.users.byUsernames([h.bob.username, h.admin.username]);
            expect(byName.map((u) => u.id).sort()).toEqual([h.bob.userId, h.admin.userId].sort());
            const byId = await h.alice.storage.users.byIds([h.admin.userId, h.alice.userId]);
            expect(byId.find((u) => u.id === h.admin.userId)?.isSystemAdmin).toBe(true);
            expect(byId.find((u) => u.id === h.alice.userId)).toMatchObject({username: h.alice.username, isSystemAdmin: false});
            expect(await h.alice.storage.users.byIds([])).toEqual([]);
            const found = await h.alice.storage.users.autocomplete(h.bob.username.slice(0, 2), h.teamId);
            expect(found.map((u) => u.username)).toContain(h.bob.username);
        });
    });
}
