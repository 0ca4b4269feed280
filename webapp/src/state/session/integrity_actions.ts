// What a system admin does about a damaged record: restore deleted and rewritten posts from the
// server's own copies (integrity.restored), or accept that some cannot be restored
// (integrity.accepted). Both are written through the one submit path (writes.ts), which checks
// them with the fold's own rule; the fold then decides what the record holds.
import {LIMITS, MAX_RESTORED, type EventDraft, type RestoredPost} from '../../domain/events';
import {openMarks} from '../../domain/integrity_queries';
import type {LogEntry} from '../../domain/log';
import {eventMessage} from '../../domain/messages';
import {sealMessage} from '../../domain/seal';
import type {IntegrityMark} from '../../domain/tracker_state';
import type {EventLogStorage} from '../../storage/port';
import {withRetry, type RetryPolicy} from '../../storage/retry';
import type {UserError} from '../types';
import {toUserError} from '../user_errors';

import {batches, planRestore} from './restore_plan';
import type {SubmitResult} from './results';
import type {Sync} from './sync';
import type {TeamRegistry} from './team';
import type {UserDirectory} from './users';
import {integrityActionWords as words} from '../../i18n/integrity_action_words';

/** A post put back, as a report names it: what it was, whose, and when it was first posted. */
export interface RestoredSummary {
    readonly post: string;
    readonly by: string;
    readonly at: number;
    /** Its event type, from its seal. */
    readonly type: string | null;
    /** The plugin it is about, from its seal; null for tracker posts. */
    readonly plugin: string | null;
}

export type RestoreResult =
    /** `stillOpen`: marks the restore could not resolve (no intact copy, or only acceptance can). */
    | {readonly ok: true; readonly restored: readonly RestoredSummary[]; readonly stillOpen: readonly IntegrityMark[]}
    /** A failure part-way keeps what was restored before it. */
    | {readonly ok: false; readonly error: UserError; readonly restored: readonly RestoredSummary[]};

export type AcceptResult = {readonly ok: true; readonly accepted: readonly IntegrityMark[]} | {readonly ok: false; readonly error: UserError};

export interface IntegrityActionsDeps {
    readonly storage: Pick<EventLogStorage, 'loadDeleted'>;
    readonly registry: Pick<TeamRegistry, 'team'>;
    readonly directory: Pick<UserDirectory, 'isAdmin' | 'username' | 'learn'>;
    readonly sync: Pick<Sync, 'refresh'>;
    readonly submit: (teamId: string, draft: EventDraft) => Promise<SubmitResult>;
    readonly retry: RetryPolicy;
    readonly currentUserId: () => string;
}

export interface IntegrityActions {
    /** System admins: puts back every deleted or rewritten post the server keeps an intact copy of. */
    restore(teamId: string): Promise<RestoreResult>;
    /** System admins: accepts the loss of the posts open marks name (or confirms a policy), with a reason. */
    accept(teamId: string, postIds: readonly string[], reason: string): Promise<AcceptResult>;
}

const NOT_ADMIN_RESTORE: UserError = {message: words.notAdminRestore, retryable: false};
const NOT_ADMIN_ACCEPT: UserError = {message: words.notAdminAccept, retryable: false};
/** Mattermost's post message limit: the restored copy's message is checked against the same schema. */
const MESSAGE_LIMIT = 16383;

function summary(entry: LogEntry): RestoredSummary {
    return {post: entry.postId, by: entry.userId, at: entry.createAt, type: entry.seal?.type ?? null, plugin: entry.seal?.plugin || null};
}

export function createIntegrityActions(deps: IntegrityActionsDeps): IntegrityActions {
    const {storage, registry, directory, sync} = deps;

    /** A readable message for the copy (the copy's own text is not kept), sealed as the original was. */
    function messageOf(copy: LogEntry): string {
        const seal = copy.seal;
        if (!seal) {
            return '';
        }
        const text = copy.event ? eventMessage(copy.event, directory.username, {authorId: copy.userId}) : 'A post of the tracker.';
        const sealed = sealMessage(text, {type: seal.type, plugin: seal.plugin}, copy.payload);
        return [...sealed].length <= MESSAGE_LIMIT ? sealed : sealMessage('A post of the tracker.', {type: seal.type, plugin: seal.plugin}, copy.payload);
    }

    function restoredPost(copy: LogEntry): RestoredPost {
        return {post: copy.postId, by: copy.userId, at: copy.createAt, root: copy.rootId, message: messageOf(copy), payload: copy.payload};
    }

    async function restore(teamId: string): Promise<RestoreResult> {
        if (!await directory.isAdmin(deps.currentUserId())) {
            return {ok: false, error: NOT_ADMIN_RESTORE, restored: []};
        }
        await sync.refresh(teamId);
        const t = registry.team(teamId);
        const channelId = t.channelId;
        if (!channelId || !t.log.loaded) {
            return {ok: false, error: t.error ?? {message: words.notLoaded, retryable: true}, restored: []};
        }
        let copies;
        try {
            copies = await withRetry(() => storage.loadDeleted(channelId), deps.retry);
        } catch (error) {
            return {ok: false, error: toUserError(error, 'load'), restored: []};
        }
        const plan = planRestore(t.log.state, copies);
        // Names in the copies' readable messages; a failed lookup leaves ids, which is harmless.
        await directory.learn(plan.copies.map((copy) => copy.userId));
        const posts = plan.copies.map(restoredPost);
        const restored: RestoredSummary[] = [];
        for (const batch of batches(posts, (post) => JSON.stringify(post).length, MAX_RESTORED)) {
            const result = await deps.submit(teamId, {type: 'integrity.restored', posts: batch});
            if (!result.ok) {
                return {ok: false, error: result.error, restored};
            }
            const put = new Set(batch.map((post) => post.post));
            restored.push(...plan.copies.filter((copy) => put.has(copy.postId)).map(summary));
        }
        return {ok: true, restored, stillOpen: openMarks(t.log.state)};
    }

    async function accept(teamId: string, postIds: readonly string[], reason: string): Promise<AcceptResult> {
        if (!await directory.isAdmin(deps.currentUserId())) {
            return {ok: false, error: NOT_ADMIN_ACCEPT};
        }
        const why = reason.trim();
        if (why === '') {
            return {ok: false, error: {message: words.noReason, retryable: false}};
        }
        if ([...why].length > LIMITS.reason) {
            return {ok: false, error: {message: `The reason is longer than ${LIMITS.reason} characters; shorten it.`, retryable: false}};
        }
        const wanted = [...new Set(postIds)];
        if (wanted.length === 0) {
            return {ok: false, error: {message: words.noPosts, retryable: false}};
        }
        await sync.refresh(teamId);
        const open = openMarks(registry.team(teamId).log.state);
        const named = open.filter((mark) => wanted.includes(mark.post));
        const unknown = wanted.filter((post) => !open.some((mark) => mark.post === post));
        if (unknown.length > 0) {
            return {ok: false, error: {message: `No open mark of the record names ${unknown.length === 1 ? 'post' : 'posts'} ${unknown.join(', ')}, so nothing was accepted.`, retryable: false}};
        }
        for (let i = 0; i < wanted.length; i += LIMITS.roster) {
            const result = await deps.submit(teamId, {type: 'integrity.accepted', posts: wanted.slice(i, i + LIMITS.roster), reason: why});
            if (!result.ok) {
                return {ok: false, error: result.error};
            }
        }
        return {ok: true, accepted: named};
    }

    return {restore, accept};
}
