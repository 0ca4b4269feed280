// Which of the server's copies a system admin's restore puts back (integrity.restored). Pure: the
// state as folded and the copies as read (storage loadDeleted), so the choice is testable alone.
//
// Only an intact copy is ever put back: its seal matches its payload and its message was never
// edited. A props-only rewrite cannot produce one (the seal would not match), and any message edit
// sets edit_at, so an intact copy holds exactly what its author posted.
import {compareEntries, type LogEntry} from '../../domain/log';
import {MAX_RESTORED} from '../../domain/events';
import type {IntegrityMark, TrackerState} from '../../domain/tracker_state';
import type {DeletedPost} from '../../storage/port';

/**
 * A restoring post's props must stay under Mattermost's 800,000 characters; this leaves room for
 * the event's other fields and for the server re-encoding characters.
 */
export const RESTORE_BATCH_CHARS = 600_000;

export interface RestorePlan {
    /** The copies to put back, oldest first, each under the id of the post it restores. */
    readonly copies: readonly LogEntry[];
    /** Open marks about a post the server keeps no intact copy of. */
    readonly unfound: readonly IntegrityMark[];
}

function intact(copy: DeletedPost): boolean {
    return copy.entry.sealCheck === 'valid' && copy.entry.editAt === 0;
}

/** Intact copies by the post they are copies of, the earliest version first. */
function intactCopies(copies: readonly DeletedPost[]): Map<string, DeletedPost[]> {
    const byPost = new Map<string, DeletedPost[]>();
    for (const copy of copies) {
        if (!intact(copy)) {
            continue;
        }
        const list = byPost.get(copy.entry.postId) ?? [];
        list.push(copy);
        byPost.set(copy.entry.postId, list);
    }
    for (const list of byPost.values()) {
        // Each edit keeps the version before it, deleted at the time of the edit: the earliest
        // deletion is the version as first posted.
        list.sort((a, b) => a.deleteAt - b.deleteAt);
    }
    return byPost;
}

export function planRestore(state: TrackerState, copies: readonly DeletedPost[]): RestorePlan {
    const held = new Set(state.log.map((entry) => entry.postId));
    const accepted = new Set(state.integrity.marks.filter((mark) => mark.accepted !== null).map((mark) => mark.post));
    const open = state.integrity.marks.filter((mark) => mark.accepted === null);
    const byPost = intactCopies(copies);
    const wanted = new Set<string>();
    // A post a mark names: missing, or still here but rewritten or edited.
    for (const mark of open) {
        if (mark.kind === 'missing' || mark.kind === 'tampered' || mark.kind === 'edited') {
            wanted.add(mark.post);
        }
    }
    // Every deleted tracker post the log lacks, named by a mark or not: a deletion nobody named
    // (a shortfall in a count) is found only this way. A loss an admin accepted stays accepted.
    for (const copy of copies) {
        if (!copy.earlierVersion && !held.has(copy.entry.postId) && !accepted.has(copy.entry.postId)) {
            wanted.add(copy.entry.postId);
        }
    }
    const chosen: LogEntry[] = [];
    for (const post of wanted) {
        const copy = byPost.get(post)?.[0];
        if (copy) {
            chosen.push(copy.entry);
        }
    }
    chosen.sort(compareEntries);
    const found = new Set(chosen.map((entry) => entry.postId));
    const unfound = open.filter((mark) => (mark.kind === 'missing' || mark.kind === 'tampered' || mark.kind === 'edited') && !found.has(mark.post));
    return {copies: chosen, unfound};
}

/** Splits what is put back into restoring posts: at most MAX_RESTORED each, and under the props limit. */
export function batches<T>(items: readonly T[], size: (item: T) => number, maxItems = MAX_RESTORED, maxChars = RESTORE_BATCH_CHARS): T[][] {
    const out: T[][] = [];
    let current: T[] = [];
    let chars = 0;
    for (const item of items) {
        const itemChars = size(item);
        if (current.length > 0 && (current.length >= maxItems || chars + itemChars > maxChars)) {
            out.push(current);
            current = [];
            chars = 0;
        }
        current.push(item);
        chars += itemChars;
    }
    if (current.length > 0) {
        out.push(current);
    }
    return out;
}
