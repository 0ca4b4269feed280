// Live updates: websocket post events merged as they come, a full reload after a reconnect (events
// sent while the socket was down are gone), and settled() for whoever must wait for all of it.
//
// Events are absorbed in batches: what arrives before the next frame is merged in one go, so a
// burst of posts is one fold, one new view and one render per frame, not one per post (a busy
// channel would otherwise keep the page's only thread busy for as long as the burst lasts).
import type {LogEntry} from '../../domain/log';
import {liveChangeOf} from '../../storage/posts';

import type {Sync} from './sync';
import type {Team, TeamRegistry} from './team';

export interface Live {
    handleWebSocketEvent(message: {event: string; data: unknown; broadcast?: unknown}): void;
    handleReconnect(): void;
    /** Resolves when every queued sync has been applied (tests and reconnect handling use it). */
    settled(): Promise<void>;
}

/** Runs a batch later: once per frame in a page; anything that runs it once, soon, will do. */
export type BatchScheduler = (run: () => void) => void;

/**
 * The next frame, or 100 ms when that comes first (a hidden tab gets no frames); a timer where
 * there are no frames at all. Running twice is harmless: the second run finds nothing waiting.
 */
export const frameScheduler: BatchScheduler = (run) => {
    if (typeof requestAnimationFrame === 'function') {
        requestAnimationFrame(run);
    }
    setTimeout(run, typeof requestAnimationFrame === 'function' ? 100 : 0);
};

export function createLive(registry: Pick<TeamRegistry, 'teams' | 'enqueue'>, sync: Pick<Sync, 'apply' | 'reload'>, schedule: BatchScheduler = frameScheduler): Live {
    /** Per team, the new posts waiting for the frame, in the order they came. */
    const waiting = new Map<Team, LogEntry[]>();
    /** Resolves once every batch scheduled so far has been handed to its team's queue. */
    let flushed: Promise<void> | null = null;
    let done: () => void = () => undefined;

    function flush(): void {
        for (const [t, entries] of waiting) {
            // Also while the first load is in flight: queued behind it, the batch is merged after it, never lost.
            void registry.enqueue(t, () => sync.apply(t, {kind: 'live', entries, deletedPostIds: []}));
        }
        waiting.clear();
        flushed = null;
        done();
    }

    function add(t: Team, change: NonNullable<ReturnType<typeof liveChangeOf>>): void {
        if (change.kind === 'delete') {
            // Deletions are rare and each says who deleted it: what came before goes first, then the deletion.
            const before = waiting.get(t);
            if (before) {
                waiting.delete(t);
                void registry.enqueue(t, () => sync.apply(t, {kind: 'live', entries: before, deletedPostIds: []}));
            }
            void registry.enqueue(t, () => sync.apply(t, {kind: 'live', entries: [], deletedPostIds: [change.postId], deletedBy: change.deletedBy}));
            return;
        }
        const entries = waiting.get(t);
        if (entries) {
            entries.push(change.entry);
        } else {
            waiting.set(t, [change.entry]);
        }
        if (!flushed) {
            flushed = new Promise((resolve) => {
                done = resolve;
            });
            schedule(() => {
                if (flushed) {
                    flush();
                }
            });
        }
    }

    function handleWebSocketEvent(message: {event: string; data: unknown; broadcast?: unknown}): void {
        const change = liveChangeOf(message.event, message.data);
        if (!change) {
            return;
        }
        for (const t of registry.teams()) {
            if (t.channelId === change.channelId) {
                add(t, change);
            }
        }
    }

    function handleReconnect(): void {
        for (const t of registry.teams()) {
            void sync.reload(t);
        }
    }

    async function settled(): Promise<void> {
        // A task may queue another (a live event arriving meanwhile): wait until nothing is waiting
        // for its frame and the queues stop changing.
        for (;;) {
            await flushed;
            const queues = registry.teams().map((t) => t.queue);
            await Promise.all(queues);
            const now = registry.teams().map((t) => t.queue);
            if (!flushed && now.length === queues.length && now.every((q, i) => q === queues[i])) {
                return;
            }
        }
    }

    return {handleWebSocketEvent, handleReconnect, settled};
}
