// The in-memory Mattermost keeps the real server's rules (the same ones local-mattermost/server
// follows): edits, thread deletes, tie order and `since`.
import {z} from 'zod/mini';

import {MemoryMattermost, MemoryServerError, type WebSocketMessage} from './server';

const DeletedData = z.object({post: z.string(), delete_by: z.optional(z.string())});

const TEAM = 'team00000000000000000000aa';

function world(clock?: () => number, random?: () => number) {
    const server = new MemoryMattermost(clock, random);
    const alice = server.addUser('alice');
    const bob = server.addUser('bob');
    const admin = server.addUser('admin', {systemAdmin: true});
    const channel = server.createChannel(alice, {team_id: TEAM, name: 'tracker', display_name: 'Tracker', purpose: '', type: 'O'});
    server.join(channel.id, bob);
    server.join(channel.id, admin);
    const post = (userId: string, message: string, rootId = '', props: Record<string, unknown> = {}) =>
        server.createPost(userId, {channel_id: channel.id, root_id: rootId, message, type: 'custom_plugin_onboard', props, pending_post_id: ''});
    return {server, alice, bob, admin, channelId: channel.id, post};
}

const statusOf = (run: () => unknown): number => {
    try {
        run();
    } catch (error) {
        if (error instanceof MemoryServerError) {
            return error.status;
        }
        throw error;
    }
    return 200;
};

// A clock the test moves by hand, so several posts can share a millisecond on purpose.
function manualClock(start = 1000): {now: () => number; advance: () => void} {
    let time = start;
    return {now: () => time, advance: () => {
        time += 1;
    }};
}

describe('edits', () => {
    it('set edit_at only for a new message, always move update_at, and keep the old version as a deleted copy', () => {
        const clock = manualClock();
        const w = world(clock.now);
        const post = w.post(w.alice, 'v1', '', {a: 1});
        clock.advance();
        const propsOnly = w.server.patchPost(w.alice, post.id, {props: {b: 2}});
        expect(propsOnly).toMatchObject({message: 'v1', props: {b: 2}, edit_at: 0, update_at: 1001});
        clock.advance();
        const newMessage = w.server.patchPost(w.alice, post.id, {message: 'v2'});
        expect(newMessage).toMatchObject({message: 'v2', props: {b: 2}, edit_at: 1002, update_at: 1002});

        const since = w.server.getPostsSince(w.channelId, w.alice, 1000);
        const copies = Object.values(since.posts).filter((p) => p.id !== post.id);
        expect(copies).toHaveLength(2);
        expect(copies).toEqual(expect.arrayContaining([
            expect.objectContaining({original_id: post.id, message: 'v1', props: {a: 1}, delete_at: 1001}),
            expect.objectContaining({original_id: post.id, message: 'v1', props: {b: 2}, delete_at: 1002}),
        ]));
        expect(new Set(since.order)).toEqual(new Set([post.id, ...copies.map((c) => c.id)]));
        // Not posts of the channel: pages and the inspection view leave them out.
        expect(w.server.getPosts(w.channelId, w.alice, 0, 60).order).toEqual([post.id]);
        expect(w.server.channelPosts(w.channelId, w.alice).map((p) => p.id)).toEqual([post.id]);
    });

    it('move the root\'s update_at when a reply is created or edited', () => {
        const clock = manualClock();
        const w = world(clock.now);
        const root = w.post(w.alice, 'root');
        clock.advance();
        const reply = w.post(w.bob, 'reply', root.id);
        expect(w.server.post(root.id)?.update_at).toBe(reply.create_at);
        clock.advance();
        w.server.patchPost(w.bob, reply.id, {props: {x: 1}});
        expect(w.server.post(root.id)).toMatchObject({update_at: 1002, edit_at: 0});
    });

    it('are refused for others (only system admins edit others\' posts) and for deleted posts (403)', () => {
        const w = world();
        const post = w.post(w.alice, 'mine');
        expect(statusOf(() => w.server.patchPost(w.bob, post.id, {message: 'hijack'}))).toBe(403);
        expect(statusOf(() => w.server.patchPost(w.admin, post.id, {message: 'moderated'}))).toBe(200);
        w.server.deletePost(w.alice, post.id);
        expect(statusOf(() => w.server.patchPost(w.alice, post.id, {message: 'back'}))).toBe(403);
    });
});

