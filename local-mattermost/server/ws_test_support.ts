// A raw websocket for tests that check who receives which event: it authenticates with the
// session header at upgrade (so `hello` comes first) and collects every event in arrival order.
import {WebSocket as NodeWebSocket} from 'ws';
import {z} from 'zod';

import type {LocalMattermost} from './index';

export const socketMessage = z.object({event: z.string(), seq: z.number(), data: z.record(z.string(), z.unknown()), broadcast: z.record(z.string(), z.unknown())});
export type SocketMessage = z.infer<typeof socketMessage>;

export interface EventSocket extends Inbox<SocketMessage> {
    close(): void;
}

/** The messages seen so far, and a wait for the first (seen or still to come) that matches. */
export interface Inbox<T> {
    messages: T[];
    next(predicate: (m: T) => boolean, timeoutMs?: number): Promise<T>;
}

/** Collects what `subscribe` delivers that parses with `schema`: for raw sockets and WebSocketClient alike. */
export function collectMessages<T>(schema: z.ZodType<T>, subscribe: (handler: (raw: unknown) => void) => void): Inbox<T> {
    const messages: T[] = [];
    const waiters: {predicate: (m: T) => boolean; resolve: (m: T) => void}[] = [];
    subscribe((raw) => {
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
            return;
        }
        messages.push(parsed.data);
        for (const w of [...waiters]) {
            if (w.predicate(parsed.data)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(parsed.data);
            }
        }
    });
    return {
        messages,
        next: (predicate, timeoutMs = 3000) => {
            const seen = messages.find(predicate);
            if (seen !== undefined) {
                return Promise.resolve(seen);
            }
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error('no matching websocket message')), timeoutMs);
                waiters.push({predicate, resolve: (m) => {
                    clearTimeout(timer);
                    resolve(m);
                }});
            });
        },
    };
}

export async function openEventSocket(server: LocalMattermost, token: string): Promise<EventSocket> {
    const socket = new NodeWebSocket(`${server.url.replace('http', 'ws')}/api/v4/websocket`, {headers: {Authorization: `Bearer ${token}`}});
    const inbox = collectMessages(socketMessage, (handler) => socket.on('message', (raw: Buffer) => handler(JSON.parse(raw.toString()))));
    const events: EventSocket = {...inbox, close: () => socket.close()};
    await events.next((m) => m.event === 'hello');
    return events;
}

// Events on one connection arrive in order: once a later marker event has arrived, an earlier
// event that was not delivered never will be.
export function postOf(m: SocketMessage): Record<string, unknown> {
    const parsed: unknown = JSON.parse(String(m.data['post']));
    return z.record(z.string(), z.unknown()).parse(parsed);
}
