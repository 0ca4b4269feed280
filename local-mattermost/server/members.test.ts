// Adding people to channels as api4/channel.go addChannelMember and app/channel.go AddUserToChannel
// do it, reading which of some users are members (getChannelMembersByIds), and leaving a team.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Team} from '@mattermost/types/teams';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';
import {openEventSocket, type EventSocket} from './ws_test_support';

let running: Running;
let alice: Client4;
let bob: Client4;
let carol: Client4;
let dave: Client4;
let admin: Client4;
let team: Team;
const ids: Record<string, string> = {};
const sockets: EventSocket[] = [];

beforeAll(async () => {
    running = await startFresh();
    [alice, bob, carol, dave, admin] = await Promise.all(['alice', 'bob', 'carol-qa', 'dave-pm', 'admin'].map((u) => loginAs(running.server, u))) as [Client4, Client4, Client4, Client4, Client4];
    ({team} = await seededPlace(alice));
    for (const [name, client] of Object.entries({alice, bob, carol, dave, admin})) {
        ids[name] = (await client.getMe()).id;
    }
});
afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.stop();
});

let count = 0;
const channelOf = (client: Client4, type: 'O' | 'P'): Promise<Channel> =>
    client.createChannel({team_id: team.id, name: `members-${++count}`, display_name: `Members ${count}`, type});
const post = (client: Client4, path: string, body: unknown): Promise<Response> =>
    fetch(`${running.server.url}/api/v4${path}`, {method: 'POST', headers: {Authorization: `Bearer ${client.getToken()}`, 'X-Requested-With': 'XMLHttpRequest'}, body: JSON.stringify(body)});
const id = (name: string): string => ids[name] ?? '';

describe('POST /channels/{id}/members', () => {
    it('lets any member of a public channel add others, answers the member, and tells the channel and the one added', async () => {
        const channel = await channelOf(alice, 'O');
        await alice.addToChannel(id('bob'), channel.id);
        const carolSocket = await openEventSocket(running.server, carol.getToken());
        const aliceSocket = await openEventSocket(running.server, alice.getToken());
        sockets.push(carolSocket, aliceSocket);
        const member = await bob.addToChannel(id('carol'), channel.id);
        expect(member).toMatchObject({channel_id: channel.id, user_id: id('carol')});
        expect((await carolSocket.next((m) => m.event === 'user_added')).data).toMatchObject({user_id: id('carol'), team_id: team.id});
        expect((await aliceSocket.next((m) => m.event === 'user_added')).data).toMatchObject({user_id: id('carol')});
        const posts = await alice.getPosts(channel.id);
        expect(Object.values(posts.posts).some((p) => p.type === 'system_add_to_channel' && p.props['addedUserId'] === id('carol'))).toBe(true);
    });

    it('refuses a non-member adding others to a public channel (team admins too: manage_public_channel_members is a channel_user permission)', async () => {
        const channel = await channelOf(alice, 'O');
        expect(await serverErrorOf(bob.addToChannel(id('carol'), channel.id))).toMatchObject({status_code: 403, server_error_id: 'api.context.permissions.app_error'});
        expect(await serverErrorOf(dave.addToChannel(id('carol'), channel.id))).toMatchObject({status_code: 403});
        // Joining oneself needs only join_public_channels; a system admin may add anyone.
        await expect(bob.addToChannel(id('bob'), channel.id)).resolves.toMatchObject({user_id: id('bob')});
        await expect(admin.addToChannel(id('carol'), channel.id)).resolves.toMatchObject({user_id: id('carol')});
    });

    it('keeps a private channel to those with manage_private_channel_members: its members and system admins', async () => {
        const channel = await channelOf(alice, 'P');
        expect(await serverErrorOf(bob.addToChannel(id('bob'), channel.id))).toMatchObject({status_code: 403});
        await expect(alice.addToChannel(id('bob'), channel.id)).resolves.toMatchObject({user_id: id('bob')});
        await expect(admin.addToChannel(id('carol'), channel.id)).resolves.toMatchObject({user_id: id('carol')});
    });

    it('answers an existing member as it is, takes user_ids and answers a list, and skips those who cannot be added unless nobody could', async () => {
        const channel = await channelOf(admin, 'O');
        const again = await admin.addToChannel(id('admin'), channel.id);
        expect(again).toMatchObject({user_id: id('admin')});
        const many = await post(admin, `/channels/${channel.id}/members`, {user_ids: [id('bob'), 'nosuchuser0000000000000000', id('carol')]});
        expect(many.status).toBe(201);
        const listed = await many.json() as Array<{user_id: string}>;
        expect(listed.map((m) => m.user_id).sort()).toEqual([id('bob'), id('carol')].sort());
        const none = await post(admin, `/channels/${channel.id}/members`, {user_ids: ['nosuchuser0000000000000000']});
        expect(none.status).toBe(404);
    });

    it('refuses bad bodies with invalid_param and a missing channel with 404', async () => {
        const channel = await channelOf(admin, 'O');
        for (const body of [{}, {user_id: 'short'}, {user_ids: ['short']}, 'text']) {
            const answer = await post(admin, `/channels/${channel.id}/members`, body);
            expect(answer.status).toBe(400);
            expect(await answer.json()).toMatchObject({id: 'api.context.invalid_param.app_error'});
        }
        expect(await serverErrorOf(admin.addToChannel(id('bob'), 'nosuchchannel0000000000000'))).toMatchObject({status_code: 404});
    });
});

describe('someone who is not on the channel\'s team', () => {
    it('cannot be added once removed from the team (400 ...failed.deleted), and leaving takes them out of its channels', async () => {
        const fresh = await startFresh();
        try {
            const [sysadmin, erin] = await Promise.all([loginAs(fresh.server, 'admin'), loginAs(fresh.server, 'erin-integrations')]);
            const place = await seededPlace(sysadmin);
            const erinId = (await erin.getMe()).id;
            const channel = await sysadmin.createChannel({team_id: place.team.id, name: 'after-leaving', display_name: 'After', type: 'O'});
            expect(await serverErrorOf(erin.removeFromTeam(place.team.id, (await sysadmin.getMe()).id))).toMatchObject({status_code: 403});
            await sysadmin.removeFromTeam(place.team.id, erinId);
            await expect(sysadmin.getChannelMember(place.townSquare.id, erinId)).rejects.toMatchObject({status_code: 404});
            expect(await serverErrorOf(sysadmin.addToChannel(erinId, channel.id))).toMatchObject({status_code: 400, server_error_id: 'api.channel.add_user.to.channel.failed.deleted.app_error'});
            expect(await serverErrorOf(sysadmin.removeFromTeam(place.team.id, erinId))).toMatchObject({status_code: 404});
        } finally {
            await fresh.stop();
        }
    });
});

describe('POST /channels/{id}/members/ids', () => {
    it('answers which of the users are members, to anyone who may read the channel', async () => {
        const channel = await channelOf(alice, 'O');
        await alice.addToChannel(id('bob'), channel.id);
        const answer = await carol.getChannelMembersByIds(channel.id, [id('alice'), id('bob'), id('carol'), 'nosuchuser0000000000000000']);
        expect(answer.map((m) => m.user_id).sort()).toEqual([id('alice'), id('bob')].sort());
        const closed = await channelOf(alice, 'P');
        expect(await serverErrorOf(carol.getChannelMembersByIds(closed.id, [id('alice')]))).toMatchObject({status_code: 403});
        const empty = await post(alice, `/channels/${channel.id}/members/ids`, []);
        expect(empty.status).toBe(400);
    });
});
