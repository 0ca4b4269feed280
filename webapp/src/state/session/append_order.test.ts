import {APPEND_GAP_MS, createAppendOrder} from './append_order';

/** A clock that moves only when a test sleeps, or when an append says it took time. */
function fakeClock() {
    let now = 1000;
    const sleeps: number[] = [];
    return {
        clock: {
            now: () => now,
            sleep: async (ms: number) => {
                sleeps.push(ms);
                now += ms;
            },
        },
        sleeps,
        advance: (ms: number) => {
            now += ms;
        },
        at: () => now,
    };
}

function deferred<T>() {
    let resolve: (value: T) => void = () => undefined;
    let reject: (error: unknown) => void = () => undefined;
    const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return {promise, resolve, reject};
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('append order', () => {
    it('starts an append only after the previous one has answered', async () => {
        const {clock} = fakeClock();
        const inTurn = createAppendOrder(clock);
        const first = deferred<string>();
        const started: string[] = [];
        const a = inTurn(() => {
            started.push('a');
            return first.promise;
        });
        const b = inTurn(async () => {
            started.push('b');
            return 'b';
        });
        await flush();
        expect(started).toEqual(['a']);
        first.resolve('a');
        expect(await Promise.all([a, b])).toEqual(['a', 'b']);
        expect(started).toEqual(['a', 'b']);
    });

    it('sends the next append at least 2 ms after the previous answer, so the server stamps it later', async () => {
        const {clock, sleeps, advance} = fakeClock();
        const inTurn = createAppendOrder(clock);
        const sentAt: number[] = [];
        const answeredAt: number[] = [];
        const append = (took: number) => async () => {
            sentAt.push(clock.now());
            advance(took);
            answeredAt.push(clock.now());
        };
        await Promise.all([inTurn(append(0)), inTurn(append(1)), inTurn(append(5))]);
        expect(sleeps).toEqual([APPEND_GAP_MS, APPEND_GAP_MS]);
        expect(sentAt[1]).toBe((answeredAt[0] ?? 0) + APPEND_GAP_MS);
        expect(sentAt[2]).toBe((answeredAt[1] ?? 0) + APPEND_GAP_MS);
    });

    it('does not wait when the gap has already passed', async () => {
        const {clock, sleeps, advance} = fakeClock();
        const inTurn = createAppendOrder(clock);
        await inTurn(async () => undefined);
        advance(APPEND_GAP_MS);
        await inTurn(async () => undefined);
        expect(sleeps).toEqual([]);
    });

    it('a failed append still holds the turn until it answers, and does not stop the next', async () => {
        const {clock, sleeps} = fakeClock();
        const inTurn = createAppendOrder(clock);
        const failing = inTurn(async () => {
            throw new Error('refused');
        });
        const next = inTurn(async () => 'sent');
        await expect(failing).rejects.toThrow('refused');
        expect(await next).toBe('sent');
        expect(sleeps).toEqual([APPEND_GAP_MS]);
    });
});
