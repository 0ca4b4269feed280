// Channel pages and `since` answers as post_store.go builds them: CreateAt DESC with no
// tie-breaker, no has_next, `since` capped at an arbitrary 1000 rows plus their roots.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Team} from '@mattermost/types/teams';

import {loginAs, seededPlace, startFresh, type Running} from './test_support';

let running: Running;
let admin: Client4;
let team: Team;

beforeAll(async () => {
    running = await startFresh();
    admin = await loginAs(running.server, 'admin');
    ({team} = await seededPlace(admin));
});
afterAll(async () => {
    await running.stop();
});

let channelCount = 0;
async function channelWith(count: number, createAt: (i: number) => number, client: Client4 = admin): Promise<Channel> {
    const channel = await client.createChannel({team_id: team.id, name: `lists-${++channelCount}`, display_name: 'Lists', type: 'O'});
    for (let i = 0; i < count; i++) {
        // A system admin may set create_at (api4/post.go createPost keeps it for manage_system).
        await client.createPost({channel_id: channel.id, message: `m${i}`, create_at: createAt(i)});
    }
    return channel;
}

const messagesOf = (list: {order: string[]; posts: Record<string, {message: string}>}): string[] => list.order.map((id) => list.posts[id]?.message ?? '?');

describe('pages', () => {
    it('order equal create_at differently from one request to the next, so pages over ties overlap or miss', async () => {
        const channel = await channelWith(10, () => 5000);
        const orders = new Set<string>();
        let missed = false;
        for (let i = 0; i < 20; i++) {
            const page0 = await admin.getPosts(channel.id, 0, 5);
            const page1 = await admin.getPosts(channel.id, 1, 5);
            orders.add(messagesOf(page0).join());
            missed ||= new Set([...page0.order, ...page1.order]).size < 10;
        }
        expect(orders.size).toBeGreaterThan(1);
        expect(missed).toBe(true);
    });

    it('order ties the same way on two servers started with the same tieOrderSeed', async () => {
        const orderings: string[][] = [];
        for (let run = 0; run < 2; run++) {
            const seeded = await startFresh({tieOrderSeed: 42});
            try {
                const client = await loginAs(seeded.server, 'admin');
                const {team: seededTeam} = await seededPlace(client);
                const channel = await client.createChannel({team_id: seededTeam.id, name: 'seeded', display_name: 'Seeded', type: 'O'});
                for (let i = 0; i < 8; i++) {
                    await client.createPost({channel_id: channel.id, message: `t${i}`, create_at: 7000});
                }
                const first = messagesOf(await client.getPosts(channel.id, 0, 8));
                const second = messagesOf(await client.getPosts(channel.id, 0, 8));
                orderings.push([...first, '|', ...second]);
            } finally {
                await seeded.stop();
            }
        }
        expect(orderings[0]).toEqual(orderings[1]);
    });

    it('sends no has_next, clamps per_page to 200, and keeps distinct create_at newest first', async () => {
        const channel = await channelWith(205, (i) => 10_000 + i);
        const res = await fetch(`${running.server.url}/api/v4/channels/${channel.id}/posts?per_page=500`, {headers: {Authorization: `Bearer ${admin.getToken()}`}});
        const body = await res.json() as {order: string[]; posts: Record<string, {create_at: number}>};
        expect(body).not.toHaveProperty('has_next');
        expect(body.order).toHaveLength(200);
        const times = body.order.map((id) => body.posts[id]?.create_at ?? 0);
        expect(times).toEqual([...times].sort((a, b) => b - a));
    });
});

describe('since', () => {
    it('answers at most 1000 changed rows, an arbitrary 1000 when more changed, sorted by create_at', async () => {
        const channel = await channelWith(1010, (i) => 20_000 + i);
        const first = await admin.getPostsSince(channel.id, 1);
        const second = await admin.getPostsSince(channel.id, 1);
        expect(first.order).toHaveLength(1000);
        expect(second.order).toHaveLength(1000);
        expect(first).not.toHaveProperty('has_next');
        expect(new Set([...first.order, ...second.order]).size).toBeGreaterThan(1000);
        const times = first.order.map((id) => first.posts[id]?.create_at ?? 0);
        expect(times).toEqual([...times].sort((a, b) => b - a));
    }, 60_000);

    it('adds the roots of changed replies to posts but not to order, skipFetchThreads or not', async () => {
        const channel = await channelWith(1, () => 30_000);
        const page = await admin.getPosts(channel.id, 0, 10);
        const root = Object.values(page.posts).find((p) => p.message === 'm0');
        const pause = () => new Promise((resolve) => setTimeout(resolve, 3));
        const beforeReply = Date.now();
        await pause();
        const reply = await admin.createPost({channel_id: channel.id, message: 'late reply', root_id: root?.id ?? ''});
        // A new reply stamps its root's update_at with its create_at (SaveMultiple): both changed.
        expect(new Set((await admin.getPostsSince(channel.id, beforeReply)).order)).toEqual(new Set([reply.id, root?.id]));

        await pause();
        const beforeDelete = Date.now();
        await pause();
        // Deleting a reply leaves its root untouched: the root comes along in posts only.
        await admin.deletePost(reply.id);
        for (const fetchThreads of [true, false]) {
            const changes = await admin.getPostsSince(channel.id, beforeDelete, fetchThreads);
            expect(changes.order).toEqual([reply.id]);
            expect(changes.posts[root?.id ?? '']).toMatchObject({message: 'm0', delete_at: 0});
        }
    });
});
