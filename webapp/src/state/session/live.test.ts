// Live events are absorbed a batch at a time: a burst of posts is one fold and one new view per
// frame, not one per post, and nothing is lost or reordered on the way.
import {createMemoryStorage} from '../../storage/testing/memory/adapter';
import {MemoryMattermost} from '../../storage/testing/memory/server';
import {reducer} from '../reducer';
import {selectTracker} from '../selectors';
import {evidenceDraft, registrationDraft} from '../testing/drafts';
import {createTrackerSession} from '../tracker_session';
import type {PluginOnboardState} from '../types';

const TEAM = 'teamaaaaaaaaaaaaaaaaaaaaaa';
const BURST = 40;

/** A frame the test runs by hand: what was scheduled waits until then. */
function manualFrames(): {schedule: (run: () => void) => void; runFrame: () => number} {
    let waiting: (() => void)[] = [];
    return {
        schedule: (run) => {
            waiting.push(run);
        },
        runFrame: () => {
            const now = waiting;
            waiting = [];
            now.forEach((run) => run());
            return now.length;
        },
    };
}

async function world() {
    const server = new MemoryMattermost();
    const alice = server.addUser('alice');
    const bob = server.addUser('bob');
    const admin = server.addUser('admin', {systemAdmin: true});
    await createMemoryStorage(server, admin).createTracker(TEAM);
    const frames = manualFrames();
    let slice: PluginOnboardState = reducer(undefined, {type: '@@INIT'});
    let dispatches = 0;
    const watcher = createTrackerSession({
        store: {dispatch: (action) => {
            dispatches++;
            slice = reducer(slice, action);
        }},
        storage: createMemoryStorage(server, alice), currentUserId: () => alice, liveBatch: frames.schedule,
    });
    server.subscribe(alice, (message) => watcher.handleWebSocketEvent(message));
    const writerFrames = manualFrames();
    const writer = createTrackerSession({store: {dispatch: () => undefined}, storage: createMemoryStorage(server, bob), currentUserId: () => bob, liveBatch: writerFrames.schedule});
    await writer.open(TEAM);
    await watcher.open(TEAM);
    return {
        server, bob, watcher, writer, frames,
        view: () => selectTracker({'plugins-plugin-onboard': slice}, TEAM),
        dispatches: () => dispatches,
    };
}

describe('live events: one batch per frame', () => {
    it('a burst of posts waits for the frame, then is one fold and one new view, with every post in server order', async () => {
        const w = await world();
        for (const plugin of ['alpha', 'beta']) {
            expect(await w.writer.submit(TEAM, registrationDraft(plugin, [w.bob]))).toMatchObject({ok: true});
        }
        for (let i = 0; i < BURST; i++) {
            expect(await w.writer.submit(TEAM, evidenceDraft(i % 2 === 0 ? 'alpha' : 'beta', `https://example.com/${i}`))).toMatchObject({ok: true});
        }
        const before = w.dispatches();
        const logBefore = w.view().state.log.length;
        // The server delivers the whole burst; the watcher only collects it.
        expect(w.server.flushSocket()).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(w.dispatches()).toBe(before);
        expect(w.view().state.log).toHaveLength(logBefore);

        // One frame: the whole burst in one batch.
        const settled = w.watcher.settled();
        expect(w.frames.runFrame()).toBe(1);
        await settled;
        expect(w.view().state.log).toHaveLength(logBefore + 2 + BURST);
        // One view for the posts, and at most one more once the authors are known.
        expect(w.dispatches() - before).toBeLessThanOrEqual(2);
        expect(w.view().state.plugins['alpha']?.items['basic-review'].evidence['introduction-post']?.value).toBe(`https://example.com/${BURST - 2}`);
        const times = w.view().state.log.map((entry) => entry.createAt);
        expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('settled() waits for a batch still waiting for its frame', async () => {
        const w = await world();
        expect(await w.writer.submit(TEAM, registrationDraft('alpha', [w.bob]))).toMatchObject({ok: true});
        w.server.flushSocket();
        let done = false;
        const settled = w.watcher.settled().then(() => {
            done = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(done).toBe(false);
        w.frames.runFrame();
        await settled;
        expect(w.view().state.plugins['alpha']).toBeDefined();
    });

    it('a deletion in a burst stays in its place: the post deleted after it arrived is gone, later posts stay', async () => {
        const w = await world();
        expect(await w.writer.submit(TEAM, registrationDraft('alpha', [w.bob]))).toMatchObject({ok: true});
        w.server.flushSocket();
        const first = w.watcher.settled();
        w.frames.runFrame();
        await first;
        expect(await w.writer.submit(TEAM, evidenceDraft('alpha', 'https://example.com/kept'))).toMatchObject({ok: true});
        const rootPostId = w.view().state.plugins['alpha']?.rootPostId ?? '';
        w.server.deletePost(w.bob, rootPostId);
        w.server.flushSocket();
        const settled = w.watcher.settled();
        expect(w.frames.runFrame()).toBe(1);
        await settled;
        // Mattermost deletes a thread's replies with its root: the plugin is gone, as on a reload.
        expect(w.view().state.plugins['alpha']).toBeUndefined();
    });
});
