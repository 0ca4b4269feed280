// One team's copy of the tracker log and its folded state. Entries are keyed by post id, so every
// repeat delivery (websocket and append response, `since` overlap, reconnect resync) is a no-op.
// New entries that sort after everything folded so far are folded on (foldMore); anything else —
// an entry that sorts earlier, an edited or deleted post — refolds the whole log, which is what
// makes every client's state equal to fold(log) whatever order the posts reached it in.
import {EMPTY_STATE, fold, foldMore} from '../domain/fold';
import type {Directory, LogEntry} from '../domain/log';
import type {TrackerState} from '../domain/tracker_state';

function sortsAfter(entry: LogEntry, last: {readonly createAt: number; readonly postId: string} | null): boolean {
    if (last === null) {
        return true;
    }
    return entry.createAt > last.createAt || (entry.createAt === last.createAt && entry.postId > last.postId);
}

function samePost(a: LogEntry, b: LogEntry): boolean {
    if (a === b) {
        // The storage layer hands back the entry it already made for a version it read before.
        return true;
    }
    return a.editAt === b.editAt && a.createAt === b.createAt && a.userId === b.userId && a.rootId === b.rootId &&
        JSON.stringify(a.payload) === JSON.stringify(b.payload);
}

export class TeamLog {
    private readonly entries = new Map<string, LogEntry>();
    state: TrackerState = EMPTY_STATE;
    cursor = 0;
    loaded = false;

    all(): LogEntry[] {
        return [...this.entries.values()];
    }

    authors(): string[] {
        return [...new Set(this.all().map((entry) => entry.userId))];
    }

    /** A full load: the log is exactly these entries now. Returns whether the state changed. */
    replace(entries: readonly LogEntry[], cursor: number, directory: Directory): boolean {
        const before = this.state;
        const unchanged = this.loaded && entries.length === this.entries.size && entries.every((entry) => {
            const held = this.entries.get(entry.postId);
            return held !== undefined && samePost(held, entry);
        });
        this.cursor = Math.max(this.cursor, cursor);
        this.loaded = true;
        if (unchanged) {
            return false;
        }
        this.entries.clear();
        for (const entry of entries) {
            this.entries.set(entry.postId, entry);
        }
        this.state = fold(this.all(), directory);
        return this.state !== before;
    }

    /** New, edited and deleted posts. Returns whether the state changed. */
    merge(entries: readonly LogEntry[], deletedPostIds: readonly string[], cursor: number | null, directory: Directory): boolean {
        if (cursor !== null) {
            this.cursor = Math.max(this.cursor, cursor);
        }
        let refold = false;
        const newer: LogEntry[] = [];
        for (const entry of entries) {
            const held = this.entries.get(entry.postId);
            if (held !== undefined) {
                if (!samePost(held, entry)) {
                    this.entries.set(entry.postId, entry);
                    refold = true;
                }
                continue;
            }
            this.entries.set(entry.postId, entry);
            if (sortsAfter(entry, this.state.lastEntry)) {
                newer.push(entry);
            } else {
                refold = true;
            }
        }
        if (deletedPostIds.length > 0) {
            // Nearly every change deletes nothing; only then is the whole log walked.
            const deleted = new Set(deletedPostIds);
            for (const [postId, entry] of this.entries) {
                // Mattermost deletes a thread's replies with its root but announces only the root.
                if (deleted.has(postId) || deleted.has(entry.rootId)) {
                    this.entries.delete(postId);
                    refold = true;
                }
            }
        }
        const before = this.state;
        if (refold) {
            this.state = fold(this.all(), directory);
        } else if (newer.length > 0) {
            this.state = foldMore(this.state, newer, directory);
        }
        return this.state !== before;
    }

    refold(directory: Directory): void {
        this.state = fold(this.all(), directory);
    }
}
