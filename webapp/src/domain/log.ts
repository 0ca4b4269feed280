// What the fold reads: one entry per post in the tracker channel, with the fields the SERVER set.
// Author and time come from the post (user_id, create_at), never from the event, so they cannot
// be forged by the client that wrote the event.

export interface LogEntry {
    readonly postId: string;
    /** Set by the server from the session: the only trusted author. */
    readonly userId: string;
    /** Set by the server: the only trusted time (ms). */
    readonly createAt: number;
    /** > 0 when the post was edited after posting: such an event is rejected. */
    readonly editAt: number;
    readonly rootId: string;
    /** post.props[EVENT_PROP] exactly as read — untrusted, parsed by the fold. */
    readonly payload: unknown;
}

/** What the fold needs to know about users that it cannot read from the log. */
export interface Directory {
    isSystemAdmin(userId: string): boolean;
}

/** Server order: create_at, then post id. Every client sorts the same way, so every client folds the same. */
export function compareEntries(a: LogEntry, b: LogEntry): number {
    if (a.createAt !== b.createAt) {
        return a.createAt - b.createAt;
    }
    if (a.postId === b.postId) {
        return 0;
    }
    return a.postId < b.postId ? -1 : 1;
}
