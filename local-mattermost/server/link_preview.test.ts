// The link-preview wait of app/post.go CreatePost: CreateAt is stamped before link previews are
// fetched and the post saved, so a post holding a URL becomes readable after its create_at.
import type {Client4} from '@mattermost/client';
import type {Channel} from '@mattermost/types/channels';

import {loginAs, seededPlace, startFresh, type Running} from './test_support';
import {openEventSocket, postOf} from './ws_test_support';

const delayMs = 400;

describe('link previews', () => {
    let running: Running;
    let alice: Client4;
    let bob: Client4;
    let channel: Channel;

    beforeAll(async () => {
        running = await startFresh({linkPreviewDelayMs: delayMs});
        alice = await loginAs(running.server, 'alice');
        bob = await loginAs(running.server, 'bob');
        ({townSquare: channel} = await seededPlace(alice));
    });
    afterAll(async () => {
        await running.stop();
    });

    it('saves and announces a post holding a URL only after the wait, with the create_at of the request', async () => {
        const socket = await openEventSocket(running.server, bob.getToken());
        const sentAt = Date.now();
        const creating = alice.createPost({channel_id: channel.id, message: 'see https://example.com/a'});
        await new Promise((resolve) => setTimeout(resolve, delayMs / 2));
        // Mid-wait: not in pages, not in `since`, not announced.
        const midPage = await bob.getPosts(channel.id, 0, 10);
        expect(Object.values(midPage.posts).some((p) => p.message.includes('example.com/a'))).toBe(false);
        const midSince = await bob.getPostsSince(channel.id, sentAt - 1);
        expect(Object.values(midSince.posts).some((p) => p.message.includes('example.com/a'))).toBe(false);
        expect(socket.messages.some((m) => m.event === 'posted')).toBe(false);

        const post = await creating;
        const answeredAt = Date.now();
        expect(answeredAt - sentAt).toBeGreaterThanOrEqual(delayMs - 20);
        expect(post.create_at).toBeLessThan(sentAt + delayMs / 2);
        expect(post.update_at).toBe(post.create_at);
        const announced = await socket.next((m) => m.event === 'posted');
        expect(postOf(announced)).toMatchObject({id: post.id, create_at: post.create_at});
        // A reader that asked `since` a time after create_at but before the save never sees it
        // there: the update_at it would need is the create_at, already behind it.
        const late = await bob.getPostsSince(channel.id, post.create_at + 1);
        expect(late.order).not.toContain(post.id);
        socket.close();
    });

    it('saves posts without a URL at once', async () => {
        const started = Date.now();
        await alice.createPost({channel_id: channel.id, message: 'no link here'});
        expect(Date.now() - started).toBeLessThan(delayMs / 2);
    });
});

describe('the test route', () => {
    it('turns the wait on and off for a running server', async () => {
        const running = await startFresh({testRoutes: true});
        try {
            const alice = await loginAs(running.server, 'alice');
            const {townSquare} = await seededPlace(alice);
            const setDelay = (ms: number) => fetch(`${running.server.url}/__local/link-preview-delay`, {method: 'POST', body: JSON.stringify({delayMs: ms})});
            expect((await setDelay(300)).status).toBe(200);
            let started = Date.now();
            await alice.createPost({channel_id: townSquare.id, message: 'http://example.org'});
            expect(Date.now() - started).toBeGreaterThanOrEqual(280);
            expect((await setDelay(0)).status).toBe(200);
            started = Date.now();
            await alice.createPost({channel_id: townSquare.id, message: 'http://example.org'});
            expect(Date.now() - started).toBeLessThan(200);
        } finally {
            await running.stop();
        }
    });
});
