// Plugin ids are user text and "constructor" or "__proto__" are valid ids, so plugin records are
// read with own-property checks and built on null-prototype objects.
import type {PluginState} from './tracker_state';

export type PluginRecord = Readonly<Record<string, PluginState>>;

const hasOwn = Object.prototype.hasOwnProperty;

export function getPlugin(plugins: PluginRecord, id: string): PluginState | undefined {
    return hasOwn.call(plugins, id) ? plugins[id] : undefined;
}

/** A writable copy, null-prototype like the original. */
export function copyPlugins(plugins: PluginRecord): Record<string, PluginState> {
    return Object.assign(Object.create(null) as Record<string, PluginState>, plugins);
}
