// The fold runs on every open and on every refold (an admin learnt late, an out-of-order post),
// so it must stay far faster than the network: budget one million events a second.
import {fold, foldMore} from '../webapp/src/domain/fold';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {median, medianMsSync, round} from './stats';

const MIN_EVENTS_PER_S = 1_000_000;

export const fold10kSpec: FigureSpec = {key: 'fold_10k_events_per_s', label: 'fold throughput, 10k events', unit: 'events/s', budget: {op: '>=', limit: MIN_EVENTS_PER_S}};
export const fold100kSpec: FigureSpec = {key: 'fold_100k_events_per_s', label: 'fold throughput, 100k events', unit: 'events/s', budget: {op: '>=', limit: MIN_EVENTS_PER_S}};
export const foldMoreSpec: FigureSpec = {key: 'fold_more_1_onto_100k_us', label: 'foldMore of 1 event onto a 100k state', unit: 'µs', budget: null};

function throughput(spec: FigureSpec, n: number, runs: number): Figure {
    const log = makeRealisticLog(n, 7);
    const {ms} = medianMsSync({warmup: 2, runs}, () => fold(log.entries, log.directory));
    const plugins = Object.keys(fold(log.entries, log.directory).plugins).length;
    return measured(spec, Math.round(n / (ms / 1000)), `median fold ${round(ms, 1)} ms over ${runs} runs after 2 warm-up; ${plugins} plugins; makeRealisticLog(${n}, 7)`);
}

function typeOf(payload: unknown): string {
    const type: unknown = typeof payload === 'object' && payload !== null ? Reflect.get(payload, 'type') : undefined;
    return typeof type === 'string' ? type : 'unreadable';
}

/**
 * Live posts arrive one at a time and each is folded onto the newest state, so the bench does the
 * same: a state of the first 100k events, then a chain of single-event foldMore calls with the
 * events that follow, each onto the state the previous call returned. Each call is timed alone.
 */
function foldMoreOne(): Figure {
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
            types.add(typeOf(entry.payload));
        }
    }
    const us = median(samples) * 1000;
    return measured(foldMoreSpec, round(us, 1), `median of ${calls} single-event calls, each onto the state the previous one returned, after ${warmup} warm-up calls; events: ${[...types].sort().join(', ')}`);
}

export const foldThroughputGroup: FigureGroup = {
    name: 'fold throughput',
    specs: [fold10kSpec, fold100kSpec, foldMoreSpec],
    measure(): Promise<Figure[]> {
        return Promise.resolve([throughput(fold10kSpec, 10_000, 11), throughput(fold100kSpec, 100_000, 5), foldMoreOne()]);
    },
};
