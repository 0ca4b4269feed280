// Questions the views ask about the record's integrity (integrity.ts finds the marks): which marks
// are open and whose, how much waits on them, which posts a restore put back and by whom. Pure
// reads of a folded state; the panel, the cards and the command ask the same questions.
import {pluginOf} from './history';
import type {LogEntry} from './log';
import type {IntegrityMark, Stamp, TrackerState} from './tracker_state';

/** Marks no system admin has accepted yet: what the record is waiting on. Oldest first. */
export function openMarks(state: TrackerState): readonly IntegrityMark[] {
    return state.integrity.marks.filter((mark) => mark.accepted === null);
}

/** Marks a system admin accepted (losses accepted, policies confirmed): history, not alerts. */
export function acceptedMarks(state: TrackerState): readonly IntegrityMark[] {
    return state.integrity.marks.filter((mark) => mark.accepted !== null);
}

/** Plugin ids are unique without case (fold.ts), and marks carry the id as the post named it. */
function samePlugin(a: string | null, b: string): boolean {
    return a !== null && a.toLowerCase() === b.toLowerCase();
}

/** The marks about one plugin (open and accepted), oldest first. */
export function marksOfPlugin(state: TrackerState, pluginId: string): readonly IntegrityMark[] {
    return state.integrity.marks.filter((mark) => mark.scope === 'plugin' && samePlugin(mark.plugin, pluginId));
}

/** How many of a plugin's posts wait behind an open mark (its own, or a lost policy its role holders acted under). */
export function onHoldInPlugin(state: TrackerState, pluginId: string): number {
    if (state.integrity.onHold === 0) {
        return 0;
    }
    return onHoldByPlugin(state).get(pluginId.toLowerCase()) ?? 0;
}

const onHoldByState = new WeakMap<TrackerState, ReadonlyMap<string, number>>();

/** Lower-cased plugin id → posts on hold: one walk of the log per state, however many cards ask. */
function onHoldByPlugin(state: TrackerState): ReadonlyMap<string, number> {
    let counts = onHoldByState.get(state);
    if (!counts) {
        const made = new Map<string, number>();
        state.log.forEach((entry, i) => {
            const plugin = state.verdicts[i]?.code === 'on-hold' ? pluginOf(entry) : null;
            if (plugin !== null) {
                const key = plugin.toLowerCase();
                made.set(key, (made.get(key) ?? 0) + 1);
            }
        });
        counts = made;
        onHoldByState.set(state, counts);
    }
    return counts;
}

/**
 * The open marks a plugin's page shows: its own, and, when some of the plugin's changes wait, what
 * else they may wait on: a lost or questioned policy (its role holders acted under it) or, when
 * neither explains it, every other open mark (posts of unknown plugins went missing).
 */
export function openMarksForPlugin(state: TrackerState, pluginId: string): readonly IntegrityMark[] {
    const open = openMarks(state);
    const own = open.filter((mark) => mark.scope === 'plugin' && samePlugin(mark.plugin, pluginId));
    if (onHoldInPlugin(state, pluginId) === 0) {
        return own;
    }
    const policy = open.filter((mark) => mark.scope === 'policy');
    if (own.length === 0 && policy.length === 0) {
        return open;
    }
    return [...own, ...policy].sort((a, b) => a.at - b.at);
}

/** The number of posts a mark stands for ('fewer' marks count several). */
export function markedPosts(marks: readonly IntegrityMark[]): number {
    return marks.reduce((n, mark) => n + mark.count, 0);
}

/** Who put a restored post back, and when: the restoring post's author and time. */
export type Restoration = Stamp;

const restorationsByLog = new WeakMap<readonly LogEntry[], ReadonlyMap<string, Restoration>>();

/** Restored post id → who restored it and when. One map per folded log: a channel shows many cards. */
export function restorations(state: TrackerState): ReadonlyMap<string, Restoration> {
    let found = restorationsByLog.get(state.log);
    if (!found) {
        const restoring = new Map<string, LogEntry>();
        for (const entry of state.log) {
            if (entry.event?.type === 'integrity.restored' && entry.restoredBy === null) {
                restoring.set(entry.postId, entry);
            }
        }
        const map = new Map<string, Restoration>();
        for (const entry of state.log) {
            const by = entry.restoredBy === null ? undefined : restoring.get(entry.restoredBy);
            if (by?.event) {
                map.set(entry.postId, {by: by.userId, at: by.createAt, eventId: by.event.id});
            }
        }
        found = map;
        restorationsByLog.set(state.log, found);
    }
    return found;
}

/** Post id → position, for the latest log asked about; a log that only grew since adds only its new posts. */
let positions: {log: readonly LogEntry[]; byPost: Map<string, number>} | null = null;
const positionsByLog = new WeakMap<readonly LogEntry[], ReadonlyMap<string, number>>();

/** Whether `log` starts with every entry of `earlier`, in place (a live event appends to the log). */
function extendsLog(log: readonly LogEntry[], earlier: readonly LogEntry[]): boolean {
    if (log.length < earlier.length) {
        return false;
    }
    for (let i = 0; i < earlier.length; i++) {
        if (log[i] !== earlier[i]) {
            return false;
        }
    }
    return true;
}

function positionsOf(log: readonly LogEntry[]): ReadonlyMap<string, number> {
    const known = positionsByLog.get(log);
    if (known) {
        return known;
    }
    // A channel shows many cards and every live event makes a new log: extending the last map costs
    // the new posts, not the whole log. The map is then shared with the earlier logs, which hold
    // every post it had at the same position; logEntryFor checks that a position is inside the log.
    let byPost: Map<string, number>;
    if (positions && extendsLog(log, positions.log)) {
        byPost = positions.byPost;
        for (let i = positions.log.length; i < log.length; i++) {
            const entry = log[i];
            if (entry) {
                byPost.set(entry.postId, i);
            }
        }
    } else {
        byPost = new Map(log.map((entry, i) => [entry.postId, i]));
    }
    positions = {log, byPost};
    positionsByLog.set(log, byPost);
    return byPost;
}

/** The folded entry of a post and its verdict's index, or null when the log does not hold it. */
export function logEntryFor(state: TrackerState, postId: string): {entry: LogEntry; index: number} | null {
    const index = positionsOf(state.log).get(postId);
    const entry = index === undefined ? undefined : state.log[index];
    return entry && index !== undefined && entry.postId === postId ? {entry, index} : null;
}
