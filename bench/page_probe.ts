// Scripts the bench runs inside the host page. They are plain strings, not functions, because
// serialising a transpiled function drags in helpers (tsx's __name) that do not exist in the page.

export interface InitMarks {
    /** Epoch ms (the page's clock) when the plugin called window.registerPlugin. */
    readonly registerAt: number;
    readonly initStart: number;
    /** 0 until initialize() has returned (or its promise settled). */
    readonly initEnd: number;
}

/**
 * Runs before any script of the page (addInitScript). The host installs window.registerPlugin
 * with Reflect.set, which goes through the setter; the plugin's call goes through the getter,
 * which marks registerPlugin and wraps initialize() to mark its start and end.
 */
export function initProbeScript(pluginId: string): string {
    return `(() => {
    const now = () => performance.timeOrigin + performance.now();
    const marks = {registerAt: 0, initStart: 0, initEnd: 0};
    window.__benchInit = marks;
    let hostRegister;
    const wrapped = (id, plugin) => {
        if (id === ${JSON.stringify(pluginId)} && plugin && typeof plugin.initialize === 'function') {
            marks.registerAt = now();
            const initialize = plugin.initialize;
            plugin.initialize = (...args) => {
                marks.initStart = now();
                const result = initialize.apply(plugin, args);
                if (result && typeof result.then === 'function') {
                    return result.finally(() => { marks.initEnd = now(); });
                }
                marks.initEnd = now();
                return result;
            };
        }
        return hostRegister ? hostRegister(id, plugin) : undefined;
    };
    Object.defineProperty(window, 'registerPlugin', {
        configurable: true,
        get: () => (hostRegister ? wrapped : undefined),
        set: (fn) => { hostRegister = (id, plugin) => fn.call(window, id, plugin); },
    });
})();`;
}

export interface RhsTiming {
    /** Click on the App Bar icon → the last plugin row added (rows then stayed put for quietMs). */
    readonly ms: number;
    /** Click → the plugin's tracker view turned 'ready' in the host's Redux store (chunk and data loaded); -1 if never seen. */
    readonly readyMs: number;
    /** Click → the last lazily loaded plugin chunk finished downloading; -1 if none loaded. */
    readonly chunkMs: number;
    readonly rows: number;
}

/**
 * Times one RHS open, in the page: from the click on the App Bar icon (the user opening the panel)
 * to the last plugin row the list adds, once rows have stopped arriving for quietMs. A
 * MutationObserver sees each row as React commits it. The host's store (window.__host.store) shows
 * when the tracker became ready, which splits the time into loading and rendering.
 */
export function rhsRenderTimerScript(opts: {iconSelector: string; rowSelector: string; sliceKey: string; chunkPath: string; quietMs: number; timeoutMs: number}): string {
    return `new Promise((resolve, reject) => {
    const icon = document.querySelector(${JSON.stringify(opts.iconSelector)});
    if (!icon) { reject(new Error('no App Bar icon ' + ${JSON.stringify(opts.iconSelector)})); return; }
    const store = window.__host && window.__host.store;
    let start = 0;
    let lastRowAt = 0;
    let readyAt = -1;
    let rows = 0;
    let quiet;
    const count = () => document.querySelectorAll(${JSON.stringify(opts.rowSelector)}).length;
    const isReady = () => {
        const slice = store && store.getState()[${JSON.stringify(opts.sliceKey)}];
        return Boolean(slice && Object.values(slice.trackers || {}).some((t) => t && t.status === 'ready'));
    };
    const unsubscribe = store ? store.subscribe(() => { if (readyAt < 0 && isReady()) { readyAt = performance.now(); } }) : () => {};
    const finish = () => {
        observer.disconnect();
        unsubscribe();
        clearTimeout(giveUp);
        const chunks = performance.getEntriesByType('resource')
            .filter((e) => e.name.includes(${JSON.stringify(opts.chunkPath)}) && e.name.endsWith('.js') && e.startTime >= start);
        const chunkEnd = chunks.length ? Math.max(...chunks.map((e) => e.responseEnd)) : -1;
        resolve({ms: lastRowAt - start, readyMs: readyAt < 0 ? -1 : readyAt - start, chunkMs: chunkEnd < 0 ? -1 : chunkEnd - start, rows});
    };
    const observer = new MutationObserver(() => {
        const n = count();
        if (n !== rows) {
            rows = n;
            lastRowAt = performance.now();
            clearTimeout(quiet);
            quiet = setTimeout(finish, ${opts.quietMs});
        }
    });
    const giveUp = setTimeout(() => { observer.disconnect(); unsubscribe(); reject(new Error('no plugin rows within ${opts.timeoutMs} ms (rows: ' + count() + ')')); }, ${opts.timeoutMs});
    observer.observe(document.body, {childList: true, subtree: true});
    start = performance.now();
    icon.click();
})`;
}
