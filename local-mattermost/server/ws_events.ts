// Websocket event builders, typed against @mattermost/client's message types. `seq` is added per
// connection when sent; the event name is the string value of the client's WebSocketEvents member.
import type {WebSocketMessages} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';

import type {OutgoingEvent} from './app';
import type {ChannelRecord, UserRecord} from './records';
import type {WirePost} from './wire';

type Outgoing<M extends {event: unknown}> = Omit<M, 'event' | 'seq'> & {event: `${M['event'] & string}`; audience?: OutgoingEvent['audience']};

const toChannel = (channel: ChannelRecord): OutgoingEvent['broadcast'] => ({omit_users: {}, user_id: '', channel_id: channel.id, team_id: ''});
const toTeam = (teamId: string): OutgoingEvent['broadcast'] => ({omit_users: {}, user_id: '', channel_id: '', team_id: teamId});

// Archive and restore reach the whole team for public channels, the members for private ones
// (app/channel.go DeleteChannel, RestoreChannel).
const toTeamOrMembers = (channel: ChannelRecord): OutgoingEvent['broadcast'] => (channel.type === 'O' ? toTeam(channel.team_id) : toChannel(channel));

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

// app/post.go cleanUpAfterPostDeletionWithChannel publishes two events for the same deletion: the
// post alone for users without manage_system, and the post with delete_by for those with it.
export function postDeletedEvents(channel: ChannelRecord, post: WirePost, deletedBy: string): Outgoing<WebSocketMessages.PostDeleted>[] {
    const json = JSON.stringify(post);
    return [
        {event: 'post_deleted', data: {post: json}, broadcast: toChannel(channel), audience: 'non_admins'},
        {event: 'post_deleted', data: {post: json, delete_by: deletedBy}, broadcast: toChannel(channel), audience: 'admins'},
    ];
}

// app/channel.go UpdateChannel: the whole channel, to its members.
export function channelUpdatedEvent(channel: ChannelRecord, wire: Channel): Outgoing<WebSocketMessages.ChannelUpdated> {
    return {event: 'channel_updated', data: {channel: JSON.stringify(wire)}, broadcast: toChannel(channel)};
}

export function channelDeletedEvent(channel: ChannelRecord): Outgoing<WebSocketMessages.ChannelDeleted> {
    return {event: 'channel_deleted', data: {channel_id: channel.id, delete_at: channel.delete_at}, broadcast: toTeamOrMembers(channel)};
}

export function channelRestoredEvent(channel: ChannelRecord): Outgoing<WebSocketMessages.ChannelRestored> {
    return {event: 'channel_restored', data: {channel_id: channel.id}, broadcast: toTeamOrMembers(channel)};
}

// Mattermost tells only the creator that a channel was created.
export function channelCreatedEvent(channel: ChannelRecord, userId: string): Outgoing<WebSocketMessages.ChannelCreated> {
    return {event: 'channel_created', data: {channel_id: channel.id, team_id: channel.team_id}, broadcast: {omit_users: {}, user_id: userId, channel_id: '', team_id: ''}};
}

// app/channel.go AddUserToChannel sends two: one to the channel's members without the added user,
// and one to the added user alone (so a node that has not yet seen the new membership still tells them).
export function userAddedEvents(channel: ChannelRecord, userId: string): Array<Outgoing<WebSocketMessages.UserAddedToChannel>> {
    const data = {user_id: userId, team_id: channel.team_id};
    return [
        {event: 'user_added', data, broadcast: {...toChannel(channel), omit_users: {[userId]: true}}},
        {event: 'user_added', data, broadcast: {omit_users: {}, user_id: userId, channel_id: channel.id, team_id: ''}},
    ];
}

export function helloEvent(connectionId: string, version: string): Outgoing<WebSocketMessages.Hello> {
    return {event: 'hello', data: {connection_id: connectionId, server_version: version, server_hostname: 'localhost'}, broadcast: {omit_users: {}, user_id: '', channel_id: '', team_id: ''}};
}
