import {storageContract, type ContractUser} from '../contract';
import {trackerChannelContract, type ChannelContractHarness} from '../tracker_channel_contract';

import {createMemoryStorage} from './adapter';
import {MemoryMattermost} from './server';

async function harness(): Promise<ChannelContractHarness> {
    const server = new MemoryMattermost();
    const user = (username: string, systemAdmin = false): ContractUser => {
        const userId = server.addUser(username, {systemAdmin});
        return {userId, username, storage: createMemoryStorage(server, userId)};
    };
    const teamId = server.newId();
    return {
        teamId,
        alice: user('alice'),
        bob: user('bob'),
        admin: user('admin', true),
        editPost: async (as, postId, props, message) => {
            server.patchPost(as.userId, postId, message === undefined ? {props} : {props, message});
        },
        deletePost: async (as, postId) => {
            server.deletePost(as.userId, postId);
        },
        postChat: async (as, channelId, message) => {
            server.createPost(as.userId, {channel_id: channelId, root_id: '', message, type: '', props: {}, pending_post_id: ''});
        },
        fail: (operation, status, times = 1) => server.fail(operation, {status}, times),
        close: async () => undefined,
        createChannel: async (as, init) => server.createChannel(as.userId, {team_id: teamId, name: init.name, display_name: init.displayName, purpose: init.purpose, type: init.type}).id,
        renameChannel: async (as, channelId, name, displayName) => {
            server.patchChannel(as.userId, channelId, {name, display_name: displayName});
        },
        archiveChannel: async (_as, channelId) => {
            server.archiveChannel(channelId);
        },
        removeFromTeam: async (user) => {
            server.leaveTeam(teamId, user.userId);
        },
    };
}

storageContract('in-memory adapter', harness);
trackerChannelContract('in-memory adapter', harness);
