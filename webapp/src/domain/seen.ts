// What a client had folded when it writes an event (events.ts `Seen`): the newest post of the
// whole log and of the plugin's thread, how many posts up to each, and the policy in force. Every
// client writes it; every client checks it (integrity.ts), so a post deleted after someone saw it
// leaves a gap that everyone sees.
import {claimedPlugin, claimedType, readUnreadable} from './event_parse';
import {PostRef, pluginOfEvent, type Seen} from './events';
import type {LogEntry} from './log';
import {threadOf} from './log_index';
import {getPlugin} from './plugin_records';
import type {TrackerState} from './tracker_state';

/**
 * A reference to a folded post, or null when the post's own fields could not be named in an event.
 * What it was is read from its seal first: the seal is in the message, which cannot change
 * unmarked, while the props can.
 */
export function refTo(entry: LogEntry): PostRef | null {
    const event = entry.event;
    const envelope = event ? null : readUnreadable(entry.payload).envelope;
    const type = entry.seal?.type ?? event?.type ?? (envelope ? claimedType(envelope) : null) ?? 'unreadable.post';
    const plugin = entry.seal ? entry.seal.plugin || null : event ? pluginOfEvent(event) : envelope ? claimedPlugin(envelope) : null;
    const parsed = PostRef.safeParse({post: entry.postId, at: entry.createAt, by: entry.userId, type: /\./.test(type) ? type : 'unreadable.post', ...(plugin ? {plugin} : {})});
    return parsed.success ? parsed.data : null;
}

/** The `seen` of an event about `pluginId` (null: a tracker event) written by a client holding `state`. */
export function seenFor(state: TrackerState, pluginId: string | null): Seen {
    const seen: {log: Seen['log']; thread?: Seen['thread']; policy?: Seen['policy']} = {log: null};
    const last = state.log[state.log.length - 1];
    const lastRef = last ? refTo(last) : null;
    if (lastRef) {
        seen.log = {last: lastRef, count: state.log.length};
    }
    const plugin = pluginId === null ? undefined : getPlugin(state.plugins, pluginId);
    if (plugin) {
        let newest: LogEntry | null = null;
        let count = 0;
        for (const entry of state.log) {
            if (threadOf(entry) === plugin.rootPostId) {
                newest = entry;
                count++;
            }
        }
        const ref = newest ? refTo(newest) : null;
        if (ref) {
            seen.thread = {last: ref, count};
        }
    }
    for (let i = state.policyHistory.length - 1; i >= 0; i--) {
        const line = state.policyHistory[i];
        if (line?.policy) {
            const parsed = PostRef.safeParse({post: line.postId, at: line.at, by: line.by, type: 'policy.set'});
            if (parsed.success) {
                seen.policy = parsed.data;
            }
            break;
        }
    }
    return seen;
}
