// Bounded retries for requests that are safe to repeat (every append carries its event id and
// pending_post_id, so a repeat cannot double it). Delays are injectable so tests run in milliseconds.
import {isStorageError} from './port';

export interface RetryPolicy {
    /** Total tries, the first included. */
    readonly attempts: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
    /** A Retry-After longer than this is not waited out: the caller reports the error instead. */
    readonly maxRetryAfterMs: number;
    readonly sleep: (ms: number) => Promise<void>;
    readonly random: () => number;
}

export function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// Mattermost remembers a pending_post_id for 30 s; the worst case of these delays (about 4.5 s)
// stays well inside that, so a retry is answered with the first post rather than a second one.
export const DEFAULT_RETRY: RetryPolicy = {
    attempts: 4,
    baseDelayMs: 400,
    maxDelayMs: 4000,
    maxRetryAfterMs: 15000,
    sleep,
    random: Math.random,
};

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so clients that failed together spread out. */
export function backoffDelay(retry: number, policy: RetryPolicy): number {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * (2 ** retry));
    return Math.round((step / 2) + (policy.random() * (step / 2)));
}

export async function withRetry<T>(run: () => Promise<T>, policy: RetryPolicy): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await run();
        } catch (error) {
            if (!isStorageError(error) || !error.transient || attempt >= policy.attempts) {
                throw error;
            }
            const backoff = backoffDelay(attempt - 1, policy);
            const asked = error.retryAfterMs;
            if (asked !== null && asked > policy.maxRetryAfterMs) {
                throw error;
            }
            await policy.sleep(Math.max(backoff, asked ?? 0));
        }
    }
}
