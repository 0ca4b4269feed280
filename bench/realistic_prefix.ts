// The first part of a realistic log that registers a given number of plugins: a tracker's history
// up to the moment its Nth plugin arrived, with the earlier plugins at every stage of the process.
import type {LogEntry} from '../webapp/src/domain/log';
import {makeRealisticLog, type RealisticLog} from '../webapp/src/domain/testing/realistic_log';

function registeredPlugin(payload: unknown): string | null {
    if (typeof payload !== 'object' || payload === null) {
        return null;
    }
    const type: unknown = Reflect.get(payload, 'type');
    const plugin: unknown = Reflect.get(payload, 'plugin');
    return type === 'plugin.registered' && typeof plugin === 'string' ? plugin : null;
}

export function realisticPrefix(plugins: number, seed: number): {log: RealisticLog; entries: LogEntry[]} {
    // The generator starts a new plugin about every 25 events; ask for enough, then cut.
    const log = makeRealisticLog(plugins * 40, seed);
    const seen = new Set<string>();
    for (let i = 0; i < log.entries.length; i++) {
        const plugin = registeredPlugin(log.entries[i]?.payload);
        if (plugin !== null && !seen.has(plugin)) {
            if (seen.size === plugins) {
                return {log, entries: log.entries.slice(0, i)};
            }
            seen.add(plugin);
        }
    }
    throw new Error(`makeRealisticLog(${plugins * 40}, ${seed}) registers only ${seen.size} plugins`);
}
