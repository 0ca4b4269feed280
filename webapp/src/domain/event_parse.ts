// Reading an event out of a post's props: the schema decides, the fast path (event_fast_path.ts)
// answers for it when the payload is plainly valid, and a refold of the same posts reads neither.
import {certainEvent} from './event_fast_path';
import {OnboardEvent} from './events';

/**
 * Parsed payloads by identity. Refolding the same log (after a late entry, a reconnect or a policy
 * question) then skips parsing. Payloads are never mutated after they are read from a post, and a
 * WeakMap lets them go with their entries. Most payloads take the fast path (event_fast_path.ts);
 * the rest go through the schema itself.
 */
const parsedPayloads = new WeakMap<object, OnboardEvent | null>();

/** Exactly what OnboardEvent.safeParse accepts (its data), or null. Never throws. */
export function parseEvent(payload: unknown): OnboardEvent | null {
    if (typeof payload !== 'object' || payload === null) {
        return null;
    }
    const cached = parsedPayloads.get(payload);
    if (cached !== undefined) {
        return cached;
    }
    let event = certainEvent(payload) ?? null;
    if (event === null) {
        try {
            const parsed = OnboardEvent.safeParse(payload);
            event = parsed.success ? parsed.data : null;
        } catch {
            event = null;
        }
    }
    parsedPayloads.set(payload, event);
    return event;
}
