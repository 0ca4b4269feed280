// Users, teams and memberships as the host page and the storage adapter read them.
import type {Client4} from '@mattermost/client';

import {loginAs, seededPlace, serverErrorOf, startFresh, type Running} from './test_support';

let running: Running;
let alice: Client4;

beforeAll(async () => {
    running = await startFresh();
    alice = await loginAs(running.server, 'alice');
});
afterAll(async () => {
    await running.stop();
});

describe('users', () => {
    it('looks users up by ids and usernames, skipping unknown ones, and hides others\' notify_props', async () => {
        const byName = await alice.getProfilesByUsernames(['bob', 'carol-qa', 'nobody']);
        expect(byName.map((u) => u.username).sort()).toEqual(['bob', 'carol-qa']);
        const byId = await alice.getProfilesByIds(byName.map((u) => u.id).concat(['unknownuserid0000000000000']));
        expect(byId.map((u) => u.username).sort()).toEqual(['bob', 'carol-qa']);
        expect(byId[0]).not.toHaveProperty('notify_props');
        expect(byId[0]).not.toHaveProperty('password');
        expect(await alice.getMe()).toHaveProperty('notify_props');
        expect(await serverErrorOf(alice.getUser('unknownuserid0000000000000'))).toMatchObject({status_code: 404});
    });

    it('autocompletes by prefix within a team, and splits channel members from the rest', async () => {
        const {team} = await seededPlace(alice);
        const inTeam = await alice.autocompleteUsers('gr', team.id, '');
        expect(inTeam.users.map((u) => u.username)).toEqual(['grace-core']);
        const channel = await alice.createChannel({team_id: team.id, name: 'autocomplete', display_name: 'AC', type: 'O'});
        const split = await alice.autocompleteUsers('', team.id, channel.id);
        expect(split.users.map((u) => u.username)).toEqual(['alice']);
        expect(split.out_of_channel?.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'bob', 'grace-core']));
        expect(split.out_of_channel?.map((u) => u.username)).not.toContain('alice');
    });
});

describe('teams and memberships', () => {
    it('lists my teams, team memberships, channels and channel memberships', async () => {
        const teams = await alice.getMyTeams();
        expect(teams.map((t) => [t.name, t.display_name, t.type])).toEqual([['plugin-community', 'Plugin Community', 'O']]);
        const teamId = teams[0]?.id ?? '';
        const teamMembers = await alice.getMyTeamMembers();
        expect(teamMembers).toEqual([expect.objectContaining({team_id: teamId, roles: 'team_user'})]);
        const admin = await loginAs(running.server, 'admin');
        expect((await admin.getMyTeamMembers())[0]?.roles).toBe('team_user team_admin');
        expect((await admin.getMe()).roles).toBe('system_admin system_user');

        const mine = await alice.getMyChannels(teamId);
        expect(mine.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['off-topic', 'town-square']));
        const memberships = await alice.getMyChannelMembers(teamId);
        expect(memberships.length).toBe(mine.length);
        const open = await alice.getChannels(teamId);
        expect(open.map((c) => c.display_name)).toEqual(expect.arrayContaining(['Town Square', 'Off-Topic']));
        const townSquare = mine.find((c) => c.name === 'town-square');
        const members = await alice.getChannelMembers(townSquare?.id ?? '');
        expect(members).toHaveLength(8);
        expect(await serverErrorOf(alice.getTeam('unknownteamid0000000000000'))).toMatchObject({status_code: 404});
    });
});
