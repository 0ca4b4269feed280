// Which plugin the panel shows (null: the list). The panel, the channel cards and the command's
// `open` live in different React trees (or none), so the choice sits outside all of them. It is a
// view choice of this browser tab, not tracker state, so it stays out of the Redux slice.
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
