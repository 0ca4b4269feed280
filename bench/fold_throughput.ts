// The fold runs on every open and on every refold (an admin learnt late, an out-of-order post),
// so it must stay far faster than the network: budget one million events a second.
import {fold, foldMore} from '../webapp/src/domain/fold';
import type {LogEntry} from '../webapp/src/domain/log';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {medianMsSync, round} from './stats';

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

/** The last entry of a longer log: it sorts after everything in the first n, as a live post does. */
function oneMore(n: number): {base: readonly LogEntry[]; extra: LogEntry; directory: ReturnType<typeof makeRealisticLog>['directory']} {
    const log = makeRealisticLog(n + 1, 7);
    const extra = log.entries[n];
    if (!extra) {
        throw new Error(`makeRealisticLog(${n + 1}) returned fewer entries`);
    }
    return {base: log.entries.slice(0, n), extra, directory: log.directory};
}

function typeOf(payload: unknown): string {
    const type: unknown = typeof payload === 'object' && payload !== null ? Reflect.get(payload, 'type') : undefined;
    return typeof type === 'string' ? type : 'unreadable';
}

function foldMoreOne(): Figure {
    const n = 100_000;
    const {base, extra, directory} = oneMore(n);
    const state = fold(base, directory);
    const batch = [extra];
    // Time enough calls per run that the clock's resolution does not dominate, and no more:
    // a slow foldMore (tens of ms) must not turn the bench into minutes.
    const single = medianMsSync({warmup: 1, runs: 3}, () => foldMore(state, batch, directory)).ms;
    const calls = Math.max(1, Math.min(1000, Math.ceil(20 / Math.max(single, 0.001))));
    const runs = single > 20 ? 5 : 15;
    const {ms} = medianMsSync({warmup: 2, runs}, () => {
        for (let i = 0; i < calls; i++) {
            foldMore(state, batch, directory);
        }
    });
    const us = (ms * 1000) / calls;
    return measured(foldMoreSpec, round(us, 1), `median of ${runs} runs of ${calls} call(s); event ${typeOf(extra.payload)}`);
}

export const foldThroughputGroup: FigureGroup = {
    name: 'fold throughput',
    specs: [fold10kSpec, fold100kSpec, foldMoreSpec],
    measure(): Promise<Figure[]> {
        return Promise.resolve([throughput(fold10kSpec, 10_000, 11), throughput(fold100kSpec, 100_000, 5), foldMoreOne()]);
    },
};
