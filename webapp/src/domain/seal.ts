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

function wellFormed(text: string): string {
    return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * JSON with object keys in sorted order, arrays as they are: the same text for the same value
 * however the server re-serialised it (Go sorts map keys). Null when the value is not plain JSON
 * data or nests deeper than events ever do.
 */
export function canonicalJson(value: unknown, depth = 0): string | null {
    if (depth > MAX_DEPTH) {
        return null;
    }
    if (value === null || typeof value === 'boolean') {
        return JSON.stringify(value);
    }
    if (typeof value === 'string') {
        return JSON.stringify(wellFormed(value));
    }
    if (typeof value === 'number') {
        return Number.isFinite(value) ? JSON.stringify(value) : null;
    }
    if (Array.isArray(value)) {
        const parts: string[] = [];
        for (const item of value as unknown[]) {
            const part = canonicalJson(item, depth + 1);
            if (part === null) {
                return null;
            }
            parts.push(part);
        }
        return `[${parts.join(',')}]`;
    }
    if (typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const parts: string[] = [];
        for (const key of Object.keys(record).sort()) {
            if (record[key] === undefined) {
                continue;
            }
            const part = canonicalJson(record[key], depth + 1);
            if (part === null) {
                return null;
            }
            parts.push(`${JSON.stringify(wellFormed(key))}:${part}`);
        }
        return `{${parts.join(',')}}`;
    }
    return null;
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
