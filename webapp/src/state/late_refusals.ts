// My own changes that the record refused after all. Server order decides: when someone else's
// post turns out to sort before mine (two sign-offs of one slot at once, a post readable late, a
// restore putting an earlier post back), a refold flips my change to refused although I was told
// it was recorded. The views say so, from the folded log alone.
import type {OnboardEvent} from '../domain/events';
import {getPlugin} from '../domain/plugin_records';
import type {Rejection, TrackerState} from '../domain/tracker_state';

/** A place in server order: create_at, then post id. */
export interface LogPosition {
    readonly at: number;
    readonly post: string;
}

export interface LateRefusal {
    readonly postId: string;
    readonly event: OnboardEvent;
    readonly rejection: Rejection;
    /** For a sign-off: who holds the slot now, when someone else does (they signed first). */
    readonly firstBy: string | null;
}

/** Where a page session starts reading, per team: the newest post of the log when it first saw it loaded. */
const sessionStarts = new Map<string, LogPosition>();

/**
 * The start of this page session's reading of a team's log, fixed on the first call with a loaded
 * state. Server times, so the client's clock plays no part.
 */
export function sessionStart(teamId: string, state: TrackerState): LogPosition {
    let start = sessionStarts.get(teamId);
    if (!start) {
        start = state.lastEntry ? {at: state.lastEntry.createAt, post: state.lastEntry.postId} : {at: 0, post: ''};
        sessionStarts.set(teamId, start);
    }
    return start;
}

function after(entry: {createAt: number; postId: string}, position: LogPosition): boolean {
    return entry.createAt > position.at || (entry.createAt === position.at && entry.postId > position.post);
}

function slotHolder(state: TrackerState, event: OnboardEvent, userId: string): string | null {
    if (event.type !== 'signoff.given') {
        return null;
    }
    const holder = getPlugin(state.plugins, event.plugin)?.items[event.item].signOffs[event.slot]?.by;
    return holder !== undefined && holder !== userId ? holder : null;
}

const cache = new WeakMap<TrackerState, Map<string, readonly LateRefusal[]>>();

/**
 * Events `userId` posted after `start` that the record refuses. A repeated delivery (duplicate) is
 * not a refusal of anything, and a restored copy is not a change made in this session.
 */
export function lateRefusals(state: TrackerState, userId: string, start: LogPosition): readonly LateRefusal[] {
    const key = `${userId}:${start.at}:${start.post}`;
    let byKey = cache.get(state);
    const cached = byKey?.get(key);
    if (cached) {
        return cached;
    }
    const found: LateRefusal[] = [];
    for (let i = state.log.length - 1; i >= 0; i--) {
        const entry = state.log[i];
        if (!entry || !after(entry, start)) {
            break;
        }
        const rejection = state.verdicts[i];
        if (entry.userId === userId && entry.event && entry.restoredBy === null && rejection && rejection.code !== 'duplicate') {
            found.push({postId: entry.postId, event: entry.event, rejection, firstBy: slotHolder(state, entry.event, userId)});
        }
    }
    found.reverse();
    if (!byKey) {
        byKey = new Map();
        cache.set(state, byKey);
    }
    byKey.set(key, found);
    return found;
}
