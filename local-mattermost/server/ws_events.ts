// Websocket event builders, typed against @mattermost/client's message types. `seq` is added per
// connection when sent; the event name is the string value of the client's WebSocketEvents member.
import type {WebSocketMessages} from '@mattermost/client';

import type {OutgoingEvent} from './app';
import type {ChannelRecord, UserRecord} from './records';
import type {WirePost} from './wire';

type Outgoing<M extends {event: unknown}> = Omit<M, 'event' | 'seq'> & {event: `${M['event'] & string}`};

const toChannel = (channel: ChannelRecord): OutgoingEvent['broadcast'] => ({omit_users: {}, user_id: '', channel_id: channel.id, team_id: ''});

export function postedEvent(channel: ChannelRecord, post: WirePost, sender: UserRecord): Outgoing<WebSocketMessages.Posted> {
    return {
        event: 'posted',
        data: {
            channel_type: channel.type,
            channel_display_name: channel.display_name,
            channel_name: channel.name,
            sender_name: `@${sender.username}`,
            team_id: channel.team_id,
            set_online: true,
            post: JSON.stringify(post),
        },
        broadcast: toChannel(channel),
    };
}

export function postEditedEvent(channel: ChannelRecord, post: WirePost): Outgoing<WebSocketMessages.PostEdited> {
    return {event: 'post_edited', data: {post: JSON.stringify(post)}, broadcast: toChannel(channel)};
}

// delete_by is sent to admins only in Mattermost; leaving it out is what ordinary users see.
export function postDeletedEvent(channel: ChannelRecord, post: WirePost): Outgoing<WebSocketMessages.PostDeleted> {
    return {event: 'post_deleted', data: {post: JSON.stringify(post)}, broadcast: toChannel(channel)};
}

// Mattermost tells only the creator that a channel was created.
export function channelCreatedEvent(channel: ChannelRecord, userId: string): Outgoing<WebSocketMessages.ChannelCreated> {
    return {event: 'channel_created', data: {channel_id: channel.id, team_id: channel.team_id}, broadcast: {omit_users: {}, user_id: userId, channel_id: '', team_id: ''}};
}

export function userAddedEvent(channel: ChannelRecord, userId: string): Outgoing<WebSocketMessages.UserAddedToChannel> {
    return {event: 'user_added', data: {user_id: userId, team_id: channel.team_id}, broadcast: toChannel(channel)};
}

export function helloEvent(connectionId: string, version: string): Outgoing<WebSocketMessages.Hello> {
    return {event: 'hello', data: {connection_id: connectionId, server_version: version, server_hostname: 'localhost'}, broadcast: {omit_users: {}, user_id: '', channel_id: '', team_id: ''}};
}
