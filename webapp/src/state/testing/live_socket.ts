// What the webapp does for a plugin in tests: one websocket per signed-in user, every event handed to
// the plugin's handler, and the reconnect handler called after the socket comes back.
import WebSocket from 'ws';
import {z} from 'zod/mini';

import type {TrackerSession} from '../tracker_session';

const Message = z.object({event: z.optional(z.string()), data: z.optional(z.unknown()), broadcast: z.optional(z.unknown())});

export interface LiveSocket {
    close(): void;
    /** Resolves once the socket has said hello (again, after a drop). */
    ready(): Promise<void>;
    readonly reconnects: number;
}

export function connectLive(url: string, token: string, session: TrackerSession, options: {duplicate?: boolean} = {}): LiveSocket {
    let closed = false;
    let socket: WebSocket | null = null;
    let reconnects = 0;
    let hello: Promise<void> = Promise.resolve();

    const open = (first: boolean) => {
        const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v4/websocket`, {headers: {Authorization: `Bearer ${token}`}});
        socket = ws;
        hello = new Promise((resolve) => {
            ws.on('message', (raw: WebSocket.RawData) => {
                let json: unknown;
                try {
                    json = JSON.parse(raw.toString());
                } catch {
                    return;
                }
                const parsed = Message.safeParse(json);
                if (!parsed.success || !parsed.data.event) {
                    return;
                }
                if (parsed.data.event === 'hello') {
                    if (!first) {
                        session.handleReconnect();
                    }
                    resolve();
                    return;
                }
                const message = {event: parsed.data.event, data: parsed.data.data, broadcast: parsed.data.broadcast};
                session.handleWebSocketEvent(message);
                if (options.duplicate) {
                    session.handleWebSocketEvent(message);
                }
            });
        });
        ws.on('error', () => undefined);
        ws.on('close', () => {
            if (!closed) {
                reconnects += 1;
                setTimeout(() => open(false), 20);
            }
        });
    };
    open(true);

    return {
        close: () => {
            closed = true;
            socket?.close();
        },
        ready: () => hello,
        get reconnects() {
            return reconnects;
        },
    };
}
