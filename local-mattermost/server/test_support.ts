// Shared set-up for the local Mattermost contract tests: a fresh server on a free port with a
// temporary data directory, and logged-in Client4 instances.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Team} from '@mattermost/types/teams';

import {loginSeeded, seedPassword, seedTeam, startLocalMattermost, type LocalMattermost, type LocalMattermostOptions} from './index';

export interface Running {
    server: LocalMattermost;
    dataDir: string;
    stop: () => Promise<void>;
}

export function tempDataDir(): string {
    return mkdtempSync(join(tmpdir(), 'local-mm-'));
}

export async function startFresh(opts: Partial<LocalMattermostOptions> = {}): Promise<Running> {
    const dataDir = opts.dataDir ?? tempDataDir();
    const server = await startLocalMattermost({port: 0, ...opts, dataDir});
    return {
        server,
        dataDir,
        stop: async () => {
            await server.close();
            rmSync(dataDir, {recursive: true, force: true});
        },
    };
}

export async function loginAs(server: LocalMattermost, username: string): Promise<Client4> {
    return (await loginSeeded(server.url, username)).client;
}

export interface CookieSession {
    cookie: string;
    csrf: string;
    userId: string;
}

// What a browser holds after logging in: the three cookies Mattermost sets.
export async function cookieLogin(server: LocalMattermost, username: string): Promise<CookieSession> {
    const res = await fetch(`${server.url}/api/v4/users/login`, {method: 'POST', body: JSON.stringify({login_id: username, password: seedPassword})});
    const cookies = new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, value] = (pair ?? '').split('=');
        if (name !== undefined && value !== undefined) {
            cookies.set(name, value);
        }
    }
    return {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        csrf: cookies.get('MMCSRF') ?? '',
        userId: cookies.get('MMUSERID') ?? '',
    };
}

export async function seededPlace(client: Client4): Promise<{team: Team; townSquare: Channel; offTopic: Channel}> {
    const team = await client.getTeamByName(seedTeam.name);
    const townSquare = await client.getChannelByName(team.id, 'town-square');
    const offTopic = await client.getChannelByName(team.id, 'off-topic');
    return {team, townSquare, offTopic};
}

export async function serverErrorOf(promise: Promise<unknown>): Promise<{status_code: number; server_error_id: string}> {
    try {
        await promise;
    } catch (err) {
        if (err instanceof Error && 'status_code' in err && 'server_error_id' in err) {
            return {status_code: Number(err.status_code), server_error_id: String(err.server_error_id)};
        }
        throw err;
    }
    throw new Error('expected the request to fail');
}

// Node 20 has neither WebSocket nor CloseEvent as globals; @mattermost/client's WebSocketClient
// reads WebSocket.OPEN and builds CloseEvents when it abandons a connection.
export function installBrowserWebSocketGlobals(webSocket: unknown): void {
    class NodeCloseEvent extends Event {
        readonly code: number;
        readonly wasClean: boolean;
        constructor(type: string, init: {code?: number; wasClean?: boolean} = {}) {
            super(type);
            this.code = init.code ?? 0;
            this.wasClean = init.wasClean ?? false;
        }
    }
    Object.assign(globalThis, {WebSocket: webSocket, CloseEvent: NodeCloseEvent});
}
