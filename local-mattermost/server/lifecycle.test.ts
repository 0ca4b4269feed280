// Restart persistence, fault injection and the test-only fault routes.
import {rmSync} from 'node:fs';

import {WebSocketClient} from '@mattermost/client';
import {WebSocket as NodeWebSocket} from 'ws';

import {startLocalMattermost} from './index';
import {installBrowserWebSocketGlobals, loginAs, seededPlace, serverErrorOf, startFresh, tempDataDir} from './test_support';

beforeAll(() => {
    installBrowserWebSocketGlobals(NodeWebSocket);
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

describe('restart', () => {
    it('keeps users, sessions, channels, posts, preferences and config in the data directory', async () => {
        const dataDir = tempDataDir();
        try {
            const first = await startLocalMattermost({port: 0, dataDir});
            const alice = await loginAs(first, 'alice');
            const admin = await loginAs(first, 'admin');
            const {team} = await seededPlace(alice);
            const channel = await alice.createChannel({team_id: team.id, name: 'kept', display_name: 'Kept', type: 'O'});
            const post = await alice.createPost({channel_id: channel.id, message: 'survives', props: {n: 1}});
            await alice.patchPost({id: post.id, props: {n: 2}});
            const gone = await alice.createPost({channel_id: channel.id, message: 'deleted before restart'});
            await alice.deletePost(gone.id);
            const me = await alice.getMe();
            await alice.savePreferences(me.id, [{user_id: me.id, category: 'pp_plugin-onboard', name: 'k', value: 'v'}]);
            const config = await admin.getConfig();
            await admin.updateConfig({...config, PluginSettings: {...config.PluginSettings, Plugins: {'plugin-onboard': {x: 'y'}}}});
            await first.close();

            const second = await startLocalMattermost({port: 0, dataDir});
            try {
                alice.setUrl(second.url);
                admin.setUrl(second.url);
                expect((await alice.getMe()).id).toBe(me.id);
                const again = await alice.getChannelByName(team.id, 'kept');
                expect(again.id).toBe(channel.id);
                const posts = await alice.getPosts(channel.id);
                expect(posts.order).toEqual([post.id]);
                expect(posts.posts[post.id]).toMatchObject({message: 'survives', props: {n: 2}});
                expect(await alice.getMyPreferences()).toEqual(expect.arrayContaining([expect.objectContaining({name: 'k', value: 'v'})]));
                expect((await admin.getConfig()).PluginSettings.Plugins['plugin-onboard']).toEqual({x: 'y'});
                // The store is not seeded twice.
                expect((await alice.getProfilesByUsernames(['alice'])).length).toBe(1);
                expect((await alice.getMyTeams()).length).toBe(1);
            } finally {
                await second.close();
            }
        } finally {
            rmSync(dataDir, {recursive: true, force: true});
        }
    });
});

describe('fault injection', () => {
    it('injects a 500 that Client4 sees, then lets requests through once `times` is used up', async () => {
        const running = await startFresh();
        try {
            const alice = await loginAs(running.server, 'alice');
            const {townSquare} = await seededPlace(alice);
            running.server.faults.add({method: 'POST', path: /^\/api\/v4\/posts$/, status: 500, times: 1});
            expect((await serverErrorOf(alice.createPost({channel_id: townSquare.id, message: 'first try'}))).status_code).toBe(500);
            const list = await alice.getPosts(townSquare.id);
            expect(Object.values(list.posts).some((p) => p.message === 'first try')).toBe(false);
            await expect(alice.createPost({channel_id: townSquare.id, message: 'second try'})).resolves.toMatchObject({message: 'second try'});
        } finally {
            await running.stop();
        }
    });

    it('delays matching requests and fails a share of them by errorRate', async () => {
        const running = await startFresh();
        try {
            const alice = await loginAs(running.server, 'alice');
            running.server.faults.add({path: '/users/me$', delayMs: 150, times: 1});
            const started = Date.now();
            await alice.getMe();
            expect(Date.now() - started).toBeGreaterThanOrEqual(140);

            running.server.faults.add({path: '/system/ping', errorRate: 1, status: 503});
            expect((await serverErrorOf(alice.ping(false))).status_code).toBe(503);
            running.server.faults.clear();
            await expect(alice.ping(false)).resolves.toMatchObject({status: 'OK'});
            running.server.faults.add({path: '/system/ping', errorRate: 0});
            await expect(alice.ping(false)).resolves.toMatchObject({status: 'OK'});
        } finally {
            await running.stop();
        }
    });

    it('drops every websocket; a client authenticated at upgrade resumes its connection without a new hello', async () => {
        const running = await startFresh();
        const alice = await loginAs(running.server, 'alice');
        // The webapp's socket carries the session cookie on upgrade; a bearer header is equivalent.
        const ws = new WebSocketClient({
            newWebSocketFn: (url) => new NodeWebSocket(url, {headers: {Authorization: `Bearer ${alice.getToken()}`}}) as unknown as WebSocket,
            minWebSocketRetryTime: 50,
            reconnectJitterRange: 10,
        });
        try {
            const {townSquare} = await seededPlace(alice);
            const events: {event: string; seq: number}[] = [];
            let closes = 0;
            ws.addCloseListener(() => {
                closes++;
            });
            const reconnected = new Promise<void>((resolve) => ws.addReconnectListener(() => resolve()));
            const posted = (n: number) => new Promise<void>((resolve) => ws.addMessageListener(() => {
                if (events.filter((e) => e.event === 'posted').length >= n) {
                    resolve();
                }
            }));
            ws.addMessageListener((m) => events.push({event: m.event, seq: m.seq}));
            // The webapp registers one; without it WebSocketClient does not remember its connection id.
            let missedCalls = 0;
            ws.addMissedMessageListener(() => {
                missedCalls++;
            });
            const firstPost = posted(1);
            ws.initialize(`${running.server.url.replace('http', 'ws')}/api/v4/websocket`);
            await new Promise((resolve) => setTimeout(resolve, 100));
            await alice.createPost({channel_id: townSquare.id, message: 'before drop'});
            await firstPost;

            running.server.faults.dropWebsockets();
            await reconnected;
            const secondPost = posted(2);
            await alice.createPost({channel_id: townSquare.id, message: 'after drop'});
            await secondPost;

            expect(closes).toBe(1);
            expect(missedCalls).toBe(0);
            expect(events.map((e) => e.event)).toEqual(['hello', 'posted', 'posted']);
            expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
        } finally {
            ws.close();
            await running.stop();
        }
    });

    it('starts a fresh connection for a client that authenticates by challenge; its missed-message listener runs', async () => {
        const running = await startFresh();
        const ws = new WebSocketClient({newWebSocketFn: (url) => new NodeWebSocket(url) as unknown as WebSocket, minWebSocketRetryTime: 50, reconnectJitterRange: 10});
        try {
            const alice = await loginAs(running.server, 'alice');
            const hellos: string[] = [];
            const missed = new Promise<void>((resolve) => ws.addMissedMessageListener(() => resolve()));
            const firstHello = new Promise<void>((resolve) => ws.addMessageListener((m) => {
                if (m.event === 'hello') {
                    hellos.push(m.data.connection_id);
                    resolve();
                }
            }));
            ws.initialize(`${running.server.url.replace('http', 'ws')}/api/v4/websocket`, alice.getToken());
            await firstHello;
            running.server.faults.dropWebsockets();
            await missed;
            await new Promise((resolve) => setTimeout(resolve, 20));
            expect(hellos).toHaveLength(2);
            expect(hellos[1]).not.toBe(hellos[0]);
        } finally {
            ws.close();
            await running.stop();
        }
    });

    it('offers the same controls over HTTP only when testRoutes is on', async () => {
        const off = await startFresh();
        const on = await startFresh({testRoutes: true});
        try {
            const post = (url: string, body: unknown) => fetch(url, {method: 'POST', body: JSON.stringify(body)});
            expect((await post(`${off.server.url}/__local/faults`, {rules: [{status: 500}]})).status).toBe(404);

            expect((await post(`${on.server.url}/__local/faults`, {rules: [{path: '^/api/v4/system/ping$', status: 502}]})).status).toBe(200);
            expect((await fetch(`${on.server.url}/api/v4/system/ping`)).status).toBe(502);
            expect((await post(`${on.server.url}/__local/faults/clear`, {})).status).toBe(200);
            expect((await fetch(`${on.server.url}/api/v4/system/ping`)).status).toBe(200);

            const alice = await loginAs(on.server, 'alice');
            const socket = new NodeWebSocket(`${on.server.url.replace('http', 'ws')}/api/v4/websocket`, {headers: {Authorization: `Bearer ${alice.getToken()}`}});
            await new Promise((resolve) => socket.once('message', resolve));
            const closed = new Promise((resolve) => socket.once('close', resolve));
            expect((await post(`${on.server.url}/__local/websockets/drop`, {})).status).toBe(200);
            await closed;
            expect((await post(`${on.server.url}/__local/faults`, {rules: [{status: 'bad'}]})).status).toBe(400);
        } finally {
            await off.stop();
            await on.stop();
        }
    });
});
