// Which channel was this team's tracker, remembered in the browser per user and team. Channel
// members may rename the tracker (URL name included), after which the lookup by name finds
// nothing; the remembered id still finds it, so the history is not orphaned and nobody silently
// starts a second tracker. Memory is a convenience: a missing, corrupt or unreadable entry (private
// browsing, quota, another version's format) reads as "nothing remembered".
import {z} from 'zod/mini';

export interface TrackerMemory {
    recall(teamId: string): string | null;
    remember(teamId: string, channelId: string): void;
    forget(teamId: string): void;
}

/** The part of the Web Storage API used: window.localStorage in the browser, a Map-backed fake in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const Entry = z.object({channelId: z.string().check(z.regex(/^[a-z0-9]{26}$/))});

const PREFIX = 'plugin-onboard.tracker';

export function createTrackerMemory(store: KeyValueStore | null, currentUserId: () => string): TrackerMemory {
    // Keyed by user too: several people may use one browser profile, each with their own view.
    const key = (teamId: string) => `${PREFIX}.${currentUserId()}.${teamId}`;

    function recall(teamId: string): string | null {
        try {
            const text = store?.getItem(key(teamId)) ?? null;
            if (text === null) {
                return null;
            }
            const parsed = Entry.safeParse(JSON.parse(text));
            return parsed.success ? parsed.data.channelId : null;
        } catch {
            return null;
        }
    }

    function remember(teamId: string, channelId: string): void {
        try {
            store?.setItem(key(teamId), JSON.stringify({channelId}));
        } catch {
            // Storage full or refused: the tracker is still found by name while it keeps it.
        }
    }

    function forget(teamId: string): void {
        try {
            store?.removeItem(key(teamId));
        } catch {
            // Nothing to undo: an entry that cannot be removed is checked against the server when read.
        }
    }

    return {recall, remember, forget};
}

/** window.localStorage when the browser lets us have it (reading the property itself can throw). */
export function browserStore(): KeyValueStore | null {
    try {
        return typeof window === 'undefined' ? null : window.localStorage;
    } catch {
        return null;
    }
}

/** Remembers nothing: for sessions that run outside a browser. */
export const NO_MEMORY: TrackerMemory = {recall: () => null, remember: () => undefined, forget: () => undefined};
