// Runs alone under `node --expose-gc --import tsx`, so nothing else lives in its heap: builds the
// log of a tracker with 1,000 plugins, folds it, and prints what each costs in heap as JSON.
import {fold} from '../webapp/src/domain/fold';
import {makeRealisticLog} from '../webapp/src/domain/testing/realistic_log';

const PLUGINS = 1000;
const SEED = 11;

function settledHeap(): number {
    const gc: unknown = Reflect.get(globalThis, 'gc');
    if (typeof gc !== 'function') {
        throw new Error('run with node --expose-gc');
    }
    for (let i = 0; i < 4; i++) {
        gc();
    }
    return process.memoryUsage().heapUsed;
}

/** The shortest prefix of the realistic log whose folded state holds exactly PLUGINS plugins. */
function prefixLength(): number {
    const log = makeRealisticLog(PLUGINS * 40, SEED);
    let low = 1;
    let high = log.entries.length;
    if (Object.keys(fold(log.entries, log.directory).plugins).length < PLUGINS) {
        throw new Error(`makeRealisticLog(${high}) holds fewer than ${PLUGINS} plugins`);
    }
    while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if (Object.keys(fold(log.entries.slice(0, mid), log.directory).plugins).length >= PLUGINS) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    return low;
}

// `prefix`: print how many events hold PLUGINS plugins; `<n>`: measure the log of n events and its state.
const mode = process.argv[2] ?? 'prefix';
if (mode === 'prefix') {
    process.stdout.write(JSON.stringify({entries: prefixLength()}) + '\n');
} else {
    const before = settledHeap();
    const log = makeRealisticLog(Number(mode), SEED);
    const withLog = settledHeap();
    const state = fold(log.entries, log.directory);
    const withState = settledHeap();
    process.stdout.write(JSON.stringify({
        plugins: Object.keys(state.plugins).length,
        entries: log.entries.length,
        logBytes: withLog - before,
        stateBytes: withState - withLog,
    }) + '\n');
}
