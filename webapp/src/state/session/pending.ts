// The optimistic entries of a team's view: changes being sent, and failed ones kept for retry or
// discard. Each operation replaces t.pending with a new array only when it changes, so the view's
// identity check in publish sees exactly the real changes.
import type {OnboardEvent} from '../../domain/events';
import type {LogEntry} from '../../domain/log';
import type {PendingEvent, UserError} from '../types';

import type {Team} from './team';

/** Adds the event's entry, or replaces it in place (a retry keeps its place in the list). */
export function setPending(t: Team, event: OnboardEvent, status: PendingEvent['status'], error: UserError | null): void {
    const entry: PendingEvent = {event, status, error};
    const index = t.pending.findIndex((p) => p.event.id === event.id);
    t.pending = index < 0 ? [...t.pending, entry] : t.pending.map((p, i) => (i === index ? entry : p));
}

/** This user's post of the event, if it is in the log. Matched by author too: anyone can post a copy claiming the same event id. */
export function landedEntry(t: Team, userId: string, eventId: string): LogEntry | null {
    return t.log.all().find((entry) => entry.userId === userId && entry.claimedId === eventId) ?? null;
}

/** Drops the pending entries whose posts have reached the log. */
export function dropLandedPending(t: Team, userId: string): void {
    if (t.pending.length === 0) {
        return;
    }
    const landed = new Set(t.log.all().filter((entry) => entry.userId === userId).map((entry) => entry.claimedId));
    const still = t.pending.filter((p) => !landed.has(p.event.id));
    if (still.length !== t.pending.length) {
        t.pending = still;
    }
}

/** Returns whether anything was dropped. */
export function dropPending(t: Team, eventId: string): boolean {
    const still = t.pending.filter((p) => p.event.id !== eventId);
    if (still.length === t.pending.length) {
        return false;
    }
    t.pending = still;
    return true;
}
