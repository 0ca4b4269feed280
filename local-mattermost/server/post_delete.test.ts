// Deleting posts as Mattermost does it (api4/post.go deletePost, app/post.go DeletePost, store
// Delete): soft, thread-wide, announced once with the pre-delete post, delete_by for admins only.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Team} from '@mattermost/types/teams';
import {z} from 'zod';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';
import {openEventSocket, postOf, type EventSocket} from './ws_test_support';

let running: Running;
let alice: Client4;
let bob: Client4;
let dave: Client4;
let admin: Client4;
let team: Team;
const sockets: EventSocket[] = [];

beforeAll(async () => {
    running = await startFresh();
    [alice, bob, dave, admin] = await Promise.all(['alice', 'bob', 'dave-pm', 'admin'].map((u) => loginAs(running.server, u))) as [Client4, Client4, Client4, Client4];
    ({team} = await seededPlace(alice));
});
afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.stop();
});

let channelCount = 0;
async function sharedChannel(): Promise<Channel> {
    const channel = await alice.createChannel({team_id: team.id, name: `deletes-${++channelCount}`, display_name: 'Deletes', type: 'O'});
    for (const client of [bob, admin]) {
        await client.addToChannel((await client.getMe()).id, channel.id);
    }
    return channel;
}

async function socketOf(client: Client4): Promise<EventSocket> {
    const socket = await openEventSocket(running.server, client.getToken());
    sockets.push(socket);
    return socket;
}

const listed = z.object({order: z.array(z.string()), posts: z.record(z.string(), z.looseObject({id: z.string(), delete_at: z.number(), original_id: z.string(), props: z.record(z.string(), z.unknown())}))});

async function getJson(client: Client4, path: string): Promise<{status: number; body: unknown}> {
    const res = await fetch(`${running.server.url}/api/v4${path}`, {headers: {Authorization: `Bearer ${client.getToken()}`}});
    return {status: res.status, body: await res.json()};
}

describe('deleting', () => {
    it('deletes a thread with its root, every row stamped with the same time and deleteBy', async () => {
        const channel = await sharedChannel();
        const root = await alice.createPost({channel_id: channel.id, message: 'root'});
        const reply = await bob.createPost({channel_id: channel.id, message: 'reply', root_id: root.id});
        await bob.patchPost({id: reply.id, message: 'reply, edited'});
        const earlier = await bob.createPost({channel_id: channel.id, message: 'deleted before', root_id: root.id});
        await bob.deletePost(earlier.id);
        await alice.deletePost(root.id);

        expect((await serverErrorOf(alice.getPost(reply.id))).status_code).toBe(404);
        const all = listed.parse((await getJson(admin, `/channels/${channel.id}/posts?include_deleted=true`)).body);
        const thread = Object.values(all.posts).filter((p) => p.id === root.id || p.id === reply.id || p.id === earlier.id || p.original_id === reply.id);
        expect(thread).toHaveLength(4);
        const stamps = new Set(thread.map((p) => p.delete_at));
        expect(stamps.size).toBe(1);
        expect(thread.every((p) => p.props['deleteBy'] === (root.user_id))).toBe(true);
    });

    it('lets authors delete their own posts and team admins anyone\'s; plain members get 403', async () => {
        const channel = await sharedChannel();
        const post = await alice.createPost({channel_id: channel.id, message: 'moderate me'});
        expect(await serverErrorOf(bob.deletePost(post.id)))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        // dave-pm is a team admin and not even in the channel: delete_others_posts comes with the team role.
        await expect(dave.deletePost(post.id)).resolves.toMatchObject({status: 'OK'});
        expect((await serverErrorOf(dave.deletePost(post.id))).status_code).toBe(404);
    });

    it('announces the root only, with the post as it was before the delete; delete_by only to system admins', async () => {
        const channel = await sharedChannel();
        const root = await alice.createPost({channel_id: channel.id, message: 'root'});
        const reply = await bob.createPost({channel_id: channel.id, message: 'reply', root_id: root.id});
        const bobSocket = await socketOf(bob);
        const adminSocket = await socketOf(admin);
        await alice.deletePost(root.id);
        await alice.createPost({channel_id: channel.id, message: 'marker'});

        const isMarker = (m: {event: string; data: Record<string, unknown>}) => m.event === 'posted' && String(m.data['post']).includes('marker');
        await bobSocket.next(isMarker);
        await adminSocket.next(isMarker);
        const toBob = bobSocket.messages.filter((m) => m.event === 'post_deleted');
        const toAdmin = adminSocket.messages.filter((m) => m.event === 'post_deleted');
        expect(toBob).toHaveLength(1);
        expect(toAdmin).toHaveLength(1);
        const [forBob] = toBob;
        const [forAdmin] = toAdmin;
        if (forBob === undefined || forAdmin === undefined) {
            throw new Error('post_deleted missing');
        }
        expect(postOf(forBob)).toMatchObject({id: root.id, delete_at: 0, reply_count: 1});
        expect(forBob.data).not.toHaveProperty('delete_by');
        expect(forAdmin.data).toMatchObject({delete_by: root.user_id});
        expect(postOf(forAdmin)).toMatchObject({id: root.id, delete_at: 0});
        expect(JSON.stringify(toBob)).not.toContain(reply.id);
    });
});

describe('reading deleted posts', () => {
    it('needs a system admin for include_deleted, on pages and on single posts', async () => {
        const channel = await sharedChannel();
        const post = await alice.createPost({channel_id: channel.id, message: 'to go'});
        await alice.deletePost(post.id);
        expect(await getJson(alice, `/channels/${channel.id}/posts?include_deleted=true`))
            .toMatchObject({status: 403, body: {detailed_error: expect.stringContaining('read_deleted_posts')}});
        expect(await getJson(dave, `/posts/${post.id}?include_deleted=true`))
            .toMatchObject({status: 403, body: {detailed_error: expect.stringContaining('manage_system')}});
        expect(await getJson(admin, `/posts/${post.id}?include_deleted=true`))
            .toMatchObject({status: 200, body: {id: post.id, delete_at: expect.any(Number)}});
        expect((await getJson(admin, `/posts/${post.id}`)).status).toBe(404);
        const page = listed.parse((await getJson(admin, `/channels/${channel.id}/posts?include_deleted=true`)).body);
        expect(page.order).toContain(post.id);
        // `since` answers carry deleted rows anyway and ignore include_deleted.
        expect((await getJson(alice, `/channels/${channel.id}/posts?since=1&include_deleted=true`)).status).toBe(403);
    });
});
