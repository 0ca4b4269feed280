// The history as people read it: one line per folded post, with what it was ("signed off QA pass"),
// who, when, and why it was refused. The state keeps only the posts and the fold's verdict on each
// (tracker_state.ts); lines are made here, when a view shows them, for the posts it shows. Making
// one for every post on every fold cost a fifth of the fold.
import {claimedPlugin, claimedType, readUnreadable} from './event_parse';
import {pluginOfEvent} from './events';
import type {LogEntry} from './log';
import {summarize, unreadableLine} from './messages';
import type {HistoryEntry, Rejection, TrackerState} from './tracker_state';

/** What a post says it is about, read from its envelope when it holds no readable event. */
function describe(entry: LogEntry): {eventId: string | null; type: string | null; pluginId: string | null; summary: string} {
    const event = entry.event;
    if (event) {
        return {eventId: event.id, type: event.type, pluginId: pluginOfEvent(event), summary: summarize(event)};
    }
    const envelope = readUnreadable(entry.payload).envelope;
    if (!envelope) {
        return {eventId: null, type: null, pluginId: null, summary: unreadableLine(undefined)};
    }
    const type = claimedType(envelope);
    return {eventId: envelope.id ?? null, type, pluginId: claimedPlugin(envelope), summary: unreadableLine(type)};
}

/** The history line of one folded post. */
export function historyEntry(entry: LogEntry, rejection: Rejection | null): HistoryEntry {
    return {postId: entry.postId, ...describe(entry), by: entry.userId, at: entry.createAt, rejection};
}

/** The plugin a post is about, without making its line: views filter the whole log by it. */
export function pluginOf(entry: LogEntry): string | null {
    const event = entry.event;
    if (event) {
        return pluginOfEvent(event);
    }
    const envelope = readUnreadable(entry.payload).envelope;
    return envelope ? claimedPlugin(envelope) : null;
}

const wholeHistories = new WeakMap<TrackerState, readonly HistoryEntry[]>();

/** Every line, oldest first (what the tests read; views ask for the lines they show). Made once per state. */
export function historyOf(state: TrackerState): readonly HistoryEntry[] {
    let lines = wholeHistories.get(state);
    if (!lines) {
        lines = state.log.map((entry, i) => historyEntry(entry, state.verdicts[i] ?? null));
        wholeHistories.set(state, lines);
    }
    return lines;
}

/** The lines about one plugin, oldest first. */
export function pluginHistory(state: TrackerState, pluginId: string): HistoryEntry[] {
    const lines: HistoryEntry[] = [];
    state.log.forEach((entry, i) => {
        if (pluginOf(entry) === pluginId) {
            lines.push(historyEntry(entry, state.verdicts[i] ?? null));
        }
    });
    return lines;
}

/** The lines of the `newest` most recently refused posts (all by default), oldest first. */
export function rejectedHistory(state: TrackerState, newest = Number.POSITIVE_INFINITY): HistoryEntry[] {
    const lines: HistoryEntry[] = [];
    for (let i = state.verdicts.length - 1; i >= 0 && lines.length < newest; i--) {
        const rejection = state.verdicts[i];
        const entry = state.log[i];
        if (rejection && entry) {
            lines.push(historyEntry(entry, rejection));
        }
    }
    return lines.reverse();
}

/** Post id → index into the log; a channel shows many cards, so one map per folded log, not a scan per card. */
const positions = new WeakMap<readonly LogEntry[], Map<string, number>>();

/** The line of one post, or null when the log does not hold it (yet). */
export function historyEntryFor(state: TrackerState, postId: string): HistoryEntry | null {
    let byPost = positions.get(state.log);
    if (!byPost) {
        byPost = new Map(state.log.map((entry, i) => [entry.postId, i]));
        positions.set(state.log, byPost);
    }
    const index = byPost.get(postId);
    if (index === undefined) {
        return null;
    }
    const entry = state.log[index];
    return entry ? historyEntry(entry, state.verdicts[index] ?? null) : null;
}
