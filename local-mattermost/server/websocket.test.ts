// The websocket endpoint, driven with @mattermost/client's own WebSocketClient (over the `ws`
// package, since Node 20 has no global WebSocket) and with raw sockets for the wire details.
import {WebSocketClient, type Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';
import type {Post} from '@mattermost/types/posts';
import {WebSocket as NodeWebSocket} from 'ws';
import {z} from 'zod';

import {cookieLogin, installBrowserWebSocketGlobals, loginAs, seededPlace, startFresh, type Running} from './test_support';
import {collectMessages, type Inbox} from './ws_test_support';

const message = z.object({event: z.string(), seq: z.number(), data: z.record(z.string(), z.unknown()), broadcast: z.object({channel_id: z.string()})});
type Message = z.infer<typeof message>;
const reply = z.object({status: z.string(), seq_reply: z.number()});

let running: Running;
let alice: Client4;
let bob: Client4;
let townSquare: Channel;
const opened: WebSocketClient[] = [];

// WebSocketClient reads the global WebSocket's OPEN constant and the browser's console.
beforeAll(async () => {
    installBrowserWebSocketGlobals(NodeWebSocket);
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    running = await startFresh();
    alice = await loginAs(running.server, 'alice');
    bob = await loginAs(running.server, 'bob');
    ({townSquare} = await seededPlace(alice));
});
afterAll(async () => {
    opened.forEach((c) => c.close());
    await running.stop();
});

type Listener = Inbox<Message>;

function collect(subscribe: (handler: (m: unknown) => void) => void): Listener {
    return collectMessages(message, subscribe);
}

function connectClient(client: Client4): {ws: WebSocketClient; events: Listener} {
    // ws's WebSocket implements the browser API WebSocketClient uses; the DOM type differs only nominally.
    const ws = new WebSocketClient({newWebSocketFn: (url) => new NodeWebSocket(url) as unknown as WebSocket, minWebSocketRetryTime: 50, reconnectJitterRange: 10});
    opened.push(ws);
    const events = collect((handler) => ws.addMessageListener(handler));
    ws.initialize(`${running.server.url.replace('http', 'ws')}/api/v4/websocket`, client.getToken());
    return {ws, events};
}

const postIn = (m: Message): Post => JSON.parse(String(m.data['post'])) as Post;
const isPosted = (message: string) => (m: Message) => m.event === 'posted' && postIn(m).message === message;

describe('websocket', () => {
    it('says hello first with seq 0, then numbers events 1, 2, ... on each connection', async () => {
        const {events} = connectClient(alice);
        const hello = await events.next((m) => m.event === 'hello');
        expect(hello.seq).toBe(0);
        expect(hello.data['connection_id']).toEqual(expect.any(String));
        expect(hello.data['server_version']).toEqual(expect.stringMatching(/^11\./));
        await alice.createPost({channel_id: townSquare.id, message: 'seq one'});
        await alice.createPost({channel_id: townSquare.id, message: 'seq two'});
        const two = await events.next(isPosted('seq two'));
        const one = await events.next(isPosted('seq one'));
        expect(events.messages[0]?.event).toBe('hello');
        expect(events.messages.map((m) => m.seq)).toEqual(events.messages.map((_, i) => i));
        expect(two.seq).toBe(one.seq + 1);
    });

    it('sends posted to every channel member, the author included, and to nobody else', async () => {
        const channel = await alice.createChannel({team_id: townSquare.team_id, name: 'ws-members', display_name: 'WS', type: 'O'});
        const a = connectClient(alice);
        const b = connectClient(bob);
        await a.events.next((m) => m.event === 'hello');
        await b.events.next((m) => m.event === 'hello');

        await alice.createPost({channel_id: channel.id, message: 'members only'});
        const seen = await a.events.next(isPosted('members only'));
        expect(seen.broadcast.channel_id).toBe(channel.id);
        expect(seen.data).toMatchObject({channel_name: 'ws-members', channel_type: 'O', team_id: townSquare.team_id, sender_name: '@alice'});

        // Events on one connection arrive in order, so once bob sees the later town-square post
        // he would already have seen the earlier one had it been sent to him.
        await alice.createPost({channel_id: townSquare.id, message: 'everyone'});
        await b.events.next(isPosted('everyone'));
        expect(b.events.messages.some(isPosted('members only'))).toBe(false);

        const bobId = (await bob.getMe()).id;
        await bob.addToChannel(bobId, channel.id);
        const added = await a.events.next((m) => m.event === 'user_added');
        expect(added.data).toMatchObject({user_id: bobId});
        await alice.createPost({channel_id: channel.id, message: 'now bob too'});
        await b.events.next(isPosted('now bob too'));
    });

    it('sends post_edited and post_deleted with the post as a JSON string', async () => {
        const {events} = connectClient(bob);
        await events.next((m) => m.event === 'hello');
        const post = await alice.createPost({channel_id: townSquare.id, message: 'will change'});
        await alice.patchPost({id: post.id, message: 'changed', props: {v: 2}});
        const edited = await events.next((m) => m.event === 'post_edited');
        expect(postIn(edited)).toMatchObject({id: post.id, message: 'changed', props: {v: 2}});
        await alice.deletePost(post.id);
        const deleted = await events.next((m) => m.event === 'post_deleted');
        expect(postIn(deleted).id).toBe(post.id);
        // The post as it was read before the delete (app/post.go DeletePost), and no delete_by for
        // a user without manage_system.
        expect(postIn(deleted).delete_at).toBe(0);
        expect(deleted.data).not.toHaveProperty('delete_by');
    });

    it('tells only the creator about a new channel', async () => {
        const a = connectClient(alice);
        const b = connectClient(bob);
        await a.events.next((m) => m.event === 'hello');
        await b.events.next((m) => m.event === 'hello');
        const channel = await alice.createChannel({team_id: townSquare.team_id, name: 'ws-created', display_name: 'Created', type: 'O'});
        const created = await a.events.next((m) => m.event === 'channel_created');
        expect(created.data).toMatchObject({channel_id: channel.id});
        await alice.createPost({channel_id: townSquare.id, message: 'after create'});
        await b.events.next(isPosted('after create'));
        expect(b.events.messages.some((m) => m.event === 'channel_created')).toBe(false);
    });
});

describe('websocket authentication on the wire', () => {
    const wsUrl = () => `${running.server.url.replace('http', 'ws')}/api/v4/websocket`;
    // A queue of everything the socket received; next() hands out messages in arrival order.
    const raw = (socket: NodeWebSocket): {all: unknown[]; next: () => Promise<unknown>} => {
        const all: unknown[] = [];
        let read = 0;
        let waiting: (() => void) | undefined;
        socket.on('message', (data: Buffer) => {
            all.push(JSON.parse(data.toString()));
            waiting?.();
        });
        const next = async (): Promise<unknown> => {
            while (read >= all.length) {
                await new Promise<void>((resolve) => {
                    waiting = resolve;
                });
            }
            return all[read++];
        };
        return {all, next};
    };

    it('accepts the session cookie on upgrade and says hello without a challenge', async () => {
        const session = await cookieLogin(running.server, 'alice');
        const socket = new NodeWebSocket(wsUrl(), {headers: {Cookie: session.cookie}});
        const inbox = raw(socket);
        const first = await inbox.next();
        expect(message.parse(first).event).toBe('hello');
        socket.close();
    });

    it('waits for authentication_challenge, answers it with seq_reply, and refuses a bad token', async () => {
        const socket = new NodeWebSocket(wsUrl());
        const inbox = raw(socket);
        await new Promise((resolve) => socket.once('open', resolve));
        socket.send(JSON.stringify({seq: 1, action: 'authentication_challenge', data: {token: 'wrong'}}));
        expect(reply.parse(await inbox.next())).toEqual({status: 'FAIL', seq_reply: 1});
        expect(inbox.all).toHaveLength(1);
        socket.send(JSON.stringify({seq: 2, action: 'authentication_challenge', data: {token: alice.getToken()}}));
        const [a, b] = [await inbox.next(), await inbox.next()];
        const events = [a, b].map((m) => (message.safeParse(m).success ? 'hello' : reply.parse(m).status));
        expect(events.sort()).toEqual(['OK', 'hello']);
        socket.close();
    });
    it('resends events the client had not acknowledged when it resumes with connection_id and sequence_number', async () => {
        const headers = {Authorization: `Bearer ${alice.getToken()}`};
        const first = new NodeWebSocket(wsUrl(), {headers});
        const inbox = raw(first);
        const hello = message.parse(await inbox.next());
        await alice.createPost({channel_id: townSquare.id, message: 'resend me'});
        const posted = message.parse(await inbox.next());
        expect(posted.seq).toBe(1);
        first.terminate();
        await new Promise((resolve) => setTimeout(resolve, 20));

        const connectionId = String(hello.data['connection_id']);
        const second = new NodeWebSocket(`${wsUrl()}?connection_id=${connectionId}&sequence_number=1`, {headers});
        const again = message.parse(await raw(second).next());
        expect(again).toMatchObject({event: 'posted', seq: 1});
        expect(postIn(again).message).toBe('resend me');
        second.close();

        const third = new NodeWebSocket(`${wsUrl()}?connection_id=unknownconnection&sequence_number=5`, {headers});
        expect(message.parse(await raw(third).next())).toMatchObject({event: 'hello', seq: 0});
        third.close();
    });
});
