// Post rules of the local Mattermost, checked with the real Client4.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Post} from '@mattermost/types/posts';
import type {Team} from '@mattermost/types/teams';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';

let running: Running;
let alice: Client4;
let bob: Client4;
let admin: Client4;
let team: Team;
let townSquare: Channel;

beforeAll(async () => {
    running = await startFresh();
    [alice, bob, admin] = await Promise.all(['alice', 'bob', 'admin'].map((u) => loginAs(running.server, u))) as [Client4, Client4, Client4];
    ({team, townSquare} = await seededPlace(alice));
});
afterAll(async () => {
    await running.stop();
});

// Client4's Post type lists only built-in post types, so a custom_ or invalid type has to be
// passed through unknown; the server, not the type, is what these tests check.
function withType(fields: {channel_id: string; message: string; props?: Record<string, unknown>}, type: string): Post {
    return {...fields, type} as unknown as Post;
}

async function freshChannel(client: Client4, name: string): Promise<Channel> {
    return client.createChannel({team_id: team.id, name, display_name: name, type: 'O'});
}

describe('creating posts', () => {
    it('answers 201 and sets id, user_id and create_at itself, whatever the client sent', async () => {
        const me = await alice.getMe();
        const bobId = (await bob.getMe()).id;
        const res = await fetch(`${running.server.url}/api/v4/posts`, {
            method: 'POST',
            headers: {Authorization: `Bearer ${alice.getToken()}`},
            body: JSON.stringify({channel_id: townSquare.id, message: 'hello', user_id: bobId, create_at: 1000, id: 'forgedid', update_at: 5, edit_at: 7}),
        });
        expect(res.status).toBe(201);
        const post = await res.json() as Post;
        expect(post.user_id).toBe(me.id);
        expect(post.create_at).toBeGreaterThan(Date.now() - 60_000);
        expect(post.id).not.toBe('forgedid');
        expect(post.update_at).toBe(post.create_at);
        expect(post.edit_at).toBe(0);
        // Present but empty: the server leaves out empty metadata fields.
        expect(typeof post.metadata).toBe('object');
        expect(Object.keys(post.metadata ?? {})).toEqual([]);
    });

    it('lets a system admin keep its own create_at, as Mattermost does for manage_system', async () => {
        const post = await admin.createPost({channel_id: townSquare.id, message: 'imported', create_at: 1234});
        expect(post.create_at).toBe(1234);
    });

    it('accepts empty and custom_ types and rejects system_ and other types with 400', async () => {
        await expect(alice.createPost(withType({channel_id: townSquare.id, message: 'm', props: {event: {id: 'e1'}}}, 'custom_plugin_onboard')))
            .resolves.toMatchObject({type: 'custom_plugin_onboard', props: {event: {id: 'e1'}}});
        expect(await serverErrorOf(alice.createPost({channel_id: townSquare.id, message: 'm', type: 'system_join_channel'})))
            .toEqual({status_code: 400, server_error_id: 'api.context.invalid_param.app_error'});
        expect(await serverErrorOf(alice.createPost(withType({channel_id: townSquare.id, message: 'm'}, 'plugin_onboard'))))
            .toEqual({status_code: 400, server_error_id: 'model.post.is_valid.type.app_error'});
    });

    it('returns the original post for a repeated pending_post_id instead of creating a second one', async () => {
        const channel = await freshChannel(alice, 'dedupe-check');
        const me = await alice.getMe();
        const pending = `${me.id}:${Date.now()}`;
        const first = await alice.createPost({channel_id: channel.id, message: 'once', pending_post_id: pending});
        expect(first.pending_post_id).toBe(pending);
        const second = await alice.createPost({channel_id: channel.id, message: 'once', pending_post_id: pending});
        expect(second.id).toBe(first.id);
        const list = await alice.getPosts(channel.id, 0, 200);
        expect(list.order.filter((id) => list.posts[id]?.message === 'once')).toEqual([first.id]);
        const other = await alice.createPost({channel_id: channel.id, message: 'once', pending_post_id: `${pending}-b`});
        expect(other.id).not.toBe(first.id);
    });

    it('needs channel membership to post (403), while team members may read public channels', async () => {
        const channel = await freshChannel(alice, 'alice-only');
        await alice.createPost({channel_id: channel.id, message: 'mine'});
        expect(await serverErrorOf(bob.createPost({channel_id: channel.id, message: 'intruder'})))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        const read = await bob.getPosts(channel.id);
        expect(Object.values(read.posts).map((p) => p.message)).toContain('mine');
        expect(await serverErrorOf(bob.getChannelMember(channel.id, (await bob.getMe()).id)))
            .toEqual({status_code: 404, server_error_id: 'app.channel.get_member.missing.app_error'});
    });

    it('requires root_id to name a root post of the same channel', async () => {
        const root = await alice.createPost({channel_id: townSquare.id, message: 'root'});
        const reply = await bob.createPost({channel_id: townSquare.id, message: 'reply', root_id: root.id});
        expect(reply.root_id).toBe(root.id);
        expect(await serverErrorOf(bob.createPost({channel_id: townSquare.id, message: 'nested', root_id: reply.id})))
            .toEqual({status_code: 400, server_error_id: 'api.post.create_post.root_id.app_error'});
        expect(await serverErrorOf(bob.createPost({channel_id: townSquare.id, message: 'x', root_id: 'nonexistentpostid000000000'})))
            .toEqual({status_code: 400, server_error_id: 'api.post.create_post.root_id.app_error'});
        const elsewhere = await freshChannel(bob, 'elsewhere');
        expect(await serverErrorOf(bob.createPost({channel_id: elsewhere.id, message: 'x', root_id: root.id})))
            .toEqual({status_code: 400, server_error_id: 'api.post.create_post.channel_root_id.app_error'});
        const thread = await alice.getPostThread(root.id);
        expect(new Set(thread.order)).toEqual(new Set([root.id, reply.id]));
        expect(thread.posts[root.id]?.reply_count).toBe(1);
    });
});

