// The fold figures, measured in a process of their own (bench/fold_throughput.ts bundles this file
// the way webpack ships the domain: one module scope, see that file). Prints one JSON line.
import {fold, foldMore} from '../webapp/src/domain/fold';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';

import {median, medianMsSync, round} from './stats';

interface FoldSample {
    readonly events: number;
    readonly plugins: number;
    readonly medianMs: number;
    readonly warmup: number;
    readonly runs: number;
    readonly samplesMs: readonly number[];
}

interface FoldMoreSample {
    readonly medianUs: number;
    readonly calls: number;
    readonly warmup: number;
    readonly types: readonly string[];
}

const WARMUP = 3;
const RUNS = 11;

function throughput(n: number): FoldSample {
    const log = makeRealisticLog(n, 7);
    const {ms, samples} = medianMsSync({warmup: WARMUP, runs: RUNS}, () => fold(log.entries, log.directory));
    const plugins = Object.keys(fold(log.entries, log.directory).plugins).length;
    return {events: n, plugins, medianMs: ms, warmup: WARMUP, runs: RUNS, samplesMs: samples.map((s) => round(s, 1))};
}

/**
 * Live posts arrive one at a time and each is folded onto the newest state, so this does the same:
 * a state of the first 100k events, then a chain of single-event foldMore calls with the events
 * that follow, each onto the state the previous call returned. Each call is timed alone.
 */
function foldMoreOne(): FoldMoreSample {
    const n = 100_000;
    const warmup = 20;
    const calls = 200;
    const log = makeRealisticLog(n + warmup + calls, 7);
    let state = fold(log.entries.slice(0, n), log.directory);
    const samples: number[] = [];
    const types = new Set<string>();
    for (let i = n; i < log.entries.length; i++) {
        const entry = log.entries[i];
        if (!entry) {
            break;
        }
        const start = performance.now();
        state = foldMore(state, [entry], log.directory);
        const ms = performance.now() - start;
        if (i >= n + warmup) {
            samples.push(ms);
            types.add(entry.event?.type ?? 'unreadable');
        }
    }
    return {medianUs: round(median(samples) * 1000, 1), calls, warmup, types: [...types].sort()};
}

process.stdout.write(JSON.stringify({fold10k: throughput(10_000), fold100k: throughput(100_000), foldMore: foldMoreOne()}) + '\n');
