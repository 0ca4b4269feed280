// Reporting deletions this client saw. A post deleted before anyone wrote after it leaves no trace
// a client opening later could find, except this: a client that was open (the websocket's
// post_deleted) or read the server's `since` answer (it includes deleted rows) saw it go, and
// says so in the log (integrity.reported), where every client then sees the gap.
//
// Only people whose report counts report (system admins, role holders, those taking part in the
// plugin: domain/integrity.ts), only posts that changed something, and only roots of a deleted
// thread (the thread goes with its root). Each report waits a moment, then checks again, so that
// when several clients saw the same deletion, usually one reports it.
import type {PostRef} from '../../domain/events';
import type {LogEntry} from '../../domain/log';
import {takesPart} from '../../domain/integrity';
import {refTo} from '../../domain/seen';

import type {SubmitResult} from './results';
import type {Team} from './team';
import type {UserDirectory} from './users';

export interface ReportsDeps {
    readonly directory: Pick<UserDirectory, 'forFold' | 'isAdmin'>;
    readonly refresh: (teamId: string) => Promise<void>;
    readonly submit: (teamId: string, draft: {type: 'integrity.reported'; deleted: PostRef; deletedBy?: string}) => Promise<SubmitResult>;
    readonly currentUserId: () => string;
    /** How long to wait before reporting (jittered so that clients that saw the same deletion do not all report). */
    readonly delay: () => Promise<void>;
}

export interface Reports {
    /**
     * Posts this client held that the server no longer has: each with whether its verdict counted
     * (a refused post going changes nothing, so is not reported) and who deleted it, when told.
     */
    dropped(t: Team, posts: readonly {readonly entry: LogEntry; readonly counted: boolean; readonly deletedBy?: string | undefined}[]): void;
    /**
     * Tracker posts a read saw deleted that this client never held (the server keeps them in
     * `since` answers): registrations and policies are reported, whose loss could hand someone an
     * advantage; the rest this client cannot judge.
     */
    tombstones(t: Team, entries: readonly LogEntry[]): void;
}

/** The waits between 2 and 10 s: long enough for another client's report to arrive first, short enough to matter. */
export function jitteredDelay(random: () => number = Math.random): () => Promise<void> {
    return () => new Promise((resolve) => setTimeout(resolve, 2000 + Math.floor(random() * 8000)));
}

export function createReports(deps: ReportsDeps): Reports {
    const reported = new Set<string>();

    /** Whether the record already shows this post as gone, or has it back. */
    function known(t: Team, postId: string): boolean {
        const state = t.log.state;
        return state.log.some((entry) => entry.postId === postId) ||
            state.integrity.marks.some((mark) => mark.post === postId) ||
            state.log.some((entry) => entry.event?.type === 'integrity.reported' && entry.event.deleted.post === postId);
    }

    /** Whether this user's report would count (the fold's own rule), asking the server whether they are a system admin. */
    async function counts(t: Team, plugin: string | null): Promise<boolean> {
        const me = deps.currentUserId();
        const admin = await deps.directory.isAdmin(me);
        const directory = {isSystemAdmin: (userId: string) => (userId === me ? admin : deps.directory.forFold.isSystemAdmin(userId))};
        return takesPart(t.log.state, directory, me, plugin);
    }

    async function report(t: Team, entry: LogEntry, deletedBy: string | undefined): Promise<void> {
        const deleted = refTo(entry);
        if (!deleted || !(await counts(t, deleted.plugin ?? null))) {
            return;
        }
        await deps.delay();
        await deps.refresh(t.id);
        if (known(t, entry.postId)) {
            return;
        }
        await deps.submit(t.id, {type: 'integrity.reported', deleted, ...(deletedBy ? {deletedBy} : {})});
    }

    function consider(t: Team, entry: LogEntry, deletedBy: string | undefined, gone: ReadonlySet<string>): void {
        // A reply of a deleted root went with it: the root's report says it all.
        const ofDeletedThread = entry.rootId !== '' && (gone.has(entry.rootId) || !t.log.state.log.some((held) => held.postId === entry.rootId));
        if (reported.has(entry.postId) || ofDeletedThread || known(t, entry.postId)) {
            return;
        }
        reported.add(entry.postId);
        void report(t, entry, deletedBy);
    }

    function dropped(t: Team, posts: readonly {readonly entry: LogEntry; readonly counted: boolean; readonly deletedBy?: string | undefined}[]): void {
        const gone = new Set(posts.map(({entry}) => entry.postId));
        for (const {entry, counted, deletedBy} of posts) {
            if (counted) {
                consider(t, entry, deletedBy, gone);
            }
        }
    }

    function tombstones(t: Team, entries: readonly LogEntry[]): void {
        const gone = new Set(entries.map((entry) => entry.postId));
        for (const entry of entries) {
            const type = entry.seal?.type;
            if (entry.sealCheck === 'valid' && entry.editAt === 0 && (type === 'plugin.registered' || type === 'policy.set')) {
                consider(t, entry, undefined, gone);
            }
        }
    }

    return {dropped, tombstones};
}
