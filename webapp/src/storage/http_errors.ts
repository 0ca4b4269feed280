// HTTP answers mapped to StorageError, the way Mattermost reports failures: error JSON
// {id, message, detailed_error, ...}, 429 with Retry-After, 413 from the body-size limit.
import {z} from 'zod/mini';

import {StorageError, type StorageErrorKind, type StorageOperation} from './port';

const ErrorBody = z.object({
    id: z.optional(z.string()),
    message: z.optional(z.string()),
    detailed_error: z.optional(z.string()),
});

export interface HeaderSource {
    get(name: string): string | null;
}

export function retryAfterMs(headers: HeaderSource, now: number = Date.now()): number | null {
    const value = headers.get('Retry-After');
    if (value !== null && value.trim() !== '') {
        const seconds = Number(value);
        if (Number.isFinite(seconds) && seconds >= 0) {
            return Math.round(seconds * 1000);
        }
        const date = Date.parse(value);
        if (!Number.isNaN(date)) {
            return Math.max(0, date - now);
        }
    }
    // Mattermost's own rate limiter sends the seconds until the window resets.
    const reset = Number(headers.get('X-Ratelimit-Reset') ?? 'NaN');
    return Number.isFinite(reset) && reset >= 0 ? Math.round(reset * 1000) : null;
}

const SIZE_ERROR_IDS = /message_length|msg\.app_error|props|too_large|request_body|body_too/i;

export function kindOfStatus(status: number, serverId: string): StorageErrorKind {
    if (status === 401) {
        return 'unauthorized';
    }
    if (status === 403) {
        return 'forbidden';
    }
    if (status === 404) {
        return 'not-found';
    }
    if (status === 413) {
        return 'too-large';
    }
    if (status === 429) {
        return 'rate-limited';
    }
    if (status === 400) {
        return SIZE_ERROR_IDS.test(serverId) ? 'too-large' : 'invalid';
    }
    if (status >= 500) {
        return 'server';
    }
    return 'invalid';
}

export function errorFromResponse(operation: StorageOperation, status: number, headers: HeaderSource, body: unknown): StorageError {
    const parsed = ErrorBody.safeParse(body);
    const serverId = parsed.success ? parsed.data.id ?? '' : '';
    const serverMessage = parsed.success ? parsed.data.message ?? '' : (typeof body === 'string' ? body.slice(0, 200) : '');
    return new StorageError({
        kind: kindOfStatus(status, serverId),
        operation,
        status,
        serverId,
        retryAfterMs: status === 429 || status === 503 ? retryAfterMs(headers) : null,
        message: `${operation} failed: HTTP ${status}${serverId ? ` ${serverId}` : ''}${serverMessage ? `: ${serverMessage}` : ''}`,
    });
}

