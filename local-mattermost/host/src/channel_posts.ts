// Loads a channel's posts into the mattermost-redux posts reducer with its own actions, as the
// webapp does; collapsed reply threads are off, so replies show in the channel.
import {receivedPosts, receivedPostsInChannel} from 'mattermost-redux/actions/posts';
import {Client4} from 'mattermost-redux/client';

import {ensureProfiles} from './session';
import type {HostStore} from './store/configure';

const PAGE_SIZE = 200;

export async function loadChannelPosts(store: HostStore, channelId: string): Promise<void> {
    const list = await Client4.getPosts(channelId, 0, PAGE_SIZE, false, false, false);
    store.dispatch(receivedPosts(list));
    store.dispatch(receivedPostsInChannel(list, channelId, true, list.prev_post_id === ''));
    await ensureProfiles(store, Object.values(list.posts).map((p) => p.user_id));
}
