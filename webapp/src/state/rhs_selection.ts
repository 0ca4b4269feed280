// Which plugin the panel shows (null: the list). Shared by the panel and the channel cards, which
// live in different React trees, so it sits outside both.
// When the slice gains selectRhsPluginId / rhsSelectPlugin, this hook and selectPlugin switch to them (one edit).
import {useCallback, useSyncExternalStore} from 'react';

let selected: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

export function selectPlugin(pluginId: string | null): void {
    selected = pluginId;
    listeners.forEach((listener) => listener());
}

export function useSelectedPlugin(): [string | null, (pluginId: string | null) => void] {
    const value = useSyncExternalStore(subscribe, () => selected);
    const set = useCallback((pluginId: string | null) => selectPlugin(pluginId), []);
    return [value, set];
}
