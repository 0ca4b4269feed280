// Reading an event out of a post's props: the schema decides. Each post is read once, when its log
// entry is made (log.ts), never by the fold, so a refold costs no parsing (zod/mini reads a post in
// about a microsecond). For posts that hold no readable event, what the envelope and the schema
// say about them.
import {EventEnvelope, OnboardEvent, PATTERNS} from './events';

/** Exactly what OnboardEvent.safeParse accepts (its data), or null. Never throws. */
export function parseEvent(payload: unknown): OnboardEvent | null {
    if (typeof payload !== 'object' || payload === null) {
        return null;
    }
    try {
        const parsed = OnboardEvent.safeParse(payload);
        return parsed.success ? parsed.data : null;
    } catch {
        return null;
    }
}

/** What can still be said of a post that holds no readable event. */
export interface Unreadable {
    /** Just enough of an event to report what it was; null when not even that parses. */
    readonly envelope: EventEnvelope | null;
    /** Where the schema first objects, e.g. `'slot'` or `'owners'[2]`; '' when it cannot say. */
    readonly field: string;
}

const KNOWN_TYPE = /^[a-z]{1,20}\.?[a-z]{0,20}$/;

/** The type an unreadable post's envelope claims, when it looks like one ("signoff.given"): for saying what it was. */
export function claimedType(envelope: EventEnvelope): string | null {
    return envelope.type !== undefined && KNOWN_TYPE.test(envelope.type) ? envelope.type : null;
}

/** The plugin it claims to be about, when that is a valid plugin id (PLUGIN_ID's own pattern). */
export function claimedPlugin(envelope: EventEnvelope): string | null {
    return envelope.plugin !== undefined && PATTERNS.pluginId.test(envelope.plugin) ? envelope.plugin : null;
}

/** Unreadable posts are rare but costly to describe (two schema runs), so a refold reuses the answer. */
const unreadablePayloads = new WeakMap<object, Unreadable>();

export function readUnreadable(payload: unknown): Unreadable {
    const cacheable = typeof payload === 'object' && payload !== null;
    const cached = cacheable ? unreadablePayloads.get(payload) : undefined;
    if (cached) {
        return cached;
    }
    let envelope: EventEnvelope | null;
    try {
        const parsed = EventEnvelope.safeParse(payload);
        envelope = parsed.success ? parsed.data : null;
    } catch {
        envelope = null;
    }
    const described: Unreadable = {envelope, field: envelope ? firstIssuePath(payload) : ''};
    if (cacheable) {
        unreadablePayloads.set(payload, described);
    }
    return described;
}

function firstIssuePath(payload: unknown): string {
    try {
        const parsed = OnboardEvent.safeParse(payload);
        const path = parsed.success ? [] : parsed.error.issues[0]?.path ?? [];
        return path.map((part) => (typeof part === 'number' ? `[${part}]` : `'${String(part).replace(/[^A-Za-z0-9_-]/g, '')}'`)).join('');
    } catch {
        return '';
    }
}
