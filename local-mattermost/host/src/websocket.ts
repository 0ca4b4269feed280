// The webapp's websocket wiring: the real @mattermost/client WebSocketClient to /api/v4/websocket;
// post events go into mattermost-redux; every plugin handler registered for an event gets the full
// message {event, data, broadcast, seq}; after a reconnect the plugins' reconnect handlers run and
// the current channel is fetched again.
import {WebSocketClient, type WebSocketMessage} from '@mattermost/client';
import {postDeleted, receivedNewPost, receivedPost} from 'mattermost-redux/actions/posts';

import {loadChannelPosts} from './channel_posts';
import {report} from './host_report';
import {reportPluginError} from './plugins/loader';
import {dispatchToPlugins, runReconnectHandlers, type SocketMessage} from './plugins/socket_handlers';
import {parsePostJson} from './post_schema';
import {ensureProfiles, refreshChannels} from './session';
import type {HostStore} from './store/configure';

function toRecord(value: unknown): Record<string, unknown> {
    return typeof value === 'object' && value !== null ? {...value} : {};
}

function toSocketMessage(msg: WebSocketMessage): SocketMessage {
    return {event: msg.event, data: toRecord(msg.data), broadcast: toRecord(msg.broadcast), seq: msg.seq};
}

function handlePostEvent(store: HostStore, msg: WebSocketMessage): void {
    const post = parsePostJson(toRecord(msg.data).post);
    if (!post) {
        return;
    }
    switch (msg.event) {
    case 'posted':
        store.dispatch(receivedNewPost(post, false));
        void ensureProfiles(store, [post.user_id]);
        break;
    case 'post_edited':
        store.dispatch(receivedPost(post, false));
        break;
    case 'post_deleted':
        store.dispatch(postDeleted(post));
        break;
    }
}

export function connectWebSocket(store: HostStore): void {
    // A short first retry keeps reconnect tests quick; the backoff after that is the client's own.
    const client = new WebSocketClient({minWebSocketRetryTime: 1000, reconnectJitterRange: 500});

    client.addMessageListener((msg) => {
        report((r) => {
            r.websocketEvents += 1;
        });
        if (msg.event === 'posted' || msg.event === 'post_edited' || msg.event === 'post_deleted') {
            handlePostEvent(store, msg);
        }
        if (msg.event === 'channel_created' || msg.event === 'user_added') {
            // A new channel (the tracker, made by /plugin-onboard setup) or a join: the sidebar and
            // the memberships plugins read follow, as in the webapp.
            const teamId = store.getState().entities.teams.currentTeamId;
            if (teamId) {
                void refreshChannels(store, teamId).catch((err: unknown) => console.error('channel refresh failed', err));
            }
        }
        dispatchToPlugins(toSocketMessage(msg), (pluginId, err) => reportPluginError(pluginId, `websocket handler for ${msg.event}`, err));
    });

    // As the webapp does: without a missed-message listener the client never keeps its connection id,
    // so after a drop the server cannot resume it and the client reconnects over and over on the
    // sequence mismatch. When the server could not resume, the client says so here: resync then.
    client.addMissedMessageListener(() => {
        runReconnectHandlers((pluginId, err) => reportPluginError(pluginId, 'reconnect handler', err));
    });

    client.addReconnectListener(() => {
        report((r) => {
            r.reconnects += 1;
        });
        runReconnectHandlers((pluginId, err) => reportPluginError(pluginId, 'reconnect handler', err));
        const channelId = store.getState().entities.channels.currentChannelId;
        if (channelId) {
            void loadChannelPosts(store, channelId).catch((err: unknown) => console.error('refetch after reconnect failed', err));
        }
    });

    const url = new URL('/api/v4/websocket', window.location.origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    client.initialize(url.toString());
}
