import type {Client4} from '@mattermost/client';

import {startFresh, loginAs, seededPlace} from '../../../../local-mattermost/server/test_support';
import {storageContract, type ContractUser} from '../testing/contract';
import {trackerChannelContract, type ChannelContractHarness} from '../testing/tracker_channel_contract';
import type {StorageOperation} from '../port';

import {createMattermostStorage} from './adapter';

const FAULT_PATHS: Record<StorageOperation, {method: string; path: RegExp}> = {
    find: {method: 'GET', path: /^\/api\/v4\/teams\/[^/]+\/channels\/name\//},
    create: {method: 'POST', path: /^\/api\/v4\/channels$/},
    join: {method: 'POST', path: /^\/api\/v4\/channels\/[^/]+\/members$/},
    load: {method: 'GET', path: /^\/api\/v4\/channels\/[^/]+\/posts$/},
    append: {method: 'POST', path: /^\/api\/v4\/posts$/},
    users: {method: 'POST', path: /^\/api\/v4\/users\/(ids|usernames)$/},
    commands: {method: 'POST', path: /^\/api\/v4\/commands$/},
    members: {method: 'POST', path: /^\/api\/v4\/channels\/[^/]+\/members\/ids$/},
};

async function harness(): Promise<ChannelContractHarness> {
    const running = await startFresh({seed: true, strictCsrf: true});
    const clients = new Map<string, Awaited<ReturnType<typeof loginAs>>>();
    const user = async (username: string): Promise<ContractUser> => {
        const client = await loginAs(running.server, username);
        const me = await client.getMe();
        clients.set(me.id, client);
        return {userId: me.id, username, storage: createMattermostStorage({siteUrl: running.server.url, currentUserId: () => me.id, client, timeoutMs: 5000})};
    };
    const alice = await user('alice');
    const bob = await user('bob');
    const admin = await user('admin');
    const place = await seededPlace(clients.get(alice.userId) ?? await loginAs(running.server, 'alice'));
    const clientOf = (as: ContractUser) => {
        const client = clients.get(as.userId);
        if (!client) {
            throw new Error(`no client for ${as.username}`);
        }
        return client;
    };
    return {
        teamId: place.team.id,
        alice, bob, admin,
        editPost: async (as, postId, props, message) => {
            await clientOf(as).patchPost(message === undefined ? {id: postId, props} : {id: postId, props, message});
        },
        deletePost: async (as, postId) => {
            await clientOf(as).deletePost(postId);
        },
        postChat: async (as, channelId, message) => {
            await clientOf(as).createPost({channel_id: channelId, message});
        },
        fail: (operation, status, times = 1) => running.server.faults.add({...FAULT_PATHS[operation], status, times}),
        close: () => running.stop(),
        createChannel: async (as, init) => {
            // Client4 types the argument as a whole Channel; the server reads only these fields.
            type NewChannel = Parameters<Client4['createChannel']>[0];
            const body = {team_id: place.team.id, name: init.name, display_name: init.displayName, purpose: init.purpose, type: init.type};
            return (await clientOf(as).createChannel(body as NewChannel)).id;
        },
        renameChannel: async (as, channelId, name, displayName) => {
            await clientOf(as).patchChannel(channelId, {name, display_name: displayName});
        },
        archiveChannel: async (as, channelId) => {
            await clientOf(as).deleteChannel(channelId);
        },
        removeFromTeam: async (user) => {
            await clientOf(admin).removeFromTeam(place.team.id, user.userId);
        },
    };
}

const NAME = 'Mattermost adapter over Client4, against the local Mattermost (strict CSRF)';
storageContract(NAME, harness);
trackerChannelContract(NAME, harness);
