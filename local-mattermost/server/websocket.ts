// The /api/v4/websocket endpoint. Like Mattermost's hub: a connection authenticates with its
// session (cookie or header) on upgrade or with an authentication_challenge action, then gets
// `hello` and events with a per-connection seq starting at 0; every action is answered with
// seq_reply. A client that reconnects with ?connection_id=&sequence_number= after a drop resumes
// its old connection (no new hello, missed events resent) when the server still holds them, as
// Mattermost's reliable websockets do for sessions known at upgrade; otherwise it starts afresh.
import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';

import {WebSocketServer, type WebSocket} from 'ws';
import {z} from 'zod';

import type {LocalApp, OutgoingEvent} from './app';
import {tokenFromRequest} from './auth';
import {newId} from './ids';
import {serverVersion, versionHeader} from './http';
import {helloEvent} from './ws_events';

interface Sent {
    seq: number;
    text: string;
}

interface Connection {
    socket: WebSocket;
    id: string;
    userId: string | undefined;
    seq: number;
    // The last events sent, kept so a reconnect can resume (Mattermost's dead queue holds 128).
    sent: Sent[];
}

interface DeadConnection {
    id: string;
    userId: string;
    seq: number;
    sent: Sent[];
    expires: number;
}

const deadQueueSize = 128;
const deadConnectionTtlMs = 5 * 60 * 1000;

const action = z.object({seq: z.number(), action: z.string(), data: z.unknown().optional()});
const challenge = z.object({token: z.string()});

const notAuthenticated = {id: 'api.web_socket_router.not_authenticated.app_error', message: 'Not authenticated', status_code: 401};

export class WebSocketHub {
    private readonly server = new WebSocketServer({noServer: true});
    private readonly connections = new Set<Connection>();
    private readonly dead = new Map<string, DeadConnection>();

    constructor(private readonly app: LocalApp) {
        app.setBroadcaster((event) => this.broadcast(event));
    }

    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
        this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
    }

    private accept(socket: WebSocket, req: IncomingMessage): void {
        const conn: Connection = {socket, id: newId(), userId: undefined, seq: 0, sent: []};
        this.connections.add(conn);
        socket.on('close', () => this.retire(conn));
        socket.on('error', () => this.retire(conn));
        socket.on('message', (raw) => this.onAction(conn, raw.toString()));
        const {token, location} = tokenFromRequest(req);
        if (location === 'none') {
            return;
        }
        const session = this.app.sessionByToken(token);
        if (session === undefined) {
            return;
        }
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
        if (!this.resume(conn, session.user_id, query.get('connection_id') ?? '', Number(query.get('sequence_number') ?? '-1'))) {
            this.greet(conn, session.user_id);
        }
    }

    private retire(conn: Connection): void {
        if (!this.connections.delete(conn) || conn.userId === undefined) {
            return;
        }
        const now = Date.now();
        for (const [id, dead] of this.dead) {
            if (dead.expires < now) {
                this.dead.delete(id);
            }
        }
        this.dead.set(conn.id, {id: conn.id, userId: conn.userId, seq: conn.seq, sent: conn.sent, expires: now + deadConnectionTtlMs});
    }

    private resume(conn: Connection, userId: string, connectionId: string, nextSeq: number): boolean {
        const dead = this.dead.get(connectionId);
        if (dead === undefined || dead.userId !== userId || dead.expires < Date.now() || !Number.isInteger(nextSeq)) {
            return false;
        }
        const missed = dead.sent.filter((s) => s.seq >= nextSeq);
        const complete = nextSeq === dead.seq || dead.sent[0] !== undefined && dead.sent[0].seq <= nextSeq && nextSeq < dead.seq;
        if (!complete) {
            return false;
        }
        this.dead.delete(connectionId);
        conn.id = dead.id;
        conn.userId = userId;
        conn.seq = dead.seq;
        conn.sent = dead.sent;
        for (const s of missed) {
            conn.socket.send(s.text);
        }
        return true;
    }

    private greet(conn: Connection, userId: string): void {
        conn.userId = userId;
        this.send(conn, helloEvent(conn.id, versionHeader));
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
            const session = creds.success ? this.app.sessionByToken(creds.data.token) : undefined;
            if (session === undefined) {
                this.reply(conn, {status: 'FAIL', seq_reply: seq, error: notAuthenticated});
                return;
            }
            if (conn.userId === undefined) {
                this.greet(conn, session.user_id);
            }
            this.reply(conn, {status: 'OK', seq_reply: seq});
            return;
        }
        if (conn.userId === undefined) {
            this.reply(conn, {status: 'FAIL', seq_reply: seq, error: notAuthenticated});
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
        // `audience` routes the event here and is not part of Mattermost's wire format.
        const text = JSON.stringify({event: event.event, data: event.data, broadcast: event.broadcast, seq: conn.seq});
        conn.sent.push({seq: conn.seq, text});
        if (conn.sent.length > deadQueueSize) {
            conn.sent.shift();
        }
        conn.seq++;
        conn.socket.send(text);
    }

    // In the order of app/platform/web_conn.go ShouldSendEvent: the admin/non-admin split, then a
    // user event to that user only, then omitted users, then a channel event to the channel's
    // members, then a team event to the team's members; an event with none of these goes to all.
    private broadcast(event: OutgoingEvent): void {
        const {channel_id: channelId, user_id: userId, team_id: teamId, omit_users: omit} = event.broadcast;
        const members = channelId === '' ? undefined : new Set(this.app.channelMemberIds(channelId));
        const reaches = (connUserId: string): boolean => {
            if (event.audience !== undefined && (event.audience === 'admins') !== this.app.isSystemAdmin(connUserId)) {
                return false;
            }
            if (userId !== '') {
                return connUserId === userId;
            }
            if (omit[connUserId] === true) {
                return false;
            }
            if (members !== undefined) {
                return members.has(connUserId);
            }
            return teamId === '' || this.app.isTeamMember(teamId, connUserId);
        };
        for (const conn of this.connections) {
            if (conn.userId !== undefined && reaches(conn.userId)) {
                this.send(conn, event);
            }
        }
    }

    // Closes every socket without a close handshake, like a network drop.
    dropAll(): void {
        for (const conn of [...this.connections]) {
            conn.socket.terminate();
            this.retire(conn);
        }
    }

    close(): Promise<void> {
        this.dropAll();
        this.dead.clear();
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
}