describe('deletes', () => {
    it('take the whole thread, every row stamped alike with deleteBy, and announce the root as it was', async () => {
        const clock = manualClock();
        const w = world(clock.now);
        const events: Array<{userId: string; message: WebSocketMessage}> = [];
        for (const userId of [w.bob, w.admin]) {
            w.server.subscribe(userId, (message) => events.push({userId, message}));
        }
        const root = w.post(w.alice, 'root');
        const reply = w.post(w.bob, 'reply', root.id);
        clock.advance();
        w.server.patchPost(w.bob, reply.id, {message: 'reply, edited'});
        clock.advance();
        w.server.deletePost(w.alice, root.id);
        await new Promise((resolve) => setTimeout(resolve, 0));

        const rows = Object.values(w.server.getPostsSince(w.channelId, w.admin, 1).posts);
        expect(rows).toHaveLength(3);
        expect(rows.every((p) => p.delete_at === 1002 && p.update_at === 1002 && p.props?.['deleteBy'] === w.alice)).toBe(true);
        expect(rows.find((p) => p.id === root.id)?.message).toBe('root');

        const deleted = events.filter((e) => e.message.event === 'post_deleted');
        expect(deleted.map((e) => e.userId).sort()).toEqual([w.admin, w.bob].sort());
        for (const {userId, message} of deleted) {
            const data = DeletedData.parse(message.data);
            expect(JSON.parse(data.post)).toMatchObject({id: root.id, delete_at: 0});
            expect(data.delete_by).toBe(userId === w.admin ? w.alice : undefined);
        }
    });
});

describe('pages and since', () => {
    it('return equal create_at in a different order from one request to the next, and repeat it under a seeded random', () => {
        const orders = new Set<string>();
        const w = world(() => 5000);
        for (let i = 0; i < 8; i++) {
            w.post(w.alice, `t${i}`);
        }
        for (let i = 0; i < 20; i++) {
            const page = w.server.getPosts(w.channelId, w.alice, 0, 200);
            expect(page).not.toHaveProperty('has_next');
            orders.add(page.order.map((id) => page.posts[id]?.message).join());
        }
        expect(orders.size).toBeGreaterThan(1);

        let seed = 0;
        const seeded = () => {
            seed = (seed * 9301 + 49297) % 233280;
            return seed / 233280;
        };
        const messages = () => {
            seed = 0;
            const s = world(() => 5000, seeded);
            for (let i = 0; i < 8; i++) {
                s.post(s.alice, `t${i}`);
            }
            seed = 0;
            const page = s.server.getPosts(s.channelId, s.alice, 0, 200);
            return page.order.map((id) => page.posts[id]?.message);
        };
        expect(messages()).toEqual(messages());
    });

    it('cap `since` at an arbitrary 1000 changed rows and add the roots of changed replies to posts only', () => {
        const clock = manualClock();
        const w = world(clock.now);
        for (let i = 0; i < 1005; i++) {
            w.post(w.alice, `m${i}`);
            clock.advance();
        }
        const first = w.server.getPostsSince(w.channelId, w.alice, 1);
        const second = w.server.getPostsSince(w.channelId, w.alice, 1);
        expect(first.order).toHaveLength(1000);
        expect(new Set([...first.order, ...second.order]).size).toBeGreaterThan(1000);

        const root = w.post(w.alice, 'root');
        const reply = w.post(w.bob, 'reply', root.id);
        clock.advance();
        const before = clock.now() - 1;
        w.server.deletePost(w.bob, reply.id);
        const changes = w.server.getPostsSince(w.channelId, w.alice, before);
        expect(changes.order).toEqual([reply.id]);
        expect(changes.posts[root.id]).toMatchObject({message: 'root', delete_at: 0});
    });
});
