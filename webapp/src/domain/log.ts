// What the fold reads: one entry per post in the tracker channel, with the fields the SERVER set.
// Author and time come from the post (user_id, create_at), never from the event, so they cannot
// be forged by the client that wrote the event.
import {idKey} from './event_ids';
import {parseEvent, readUnreadable} from './event_parse';
import type {OnboardEvent} from './events';
import {checkSeal, readSeal, type SealCheck, type SealClaim} from './seal';

/** What a post is made of, as the server says. */
export interface PostFields {
    readonly postId: string;
    /** Set by the server from the session: the only trusted author. */
    readonly userId: string;
    /** Set by the server: the only trusted time (ms). */
    readonly createAt: number;
    /** > 0 when the post's message was edited after posting: such an event is rejected. */
    readonly editAt: number;
    readonly rootId: string;
    /** post.props[EVENT_PROP] exactly as read — untrusted. */
    readonly payload: unknown;
    /** The post's message: its seal is checked against the payload here, once. */
    readonly message: string;
}

export interface LogEntry extends Omit<PostFields, 'message'> {
    /** What the seal at the end of the message says (seal.ts); null when it has none. */
    readonly seal: SealClaim | null;
    /** Whether the payload is the one the message was sealed with: 'broken' means its props were rewritten. */
    readonly sealCheck: SealCheck;
    /** Set for a post put back by a system admin's restore: that restoring post's id. */
    readonly restoredBy: string | null;
    /**
     * The payload read as an event (null when it is not one), by logEntry() when the post arrives.
     * A post is read once however often the log is refolded (a late entry, a reconnect, a policy
     * question), and the fold itself never touches the untrusted payload's shape.
     */
    readonly event: OnboardEvent | null;
    /** The event id the post claims (its event's, or an unreadable one's envelope's): a repeat is a repeated delivery. */
    readonly claimedId: string | null;
    /** idKey(claimedId) (event_ids.ts), or -1 when it claims none. */
    readonly idKey: number;
}

/** An entry for a post: the one way to make one, so what it says it holds is what the payload holds. */
export function logEntry(post: PostFields, restoredBy: string | null = null): LogEntry {
    return sealedEntry(post, readSeal(post.message), restoredBy);
}

/**
 * An entry for a post whose message was read before and kept only for its seal (a cache of the
 * log): the payload is read and checked against that seal as logEntry does, so a kept entry
 * claims nothing its payload does not hold.
 */
export function sealedEntry(post: Omit<PostFields, 'message'>, seal: SealClaim | null, restoredBy: string | null = null): LogEntry {
    const event = parseEvent(post.payload);
    const claimedId = event ? event.id : readUnreadable(post.payload).envelope?.id ?? null;
    return {
        postId: post.postId,
        userId: post.userId,
        createAt: post.createAt,
        editAt: post.editAt,
        rootId: post.rootId,
        payload: post.payload,
        seal,
        sealCheck: checkSeal(seal, post.payload),
        restoredBy,
        event,
        claimedId,
        idKey: claimedId === null ? -1 : idKey(claimedId),
    };
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
