// Making an event from a draft: a fresh id (made by the client, so that a retry re-sends the same id
// and the fold drops the copy) and what its writer had seen.
import {EVENT_VERSION, type EventDraft, type OnboardEvent, type Seen} from './events';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ID_LENGTH = 26;

function cryptoRandom(): (() => number) | null {
    if (typeof crypto === 'undefined' || typeof crypto.getRandomValues !== 'function') {
        return null;
    }
    const word = new Uint32Array(1);
    return () => (crypto.getRandomValues(word)[0] ?? 0) / 0x100000000;
}

/** A 26-character [A-Za-z0-9_-] id: 156 bits, so two clients never pick the same one. */
export function newEventId(random?: () => number): string {
    const next = random ?? cryptoRandom() ?? Math.random;
    let id = '';
    for (let i = 0; i < ID_LENGTH; i++) {
        id += ALPHABET[Math.floor(next() * ALPHABET.length) % ALPHABET.length];
    }
    return id;
}

/** Nothing seen: what a preflight check or a summary needs (the real one is added when the event is sent). */
export const SEEN_NOTHING: Seen = {log: null};

export function withId(draft: EventDraft, id: string, seen: Seen = SEEN_NOTHING): OnboardEvent {
    return {...draft, v: EVENT_VERSION, id, seen};
}
