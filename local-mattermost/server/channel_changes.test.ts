// Renaming, archiving and restoring channels as api4/channel.go and app/channel.go do it, and
// who hears about it.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Team} from '@mattermost/types/teams';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';
import {openEventSocket, type EventSocket, type SocketMessage} from './ws_test_support';

let running: Running;
let alice: Client4;
let bob: Client4;
let carol: Client4;
let dave: Client4;
let admin: Client4;
let team: Team;
let townSquare: Channel;
const sockets: EventSocket[] = [];

beforeAll(async () => {
    running = await startFresh();
    [alice, bob, carol, dave, admin] = await Promise.all(['alice', 'bob', 'carol-qa', 'dave-pm', 'admin'].map((u) => loginAs(running.server, u))) as [Client4, Client4, Client4, Client4, Client4];
    ({team, townSquare} = await seededPlace(alice));
});
afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.stop();
});

let count = 0;
async function aliceAndBobChannel(type: 'O' | 'P' = 'O'): Promise<Channel> {
    const channel = await alice.createChannel({team_id: team.id, name: `changes-${++count}`, display_name: `Changes ${count}`, type});
    await alice.addToChannel((await bob.getMe()).id, channel.id);
    return channel;
}

async function socketOf(client: Client4): Promise<EventSocket> {
    const socket = await openEventSocket(running.server, client.getToken());
    sockets.push(socket);
    return socket;
}

// A town-square post reaches everyone; once it has arrived, earlier events that did not will not.
async function settle(...all: EventSocket[]): Promise<void> {
    const marker = `marker ${Math.random()}`;
    await admin.createPost({channel_id: townSquare.id, message: marker});
    await Promise.all(all.map((s) => s.next((m) => m.event === 'posted' && String(m.data['post']).includes(marker))));
}

const named = (event: string, channelId: string) => (m: SocketMessage): boolean =>
    m.event === event && (m.data['channel_id'] === channelId || String(m.data['channel'] ?? '').includes(channelId));

describe('renaming (PUT /channels/{id}/patch)', () => {
    it('lets a member of a public channel change its name, display name, purpose and header, and tells the members', async () => {
        const channel = await aliceAndBobChannel();
        const [aliceSocket, carolSocket] = [await socketOf(alice), await socketOf(carol)];
        const patched = await bob.patchChannel(channel.id, {name: `renamed-${count}`, display_name: 'Renamed', purpose: 'why', header: 'top'});
        expect(patched).toMatchObject({id: channel.id, name: `renamed-${count}`, display_name: 'Renamed', purpose: 'why', header: 'top'});
        expect(patched.update_at).toBeGreaterThan(channel.update_at);
        expect((await alice.getChannelByName(team.id, `renamed-${count}`)).id).toBe(channel.id);

        const updated = await aliceSocket.next(named('channel_updated', channel.id));
        expect(JSON.parse(String(updated.data['channel']))).toMatchObject({id: channel.id, name: `renamed-${count}`});
        await settle(carolSocket);
        expect(carolSocket.messages.some(named('channel_updated', channel.id))).toBe(false);

        const posts = await alice.getPosts(channel.id, 0, 60);
        expect(Object.values(posts.posts).map((p) => p.type)).toEqual(expect.arrayContaining(['system_displayname_change', 'system_purpose_change', 'system_header_change']));
    });

    it('refuses non-members (team admins too: they do not hold manage_public_channel_properties) and bad patches', async () => {
        const channel = await aliceAndBobChannel();
        for (const outsider of [carol, dave]) {
            expect(await serverErrorOf(outsider.patchChannel(channel.id, {display_name: 'Mine now'})))
                .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        }
        await expect(admin.patchChannel(channel.id, {display_name: 'System admin'})).resolves.toMatchObject({display_name: 'System admin'});
        expect(await serverErrorOf(alice.patchChannel(channel.id, {})))
            .toEqual({status_code: 400, server_error_id: 'api.channel.patch_update_channel.no_changes.app_error'});
        expect(await serverErrorOf(alice.patchChannel(townSquare.id, {name: 'not-town-square'})))
            .toEqual({status_code: 400, server_error_id: 'api.channel.update_channel.tried.app_error'});
        expect(await serverErrorOf(alice.patchChannel(channel.id, {name: 'off-topic'})))
            .toEqual({status_code: 400, server_error_id: 'app.channel.update.bad_id'});
        expect(await serverErrorOf(alice.patchChannel(channel.id, {name: 'Not Valid'})))
            .toEqual({status_code: 400, server_error_id: 'model.channel.is_valid.2_or_more.app_error'});
    });
});

