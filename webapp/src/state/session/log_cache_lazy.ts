// The log cache as a chunk of its own: its record schema and the IndexedDB code are needed only
// when a tracker is loaded, so they stay out of the core chunk every first use downloads. The
// download starts as soon as the session is made and runs while the tracker is being looked up.
// A chunk that cannot be downloaded keeps nothing, as a browser without IndexedDB does.
import type {CachedLog, LogCache} from './log_cache';

const NOTHING_KEPT: LogCache = {
    read: () => Promise.resolve(null),
    write: () => Promise.resolve(),
    forgetUser: () => Promise.resolve(),
};

export function lazyLogCache(): LogCache {
    const loaded: Promise<LogCache> = import(/* webpackChunkName: "log-cache" */ './log_cache_browser')
        .then((module) => module.browserLogCache(), () => NOTHING_KEPT);
    return {
        read: (userId, channelId) => loaded.then((cache) => cache.read(userId, channelId)),
        write: (userId, channelId, log: CachedLog) => loaded.then((cache) => cache.write(userId, channelId, log)),
        forgetUser: (userId) => loaded.then((cache) => cache.forgetUser(userId)),
    };
}
