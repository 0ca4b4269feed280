// A channel as the API answers with it: the record plus its message counts.
import type {ServerChannel} from '@mattermost/types/channels';

import type {LocalApp} from './app';
import type {ChannelRecord} from './records';
import {wireChannel} from './wire';

export function channelView(app: LocalApp, channel: ChannelRecord): ServerChannel {
    const live = app.channelPosts(channel.id).filter((p) => p.delete_at === 0);
    return wireChannel(channel, live.length, live.filter((p) => p.root_id === '').length);
}
