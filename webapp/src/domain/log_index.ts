// Where each post sits in a folded log: its position in the whole log and in its thread. The
// integrity checks ask "is this post still here, and how many posts were there up to it?" once
// per reference that every event carries, so the answers must be lookups, not scans. foldMore
// hands an index on from state to state instead of rebuilding it: fold.ts, S3.
import type {LogEntry} from './log';

export class LogIndex {
    private readonly position = new Map<string, number>();
    private readonly threadPosition = new Map<string, number>();
    private readonly threadSize = new Map<string, number>();

    constructor(entries: readonly LogEntry[] = []) {
        for (const entry of entries) {
            this.add(entry);
        }
    }

    /** Appends the next entry in server order. */
    add(entry: LogEntry): void {
        this.position.set(entry.postId, this.position.size);
        const thread = threadOf(entry);
        const size = (this.threadSize.get(thread) ?? 0) + 1;
        this.threadSize.set(thread, size);
        this.threadPosition.set(entry.postId, size);
    }

    has(postId: string): boolean {
        return this.position.has(postId);
    }

    /** 0-based position in the log, or -1. */
    indexOf(postId: string): number {
        return this.position.get(postId) ?? -1;
    }

    /** How many posts of the log there are up to and including this one (0 when it is not here). */
    countUpTo(postId: string): number {
        return this.indexOf(postId) + 1;
    }

    /** How many posts of its thread there are up to and including this one (0 when it is not here). */
    threadCountUpTo(postId: string): number {
        return this.threadPosition.get(postId) ?? 0;
    }
}

/** The thread a post belongs to: its root's id (a root is its own thread). */
export function threadOf(entry: Pick<LogEntry, 'postId' | 'rootId'>): string {
    return entry.rootId === '' ? entry.postId : entry.rootId;
}