describe('limits', () => {
    it('takes 16383 runes of message and rejects 16384 with 400', async () => {
        await expect(alice.createPost({channel_id: townSquare.id, message: '€'.repeat(16383)})).resolves.toMatchObject({channel_id: townSquare.id});
        expect(await serverErrorOf(alice.createPost({channel_id: townSquare.id, message: 'a'.repeat(16384)})))
            .toEqual({status_code: 400, server_error_id: 'model.post.is_valid.message_length.app_error'});
    });

    it('rejects bodies above the 300000-byte payload limit with 413', async () => {
        expect(await serverErrorOf(alice.createPost({channel_id: townSquare.id, message: 'm', props: {blob: 'x'.repeat(310_000)}})))
            .toEqual({status_code: 413, server_error_id: 'api.context.request_body_too_large.app_error'});
    });

    it('rejects props over 800000 runes with 400 when the payload limit allows them through', async () => {
        const big = await startFresh({maxPayloadBytes: 4_000_000});
        try {
            const client = await loginAs(big.server, 'alice');
            const {townSquare: ts} = await seededPlace(client);
            const within = 'x'.repeat(800_000 - JSON.stringify({blob: ''}).length);
            await expect(client.createPost({channel_id: ts.id, message: 'm', props: {blob: within}})).resolves.toMatchObject({message: 'm'});
            expect(await serverErrorOf(client.createPost({channel_id: ts.id, message: 'm', props: {blob: within + 'x'}})))
                .toEqual({status_code: 400, server_error_id: 'model.post.is_valid.props.app_error'});
        } finally {
            await big.stop();
        }
    });
});

