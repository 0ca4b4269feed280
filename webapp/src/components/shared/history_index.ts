// Cards look up their own post in the history; a channel shows many cards, so the lookup is a map
// built once per folded history rather than a scan per card.
import type {HistoryEntry} from '../../domain/tracker_state';

const cache = new WeakMap<readonly HistoryEntry[], Map<string, HistoryEntry>>();

export function historyEntryFor(history: readonly HistoryEntry[], postId: string): HistoryEntry | null {
    let index = cache.get(history);
    if (!index) {
        index = new Map(history.map((entry) => [entry.postId, entry]));
        cache.set(history, index);
    }
    return index.get(postId) ?? null;
}
