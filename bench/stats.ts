// Repeated timing: warm-up runs first (JIT, caches), then the median of the measured runs, which
// one slow run (a GC pause, a busy neighbour) cannot move the way it moves a mean.
import {performance} from 'node:perf_hooks';

export function median(values: readonly number[]): number {
    if (values.length === 0) {
        throw new Error('median of no values');
    }
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const upper = sorted[mid] ?? 0;
    return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export interface Repeat {
    readonly warmup: number;
    readonly runs: number;
}

/** Median wall time in ms of a synchronous fn over `runs` runs after `warmup` unmeasured ones. */
export function medianMsSync(repeat: Repeat, fn: () => unknown): {ms: number; samples: number[]} {
    for (let i = 0; i < repeat.warmup; i++) {
        fn();
    }
    const samples: number[] = [];
    for (let i = 0; i < repeat.runs; i++) {
        const start = performance.now();
        fn();
        samples.push(performance.now() - start);
    }
    return {ms: median(samples), samples};
}

export function round(value: number, digits: number): number {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}

/** The middle of several processes' results: one that met a busy neighbour or an early major GC does not decide. */
export function middleBy<T>(results: readonly T[], key: (result: T) => number): T {
    const mid = [...results].sort((a, b) => key(a) - key(b))[Math.floor(results.length / 2)];
    if (mid === undefined) {
        throw new Error('no results');
    }
    return mid;
}