describe('editing and deleting', () => {
    it('lets the author patch (props replaced whole, edit_at set) and forbids others with 403', async () => {
        const post = await alice.createPost({channel_id: townSquare.id, message: 'v1', props: {a: 1, b: 2}});
        const patched = await alice.patchPost({id: post.id, message: 'v2', props: {c: 3}});
        expect(patched.message).toBe('v2');
        expect(patched.props).toEqual({c: 3});
        expect(patched.edit_at).toBeGreaterThan(0);
        expect(patched.update_at).toBe(patched.edit_at);
        expect(await serverErrorOf(bob.patchPost({id: post.id, message: 'hijack'})))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        await expect(admin.patchPost({id: post.id, message: 'moderated'})).resolves.toMatchObject({message: 'moderated'});
        expect((await alice.getPost(post.id)).message).toBe('moderated');
    });

    it('lets the author delete; the post disappears from reads; others get 403', async () => {
        const post = await alice.createPost({channel_id: townSquare.id, message: 'to delete'});
        expect(await serverErrorOf(bob.deletePost(post.id))).toMatchObject({status_code: 403});
        await alice.deletePost(post.id);
        expect((await serverErrorOf(alice.getPost(post.id))).status_code).toBe(404);
        const list = await alice.getPosts(townSquare.id, 0, 200);
        expect(list.order).not.toContain(post.id);
    });
});

describe('reading a channel', () => {
    it('pages newest first with per_page (at most 200) and cursors, without has_next', async () => {
        const channel = await freshChannel(alice, 'paging');
        const created: Post[] = [];
        for (let i = 0; i < 7; i++) {
            created.push(await alice.createPost({channel_id: channel.id, message: `p${i}`}));
            // Distinct create_at: only then is the order of a page defined.
            await new Promise((resolve) => setTimeout(resolve, 2));
        }
        const ids = created.map((p) => p.id).reverse();
        const page0 = await alice.getPosts(channel.id, 0, 3);
        expect(page0.order).toEqual(ids.slice(0, 3));
        expect(page0).toMatchObject({next_post_id: '', prev_post_id: ids[3]});
        expect(page0).not.toHaveProperty('has_next');
        const page2 = await alice.getPosts(channel.id, 2, 3);
        expect(page2.order).toEqual(ids.slice(6, 7));
        expect(page2).not.toHaveProperty('has_next');
        expect(page2.posts[ids[6] ?? '']?.message).toBe('p0');

        const capped = await fetch(`${running.server.url}/api/v4/channels/${townSquare.id}/posts?per_page=1000`, {headers: {Authorization: `Bearer ${alice.getToken()}`}});
        expect(capped.headers.get('content-type')).toBe('application/json');
        const all = await capped.json() as {order: string[]};
        for (let i = 0; all.order.length < 201 && i < 210; i++) {
            await bob.createPost({channel_id: townSquare.id, message: `filler ${i}`});
        }
        const again = await alice.getPosts(townSquare.id, 0, 1000);
        expect(again.order).toHaveLength(200);
    });

    it('returns posts created, edited or deleted after `since`, deleted ones marked with delete_at, and the edit-history copy', async () => {
        const channel = await freshChannel(alice, 'since-check');
        const old = await alice.createPost({channel_id: channel.id, message: 'old'});
        const toEdit = await alice.createPost({channel_id: channel.id, message: 'edit me'});
        const toDelete = await alice.createPost({channel_id: channel.id, message: 'delete me'});
        await new Promise((resolve) => setTimeout(resolve, 5));
        const since = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 5));
        const fresh = await alice.createPost({channel_id: channel.id, message: 'fresh'});
        await alice.patchPost({id: toEdit.id, message: 'edited'});
        await alice.deletePost(toDelete.id);

        const changes = await alice.getPostsSince(channel.id, since);
        const copies = Object.values(changes.posts).filter((p) => p.original_id === toEdit.id);
        expect(copies).toEqual([expect.objectContaining({message: 'edit me', delete_at: expect.any(Number)})]);
        expect(new Set(changes.order)).toEqual(new Set([fresh.id, toEdit.id, toDelete.id, copies[0]?.id]));
        expect(changes.order).not.toContain(old.id);
        expect(changes.posts[toDelete.id]?.delete_at).toBeGreaterThan(0);
        expect(changes.posts[toEdit.id]?.message).toBe('edited');
    });

    it('deletes a thread\'s replies with its root', async () => {
        const channel = await freshChannel(alice, 'thread-delete');
        const root = await alice.createPost({channel_id: channel.id, message: 'root'});
        const reply = await alice.createPost({channel_id: channel.id, message: 'reply', root_id: root.id});
        await alice.deletePost(root.id);
        expect((await serverErrorOf(alice.getPost(reply.id))).status_code).toBe(404);
    });
});

