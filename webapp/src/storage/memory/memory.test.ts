import {storageContract, type ContractUser} from '../contract';

import {createMemoryStorage} from './adapter';
import {MemoryMattermost} from './server';

storageContract('in-memory adapter', async () => {
    const server = new MemoryMattermost();
    const user = (username: string, systemAdmin = false): ContractUser => {
        const userId = server.addUser(username, {systemAdmin});
        return {userId, username, storage: createMemoryStorage(server, userId)};
    };
    return {
        teamId: server.newId(),
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
    };
});