describe('archiving (DELETE /channels/{id}) and restoring', () => {
    it('lets a member archive a public channel; it stays readable, takes no posts, and is found by name only with include_deleted', async () => {
        const channel = await aliceAndBobChannel();
        await alice.createPost({channel_id: channel.id, message: 'before the archive'});
        const carolSocket = await socketOf(carol);
        await expect(bob.deleteChannel(channel.id)).resolves.toMatchObject({status: 'OK'});

        // Public: the whole team hears, members or not.
        const deleted = await carolSocket.next(named('channel_deleted', channel.id));
        expect(deleted.data['delete_at']).toEqual(expect.any(Number));

        const archived = await alice.getChannel(channel.id);
        expect(archived.delete_at).toBeGreaterThan(0);
        const posts = await carol.getPosts(channel.id, 0, 60);
        expect(Object.values(posts.posts).map((p) => p.message)).toContain('before the archive');
        expect(Object.values(posts.posts).some((p) => p.type === 'system_channel_deleted')).toBe(true);
        expect(await serverErrorOf(alice.createPost({channel_id: channel.id, message: 'too late'})))
            .toEqual({status_code: 400, server_error_id: 'api.post.create_post.can_not_post_to_deleted.error'});
        expect(await serverErrorOf(alice.patchChannel(channel.id, {display_name: 'Too late'})))
            .toEqual({status_code: 400, server_error_id: 'app.channel.update.bad_id'});
        expect(await serverErrorOf(alice.getChannelByName(team.id, channel.name)))
            .toEqual({status_code: 404, server_error_id: 'app.channel.get_by_name.missing.app_error'});
        await expect(alice.getChannelByName(team.id, channel.name, true)).resolves.toMatchObject({id: channel.id, delete_at: archived.delete_at});
        expect((await carol.getArchivedChannels(team.id)).map((c) => c.id)).toContain(channel.id);
        expect(await serverErrorOf(bob.deleteChannel(channel.id)))
            .toEqual({status_code: 400, server_error_id: 'api.channel.delete_channel.deleted.app_error'});
        // The name stays taken while the channel is archived.
        expect(await serverErrorOf(carol.createChannel({team_id: team.id, name: channel.name, display_name: 'Again', type: 'O'})))
            .toEqual({status_code: 400, server_error_id: 'store.sql_channel.save_channel.exists.app_error'});
    });

    it('refuses non-members and town-square', async () => {
        const channel = await aliceAndBobChannel();
        expect(await serverErrorOf(carol.deleteChannel(channel.id))).toMatchObject({status_code: 403});
        expect(await serverErrorOf(dave.deleteChannel(channel.id))).toMatchObject({status_code: 403});
        expect(await serverErrorOf(alice.deleteChannel(townSquare.id)))
            .toEqual({status_code: 400, server_error_id: 'api.channel.delete_channel.cannot.app_error'});
    });

    it('restores for team admins (manage_team) only, and tells the team', async () => {
        const channel = await aliceAndBobChannel();
        await alice.deleteChannel(channel.id);
        const carolSocket = await socketOf(carol);
        expect(await serverErrorOf(alice.unarchiveChannel(channel.id)))
            .toEqual({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        const restored = await dave.unarchiveChannel(channel.id);
        expect(restored).toMatchObject({id: channel.id, delete_at: 0});
        await carolSocket.next(named('channel_restored', channel.id));
        await expect(alice.createPost({channel_id: channel.id, message: 'back'})).resolves.toMatchObject({message: 'back'});
        expect(await serverErrorOf(dave.unarchiveChannel(channel.id)))
            .toEqual({status_code: 400, server_error_id: 'api.channel.restore_channel.restored.app_error'});
        const posts = await alice.getPosts(channel.id, 0, 60);
        expect(Object.values(posts.posts).some((p) => p.type === 'system_channel_restored')).toBe(true);
    });

    it('keeps an archived private channel to its members: the event and the archived list', async () => {
        const secret = await aliceAndBobChannel('P');
        const [bobSocket, carolSocket] = [await socketOf(bob), await socketOf(carol)];
        await alice.deleteChannel(secret.id);
        await bobSocket.next(named('channel_deleted', secret.id));
        await settle(carolSocket);
        expect(carolSocket.messages.some(named('channel_deleted', secret.id))).toBe(false);
        expect((await bob.getArchivedChannels(team.id)).map((c) => c.id)).toContain(secret.id);
        expect((await carol.getArchivedChannels(team.id)).map((c) => c.id)).not.toContain(secret.id);
    });
});

describe('creating', () => {
    it('records the creator (none for the seeded channels) and lets anyone create a private channel with a free name', async () => {
        expect(townSquare.creator_id).toBe('');
        const mine = await carol.createChannel({team_id: team.id, name: 'carols-own-room', display_name: 'Carol', type: 'P'});
        expect(mine.creator_id).toBe((await carol.getMe()).id);
        expect(await serverErrorOf(carol.createChannel({team_id: team.id, name: 'x'.repeat(10), display_name: 'Purposeful', type: 'P', purpose: 'p'.repeat(251)})))
            .toEqual({status_code: 400, server_error_id: 'model.channel.is_valid.purpose.app_error'});
    });
});
