// Writes test logs the way an honest client does: each event sealed in its message, each plugin
// event a reply in its plugin's thread, and each naming what the writer had seen (seen.ts keeps
// the rule; this keeps the running answer, so logs of 100,000 posts are written in linear time).
import {EVENT_VERSION, type EventDraft, type PostRef, type Seen} from '../events';
import {logEntry, type LogEntry} from '../log';
import {sealMessage} from '../seal';
import {refTo} from '../seen';

export interface WrittenPost {
    readonly postId: string;
    readonly userId: string;
    readonly createAt: number;
    readonly editAt?: number;
    /** Defaults to the thread of the payload's plugin (registrations and tracker events are roots). */
    readonly rootId?: string;
}

function typeAndPlugin(payload: unknown): {type: string; plugin: string} {
    if (typeof payload !== 'object' || payload === null) {
        return {type: 'unreadable.post', plugin: ''};
    }
    const record = payload as Record<string, unknown>;
    const type = typeof record['type'] === 'string' && /^[a-z.]{1,40}$/.test(record['type']) ? record['type'] : 'unreadable.post';
    const plugin = typeof record['plugin'] === 'string' && /^[a-zA-Z0-9._-]{0,190}$/.test(record['plugin']) ? record['plugin'] : '';
    return {type, plugin};
}

export class LogWriter {
    readonly entries: LogEntry[] = [];
    /** Plugin id → its first registration's post id. */
    readonly roots = new Map<string, string>();
    private readonly threads = new Map<string, {last: LogEntry; count: number}>();
    private policy: PostRef | null = null;
    /** The event version this writer's client writes: older clients' logs are written with theirs. */
    version: number = EVENT_VERSION;

    constructor(private readonly isAdmin: (userId: string) => boolean) {}

    /** A writer whose client had folded exactly these posts (say, after some were deleted). */
    static from(entries: readonly LogEntry[], isAdmin: (userId: string) => boolean): LogWriter {
        const writer = new LogWriter(isAdmin);
        for (const entry of entries) {
            writer.entries.push(entry);
            const {type, plugin} = typeAndPlugin(entry.payload);
            writer.remember(entry, type, plugin);
        }
        return writer;
    }

    /** What a client that had folded every post so far would name. */
    seen(pluginId: string | null): Seen {
        const seen: {log: Seen['log']; thread?: Seen['thread']; policy?: Seen['policy']} = {log: null};
        const last = this.entries[this.entries.length - 1];
        const ref = last ? refTo(last) : null;
        if (ref) {
            seen.log = {last: ref, count: this.entries.length};
        }
        const root = pluginId === null ? undefined : this.roots.get(pluginId);
        const thread = root === undefined ? undefined : this.threads.get(root);
        const threadRef = thread ? refTo(thread.last) : null;
        if (thread && threadRef) {
            seen.thread = {last: threadRef, count: thread.count};
        }
        if (this.policy) {
            seen.policy = this.policy;
        }
        return seen;
    }

    /** The payload of a draft as a client sends it. */
    event(draft: EventDraft, id: string): Record<string, unknown> {
        return {...draft, v: this.version, id, seen: this.seen('plugin' in draft ? draft.plugin : null)};
    }

    /** Appends one post holding `payload`, sealed, and returns its entry. */
    append(post: WrittenPost, payload: unknown, message?: string): LogEntry {
        const {type, plugin} = typeAndPlugin(payload);
        const tracker = type === 'policy.set' || type.startsWith('integrity.') || type === 'plugin.registered';
        const rootId = post.rootId ?? (tracker || plugin === '' ? '' : this.roots.get(plugin) ?? '');
        const entry = logEntry({
            postId: post.postId, userId: post.userId, createAt: post.createAt, editAt: post.editAt ?? 0, rootId, payload,
            message: message ?? sealMessage(`${type} ${plugin}`.trim(), {type, plugin}, payload),
        });
        this.entries.push(entry);
        this.remember(entry, type, plugin);
        return entry;
    }

    private remember(entry: LogEntry, type: string, plugin: string): void {
        if (type === 'plugin.registered' && plugin !== '' && entry.rootId === '' && !this.roots.has(plugin)) {
            this.roots.set(plugin, entry.postId);
        }
        const root = entry.rootId === '' ? entry.postId : entry.rootId;
        const thread = this.threads.get(root);
        this.threads.set(root, {last: entry, count: (thread?.count ?? 0) + 1});
        if (type === 'policy.set' && entry.event && this.isAdmin(entry.userId)) {
            this.policy = refTo(entry);
        }
    }
}
