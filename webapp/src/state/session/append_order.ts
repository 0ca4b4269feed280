// The log is in server order: create_at, then post id. Two appends in the same millisecond would be
// ordered by random post ids, so a sign-off could land before the evidence it needs. So one user's
// appends go one at a time (retries included), each sent at least 2 ms after the previous answer:
// the server stamped that one before answering, so the next gets a later millisecond.

export const APPEND_GAP_MS = 2;

export interface AppendOrderClock {
    readonly now: () => number;
    readonly sleep: (ms: number) => Promise<void>;
}

const REAL_CLOCK: AppendOrderClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Returns `inTurn`: runs each append after the previous one has answered (or failed) and the gap has passed. */
export function createAppendOrder(clock: AppendOrderClock = REAL_CLOCK): <T>(append: () => Promise<T>) => Promise<T> {
    let turn: Promise<unknown> = Promise.resolve();
    let lastAnswerAt = 0;
    return function inTurn<T>(append: () => Promise<T>): Promise<T> {
        const run = turn.then(async () => {
            const wait = lastAnswerAt + APPEND_GAP_MS - clock.now();
            if (wait > 0) {
                await clock.sleep(wait);
            }
            try {
                return await append();
            } finally {
                lastAnswerAt = clock.now();
            }
        });
        turn = run.catch(() => undefined);
        return run;
    };
}
