// Opening a channel: join it if needed, make it current in mattermost-redux, load its posts.
import {ChannelTypes} from 'mattermost-redux/action_types';
import {Client4} from 'mattermost-redux/client';

import {loadChannelPosts} from './channel_posts';
import type {HostStore} from './store/configure';

export async function openChannel(store: HostStore, channelId: string, memberOf: Set<string>): Promise<void> {
    if (!memberOf.has(channelId)) {
        await Client4.addToChannel(store.getState().entities.users.currentUserId, channelId);
        memberOf.add(channelId);
    }
    store.dispatch({type: ChannelTypes.SELECT_CHANNEL, data: channelId});
    await loadChannelPosts(store, channelId);
}
