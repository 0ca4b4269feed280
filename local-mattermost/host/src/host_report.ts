// What the host noticed about the plugin, for people (a red banner) and for e2e tests (window.__hostReport).
export type HostReport = {
    unknownRegistryCalls: string[];
    registeredPlugins: string[];
    initializedPlugins: string[];
    pluginErrors: string[];
    websocketEvents: number;
    reconnects: number;
};

declare global {
    interface Window {
        __hostReport: HostReport;
    }
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function installHostReport(): HostReport {
    window.__hostReport = {
        unknownRegistryCalls: [],
        registeredPlugins: [],
        initializedPlugins: [],
        pluginErrors: [],
        websocketEvents: 0,
        reconnects: 0,
    };
    return window.__hostReport;
}

export function report(change: (r: HostReport) => void): void {
    change(window.__hostReport);
    listeners.forEach((l) => l());
}

export function subscribeReport(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
        listeners.delete(listener);
    };
}

export function getReport(): HostReport {
    return window.__hostReport;
}
