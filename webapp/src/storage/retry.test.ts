import {StorageError} from './port';
import {backoffDelay, withRetry, type RetryPolicy} from './retry';

function policy(sleeps: number[], random = 0.5): RetryPolicy {
    return {attempts: 4, baseDelayMs: 100, maxDelayMs: 300, maxRetryAfterMs: 2000, random: () => random, sleep: async (ms) => {
        sleeps.push(ms);
    }};
}

const transient = () => new StorageError({kind: 'server', operation: 'append', status: 500, message: 'boom'});

describe('withRetry', () => {
    it('backs off exponentially up to the cap, with jitter in the upper half of each step', () => {
        const sleeps: number[] = [];
        expect([0, 1, 2, 3].map((n) => backoffDelay(n, policy(sleeps, 0)))).toEqual([50, 100, 150, 150]);
        expect([0, 1, 2, 3].map((n) => backoffDelay(n, policy(sleeps, 1)))).toEqual([100, 200, 300, 300]);
    });

    it('tries at most `attempts` times, then gives the last error', async () => {
        const sleeps: number[] = [];
        let calls = 0;
        await expect(withRetry(async () => {
            calls++;
            throw transient();
        }, policy(sleeps))).rejects.toMatchObject({kind: 'server'});
        expect(calls).toBe(4);
        expect(sleeps).toEqual([75, 150, 225]);
    });

    it('does not retry what cannot succeed, nor waits out a Retry-After past the limit', async () => {
        const sleeps: number[] = [];
        let calls = 0;
        await expect(withRetry(async () => {
            calls++;
            throw new StorageError({kind: 'forbidden', operation: 'append', status: 403, message: 'no'});
        }, policy(sleeps))).rejects.toMatchObject({kind: 'forbidden'});
        await expect(withRetry(async () => {
            calls++;
            throw new StorageError({kind: 'rate-limited', operation: 'append', status: 429, retryAfterMs: 60000, message: 'later'});
        }, policy(sleeps))).rejects.toMatchObject({kind: 'rate-limited'});
        expect(calls).toBe(2);
        expect(sleeps).toEqual([]);
    });

    it('returns the first success', async () => {
        const sleeps: number[] = [];
        let calls = 0;
        const value = await withRetry(async () => {
            calls++;
            if (calls < 3) {
                throw transient();
            }
            return 'done';
        }, policy(sleeps));
        expect(value).toBe('done');
        expect(sleeps).toHaveLength(2);
    });
});
