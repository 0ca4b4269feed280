// How long React spends rendering plugin components, for the bench: every plugin component the host
// mounts sits under a React Profiler (error_boundary.tsx), whose onRender reports the time its
// subtree took to render in each commit (actualDuration: only components that rendered count, a
// memoised one that bailed out costs nothing). A production build of React never calls onRender
// (its profiling timers are compiled out), so the page records nothing unless it was built with
// React's profiling build (HOST_PROFILING=1, webpack.config.js), as the bench builds it.
import type {ProfilerOnRenderCallback} from 'react';

export interface PluginRenderTime {
    /** Sum of actualDuration over every commit of every plugin subtree, ms. */
    ms: number;
    /** How many times a plugin subtree rendered (one per Profiler per commit it took part in). */
    renders: number;
    /** The longest single render of one plugin subtree, ms. */
    longestMs: number;
}

declare global {
    interface Window {
        __pluginRenderTime: PluginRenderTime;
    }
}

export function installPluginRenderTime(): void {
    window.__pluginRenderTime = {ms: 0, renders: 0, longestMs: 0};
}

export const recordPluginRender: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => {
    const time = window.__pluginRenderTime;
    time.ms += actualDuration;
    time.renders += 1;
    time.longestMs = Math.max(time.longestMs, actualDuration);
};
