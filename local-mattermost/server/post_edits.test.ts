// Editing posts as Mattermost does it (app/post.go UpdatePost, store Update): edit_at only for a
// new message, an edit-history copy of every previous version, and who may edit whose posts.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Post} from '@mattermost/types/posts';
import type {Team} from '@mattermost/types/teams';
import {z} from 'zod';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';

let running: Running;
let alice: Client4;
let bob: Client4;
let dave: Client4;
let admin: Client4;
let team: Team;

beforeAll(async () => {
    running = await startFresh();
    [alice, bob, dave, admin] = await Promise.all(['alice', 'bob', 'dave-pm', 'admin'].map((u) => loginAs(running.server, u))) as [Client4, Client4, Client4, Client4];
    ({team} = await seededPlace(alice));
});
afterAll(async () => {
    await running.stop();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

let channelCount = 0;
async function channelWithMembers(): Promise<Channel> {
    const channel = await alice.createChannel({team_id: team.id, name: `edits-${++channelCount}`, display_name: 'Edits', type: 'O'});
    await bob.addToChannel((await bob.getMe()).id, channel.id);
    return channel;
}

const postList = z.object({order: z.array(z.string()), posts: z.record(z.string(), z.looseObject({id: z.string(), original_id: z.string(), delete_at: z.number(), message: z.string(), update_at: z.number()}))});

async function get(client: Client4, path: string): Promise<Response> {
    return fetch(`${running.server.url}/api/v4${path}`, {headers: {Authorization: `Bearer ${client.getToken()}`}});
}

describe('what an edit changes', () => {
    it('a props-only patch leaves edit_at at 0 but moves update_at; a message change sets edit_at', async () => {
        const channel = await channelWithMembers();
        const post = await alice.createPost({channel_id: channel.id, message: 'v1', props: {a: 1, b: 2}});
        await tick();
        const propsOnly = await alice.patchPost({id: post.id, props: {c: 3}});
        expect(propsOnly).toMatchObject({message: 'v1', props: {c: 3}, edit_at: 0});
        expect(propsOnly.update_at).toBeGreaterThan(post.update_at);
        await tick();
        const sameMessage = await alice.patchPost({id: post.id, message: 'v1'});
        expect(sameMessage.edit_at).toBe(0);
        const newMessage = await alice.patchPost({id: post.id, message: 'v2'});
        expect(newMessage.edit_at).toBeGreaterThan(0);
        expect(newMessage.edit_at).toBe(newMessage.update_at);
        expect(newMessage.props).toEqual({c: 3});
    });

    it('PUT replaces the post whole: what the body leaves out is cleared', async () => {
        const channel = await channelWithMembers();
        const post = await alice.createPost({channel_id: channel.id, message: 'whole', props: {keep: 'no'}});
        const updated = await alice.updatePost({...post, message: 'whole', props: {}, is_pinned: false});
        expect(updated).toMatchObject({message: 'whole', props: {}, edit_at: 0});
        const res = await fetch(`${running.server.url}/api/v4/posts/${post.id}`, {
            method: 'PUT', headers: {Authorization: `Bearer ${alice.getToken()}`}, body: JSON.stringify({id: post.id}),
        });
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({message: '', props: {}});
        const wrongBody = await fetch(`${running.server.url}/api/v4/posts/${post.id}`, {
            method: 'PUT', headers: {Authorization: `Bearer ${alice.getToken()}`}, body: JSON.stringify({id: 'mismatch', message: 'x'}),
        });
        expect(wrongBody.status).toBe(400);
        expect(await wrongBody.json()).toMatchObject({id: 'api.context.invalid_param.app_error'});
    });

    it('keeps the old version as a new deleted post with original_id, readable by a system admin', async () => {
        const channel = await channelWithMembers();
        const post = await alice.createPost({channel_id: channel.id, message: 'first words', props: {n: 1}});
        await tick();
        const since = Date.now();
        await tick();
        const edited = await alice.patchPost({id: post.id, message: 'second words'});

        const changes = postList.parse(await (await get(alice, `/channels/${channel.id}/posts?since=${since}`)).json());
        const copies = Object.values(changes.posts).filter((p) => p.original_id === post.id);
        expect(copies).toHaveLength(1);
        const copy = copies[0];
        expect(copy).toMatchObject({message: 'first words', delete_at: edited.update_at, update_at: edited.update_at});
        expect(copy?.id).not.toBe(post.id);
        expect(changes.order).toEqual(expect.arrayContaining([post.id, copy?.id]));

        // Not a post of the channel for anyone reading pages or the post itself...
        const page = await alice.getPosts(channel.id, 0, 60);
        expect(page.order).toContain(post.id);
        expect(page.order).not.toContain(copy?.id);
        expect((await serverErrorOf(alice.getPost(copy?.id ?? ''))).status_code).toBe(404);
        // ...but there for a system admin asking for deleted posts.
        const withDeleted = postList.parse(await (await get(admin, `/channels/${channel.id}/posts?include_deleted=true`)).json());
        expect(withDeleted.order).toEqual(expect.arrayContaining([post.id, copy?.id]));
        const single = await get(admin, `/posts/${copy?.id}?include_deleted=true`);
        expect(single.status).toBe(200);
        expect(await single.json()).toMatchObject({original_id: post.id, message: 'first words'});
    });

    it('editing a reply moves its root\'s update_at', async () => {
        const channel = await channelWithMembers();
        const root = await alice.createPost({channel_id: channel.id, message: 'root'});
        const reply = await bob.createPost({channel_id: channel.id, message: 'reply', root_id: root.id});
        const rootBefore = await alice.getPost(root.id);
        await tick();
        const edited = await bob.patchPost({id: reply.id, props: {x: 1}});
        const rootAfter = await alice.getPost(root.id);
        expect(rootAfter.update_at).toBeGreaterThan(rootBefore.update_at);
        expect(rootAfter.update_at).toBeGreaterThanOrEqual(edited.update_at);
        expect(rootAfter.edit_at).toBe(0);
    });
});

describe('who may edit', () => {
    it('authors edit their own posts; others, team admins included, need edit_others_posts (system admins)', async () => {
        const channel = await channelWithMembers();
        await dave.addToChannel((await dave.getMe()).id, channel.id);
        const post: Post = await alice.createPost({channel_id: channel.id, message: 'mine'});
        expect(await serverErrorOf(bob.patchPost({id: post.id, message: 'hijack'})))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        expect(await serverErrorOf(dave.patchPost({id: post.id, message: 'team admin'})))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        expect(await serverErrorOf(dave.updatePost({...post, message: 'team admin'})))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        await expect(admin.patchPost({id: post.id, message: 'system admin'})).resolves.toMatchObject({message: 'system admin'});
    });

    it('refuses a deleted post as edit_post (403), system messages and archived channels with 400', async () => {
        const channel = await channelWithMembers();
        const gone = await alice.createPost({channel_id: channel.id, message: 'gone'});
        await alice.deletePost(gone.id);
        const refused = await fetch(`${running.server.url}/api/v4/posts/${gone.id}/patch`, {
            method: 'PUT', headers: {Authorization: `Bearer ${alice.getToken()}`}, body: JSON.stringify({message: 'back'}),
        });
        expect(refused.status).toBe(403);
        expect(await refused.json()).toMatchObject({detailed_error: expect.stringContaining('edit_post')});

        const page = await alice.getPosts(channel.id, 0, 60);
        const join = Object.values(page.posts).find((p) => p.type === 'system_join_channel');
        expect(join).toBeDefined();
        expect(await serverErrorOf(admin.patchPost({id: join?.id ?? '', message: 'rewritten'})))
            .toEqual({status_code: 400, server_error_id: 'api.post.update_post.system_message.app_error'});

        const kept = await alice.createPost({channel_id: channel.id, message: 'kept'});
        await alice.deleteChannel(channel.id);
        expect(await serverErrorOf(alice.patchPost({id: kept.id, message: 'late'})))
            .toEqual({status_code: 400, server_error_id: 'api.post.patch_post.can_not_update_post_in_deleted.error'});
        expect(await serverErrorOf(alice.updatePost({...kept, message: 'late'})))
            .toEqual({status_code: 400, server_error_id: 'api.post.update_post.can_not_update_post_in_deleted.error'});
    });
});
