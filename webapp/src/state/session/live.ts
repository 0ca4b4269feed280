// Live updates: websocket post events merged as they come, a full reload after a reconnect (events
// sent while the socket was down are gone), and settled() for whoever must wait for all of it.
import {liveChangeOf} from '../../storage/posts';

import type {LiveChange, Sync} from './sync';
import type {TeamRegistry} from './team';

export interface Live {
    handleWebSocketEvent(message: {event: string; data: unknown; broadcast?: unknown}): void;
    handleReconnect(): void;
    /** Resolves when every queued sync has been applied (tests and reconnect handling use it). */
    settled(): Promise<void>;
}

export function createLive(registry: Pick<TeamRegistry, 'teams' | 'enqueue'>, sync: Pick<Sync, 'apply' | 'reload'>): Live {
    function handleWebSocketEvent(message: {event: string; data: unknown; broadcast?: unknown}): void {
        const change = liveChangeOf(message.event, message.data);
        if (!change) {
            return;
        }
        for (const t of registry.teams()) {
            // Also while the first load is in flight: queued behind it, the event is merged after it, never lost.
            if (t.channelId !== change.channelId) {
                continue;
            }
            const live: LiveChange = change.kind === 'upsert' ?
                {kind: 'live', entries: [change.entry], deletedPostIds: []} :
                {kind: 'live', entries: [], deletedPostIds: [change.postId], deletedBy: change.deletedBy};
            void registry.enqueue(t, () => sync.apply(t, live));
        }
    }

    function handleReconnect(): void {
        for (const t of registry.teams()) {
            void sync.reload(t);
        }
    }

    async function settled(): Promise<void> {
        // A task may queue another (a live event arriving meanwhile): wait until the queues stop changing.
        for (;;) {
            const queues = registry.teams().map((t) => t.queue);
            await Promise.all(queues);
            const now = registry.teams().map((t) => t.queue);
            if (now.length === queues.length && now.every((q, i) => q === queues[i])) {
                return;
            }
        }
    }

    return {handleWebSocketEvent, handleReconnect, settled};
}
