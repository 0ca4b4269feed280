// The seal: the last line of every event post's message names the event's type, its plugin and a
// digest of its payload. Mattermost lets an author rewrite a post's props without marking it
// edited (edit_at changes only with the message: server/channels/app/post.go UpdatePost), but any
// change to the message does mark it. So a payload that no longer matches the seal in an unedited
// message was rewritten after posting, and every client sees it the same way.
//
// The line is a Markdown link reference definition, which renders as nothing in the webapp and the
// mobile apps, so people read only the sentence above it.
import {sha256} from './sha256';

/** What a seal says about its post, readable even when the payload was rewritten. */
export interface SealClaim {
    readonly type: string;
    /** '' for events about no plugin (policy, integrity). */
    readonly plugin: string;
    readonly digest: string;
}

export type SealCheck = 'valid' | 'absent' | 'broken';

const LABEL = '[plugin-onboard]: #';
/** type~plugin~digest, each from a narrow alphabet, so nothing in the line can be anything else. */
const SEAL_LINE = /\n\[plugin-onboard\]: #([a-z.]{1,40})~([a-zA-Z0-9._-]{0,190})~([A-Za-z0-9_-]{22})$/;
const MAX_DEPTH = 32;
/** A surrogate half without its other half: Mattermost stores it as U+FFFD (Go's JSON encoding), so the seal does too. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LONE_SURROGATE_TEST = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Nearly every string is well formed already: ask the engine first (isWellFormed, where it has it), which is far cheaper than the pattern. */
function wellFormed(text: string): string {
    const engine = text as string & {isWellFormed?: () => boolean};
    if (typeof engine.isWellFormed === 'function' ? engine.isWellFormed() : !LONE_SURROGATE_TEST.test(text)) {
        return text;
    }
    return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * JSON with object keys in sorted order, arrays as they are: the same text for the same value
 * however the server re-serialised it (Go sorts map keys). Null when the value is not plain JSON
 * data or nests deeper than events ever do.
 */
export function canonicalJson(value: unknown, depth = 0): string | null {
    // Every post is checked when it arrives (thousands on a cold open), so this avoids the
    // allocations a generic version makes: no arrays of parts, keys sorted only when they are not.
    switch (typeof value) {
    case 'string': return quote(value);
    case 'number': return Number.isFinite(value) ? String(value) : null;
    case 'boolean': return value ? 'true' : 'false';
    case 'object': break;
    default: return null;
    }
    if (value === null) {
        return 'null';
    }
    if (depth > MAX_DEPTH) {
        return null;
    }
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            const part = canonicalJson(value[i], depth + 1);
            if (part === null) {
                return null;
            }
            out += i === 0 ? part : `,${part}`;
        }
        return `${out}]`;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (!inOrder(keys)) {
        keys.sort();
    }
    let out = '{';
    let first = true;
    for (const key of keys) {
        const inner = record[key];
        if (inner === undefined) {
            continue;
        }
        const part = canonicalJson(inner, depth + 1);
        if (part === null) {
            return null;
        }
        out += `${first ? '' : ','}${quote(key)}:${part}`;
        first = false;
    }
    return `${out}}`;
}

/** Whether JSON.stringify would escape anything in the string: a quote, a backslash or a control character. */
function needsEscape(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x20 || code === 0x22 || code === 0x5c) {
            return true;
        }
    }
    return false;
}

/** A JSON string literal: JSON.stringify's own answer, which for nearly every string is just the string in quotes (and that is far cheaper). */
function quote(text: string): string {
    const clean = wellFormed(text);
    return needsEscape(clean) ? JSON.stringify(clean) : `"${clean}"`;
}

/** Mattermost sends props with keys sorted (Go's JSON encoding sorts map keys): then there is nothing to sort. */
function inOrder(keys: readonly string[]): boolean {
    for (let i = 1; i < keys.length; i++) {
        if ((keys[i - 1] as string) > (keys[i] as string)) {
            return false;
        }
    }
    return true;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 128 bits of SHA-256 as 22 base64url characters: 2^64 work to find any colliding pair. */
export function payloadDigest(payload: unknown): string | null {
    const json = canonicalJson(payload);
    if (json === null) {
        return null;
    }
    const bytes = sha256(json).subarray(0, 16);
    let out = '';
    for (let i = 0; i < 16; i += 3) {
        const b0 = bytes[i] ?? 0;
        const b1 = bytes[i + 1] ?? 0;
        const b2 = bytes[i + 2] ?? 0;
        const n = (b0 << 16) | (b1 << 8) | b2;
        out += (BASE64URL[(n >> 18) & 63] ?? '') + (BASE64URL[(n >> 12) & 63] ?? '');
        if (i + 1 < 16) {
            out += BASE64URL[(n >> 6) & 63] ?? '';
        }
        if (i + 2 < 16) {
            out += BASE64URL[n & 63] ?? '';
        }
    }
    return out;
}

/** The message with its seal line: the readable sentence, then the seal (never shown). */
export function sealMessage(text: string, event: {readonly type: string; readonly plugin?: string}, payload: unknown): string {
    const digest = payloadDigest(payload) ?? '';
    return `${text}\n\n${LABEL}${event.type}~${event.plugin ?? ''}~${digest}`;
}

/** The seal at the end of a message, or null when it has none. */
export function readSeal(message: string): SealClaim | null {
    const match = SEAL_LINE.exec(message);
    if (!match) {
        return null;
    }
    return {type: match[1] ?? '', plugin: match[2] ?? '', digest: match[3] ?? ''};
}

/** Whether the payload is the one the message was sealed with. */
export function checkSeal(seal: SealClaim | null, payload: unknown): SealCheck {
    if (!seal) {
        return 'absent';
    }
    return payloadDigest(payload) === seal.digest ? 'valid' : 'broken';
}

/** The readable part of a sealed message (what people see), without the seal line. */
export function unsealedText(message: string): string {
    const match = SEAL_LINE.exec(message);
    return match ? message.slice(0, match.index).replace(/\n+$/, '') : message;
}
