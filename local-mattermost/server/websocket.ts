// The /api/v4/websocket endpoint. Like Mattermost's hub: a connection authenticates with its
// session cookie on upgrade or with an authentication_challenge action, then gets `hello` and
// events with a per-connection seq starting at 0; every action is answered with seq_reply.
import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';

import {WebSocketServer, type WebSocket} from 'ws';
import {z} from 'zod';

import type {LocalApp, OutgoingEvent} from './app';
import {tokenFromRequest} from './auth';
import {newId} from './ids';
import {serverVersion} from './http';
import {helloEvent} from './ws_events';

interface Connection {
    socket: WebSocket;
    id: string;
    userId: string | undefined;
    seq: number;
}

const action = z.object({seq: z.number(), action: z.string(), data: z.unknown().optional()});
const challenge = z.object({token: z.string()});

export class WebSocketHub {
    private readonly server = new WebSocketServer({noServer: true});
    private readonly connections = new Set<Connection>();

    constructor(private readonly app: LocalApp) {
        app.setBroadcaster((event) => this.broadcast(event));
    }

    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
        this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
    }

    private accept(socket: WebSocket, req: IncomingMessage): void {
        const conn: Connection = {socket, id: newId(), userId: undefined, seq: 0};
        this.connections.add(conn);
        socket.on('close', () => this.connections.delete(conn));
        socket.on('error', () => this.connections.delete(conn));
        socket.on('message', (raw) => this.onAction(conn, raw.toString()));
        const {token, location} = tokenFromRequest(req);
        if (location !== 'none') {
            this.authenticate(conn, token);
        }
    }

    private authenticate(conn: Connection, token: string): boolean {
        const session = this.app.sessionByToken(token);
        if (session === undefined) {
            return false;
        }
        if (conn.userId === undefined) {
            conn.userId = session.user_id;
            this.send(conn, helloEvent(conn.id, `${serverVersion}.local.localhash.false`));
        }
        return true;
    }

    private onAction(conn: Connection, raw: string): void {
        let parsedJson: unknown;
        try {
            parsedJson = JSON.parse(raw);
        } catch {
            return;
        }
        const parsed = action.safeParse(parsedJson);
        if (!parsed.success) {
            return;
        }
        const {seq, action: name, data} = parsed.data;
        if (name === 'authentication_challenge') {
            const creds = challenge.safeParse(data);
            const authed = creds.success && this.authenticate(conn, creds.data.token);
            this.reply(conn, authed ? {status: 'OK', seq_reply: seq} : {status: 'FAIL', seq_reply: seq, error: {id: 'api.web_socket_router.not_authenticated.app_error', message: 'Not authenticated', status_code: 401}});
            return;
        }
        if (conn.userId === undefined) {
            this.reply(conn, {status: 'FAIL', seq_reply: seq, error: {id: 'api.web_socket_router.not_authenticated.app_error', message: 'Not authenticated', status_code: 401}});
            return;
        }
        this.reply(conn, name === 'ping' ? {status: 'OK', seq_reply: seq, data: {text: 'pong', version: serverVersion, server_time: Date.now()}} : {status: 'OK', seq_reply: seq});
    }

    private reply(conn: Connection, body: Record<string, unknown>): void {
        if (conn.socket.readyState === conn.socket.OPEN) {
            conn.socket.send(JSON.stringify(body));
        }
    }

    private send(conn: Connection, event: OutgoingEvent): void {
        if (conn.socket.readyState !== conn.socket.OPEN) {
            return;
        }
        conn.socket.send(JSON.stringify({...event, seq: conn.seq}));
        conn.seq++;
    }

    // Channel events go to that channel's members only; user events to that user only.
    private broadcast(event: OutgoingEvent): void {
        const {channel_id: channelId, user_id: userId, omit_users: omit} = event.broadcast;
        const members = channelId === '' ? undefined : new Set(this.app.channelMemberIds(channelId));
        for (const conn of this.connections) {
            if (conn.userId === undefined || omit[conn.userId] === true) {
                continue;
            }
            if (members !== undefined ? members.has(conn.userId) : conn.userId === userId) {
                this.send(conn, event);
            }
        }
    }

    // Closes every socket without a close handshake, like a network drop.
    dropAll(): void {
        for (const conn of this.connections) {
            conn.socket.terminate();
        }
        this.connections.clear();
    }

    close(): Promise<void> {
        this.dropAll();
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
}