describe('channels', () => {
    it('creates, finds by name, rejects duplicates and bad names, and joins with a system message', async () => {
        const channel = await freshChannel(alice, 'plugin-onboarding');
        expect(channel).toMatchObject({name: 'plugin-onboarding', type: 'O', team_id: team.id});
        expect(await serverErrorOf(bob.createChannel({team_id: team.id, name: 'plugin-onboarding', display_name: 'again', type: 'O'})))
            .toEqual({status_code: 400, server_error_id: 'store.sql_channel.save_channel.exists.app_error'});
        expect((await serverErrorOf(bob.createChannel({team_id: team.id, name: 'Bad Name', display_name: 'bad', type: 'O'}))).status_code).toBe(400);
        expect(await serverErrorOf(bob.getChannelByName(team.id, 'no-such-channel')))
            .toEqual({status_code: 404, server_error_id: 'app.channel.get_by_name.missing.app_error'});
        expect((await bob.getChannelByName(team.id, 'plugin-onboarding')).id).toBe(channel.id);

        const bobId = (await bob.getMe()).id;
        const member = await bob.addToChannel(bobId, channel.id);
        expect(member).toMatchObject({channel_id: channel.id, user_id: bobId});
        await expect(bob.getMyChannelMember(channel.id)).resolves.toMatchObject({user_id: bobId});
        const posts = await bob.getPosts(channel.id);
        expect(Object.values(posts.posts).some((p) => p.type === 'system_join_channel')).toBe(true);
        await expect(bob.createPost({channel_id: channel.id, message: 'now a member'})).resolves.toMatchObject({user_id: bobId});
    });

    it('keeps private channels from non-members', async () => {
        const secret = await alice.createChannel({team_id: team.id, name: 'secret', display_name: 'Secret', type: 'P'});
        expect((await serverErrorOf(bob.getChannelByName(team.id, 'secret'))).status_code).toBe(404);
        expect((await serverErrorOf(bob.getPosts(secret.id))).status_code).toBe(403);
        expect((await serverErrorOf(bob.addToChannel((await bob.getMe()).id, secret.id))).status_code).toBe(403);
    });
});

describe('slash commands', () => {
    it('404s unknown triggers and lets only team admins register one for autocomplete', async () => {
        expect(await serverErrorOf(alice.executeCommand('/plugin-onboard status', {channel_id: townSquare.id, team_id: team.id})))
            .toEqual({status_code: 404, server_error_id: 'api.command.execute_command.not_found.app_error'});
        const command = {team_id: team.id, trigger: 'plugin-onboard', method: 'P' as const, url: 'http://localhost/unused', auto_complete: true, auto_complete_hint: '[status|help]', auto_complete_desc: 'Onboarding tracker'};
        expect((await serverErrorOf(alice.addCommand(command as Parameters<Client4['addCommand']>[0]))).status_code).toBe(403);
        const created = await admin.addCommand(command as Parameters<Client4['addCommand']>[0]);
        expect(created.trigger).toBe('plugin-onboard');
        const listed = await alice.getCommandsList(team.id);
        expect(listed.map((c) => c.trigger)).toContain('plugin-onboard');
        expect(listed.find((c) => c.trigger === 'plugin-onboard')?.token).toBe('');
    });
});
