// The tracker log as this browser last read it, kept per user and tracker channel, so a reload
// starts from it and asks the server only what changed since (one `since` request) instead of
// every page. The server stays the only source: what comes back is folded exactly as a cold load
// would fold it (the entries are read again from their payloads and seals), and anything wrong
// with the record (another format, another user or channel, unreadable, no storage, no room)
// reads as "nothing kept", which costs a cold load and nothing else.
import {z} from 'zod/mini';

import {sealedEntry, type LogEntry} from '../../domain/log';

export interface CachedLog {
    readonly entries: readonly LogEntry[];
    /** The load cursor the entries are complete up to (TeamLog.cursor). */
    readonly cursor: number;
}

export interface LogCache {
    read(userId: string, channelId: string): Promise<CachedLog | null>;
    /** Best effort: a record that cannot be written is simply not there next time. */
    write(userId: string, channelId: string, log: CachedLog): Promise<void>;
    /** Drops every record of the user (their session ended). */
    forgetUser(userId: string): Promise<void>;
}

/** Where records live: IndexedDB in the browser (indexed_db_records.ts), a Map in tests. */
export interface RecordStore {
    get(key: string): Promise<unknown>;
    put(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<void>;
    keys(): Promise<string[]>;
}

/** Raised when what a record holds, or how it is read back, changes: older records are then ignored. */
export const CACHE_FORMAT = 1;

const Seal = z.nullable(z.object({type: z.string(), plugin: z.string(), digest: z.string()}));
const Entry = z.object({
    postId: z.string(), userId: z.string(), createAt: z.number(), editAt: z.number(), rootId: z.string(), payload: z.unknown(), seal: Seal,
});
const Record = z.object({
    format: z.literal(CACHE_FORMAT),
    userId: z.string(),
    channelId: z.string(),
    cursor: z.number(),
    entries: z.array(Entry),
});
type Record = z.infer<typeof Record>;

const keyOf = (userId: string, channelId: string): string => `${userId}:${channelId}`;

export function createLogCache(store: RecordStore | null): LogCache {
    async function read(userId: string, channelId: string): Promise<CachedLog | null> {
        if (!store) {
            return null;
        }
        try {
            const parsed = Record.safeParse(await store.get(keyOf(userId, channelId)));
            if (!parsed.success || parsed.data.userId !== userId || parsed.data.channelId !== channelId) {
                return null;
            }
            // Read again as a post is read: the event parsed and the seal checked against the payload.
            const entries = parsed.data.entries.map((entry) => sealedEntry(entry, entry.seal));
            return {entries, cursor: parsed.data.cursor};
        } catch {
            return null;
        }
    }

    async function write(userId: string, channelId: string, log: CachedLog): Promise<void> {
        if (!store) {
            return;
        }
        const record: Record = {
            format: CACHE_FORMAT, userId, channelId, cursor: log.cursor,
            // Entries put back by a restore are made by the fold, never read from the server: not kept.
            entries: log.entries.filter((entry) => entry.restoredBy === null).map((entry) => ({
                postId: entry.postId, userId: entry.userId, createAt: entry.createAt, editAt: entry.editAt, rootId: entry.rootId,
                payload: entry.payload, seal: entry.seal,
            })),
        };
        try {
            await store.put(keyOf(userId, channelId), record);
        } catch {
            // Quota full, storage refused or gone: the next load is a cold one, and says nothing about it.
            await store.delete(keyOf(userId, channelId)).catch(() => undefined);
        }
    }

    async function forgetUser(userId: string): Promise<void> {
        if (!store) {
            return;
        }
        try {
            const keys = await store.keys();
            await Promise.all(keys.filter((key) => key.startsWith(`${userId}:`)).map((key) => store.delete(key)));
        } catch {
            // Nothing more to do: a record left behind is still checked against its user when read.
        }
    }

    return {read, write, forgetUser};
}
